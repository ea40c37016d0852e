// Setting the stage over the API (as a script would), and the real curl, for the browser tests.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function apiLogin(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/v0/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

export async function apiCall<T>(
  url: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface CurlAnswer {
  status: number;
  body: string;
}

/** The real curl; asynchronous so the event loop (and the browser driver) keeps going. */
export async function curl(args: string[]): Promise<CurlAnswer> {
  const { stdout } = await run('curl', ['-s', '-o', '-', '-w', '\n%{http_code}', ...args], {
    encoding: 'utf8',
  });
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

export const whoamiWithKey = (url: string, key: string) => curl(['-u', `${key}:`, `${url}/v0/auth/whoami`]);
