/**
 * Trials on worker threads. Each thread rebuilds the task once and then runs one trial at a
 * time; the pruner's decisions stay with the host (see trial-thread.ts for the blocking
 * hand-off), so ASHA sees every thread's rung values at once.
 *
 * Hand-rolled rather than piscina: a trial is seconds of work, so per-task overhead is noise,
 * and what matters is what piscina does not give — one long-lived task per thread (the
 * dataset loaded once), a thread that blocks mid-task for an answer from the host, and the
 * same thread body serving BullMQ workers. The speed-up is measured by `npm run bench:search`.
 */
import { Worker } from 'node:worker_threads';
import { rungSteps } from './asha.js';
import type { TaskSpec, TrialOutcome } from './objective.js';
import type { Executor } from './optimize.js';
import type { AskedTrial, Study } from './study.js';
import { CONTINUE, PRUNE, THREAD_MARKER, type RunMessage, type ThreadData, type ThreadMessage } from './thread-protocol.js';

/** The pruner's answer for one rung epoch; may be asynchronous (Redis). */
export type Decide = (epoch: number, value: number) => 'prune' | 'continue' | Promise<'prune' | 'continue'>;

/**
 * Starts the thread entry. From TypeScript sources (tests, tsx) the entry is a .ts file that
 * Node 20 cannot load by itself: losskit/threads' loader module (typescript-worker.mjs, a real
 * file, no eval) registers tsx (a dev dependency) in the thread and imports the entry. The
 * published package never takes that branch.
 */
function startWorker(data: ThreadData): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './trial-thread.ts' : './trial-thread.js', import.meta.url);
  if (!fromSources) return new Worker(entry, { workerData: data });
  return new Worker(new URL('../threads/typescript-worker.mjs', import.meta.url), { workerData: { ...data, typescriptEntry: entry.href } });
}

/** One worker thread running one trial at a time. */
export class TrialThread {
  private readonly worker: Worker;
  /** Resolves once the thread has loaded the task (rejects if it could not). */
  readonly ready: Promise<void>;
  private current: { number: number; decide: Decide; signal: Int32Array; resolve: (o: TrialOutcome) => void; reject: (e: Error) => void } | undefined;
  private exited: Error | undefined;

  constructor(task: TaskSpec, readonly name: string) {
    this.worker = startWorker({ marker: THREAD_MARKER, task });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (message: ThreadMessage) => {
        if (message.type === 'ready') resolve();
        else void this.handle(message);
      });
      this.worker.once('error', (error) => { this.fail(error); reject(error); });
      this.worker.once('exit', (code) => {
        const error = new Error(`search: trial thread ${name} exited (code ${code})`);
        this.fail(error);
        reject(error);
      });
    });
  }

  private fail(error: Error): void {
    this.exited ??= error;
    this.current?.reject(error);
    this.current = undefined;
  }

  private async handle(message: ThreadMessage): Promise<void> {
    const current = this.current;
    if (!current || !('number' in message) || message.number !== current.number) return;
    if (message.type === 'epoch') {
      let answer: 'prune' | 'continue';
      try {
        answer = await current.decide(message.epoch, message.value);
      } catch (error) {
        // The thread must not stay blocked: let it finish, and fail the trial's promise.
        answer = 'prune';
        current.reject(error as Error);
      }
      Atomics.store(current.signal, 1, answer === 'prune' ? PRUNE : CONTINUE);
      Atomics.store(current.signal, 0, 1);
      Atomics.notify(current.signal, 0);
    } else if (message.type === 'done') {
      this.current = undefined;
      current.resolve(message.outcome);
    } else if (message.type === 'error') {
      this.current = undefined;
      current.reject(new Error(message.message));
    }
  }

  /** Runs one trial; `decide` answers at each of `rungEpochs`. */
  async run(number: number, config: RunMessage['config'], rungEpochs: readonly number[], decide: Decide): Promise<TrialOutcome> {
    await this.ready;
    if (this.exited) throw this.exited;
    if (this.current) throw new Error(`search: trial thread ${this.name} is busy`);
    const signal = new SharedArrayBuffer(8);
    return new Promise<TrialOutcome>((resolve, reject) => {
      this.current = { number, decide, signal: new Int32Array(signal), resolve, reject };
      this.worker.postMessage({ type: 'run', number, config, rungEpochs, signal } satisfies RunMessage);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** The rung epochs a trial thread asks about (none for random search). */
export function decisionEpochs(study: Study): number[] {
  return study.spec.algorithm === 'random' ? [] : rungSteps(study.epochs, study.spec.asha);
}

/** `workers` trial threads; the study's pruner decides on this thread. `ready` resolves when every thread has loaded the task. */
export function threadPoolExecutor(task: TaskSpec, workers: number): Executor & { readonly ready: Promise<void> } {
  const threads = Array.from({ length: workers }, (_, i) => new TrialThread(task, `thread-${i + 1}`));
  const idle = [...threads];
  return {
    workers,
    ready: Promise.all(threads.map((thread) => thread.ready)).then(() => undefined),
    async run(trial: AskedTrial, study: Study) {
      const thread = idle.pop();
      if (!thread) throw new Error('search: more trials than threads');
      try {
        const outcome = await thread.run(trial.number, trial.config, decisionEpochs(study), (epoch, value) => study.decide(trial.number, epoch, value));
        return { outcome, worker: thread.name };
      } finally {
        idle.push(thread);
      }
    },
    close: async () => { await Promise.all(threads.map((thread) => thread.close())); },
  };
}
