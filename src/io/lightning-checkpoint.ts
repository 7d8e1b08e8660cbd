/**
 * PyTorch Lightning's `ModelCheckpoint(verbose=True)` messages, a monitored quantity's best so far
 * (`ModelCheckpoint._update_best_and_save` and `_save_topk_checkpoint`):
 *
 *   Epoch 5, global step 600: 'train_loss' reached 5.89343 (best 5.89343), saving model to '.../epoch=5-step=600.ckpt' as top 1
 *   Epoch 6, global step 700: 'train_loss' was not in top 1
 *
 * A notebook or a job's output whose progress bar was not kept (tqdm on stderr, a notebook's rate
 * limit) holds only these: each epoch's best so far of the monitored quantity, the value it
 * reached where it improved, the best before it where it was not in the top k. Read as that curve,
 * at the global step with its epoch: a curve of bests cannot rise, so it shows a plateau or a fall
 * still going on, never an overfit; the note says so. Met in the second reader sweep (a W&B
 * `output.log`) and the forty-second corpus (pytorch-transformer-ts' notebooks). Browser-safe.
 */
import { VALIDATION_PREFIX } from './console-patterns.js';

const REACHED = /^Epoch (\d+), global step (\d+): '([^']+)' reached ([-+\d.eE]+|nan|inf) \(best ([-+\d.eE]+|nan|inf)\)/;
const NOT_IN_TOP = /^Epoch (\d+), global step (\d+): '([^']+)' was not in top \d+/;

/** One epoch's best so far of the monitored quantity, as a console observation's parts. */
export interface CheckpointBest {
  readonly epoch: number;
  readonly step: number;
  readonly pair: { readonly name: string; readonly value: number; readonly validation: boolean };
}

/** Reads the messages of one log in order, keeping each quantity's best so far. */
export class CheckpointBests {
  private readonly bests = new Map<string, number>();
  /** How many messages were read. */
  private lines = 0;

  /** The best so far that `text` reports, or undefined when it is no such message (or names a quantity not yet reported). */
  take(text: string): CheckpointBest | undefined {
    const trimmed = text.trim();
    const reached = REACHED.exec(trimmed);
    const notInTop = reached === null ? NOT_IN_TOP.exec(trimmed) : null;
    const match = reached ?? notInTop;
    if (match === null) return undefined;
    const name = match[3].replace(/[/\s]+/g, '_');
    const value = reached === null ? this.bests.get(name) : Number(reached[5]);
    if (value === undefined || !Number.isFinite(value)) return undefined;
    this.bests.set(name, value);
    this.lines++;
    return { epoch: Number(match[1]), step: Number(match[2]), pair: { name, value, validation: VALIDATION_PREFIX.test(name.toLowerCase()) } };
  }

  /** The note for a log that held such messages. */
  note(): string | undefined {
    if (this.lines === 0) return undefined;
    return `${this.lines} of Lightning's ModelCheckpoint messages read as the monitored quantity's best so far at each epoch ` +
      "('reached ... (best ...)', 'was not in top k'): a curve of bests cannot rise, so an overfit cannot be seen in it";
  }
}
