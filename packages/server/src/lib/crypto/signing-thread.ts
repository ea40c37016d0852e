// ES256 signatures on one dedicated thread, batched: the event loop hands over many signatures per message.
import type { KeyObject } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * The thread's whole program, evaluated as a CommonJS script (no loader, so it runs the same under tsx, in
 * tests and in production). It holds the private keys it was sent and answers each batch in order.
 */
const THREAD_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { sign } = require('node:crypto');
const keys = new Map();
parentPort.on('message', (message) => {
  if (message.key) { keys.set(message.keyId, message.key); return; }
  const signatures = message.inputs.map((input, i) => {
    const key = keys.get(message.keyIds[i]);
    if (!key) return null;
    try { return sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url'); }
    catch { return null; }
  });
  parentPort.postMessage({ batch: message.batch, signatures });
});
`;

interface Waiting {
  resolve(signature: string): void;
  reject(error: Error): void;
}

interface Batch {
  keyIds: number[];
  inputs: string[];
  waiting: Waiting[];
}

/**
 * A batch goes over once it holds this many, without waiting for the end of the turn: the thread starts on
 * the first signatures while the event loop parses the next requests (a whole turn's worth at once left both
 * sides idle in turn: 13.5k tokens a second against 19.5k–20k with 1 to 8).
 */
const MAX_BATCH = 4;

const emptyBatch = (): Batch => ({ keyIds: [], inputs: [], waiting: [] });

/**
 * Why a thread of our own and not the callback form of `crypto.sign` (libuv's pool): each pool job wakes an
 * idle pool thread, and on a small machine those wake-ups and context switches cost the event loop as much as
 * the signature itself (measured: the same token endpoint issues ~25% more tokens a second this way). Here
 * signatures go over a few at a time (MAX_BATCH, or what the turn of the event loop had) and come back the
 * same way; under load the thread never sleeps between batches. It also keeps signing apart from scrypt (sign-ins), which fills the
 * libuv pool for tens of milliseconds at a time.
 */
export class SigningThread {
  private worker: Worker | undefined;
  /**
   * Each private key gets a number of its own, by identity: a kid names a key only among our own keys, and
   * a key that shares another's kid (a test's forgery, say) must never be signed for with the other.
   */
  private readonly keyIds = new WeakMap<KeyObject, number>();
  private keyCounter = 0;
  /** Keys the current thread holds. */
  private sent = new Set<number>();
  private next = emptyBatch();
  /** A setImmediate will send what `next` holds by then. */
  private flushScheduled = false;
  private readonly inFlight = new Map<number, Waiting[]>();
  private batchCounter = 0;

  /** The base64url ES256 (IEEE P1363) signature of `input`. */
  sign(privateKey: KeyObject, input: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const worker = this.started();
      let keyId = this.keyIds.get(privateKey);
      if (keyId === undefined) {
        keyId = this.keyCounter++;
        this.keyIds.set(privateKey, keyId);
      }
      if (!this.sent.has(keyId)) {
        // Ordered on the same port: the thread holds the key before any batch that needs it arrives.
        worker.postMessage({ keyId, key: privateKey });
        this.sent.add(keyId);
      }
      this.next.keyIds.push(keyId);
      this.next.inputs.push(input);
      this.next.waiting.push({ resolve, reject });
      if (this.next.inputs.length >= MAX_BATCH) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }

  /** Ends the thread; signatures still waiting are refused. A later `sign` starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (worker) await worker.terminate();
  }

  private flush(): void {
    const batch = this.next;
    this.next = emptyBatch();
    if (batch.inputs.length === 0) return;
    const worker = this.started();
    const id = this.batchCounter++;
    if (this.inFlight.size === 0) worker.ref();
    this.inFlight.set(id, batch.waiting);
    worker.postMessage({ batch: id, keyIds: batch.keyIds, inputs: batch.inputs });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(THREAD_SOURCE, { eval: true });
    // Only batches in flight keep the process alive; an idle thread never holds up an exit.
    worker.unref();
    worker.on('message', (answer: { batch: number; signatures: (string | null)[] }) => {
      const waiting = this.inFlight.get(answer.batch) ?? [];
      this.inFlight.delete(answer.batch);
      if (this.inFlight.size === 0) worker.unref();
      waiting.forEach((waiter, i) => {
        const signature = answer.signatures[i];
        if (signature) waiter.resolve(signature);
        else waiter.reject(new Error('the signing thread could not sign with this key'));
      });
    });
    const stopped = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.sent = new Set();
      const waiting = [...this.inFlight.values(), this.next.waiting].flat();
      this.inFlight.clear();
      this.next = emptyBatch();
      for (const waiter of waiting) waiter.reject(error);
    };
    worker.on('error', stopped);
    worker.on('exit', (code) => stopped(new Error(`the signing thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
