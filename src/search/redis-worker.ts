/**
 * `losskit worker --redis URL`: runs the trial jobs of a distributed search on this machine,
 * one per trial thread (`concurrency`). The event loop stays free while threads train, so
 * BullMQ renews the job locks; a worker that dies (kill -9, a lost machine) stops renewing,
 * and after `lockSeconds` another worker's stalled-job check puts its job back in the queue,
 * where it runs again from the start (its rung records replaced, its journal record written
 * once whoever finishes first).
 */
import { hostname } from 'node:os';
import { Worker } from 'bullmq';
import { isPromotable } from './asha.js';
import type { TaskSpec } from './objective.js';
import { connectionOf, type TrialJob, type TrialJobResult } from './redis-coordinator.js';
import { RedisStudyStore, type StoredSpec } from './redis-store.js';
import { TrialThread } from './thread-pool.js';
import type { TrialRecord } from './types.js';

export interface WorkerOptions {
  readonly url: string;
  readonly queue: string;
  /** Trials at once on this machine (one thread each). */
  readonly concurrency: number;
  /** A job whose worker stops renewing its lock for this long is retried elsewhere (BullMQ lockDuration). */
  readonly lockSeconds: number;
  /** Exit after this long without a job (0: never). */
  readonly maxIdleSeconds: number;
  /** Times a job may stall and be retried before it fails (BullMQ maxStalledCount). */
  readonly maxStalls?: number;
  log(line: string): void;
}

export const DEFAULT_LOCK_SECONDS = 30;
const DEFAULT_MAX_STALLS = 3;

/** Runs jobs until stopped (`stop()`), or idle for maxIdleSeconds; resolves with the number of trials run. */
export function startWorker(options: WorkerOptions): { done: Promise<number>; stop: () => Promise<void> } {
  const store = new RedisStudyStore(options.url, options.queue);
  const name = `${hostname()}:${process.pid}`;
  let task: { key: string; stored: StoredSpec; threads: TrialThread[]; idle: TrialThread[] } | undefined;
  let trials = 0;
  let lastActive = Date.now();
  let running = 0;

  async function threadsFor(): Promise<NonNullable<typeof task>> {
    const stored = await store.spec();
    if (!stored) throw new Error(`no study on queue '${options.queue}' (start 'losskit search … --redis' first)`);
    const key = JSON.stringify(stored.spec.task);
    if (task?.key === key) return { ...task, stored };
    if (task && running === 0) await Promise.all(task.threads.map((thread) => thread.close()));
    const spec: TaskSpec = stored.spec.task;
    const threads = Array.from({ length: options.concurrency }, (_, i) => new TrialThread(spec, `${name}#${i + 1}`));
    task = { key, stored, threads, idle: [...threads] };
    return task;
  }

  const worker = new Worker<TrialJob, TrialJobResult>(options.queue, async (job) => {
    running++;
    lastActive = Date.now();
    try {
      const { stored, idle } = await threadsFor();
      const { number, config, rungEpochs } = job.data;
      const { direction, asha } = stored.spec;
      options.log(`start trial ${number + 1}${job.attemptsStarted > 1 ? ` (attempt ${job.attemptsStarted}, after a stall)` : ''}`);
      await store.forgetRungs(number, rungEpochs.length);
      const thread = idle.pop();
      if (!thread) throw new Error('more jobs than trial threads');
      let outcome;
      try {
        outcome = await thread.run(number, config, rungEpochs, async (epoch, value) => {
          if (Number.isNaN(value)) return 'prune';
          const values = await store.recordRung(rungEpochs.indexOf(epoch), number, value);
          return isPromotable(value, values, asha.reductionFactor, direction) ? 'continue' : 'prune';
        });
      } finally {
        idle.push(thread);
      }
      const record: TrialRecord = {
        number, params: job.data.params, distributions: job.data.distributions, state: outcome.state,
        ...(outcome.value !== undefined ? { value: outcome.value } : {}),
        intermediate: outcome.intermediate, epochs: outcome.epochs, seconds: outcome.seconds,
        finishedAt: Date.now() - stored.startedAt, worker: thread.name,
        ...(outcome.note !== undefined ? { note: outcome.note } : {}),
        ...(outcome.rejected ? { rejected: true } : {}),
      };
      await store.append({ op: 'finish', trial: record });
      trials++;
      options.log(`finished trial ${number + 1}: ${outcome.state}${outcome.value !== undefined ? ` ${stored.spec.metric} ${outcome.value.toPrecision(4)}` : ''} after ${outcome.epochs} epochs`);
      return { outcome, worker: thread.name };
    } finally {
      running--;
      lastActive = Date.now();
    }
  }, {
    connection: connectionOf(options.url),
    concurrency: options.concurrency,
    lockDuration: options.lockSeconds * 1000,
    stalledInterval: Math.max(500, (options.lockSeconds * 1000) / 2),
    maxStalledCount: options.maxStalls ?? DEFAULT_MAX_STALLS,
    drainDelay: 1,
  });

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    await worker.close();
    await Promise.all(task?.threads.map((thread) => thread.close()) ?? []);
    await store.close();
  })());
  const done = new Promise<number>((resolve, reject) => {
    worker.on('error', (error) => options.log(`worker error: ${error.message}`));
    const timer = options.maxIdleSeconds > 0 ? setInterval(() => {
      if (running === 0 && Date.now() - lastActive > options.maxIdleSeconds * 1000) void stop();
    }, 250) : undefined;
    worker.on('closed', () => {
      if (timer) clearInterval(timer);
      stop().then(() => resolve(trials), reject);
    });
  });
  return { done, stop };
}
