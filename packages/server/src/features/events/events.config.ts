// The events feature's settings: the delivery worker's pace and the secret-scanning public keys' URL.
import { ConfigError, flag } from '../../lib/config-error.ts';
import { DEFAULT_WORKER, type WorkerOptions } from './events.worker.ts';

/** GitHub's published secret-scanning public keys (docs: "Secret scanning partner program"). */
export const GITHUB_SECRET_SCANNING_KEYS_URL = 'https://api.github.com/meta/public_keys/secret_scanning';

export interface EventsConfig {
  worker: WorkerOptions;
  /** LATCHKEY_SECRET_SCANNING_KEYS_URL: where the partner endpoint gets the keys that sign reports. */
  secretScanningKeysUrl: string;
  /** How often the periodic jobs (key notices, unused keys) are looked at. */
  schedulePollMs: number;
  /** How long an unknown key identifier waits before the keys are fetched again. */
  secretScanningCooldownMs: number;
}

function milliseconds(name: string, raw: string | undefined, fallback: number, min: number, max: number) {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(
      `${name} must be a whole number of milliseconds from ${min} to ${max}, got "${raw}"`,
    );
  return value;
}

export function loadEventsConfig(env: NodeJS.ProcessEnv): EventsConfig {
  const url = env.LATCHKEY_SECRET_SCANNING_KEYS_URL || GITHUB_SECRET_SCANNING_KEYS_URL;
  if (!URL.canParse(url))
    throw new ConfigError(`LATCHKEY_SECRET_SCANNING_KEYS_URL must be a URL, got "${url}"`);
  return {
    worker: {
      ...DEFAULT_WORKER,
      pollMs: milliseconds('LATCHKEY_WEBHOOK_POLL_MS', env.LATCHKEY_WEBHOOK_POLL_MS, 1000, 10, 60_000),
      baseDelayMs: milliseconds(
        'LATCHKEY_WEBHOOK_RETRY_BASE_MS',
        env.LATCHKEY_WEBHOOK_RETRY_BASE_MS,
        DEFAULT_WORKER.baseDelayMs,
        10,
        3600_000,
      ),
      timeoutMs: milliseconds(
        'LATCHKEY_WEBHOOK_TIMEOUT_MS',
        env.LATCHKEY_WEBHOOK_TIMEOUT_MS,
        10_000,
        100,
        60_000,
      ),
      legacyAppSignature: flag(
        'LATCHKEY_LEGACY_APP_ACTIVATED_SIGNATURE',
        env.LATCHKEY_LEGACY_APP_ACTIVATED_SIGNATURE,
      ),
    },
    schedulePollMs: milliseconds(
      'LATCHKEY_SCHEDULE_POLL_MS',
      env.LATCHKEY_SCHEDULE_POLL_MS,
      60_000,
      10,
      3600_000,
    ),
    secretScanningKeysUrl: url,
    secretScanningCooldownMs: milliseconds(
      'LATCHKEY_SECRET_SCANNING_COOLDOWN_MS',
      env.LATCHKEY_SECRET_SCANNING_COOLDOWN_MS,
      60_000,
      0,
      3600_000,
    ),
  };
}
