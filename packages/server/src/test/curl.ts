// Runs the real curl against a test server, for the forms scripts actually use (-u, --netrc-file, headers).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CurlResult {
  status: number;
  body: string;
  headers: string;
}

/** Asynchronous on purpose: the server under test runs in this same process. */
export async function curl(args: string[]): Promise<CurlResult> {
  const { stdout: out } = await run('curl', ['-s', '-D', '-', '-o', '-', '-w', '\n%{http_code}', ...args], {
    encoding: 'utf8',
  });
  const cut = out.lastIndexOf('\n');
  const status = Number(out.slice(cut + 1));
  const rest = out.slice(0, cut);
  const split = rest.indexOf('\r\n\r\n');
  return { status, headers: rest.slice(0, split), body: rest.slice(split + 4) };
}

/** The parts of our JSON bodies tests look at. */
export interface JsonBody {
  error?: { code: string; message: string };
  principal?: { uuid: string; type: string };
  credential?: { uuid: string; kind: string };
  [field: string]: unknown;
}

export const curlJson = async (args: string[]) => {
  const result = await curl(args);
  return { ...result, json: result.body ? (JSON.parse(result.body) as JsonBody) : undefined };
};
