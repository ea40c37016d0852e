// netrc(): the key for the client's host from ~/.netrc or $NETRC, sent as Basic the way curl --netrc sends it.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type AuthStrategy, basic, checkSecret } from './strategy.ts';

export interface NetrcEntry {
  login?: string;
  password?: string;
}

/** The entries of a netrc file by machine name (`default` under the empty name); macdef bodies skipped. */
export function parseNetrc(text: string): Map<string, NetrcEntry> {
  const entries = new Map<string, NetrcEntry>();
  const lines = text.split(/\r?\n/);
  const tokens: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trimStart().startsWith('#')) continue;
    const words = line.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
    for (const word of words)
      tokens.push(word.startsWith('"') ? word.slice(1, -1).replace(/\\(.)/g, '$1') : word);
    // A macro runs until the next empty line.
    if (words[0] === 'macdef') {
      tokens.splice(tokens.length - words.length);
      while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '') i++;
    }
  }
  let current: NetrcEntry | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === 'machine' || token === 'default') {
      const name = token === 'default' ? '' : (tokens[++i] ?? '');
      current = {};
      if (!entries.has(name)) entries.set(name, current);
    } else if ((token === 'login' || token === 'password' || token === 'account') && current) {
      const value = tokens[++i];
      if (token !== 'account' && value !== undefined) current[token] = value;
    }
  }
  return entries;
}

export const netrcPath = (env: NodeJS.ProcessEnv = process.env): string =>
  env.NETRC && env.NETRC !== '' ? env.NETRC : join(homedir(), '.netrc');

/**
 * Reads the file on first use and picks the entry for the client's host name (then `default`):
 * `login apikey` + `password KEY`, as LabKey recommends. Basic login:password goes on every request.
 */
export function netrc(options: { path?: string } = {}): AuthStrategy {
  let header: Promise<string> | undefined;
  const load = async (baseUrl: string): Promise<string> => {
    const path = options.path ?? netrcPath();
    const host = new URL(baseUrl).hostname.replace(/^\[(.*)\]$/, '$1');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new Error(`netrc: cannot read ${path} (${code})`);
    }
    const entries = parseNetrc(text);
    const entry = entries.get(host) ?? entries.get('');
    if (!entry?.login || entry.password === undefined)
      throw new Error(`netrc: ${path} has no login and password for machine ${host}`);
    checkSecret(entry.login, `netrc: the login for ${host}`);
    if (entry.password !== '') checkSecret(entry.password, `netrc: the password for ${host}`);
    return basic(entry.login, entry.password);
  };
  return {
    kind: 'netrc',
    async authorize(context) {
      header ??= load(context.baseUrl).catch((error: unknown) => {
        header = undefined;
        throw error;
      });
      return { authorization: await header };
    },
  };
}
