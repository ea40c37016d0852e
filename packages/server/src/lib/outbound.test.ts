// The outbound URL policy and its connect-time check; every connection here is to 127.0.0.1, names come from an injected resolver.
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { addressKind } from './ip-ranges.ts';
import { OutboundHttp, OutboundRefused, type Resolver } from './outbound-http.ts';
import { secureUrlProblem } from './urls.ts';

describe('the outbound URL policy', () => {
  const refusedAlways = [
    'https://169.254.169.254/latest/meta-data/',
    'https://[fe80::1]/',
    'https://0.0.0.0/',
    'https://[::]/',
    'https://[::ffff:169.254.169.254]/',
    'https://[::ffff:a9fe:a9fe]/',
    'https://[::ffff:0.0.0.0]/',
    'https://[fd00:ec2::254]/',
    'https://100.100.100.200/',
    'https://metadata.google.internal/computeMetadata/v1/',
    'https://METADATA.GOOGLE.INTERNAL./',
    'https://metadata/',
    'https://224.0.0.1/',
    'https://255.255.255.255/',
    'https://0xa9fea9fe/', // 169.254.169.254 written as one hexadecimal number
  ];
  const privateOnes = [
    'https://10.0.0.1/',
    'https://172.16.5.4/',
    'https://192.168.1.1/',
    'https://100.64.0.1/',
    'https://[fc00::1]/',
    'https://[fd12:3456::1]/',
    'https://[::ffff:10.0.0.1]/',
    'https://[64:ff9b::a00:1]/', // NAT64 form of 10.0.0.1
  ];

  test('link-local, unspecified, metadata and multicast targets are refused, even with private ranges allowed', () => {
    for (const url of refusedAlways) {
      assert.ok(secureUrlProblem(url), `${url} is refused`);
      assert.ok(secureUrlProblem(url, { allowPrivate: true }), `${url} is refused with private allowed`);
    }
  });

  test('private ranges are refused by default, naming the setting that allows them, and allowed with it', () => {
    for (const url of privateOnes) {
      const problem = secureUrlProblem(url);
      assert.match(problem ?? '', /private address .*LATCHKEY_OUTBOUND_ALLOW_PRIVATE/, url);
      assert.equal(secureUrlProblem(url, { allowPrivate: true }), undefined, url);
    }
  });

  test('plain http is allowed only for loopback literals and localhost, not for names that look like them', () => {
    for (const url of [
      'http://127.0.0.1:8080/h',
      'http://127.1.2.3/h',
      'http://[::1]/h',
      'http://localhost/h',
    ])
      assert.equal(secureUrlProblem(url), undefined, url);
    for (const url of ['http://127.example.com/h', 'http://localhost.example.com/h', 'http://example.com/h'])
      assert.match(secureUrlProblem(url) ?? '', /must use https/, url);
    assert.match(secureUrlProblem('http://10.0.0.1/', { allowPrivate: true }) ?? '', /must use https/);
  });

  test('public https URLs pass; other schemes, credentials and non-URLs do not', () => {
    assert.equal(secureUrlProblem('https://idp.example.com/realms/a'), undefined);
    assert.equal(secureUrlProblem('https://8.8.8.8/'), undefined);
    assert.equal(secureUrlProblem('ftp://example.com/'), 'must use https');
    assert.equal(secureUrlProblem('https://u:p@example.com/'), 'must not contain credentials');
    assert.equal(secureUrlProblem('not a url'), 'is not an absolute URL');
  });

  test('IPv6 forms that embed an IPv4 address are judged by that address', () => {
    assert.equal(addressKind('::ffff:127.0.0.1'), 'loopback');
    assert.equal(addressKind('::ffff:7f00:1'), 'loopback');
    assert.equal(addressKind('::a9fe:a9fe'), 'metadata');
    assert.equal(addressKind('::1'), 'loopback');
    assert.equal(addressKind('::'), 'unspecified');
    assert.equal(addressKind('2001:db8::1'), 'public');
    assert.equal(addressKind('fe80::1%eth0'), 'link_local');
    assert.equal(addressKind('example.com'), undefined);
  });
});

describe('the connect-time address check', () => {
  let hits = 0;
  let port = 0;
  const server = createServer((request, response) => {
    hits++;
    if (request.url === '/redirect') {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/elsewhere` }).end();
      return;
    }
    response.end('ok');
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const answering =
    (table: Record<string, string[]>): Resolver =>
    async (hostname) =>
      (table[hostname] ?? []).map(
        (address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }),
      );

  test('localhost resolving to loopback is reached', async () => {
    const outbound = new OutboundHttp({ resolve: answering({ localhost: ['127.0.0.1'] }) });
    try {
      const response = await outbound.fetch(`http://localhost:${port}/`);
      assert.equal(await response.text(), 'ok');
    } finally {
      await outbound.close();
    }
  });

  test('a name that passed the URL check but resolves to a private, metadata or loopback address is refused before connecting', async () => {
    // Over https with the injected resolver: had the check not held, the connection would go to 127.0.0.1
    // (where nothing speaks TLS on this port), never off this machine.
    const outbound = new OutboundHttp({
      resolve: answering({
        'rebind.example.com': ['10.0.0.1'],
        'meta.example.com': ['127.0.0.1', '169.254.169.254'],
        'self.example.com': ['127.0.0.1'],
        'mapped.example.com': ['::ffff:192.168.0.1'],
      }),
    });
    const before = hits;
    try {
      for (const [name, why] of [
        ['rebind.example.com', /resolves to 10\.0\.0\.1.*private address/],
        ['meta.example.com', /must not point at a loopback address|cloud metadata/],
        ['self.example.com', /resolves to 127\.0\.0\.1.*loopback/],
        ['mapped.example.com', /private address/],
      ] as const) {
        await assert.rejects(outbound.fetch(`https://${name}:${port}/`), (err: unknown) => {
          assert.ok(err instanceof OutboundRefused, String(err));
          assert.match(err.message, why);
          return true;
        });
      }
      assert.equal(hits, before, 'nothing reached the server');
    } finally {
      await outbound.close();
    }
  });

  test('with private ranges allowed, a private answer still may not be link-local', async () => {
    const outbound = new OutboundHttp({
      policy: { allowPrivate: true },
      resolve: answering({ 'idp.corp.example': ['169.254.10.10'] }),
    });
    try {
      await assert.rejects(outbound.fetch(`https://idp.corp.example:${port}/`), /link-local/);
    } finally {
      await outbound.close();
    }
  });

  test('a URL refused by the policy is refused before any lookup, and a redirect is returned, not followed', async () => {
    let looked = 0;
    const outbound = new OutboundHttp({
      resolve: async () => {
        looked++;
        return [];
      },
    });
    try {
      await assert.rejects(outbound.fetch('https://169.254.169.254/'), OutboundRefused);
      assert.equal(looked, 0);
      const before = hits;
      const response = await outbound.fetch(`http://127.0.0.1:${port}/redirect`);
      assert.equal(response.status, 302);
      assert.equal(hits, before + 1, 'the redirect target was not requested');
    } finally {
      await outbound.close();
    }
  });
});
