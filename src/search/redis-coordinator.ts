/**
 * The coordinator side of a distributed search (`losskit search … --redis URL`): trials are
 * BullMQ jobs on a Redis queue, run by `losskit worker --redis URL` processes on any number of
 * machines; the journal lives in Redis (redis-store.ts). The coordinator samples (TPE sees
 * every trial finished so far), keeps `inFlight` jobs queued or running, and waits for each
 * job's result. Workers decide pruning against the rung records in Redis and append each
 * finished trial to the Redis journal themselves, exactly once.
 */
import { Queue, QueueEvents } from 'bullmq';
import { JournalError, type JournalRecord } from './journal-file.js';
import type { PreparedTask, TrialOutcome } from './objective.js';
import type { Executor } from './optimize.js';
import { RedisStudyStore } from './redis-store.js';
import type { StudySpec } from './study.js';
import { decisionEpochs } from './thread-pool.js';
import type { Distribution, Params, TrialConfig } from './types.js';

export const DEFAULT_QUEUE = 'losskit-search';
export const DEFAULT_IN_FLIGHT = 4;

/** What a trial job carries. */
export interface TrialJob {
  readonly number: number;
  readonly config: TrialConfig;
  readonly params: Params;
  readonly distributions: Readonly<Record<string, Distribution>>;
  readonly rungEpochs: readonly number[];
}

/** What a worker returns for a job. */
export interface TrialJobResult {
  readonly outcome: TrialOutcome;
  readonly worker: string;
}

export function connectionOf(url: string): { url: string; maxRetriesPerRequest: null } {
  return { url, maxRetriesPerRequest: null };
}

export interface RedisSearch {
  readonly previous: JournalRecord[];
  readonly sink: RedisStudyStore;
  readonly executor: (task: PreparedTask, spec: StudySpec) => Promise<Executor>;
}

/**
 * Connects to the queue's study. A queue whose journal holds a study is refused unless
 * resuming (as a file journal is); resuming reads the journal back.
 */
export async function redisSearch(url: string, queueName: string, inFlight: number, resume: boolean): Promise<RedisSearch> {
  const store = new RedisStudyStore(url, queueName);
  let previous: JournalRecord[];
  try {
    previous = await store.records();
  } catch (error) {
    await store.close();
    throw new JournalError(`cannot reach Redis at ${url}: ${(error as Error).message}`);
  }
  if (previous.length && !resume) {
    await store.close();
    throw new JournalError(`Redis queue '${queueName}' already holds a study; add --resume to continue it, or --queue NAME for a new one`);
  }
  return {
    previous, sink: store,
    async executor(_task, spec) {
      const connection = connectionOf(url);
      const queue = new Queue<TrialJob, TrialJobResult>(queueName, { connection });
      // Jobs of an earlier coordinator (crashed, or a finished study) go: pending trials are queued again.
      await queue.obliterate({ force: true });
      if (!previous.length) await store.clear();
      const stored = await store.spec();
      const startedAt = resume && stored ? stored.startedAt : Date.now();
      await store.setSpec({ spec, startedAt });
      const events = new QueueEvents(queueName, { connection });
      await events.waitUntilReady();
      return {
        workers: inFlight,
        async run(trial, study) {
          const job = await queue.add('trial', {
            number: trial.number, config: trial.config, params: trial.params, distributions: trial.distributions,
            rungEpochs: decisionEpochs(study),
          }, { jobId: `trial-${trial.number}`, removeOnComplete: false, removeOnFail: false });
          return job.waitUntilFinished(events);
        },
        async close() {
          await events.close();
          await queue.close();
          await store.close();
        },
      };
    },
  };
}
