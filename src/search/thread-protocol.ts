/**
 * Messages between a trial thread (trial-thread.ts) and its host (thread-pool.ts). Kept apart
 * from the thread's entry so that importing them never starts serving trials.
 */
import type { TaskSpec, TrialOutcome } from './objective.js';
import type { TrialConfig } from './types.js';

export const PRUNE = 1;
export const CONTINUE = 2;

/** Host → thread. */
export interface RunMessage {
  readonly type: 'run';
  readonly number: number;
  readonly config: TrialConfig;
  /** Epochs at which the host decides (none for random search). */
  readonly rungEpochs: readonly number[];
  readonly signal: SharedArrayBuffer;
}

/** Thread → host. */
export type ThreadMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'epoch'; readonly number: number; readonly epoch: number; readonly value: number }
  | { readonly type: 'done'; readonly number: number; readonly outcome: TrialOutcome }
  | { readonly type: 'error'; readonly number: number; readonly message: string };

/** What a trial thread is started with. */
export interface ThreadData {
  readonly marker: typeof THREAD_MARKER;
  readonly task: TaskSpec;
}

export const THREAD_MARKER = 'losskit-trial-thread';
