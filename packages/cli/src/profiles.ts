// Profiles in $XDG_CONFIG_HOME/latchkey/config.json (~/.config by default): one server and session each, mode 0600.
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError } from './errors.ts';

export interface Profile {
  url: string;
  /** The signed-in user's slug and email, for messages and for USER's default. */
  user?: string;
  email?: string;
  /** The session token: a secret, kept only in this file. */
  token?: string;
  expiration?: string;
}

export interface ConfigFile {
  profiles: Record<string, Profile>;
}

export const DEFAULT_PROFILE = 'default';

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'latchkey', 'config.json');
}

export async function readConfig(path: string = configPath()): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {} };
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>;
    return { profiles: typeof parsed.profiles === 'object' && parsed.profiles ? parsed.profiles : {} };
  } catch {
    throw new CliError(`${path} is not valid JSON; fix or delete it`);
  }
}

/** Written whole to a temporary file (0600) and renamed, so a crash never leaves half a file. */
export async function writeConfig(config: ConfigFile, path: string = configPath()): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

export async function saveProfile(name: string, profile: Profile, path?: string): Promise<void> {
  const config = await readConfig(path);
  config.profiles[name] = profile;
  await writeConfig(config, path);
}

/** Forgets the session of a profile (its URL stays, for the next login). */
export async function forgetSession(name: string, path?: string): Promise<boolean> {
  const config = await readConfig(path);
  const profile = config.profiles[name];
  if (!profile?.token) return false;
  config.profiles[name] = { url: profile.url };
  await writeConfig(config, path);
  return true;
}
