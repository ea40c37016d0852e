// A real WebAuthn client for tests: Chromium with a virtual authenticator (CTAP2, resident keys, user
// verification) added over the DevTools protocol. Pages are on `localhost`, mapped to 127.0.0.1: a relying
// party id must be a domain, and localhost is the one secure context plain HTTP gets.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.LATCHKEY_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium's flags for WebAuthn on loopback: `localhost` never leaves 127.0.0.1. */
export const LOCALHOST_ARGS = ['--host-resolver-rules=MAP localhost 127.0.0.1'];

/** The browser's WebAuthn API, as much of it as the tests call (the server's types have no DOM). */
interface PageGlobals {
  PublicKeyCredential: {
    parseCreationOptionsFromJSON(json: unknown): unknown;
    parseRequestOptionsFromJSON(json: unknown): unknown;
  };
  navigator: {
    credentials: {
      create(options: { publicKey: unknown }): Promise<{ toJSON(): Record<string, unknown> }>;
      get(options: { publicKey: unknown }): Promise<{ toJSON(): Record<string, unknown> }>;
    };
  };
}

export interface VirtualAuthenticator {
  page: Page;
  /** navigator.credentials.create() on the page's origin; the credential as toJSON() gives it. */
  create(options: unknown): Promise<Record<string, unknown>>;
  /** navigator.credentials.get() on the page's origin. */
  get(options: unknown): Promise<Record<string, unknown>>;
  /** Opens a page of `origin` (any URL of it will do: only the origin matters to WebAuthn). */
  open(url: string): Promise<void>;
  close(): Promise<void>;
}

/** Adds a CTAP2 authenticator with resident keys and a verified user to the page's tab. */
export async function addVirtualAuthenticator(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return authenticatorId;
}

export async function launchWithAuthenticator(): Promise<VirtualAuthenticator> {
  const profile = mkdtempSync(join(tmpdir(), 'latchkey-webauthn-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        ...LOCALHOST_ARGS,
      ],
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await addVirtualAuthenticator(page);
    const opened = context;
    return {
      page,
      create: (options) =>
        page.evaluate(async (json) => {
          const w = globalThis as unknown as PageGlobals;
          const publicKey = w.PublicKeyCredential.parseCreationOptionsFromJSON(json);
          return (await w.navigator.credentials.create({ publicKey })).toJSON();
        }, options),
      get: (options) =>
        page.evaluate(async (json) => {
          const w = globalThis as unknown as PageGlobals;
          const publicKey = w.PublicKeyCredential.parseRequestOptionsFromJSON(json);
          return (await w.navigator.credentials.get({ publicKey })).toJSON();
        }, options),
      async open(url) {
        await page.goto(url);
      },
      async close() {
        await opened.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** A blank page on another loopback port: an origin that is not the relying party's. */
export async function blankOrigin(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
