// URLs Latchkey itself calls or hands secrets to: https, or plain http on loopback only.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_URL_LENGTH = 2048;

/**
 * Why `value` is not a URL we may call with (or send) something worth protecting; undefined when it is.
 * Plain http is allowed only on loopback: a provider or receiver run for development or tests.
 */
export function secureUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL';
  }
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  if (url.username || url.password) return 'must not contain credentials';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && (LOOPBACK_HOSTS.has(url.hostname) || url.hostname.startsWith('127.')))
    return undefined;
  return 'must use https (plain http is allowed only on loopback)';
}
