// Password hashing with scrypt from node:crypto; verification in constant time.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

// OWASP's scrypt floor is N=2^17, r=8, p=1; costs are stored with each hash so they can be raised later.
export const DEFAULT_COST = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return scryptAsync(password.normalize('NFKC'), salt, KEY_LENGTH, {
    ...cost,
    maxmem: 256 * cost.N * cost.r,
  });
}

/**
 * A hash of a random password at the given cost, checked when the email is unknown so that a
 * wrong email costs the same scrypt work as a wrong password.
 */
const dummies = new Map<string, Promise<string>>();
export function dummyPasswordHash(cost = DEFAULT_COST): Promise<string> {
  const id = `${cost.N}/${cost.r}/${cost.p}`;
  let hash = dummies.get(id);
  if (!hash) {
    hash = hashPassword(randomBytes(16).toString('hex'), cost);
    dummies.set(id, hash);
  }
  return hash;
}
