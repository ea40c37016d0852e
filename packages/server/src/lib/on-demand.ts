// Loads a CommonJS dependency the first time it is asked for: a start-up whose configuration never needs it never reads it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * `require(name)`, synchronously, at the first call (node caches it after). For the clients of services that
 * are optional (pg, ioredis) or used only after start (undici): loading each costs tens of milliseconds of
 * start-up, on every start, for a configuration that may never use it.
 */
export const onDemand =
  <T>(name: string): (() => T) =>
  () =>
    require(name) as T;
