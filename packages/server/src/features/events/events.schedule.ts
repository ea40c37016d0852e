// Periodic jobs that survive restarts: a row per job with its next run and a lease, so one instance runs each.
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';

export interface Job {
  name: string;
  everyMs: number;
  /** Must finish well within the lease; answers what it did, for the log. */
  run(now: number): Promise<Record<string, number>>;
}

const LEASE_MS = 10 * 60_000;

export class Schedule {
  private readonly owner = `s_${randomBytes(8).toString('hex')}`;
  private readonly jobs: Job[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly deps: { db: Db; clock: Clock; log: FastifyBaseLogger; pollMs: number }) {}

  add(job: Job): void {
    this.jobs.push(job);
  }

  start(): void {
    this.timer = setInterval(() => {
      this.runDue().catch((err: unknown) => this.deps.log.error({ err }, 'scheduled jobs failed'));
    }, this.deps.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs every job that is due and whose lease this instance wins; one pass at a time. */
  runDue(): Promise<void> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<void> {
    for (const job of this.jobs) {
      const now = this.deps.clock.now();
      if (!(await this.claim(job, now))) continue;
      try {
        const done = await job.run(now);
        if (Object.values(done).some((count) => count > 0))
          this.deps.log.info({ job: job.name, ...done }, 'scheduled job ran');
        await this.release(job, now + job.everyMs, now);
      } catch (err) {
        this.deps.log.error({ err, job: job.name }, 'scheduled job failed');
        // Tried again at the next poll once the lease is given back.
        await this.release(job, now, null);
      }
    }
  }

  /** The row is made on first use; the lease is taken only when the job is due and nobody holds it. */
  private async claim(job: Job, now: number): Promise<boolean> {
    const { db } = this.deps;
    await db
      .insertInto('scheduledJobs')
      .values({ name: job.name, nextRunAt: now, leaseOwner: null, leaseUntil: null, lastRunAt: null })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const claimed = await db
      .updateTable('scheduledJobs')
      .set({ leaseOwner: this.owner, leaseUntil: now + LEASE_MS })
      .where('name', '=', job.name)
      .where('nextRunAt', '<=', now)
      .where((eb) => eb.or([eb('leaseUntil', 'is', null), eb('leaseUntil', '<', now)]))
      .executeTakeFirst();
    return claimed.numUpdatedRows > 0n;
  }

  private async release(job: Job, nextRunAt: number, lastRunAt: number | null): Promise<void> {
    await this.deps.db
      .updateTable('scheduledJobs')
      .set({ nextRunAt, leaseOwner: null, leaseUntil: null, ...(lastRunAt === null ? {} : { lastRunAt }) })
      .where('name', '=', job.name)
      .where('leaseOwner', '=', this.owner)
      .execute();
  }
}
