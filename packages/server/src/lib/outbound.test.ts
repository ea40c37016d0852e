// The outbound URL policy and its connect-time check; every connection here is to 127.0.0.1, names come from an injected resolver.
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { addressKind } from './ip-ranges.ts';
import {
  checkedConnector,
  checkedLookup,
  OutboundHttp,
  OutboundRefused,
  type Resolver,
} from './outbound-http.ts';
import { addressProblem, DEFAULT_OUTBOUND_POLICY, type OutboundPolicy, secureUrlProblem } from './urls.ts';

const PRIVATE_ALLOWED: OutboundPolicy = { allowPrivate: true, allowLoopback: false };
const LOOPBACK_ALLOWED: OutboundPolicy = { allowPrivate: false, allowLoopback: true };
const BOTH_ALLOWED: OutboundPolicy = { allowPrivate: true, allowLoopback: true };

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
    // 169.254.169.254 inside every IPv6 form that carries an IPv4 address
    'https://[2002:a9fe:a9fe::1]/', // 6to4
    'https://[64:ff9b:1::a9fe:a9fe]/', // NAT64, local-use prefix
    'https://[64:ff9b::169.254.169.254]/', // NAT64, well-known prefix
    'https://[2001:0:a9fe:a9fe::]/', // Teredo, as the server
    'https://[2001:0:808:808:0:0:5601:5601]/', // Teredo, as the client (bits complemented)
    'https://[::ffff:0:a9fe:a9fe]/', // SIIT
    'https://[::169.254.169.254]/', // IPv4-compatible
    // documentation ranges
    'https://192.0.2.10/',
    'https://198.51.100.7/',
    'https://203.0.113.200/',
    'https://[2001:db8::1]/',
    'https://[3fff::1]/',
    'https://[2002:c000:20a::1]/', // 6to4 of 192.0.2.10
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
    'https://[2002:a00:1::1]/', // 6to4 relay at 10.0.0.1
    'https://[64:ff9b:1::808:808]/', // local-use NAT64 reaches only the translator's own network
  ];

  test('link-local, unspecified, metadata and multicast targets are refused, even with private ranges allowed', () => {
    for (const url of refusedAlways) {
      assert.ok(secureUrlProblem(url), `${url} is refused`);
      assert.ok(secureUrlProblem(url, BOTH_ALLOWED), `${url} is refused with private and loopback allowed`);
    }
  });

  test('private ranges are refused by default, naming the setting that allows them, and allowed with it', () => {
    for (const url of privateOnes) {
      const problem = secureUrlProblem(url);
      assert.match(problem ?? '', /private address .*LATCHKEY_OUTBOUND_ALLOW_PRIVATE/, url);
      assert.equal(secureUrlProblem(url, PRIVATE_ALLOWED), undefined, url);
    }
  });

  // Each spelling as an attacker would write it; URL parsing folds the IPv4 ones to 127.0.0.1.
  const loopbackSpellings = [
    'http://127.0.0.1:9090/metrics',
    'http://0x7f000001/',
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://127.0.0.1./',
    'http://127.255.255.254/',
    'http://[::1]/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:0:127.0.0.1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://localhost/',
    'http://LOCALHOST./',
    'http://api.localhost/',
    'https://localhost/',
  ];

  test('loopback in every spelling is refused by default, naming the setting that allows it', () => {
    for (const url of loopbackSpellings) {
      assert.match(
        secureUrlProblem(url) ?? '',
        /loopback address unless LATCHKEY_OUTBOUND_ALLOW_LOOPBACK/,
        url,
      );
      assert.match(secureUrlProblem(url, PRIVATE_ALLOWED) ?? '', /LATCHKEY_OUTBOUND_ALLOW_LOOPBACK/, url);
      assert.equal(secureUrlProblem(url, LOOPBACK_ALLOWED), undefined, url);
    }
  });

  test('plain http is allowed only for loopback literals and localhost, not for names that look like them', () => {
    for (const url of ['http://127.example.com/h', 'http://localhost.example.com/h', 'http://example.com/h'])
      assert.match(secureUrlProblem(url, LOOPBACK_ALLOWED) ?? '', /must use https/, url);
    assert.match(secureUrlProblem('http://10.0.0.1/', BOTH_ALLOWED) ?? '', /must use https/);
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
    assert.equal(addressKind('2001:db8::1'), 'documentation');
    assert.equal(addressKind('2001:4860:4860::8888'), 'public');
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

  /** Calls the connect-time lookup on its own: its answer decides, and nothing connects anywhere. */
  const lookUp = (policy: OutboundPolicy, resolve: Resolver, hostname: string) =>
    new Promise<unknown>((resolveAnswer) =>
      checkedLookup(policy, resolve)(hostname, { all: true }, (err, addresses) =>
        resolveAnswer(err ?? addresses),
      ),
    );

  test('localhost resolving to loopback is reached when loopback is allowed, and refused by default', async () => {
    const resolve = answering({ localhost: ['127.0.0.1'] });
    const allowed = new OutboundHttp({ policy: LOOPBACK_ALLOWED, resolve });
    const refused = new OutboundHttp({ resolve });
    const before = hits;
    try {
      const response = await allowed.fetch(`http://localhost:${port}/`);
      assert.equal(await response.text(), 'ok');
      await assert.rejects(refused.fetch(`http://localhost:${port}/`), /LATCHKEY_OUTBOUND_ALLOW_LOOPBACK/);
      assert.equal(hits, before + 1);
    } finally {
      await allowed.close();
      await refused.close();
    }
  });

  test('a resolved name is refused when any of its addresses is, decided without connecting', async () => {
    const resolve = answering({
      'rebind.example.com': ['10.0.0.1'],
      'meta.example.com': ['93.184.215.14', '169.254.169.254'],
      'mapped.example.com': ['::ffff:192.168.0.1'],
      'teredo.example.com': ['2001:0:a9fe:a9fe::'],
      'docs.example.com': ['2001:db8::5'],
      'self.example.com': ['127.0.0.1'],
    });
    for (const [name, why] of [
      ['rebind.example.com', /resolves to 10\.0\.0\.1.*private address/],
      ['meta.example.com', /resolves to 169\.254\.169\.254.*cloud metadata/],
      ['mapped.example.com', /private address/],
      ['teredo.example.com', /cloud metadata/],
      ['docs.example.com', /documentation address/],
      ['self.example.com', /resolves to 127\.0\.0\.1.*through a name other than localhost/],
    ] as const) {
      const answer = await lookUp(LOOPBACK_ALLOWED, resolve, name);
      assert.ok(answer instanceof OutboundRefused, `${name}: ${String(answer)}`);
      assert.match(answer.message, why);
    }
    // The root dot is the same name: the same answer, the same refusal.
    assert.match(
      String(await lookUp(LOOPBACK_ALLOWED, resolve, 'REBIND.example.com.')),
      /10\.0\.0\.1.*private/,
    );
  });

  test('through the client, a refused answer beside a loopback one stops the request before it is sent', async () => {
    // Had the check not held, the connection would go to the first answer, 127.0.0.1: never off this machine.
    const outbound = new OutboundHttp({
      policy: LOOPBACK_ALLOWED,
      resolve: answering({
        'rebind.localhost': ['127.0.0.1', '10.0.0.1'],
        'meta.localhost': ['127.0.0.1', '169.254.169.254'],
      }),
    });
    const selfRebind = new OutboundHttp({
      policy: LOOPBACK_ALLOWED,
      resolve: answering({ 'self.example.com': ['127.0.0.1'] }),
    });
    const before = hits;
    try {
      await assert.rejects(outbound.fetch(`http://rebind.localhost:${port}/`), /10\.0\.0\.1.*private/);
      await assert.rejects(outbound.fetch(`http://meta.localhost:${port}/`), /cloud metadata/);
      await assert.rejects(selfRebind.fetch(`https://self.example.com:${port}/`), (err: unknown) => {
        assert.ok(err instanceof OutboundRefused, String(err));
        assert.match(err.message, /127\.0\.0\.1.*loopback address through a name other than localhost/);
        return true;
      });
      assert.equal(hits, before, 'nothing reached the server');
    } finally {
      await outbound.close();
      await selfRebind.close();
    }
  });

  test('an address literal is held to the same decision when the connection is made', async () => {
    // The connector on its own, as the client calls it for every connection: a loopback literal under
    // a policy without loopback is refused, and the server sees nothing.
    const before = hits;
    const connect = checkedConnector(DEFAULT_OUTBOUND_POLICY, answering({}));
    for (const hostname of ['127.0.0.1', '::1', '::ffff:7f00:1']) {
      const err = await new Promise<Error | null>((resolve) =>
        connect(
          { hostname, host: `${hostname}:${port}`, protocol: 'http:', port: String(port) },
          (error, socket) => {
            socket?.destroy();
            resolve(error);
          },
        ),
      );
      assert.ok(err instanceof OutboundRefused, `${hostname}: ${String(err)}`);
      assert.match(err.message, /loopback address unless LATCHKEY_OUTBOUND_ALLOW_LOOPBACK/);
      assert.equal(err.message, `${hostname} ${addressProblem(hostname, DEFAULT_OUTBOUND_POLICY)}`);
    }
    assert.equal(hits, before);
  });

  test('with private ranges allowed, a private answer still may not be link-local', async () => {
    assert.match(
      String(
        await lookUp(
          PRIVATE_ALLOWED,
          answering({ 'idp.corp.example': ['169.254.10.10'] }),
          'idp.corp.example',
        ),
      ),
      /link-local/,
    );
  });

  test('a URL refused by the policy is refused before any lookup, and a redirect is returned, not followed', async () => {
    let looked = 0;
    const outbound = new OutboundHttp({
      policy: LOOPBACK_ALLOWED,
      resolve: async () => {
        looked++;
        return [];
      },
    });
    try {
      await assert.rejects(outbound.fetch('https://169.254.169.254/'), OutboundRefused);
      await assert.rejects(outbound.fetch('https://[2002:a9fe:a9fe::1]/'), OutboundRefused);
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
