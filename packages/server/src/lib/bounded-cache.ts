// The one way the server keeps a bounded in-memory map: least recently used entries go first.
import { LRUCache } from 'lru-cache';

const oneEntry = () => 1;

/**
 * An LRU cache holding at most `max` entries (each dropped `ttlMs` after it was set, when given).
 *
 * lru-cache's `max` option allocates its arrays for every slot up front: about 35 ms and a few megabytes per
 * 100,000 slots, paid at every start by each of the server's caches. Bounding by `maxSize`, with every entry
 * counting one, evicts in the same order and lets the arrays grow as entries arrive.
 */
export function boundedCache<K extends {}, V extends {}>(max: number, ttlMs?: number): LRUCache<K, V> {
  return new LRUCache<K, V>({
    maxSize: max,
    sizeCalculation: oneEntry,
    ...(ttlMs === undefined ? {} : { ttl: ttlMs }),
  });
}
