// A setting the operator got wrong: the message names the setting and what it takes.

export class ConfigError extends Error {}

/** A true/false setting: unset, empty, `false` or `0` is false; `true` or `1` is true; anything else is refused. */
export function flag(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}
