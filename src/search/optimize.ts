/**
 * The optimisation loop: keeps every worker busy with a trial, asks the study for the next one
 * when a worker frees up (so TPE sees every trial finished by then), journals each trial when it
 * starts and when it ends, and stops at the trial budget or the deadline. Trials cut off by a
 * crash (asked, never finished: read back from the journal) run first, with their own settings.
 */
import type { JournalSink } from './journal-file.js';
import { runTrial, type PreparedTask, type TrialOutcome } from './objective.js';
import type { AskedTrial, Study } from './study.js';
import type { TrialRecord } from './types.js';

/** Formula candidates rejected before training, at most, per trial of the budget (the search stops there). */
export const MAX_REJECTED_PER_TRIAL = 50;

/** Runs trials: in this thread, in worker threads, or on BullMQ workers. */
export interface Executor {
  /** Trials it runs at once. */
  readonly workers: number;
  run(trial: AskedTrial, study: Study): Promise<{ outcome: TrialOutcome; worker?: string }>;
  close(): Promise<void>;
}

/** One trial at a time in this thread (the default, and the deterministic reference). */
export function inProcessExecutor(task: PreparedTask): Executor {
  return {
    workers: 1,
    run: (trial, study) => new Promise((resolve, reject) => {
      try {
        resolve({ outcome: runTrial(task, trial.config, (epoch, value) => study.decide(trial.number, epoch, value)) });
      } catch (error) {
        reject(error as Error);
      }
    }),
    close: () => Promise.resolve(),
  };
}

export interface OptimizeOptions {
  /** Trials in the whole study (a resumed study counts its earlier ones). */
  readonly budget?: number;
  /** Date.now() after which no trial starts. */
  readonly deadline?: number;
  readonly journal?: JournalSink;
  onTrialStart?(trial: AskedTrial): void;
  onTrial?(record: TrialRecord): void;
}

export async function optimize(study: Study, executor: Executor, options: OptimizeOptions): Promise<void> {
  const queue = study.pending();
  const running = new Map<number, Promise<void>>();
  let failure: unknown;
  const timeLeft = () => options.deadline === undefined || Date.now() < options.deadline;
  // Rejected formula candidates cost a compile and a few evaluations: they do not use up the budget, within a cap.
  const canAsk = () => (options.budget === undefined || (study.counted < options.budget && study.rejected < MAX_REJECTED_PER_TRIAL * options.budget)) && timeLeft();
  for (;;) {
    while (failure === undefined && running.size < executor.workers && timeLeft()) {
      let trial = queue.shift();
      if (!trial) {
        if (!canAsk()) break;
        trial = study.ask();
        await options.journal?.append({ op: 'ask', number: trial.number, params: trial.params, distributions: trial.distributions });
      }
      const asked = trial;
      study.begin(asked);
      options.onTrialStart?.(asked);
      const done = executor.run(asked, study).then(async ({ outcome, worker }) => {
        const record = study.record(asked, outcome, worker);
        study.tell(record);
        await options.journal?.append({ op: 'finish', trial: record });
        options.onTrial?.(record);
      }).catch((error: unknown) => { failure ??= error; }).finally(() => { running.delete(asked.number); });
      running.set(asked.number, done);
    }
    if (!running.size) break;
    await Promise.race(running.values());
  }
  if (failure !== undefined) throw failure as Error;
}
