// Every nginx and YAML block in README.md and docs/*.md, as the documents show it: nginx's own `nginx -t`
// (with a throw-away certificate where TLS is shown), and a YAML parse.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { type FencedBlock, fencedBlocks, userDocuments } from './test/markdown.ts';
import { NGINX, tempPaths } from './test/nginx.ts';

const blocks = userDocuments().flatMap(fencedBlocks);
const where = (block: FencedBlock) => `${block.file}:${block.line}`;

const INCLUDE = /^\s*include\s+([^;\s]+)\s*;/gm;
/** A block that defines upstreams or servers goes in nginx's `http` context; the others are files it includes. */
const isHttpLevel = (block: FencedBlock) => /^(upstream\s+\S+|server)\s*\{/m.test(block.text);

/** The block a document introduces by naming the file (`latchkey-identity.conf` …) just before it. */
function includedFile(documentBlocks: FencedBlock[], name: string): FencedBlock | undefined {
  return documentBlocks.find((block) => !isHttpLevel(block) && block.before.includes(`\`${name}\``));
}

/** nginx's main file around one http-level block: every path (pid, logs, temp files) inside `dir`. */
const mainConfig = (dir: string) => `pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  access_log off;
${tempPaths(dir)}
  include ${dir}/block.conf;
}
`;

describe('nginx blocks in the documents pass nginx -t', {
  skip: NGINX === '' && 'nginx is not installed',
}, () => {
  const nginxBlocks = blocks.filter((block) => block.lang === 'nginx');
  let dir: string;
  let certificate: string;
  let privateKey: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'latchkey-docs-nginx-'));
    certificate = join(dir, 'throw-away.pem');
    privateKey = join(dir, 'throw-away.key');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
      ].concat(['-subj', '/CN=localhost', '-keyout', privateKey, '-out', certificate]),
      { stdio: 'ignore' },
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('README.md and docs/gateways.md show nginx configurations (the extraction finds them)', () => {
    const files = new Set(nginxBlocks.filter(isHttpLevel).map((block) => block.file));
    assert.ok(files.has('README.md') && files.has('docs/gateways.md'), [...files].join(', '));
  });

  test('every nginx block is a whole http-level configuration or a file one of them includes by name', () => {
    for (const block of nginxBlocks.filter((b) => !isHttpLevel(b))) {
      const documentBlocks = nginxBlocks.filter((b) => b.file === block.file);
      const includers = documentBlocks.filter(
        (b) =>
          isHttpLevel(b) &&
          [...b.text.matchAll(INCLUDE)].some(
            ([, name]) => name && includedFile(documentBlocks, name) === block,
          ),
      );
      assert.ok(includers.length > 0, `${where(block)}: neither a configuration nor a file one includes`);
    }
  });

  for (const block of nginxBlocks.filter(isHttpLevel)) {
    test(`${where(block)} (${block.heading})`, () => {
      const documentBlocks = nginxBlocks.filter((b) => b.file === block.file);
      const caseDir = mkdtempSync(join(dir, 'case-'));
      for (const [, name] of block.text.matchAll(INCLUDE)) {
        assert.ok(name);
        const file = includedFile(documentBlocks, name);
        assert.ok(
          file,
          `${where(block)} includes ${name}, and no block of ${block.file} is introduced as it`,
        );
        writeFileSync(join(caseDir, name), file.text);
      }
      let text = block.text;
      if (/^\s*listen\s[^;]*\bssl\b/m.test(text)) {
        assert.match(
          text,
          /^\s*ssl_certificate\s/m,
          `${where(block)} listens with TLS: it must name a certificate`,
        );
        assert.match(
          text,
          /^\s*ssl_certificate_key\s/m,
          `${where(block)} listens with TLS: it must name its key`,
        );
        // The document's paths are the reader's; nginx -t reads the files, so this run uses its own.
        text = text
          .replace(/^(\s*ssl_certificate\s+)[^;]+;/m, `$1${certificate};`)
          .replace(/^(\s*ssl_certificate_key\s+)[^;]+;/m, `$1${privateKey};`);
      }
      writeFileSync(join(caseDir, 'block.conf'), text);
      writeFileSync(join(caseDir, 'nginx.conf'), mainConfig(caseDir));
      const checked = spawnSync(
        NGINX,
        ['-t', '-q', '-p', caseDir, '-c', join(caseDir, 'nginx.conf'), '-e', join(caseDir, 'error.log')],
        { encoding: 'utf8' },
      );
      assert.equal(checked.status, 0, `${where(block)}: nginx -t says\n${checked.stderr}`);
    });
  }
});

describe('YAML blocks in the documents', () => {
  const yamlBlocks = blocks.filter((block) => block.lang === 'yaml' || block.lang === 'yml');
  test('there are some (the extraction finds them)', () => {
    assert.ok(yamlBlocks.length >= 3, String(yamlBlocks.length));
  });
  for (const block of yamlBlocks) {
    test(`${where(block)} (${block.heading}) parses`, () => {
      for (const document of parseAllDocuments(block.text)) {
        assert.deepEqual(
          document.errors.map((error) => error.message),
          [],
          where(block),
        );
      }
    });
  }
});
