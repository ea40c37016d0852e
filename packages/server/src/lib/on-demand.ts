// Loads a CommonJS dependency the first time it is asked for: a start-up whose configuration never needs it never reads it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * `require(name)`, synchronously, at the first call, then the same module at every later one. For the clients of
 * services that are optional (pg, ioredis), what is used only after start (undici) or rarely (yaml): loading each
 * costs tens of milliseconds of start-up, on every start, for a configuration that may never use it.
 */
export function onDemand<T>(name: string): () => T {
  let loaded: T | undefined;
  // Held here: require() resolves the name again at every call, even for a module it has loaded.
  return () => (loaded ??= require(name) as T);
}
