// Generates src/generated/openapi.ts from docs/openapi.json with openapi-typescript (npm run generate).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const CONTRACT_PATH = fileURLToPath(new URL('../../../../docs/openapi.json', import.meta.url));
export const GENERATED_PATH = fileURLToPath(new URL('../generated/openapi.ts', import.meta.url));

const HEADER =
  '// Generated from docs/openapi.json by openapi-typescript: do not edit (npm run generate -w @latchkey/sdk).\n';

/** The TypeScript the contract produces, exactly as the committed file holds it. */
export async function generateTypes(contractPath = CONTRACT_PATH): Promise<string> {
  const document = JSON.parse(readFileSync(contractPath, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: false, exportType: false });
  return `${HEADER}${astToString(ast)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GENERATED_PATH, await generateTypes());
  process.stdout.write(`wrote ${GENERATED_PATH}\n`);
}
