/**
 * Lines that say a plain console log's script was started again: another training appended to the
 * log, which console-log.ts declares to `SeriesBuilder.startTraining` (as csv-log.ts does for a CSV
 * header written again) so that a log of several trainings with no counter, or with counters that
 * do not go back, is not read as one. Two marks, each something a training prints once:
 *
 *   - argparse's `Namespace(lr=3e-05, batch_size=5, ...)`, the parsed arguments a script logs at
 *     start (`print(args)`, `logger.info(args)`): a second one after observations is a second
 *     launch (SimCSE's loguru logs, appended run after run with no step counter);
 *   - an epoch total that changes (`Epoch 1/30` after `Epoch 2/2`): a training's planned epochs are
 *     fixed when it starts, so another total is another training (a script run again with new
 *     arguments; Keras prints `Epoch k/N` for every `fit`), also written as JSON (PySlowFast's
 *     `json_stats: {..., "epoch": "1/20", ...}`, json-stats-line.ts);
 *   - a table's header naming a counter first and a loss (`epoch  train_loss  valid_loss  accuracy
 *     time`) written again: fastai prints its table's header when each `fit` starts, and the notebook
 *     reader writes each HTML training table's header before its rows (notebook-html.ts), one table
 *     per `fit` or `Trainer.train`. A header drawn again while the same training goes on (its
 *     counter going on past every step logged before: a header printed every epoch) is no launch.
 *     A new table starts its counter again, at or below the steps before (the Trainer's second
 *     table at step 100 after a first that ran to step 300).
 * A launch by arguments logged again whose counter then picks up beyond the first tenth of the
 * steps logged before it is no new training but a resume from a checkpoint (detectron2's `--resume`, a Trainer's
 * `resume_from_checkpoint`: the script logs its arguments again, its iteration counter goes on
 * from the checkpoint's): it is read as one training, as TensorBoard reads a resume (the later
 * points replace the earlier from the step it went back to; series-columns.ts). A new training
 * starts its counter near the start again, and one without a counter at step 1 (`resumesCheckpoint`).
 * A changed epoch total is a new plan, never a resume (its steps, counted by epoch, may start high).
 *
 * In a text of sections (a notebook's cells), a section whose training lines name no counter and
 * no epoch (none on the line, no header in the section), after training lines in a section before
 * it, is another training (`CellRuns`): a cell runs to its end before the next begins, so a header
 * or a counter of an earlier cell does not place its lines. A loop with nothing to count by is run
 * once per cell, and running it again (another model, more epochs of the same one) is what a cell
 * does; a cell printing one such line after a training (`print("Loss: {:.5}".format(scores[0]))`
 * after Keras' `fit`) is a test of the model, a training of one point the run passes over for the
 * longer one before it. So is a section whose epoch header, or first training line, counts from
 * an epoch at or before the last one trained (Keras' `Epoch 1/100` of a second `fit`, a loop's
 * `Epoch: 1, tloss: 103.09` run again): the step going back would begin a training anyway, but as
 * one the reader declares, a series the earlier fit logged and this one does not (its `val_loss`)
 * is no part of it. A `fit` continued in the next cell (`initial_epoch`) counts on and stays one
 * training. The notebook is judged on its last training long enough. Browser-safe.
 */
import { EPOCH } from './console-patterns.js';
import { namesLoss } from './series.js';
import type { LaunchMark } from './series-columns.js';
import type { SeriesBuilder } from './series.js';

/** argparse's repr of its parsed arguments: `Namespace(` and a first `name=`. */
const ARGPARSE_NAMESPACE = /(?<![\w.])Namespace\(\s*(?:\)|[A-Za-z_]\w*=)/;

/** An epoch and its total as a JSON record's string (PySlowFast's `"epoch": "1/20"`): group 1 the total. */
const JSON_EPOCH = /"epoch":\s*"\d+\/(\d+)"/;

/** A table header: words only (fastai 0.7's `<lambda>` metric among them), at least three, the first a counter; `namesLoss` must name a loss among the rest. */
const TABLE_HEADER = /^\s*(?:epoch|step|global_step|iteration|iter)(?:\s+<?[A-Za-z_][\w.%/-]*>?){2,}\s*$/i;

export const TABLE_HEADER_AGAIN: LaunchMark = {
  what: "a table's header naming a counter and a loss is written again",
  why: "fastai's fit, the Hugging Face Trainer and Chainer's PrintReport draw a new table for each training",
};

const ARGUMENTS_LOGGED: LaunchMark = {
  what: "argparse's Namespace(...) is logged again",
  why: 'a script logs its parsed arguments once, at its start: a new launch is a new training',
};

const CELL_EPOCHS_AGAIN: LaunchMark = {
  what: "a new cell's epochs count from the start again",
  why: 'a cell runs to its end before the next begins: epochs counted again in another cell are another fit',
};

const CELL_EPOCHS_AFTER_STEPS: LaunchMark = {
  what: "a new cell's training lines count epochs after an earlier cell's counted steps alone",
  why: 'a cell runs to its end before the next begins: a loop counting epochs after one counting steps is another fit',
};

const CELL_RUN_AGAIN: LaunchMark = {
  what: 'a new cell prints training lines with no counter or epoch after an earlier cell printed training lines',
  why: 'a cell runs to its end before the next begins, so its lines with nothing to count by are a training of their own',
};

const CELL_EVALUATIONS_AGAIN: LaunchMark = {
  what: 'a new cell prints validation lines with no counter or epoch after an earlier cell printed such lines, and no training line was printed',
  why: "a cell runs to its end before the next begins: a loop printing only its evaluations, run again in another cell, is another training",
};

/** Watches a text's sections for a cell that begins a training (see the module comment). */
export class CellRuns {
  /** Whether training lines were read before. */
  private trained = false;
  /** The first line of a section begun since the last training line. */
  private openedAt: number | undefined;
  /** Whether the current section wrote an epoch header. */
  private sectionHeaded = false;
  /** Whether validation lines with nothing placing them were read while no training line was (a loop printing only its evaluations). */
  private evaluatedAlone = false;

  /**
   * True when a section began since the last training line (and one was read): its lines that
   * train nothing evaluate the trained model (console-log.ts passes them by).
   */
  afterTraining(): boolean {
    return this.trained && this.openedAt !== undefined;
  }

  /** A section begins on line `line`. */
  opened(line: number): void {
    this.openedAt = line;
    this.sectionHeaded = false;
  }

  /**
   * An epoch header of epoch `epoch` was read, the last training line before it at epoch
   * `lastEpoch`: the launch it begins (see the module comment), or undefined.
   */
  headed(epoch: number, lastEpoch: number | undefined): { mark: LaunchMark; line: number } | undefined {
    this.sectionHeaded = true;
    const at = this.openedAt;
    return at !== undefined && this.trained && lastEpoch !== undefined && epoch <= lastEpoch ? { mark: CELL_EPOCHS_AGAIN, line: at } : undefined;
  }

  /**
   * A validation line naming epoch `epoch` (no training value on it), the last training line before
   * it at epoch `lastEpoch`: a section that counts its epochs from the start again and prints only
   * its validation (Lightning's `validation_epoch_end` printing `Epoch 0: val loss = 0.70`, the
   * training's own figures in a progress widget the notebook did not save) begins another training,
   * as its header would (readers-113). Its lines are then a log of evaluations alone; a training
   * line of the same section goes on in that training.
   */
  validated(epoch: number, lastEpoch: number | undefined): { mark: LaunchMark; line: number } | undefined {
    const at = this.openedAt;
    if (at === undefined || !this.trained || lastEpoch === undefined || epoch > lastEpoch) return undefined;
    this.openedAt = undefined;
    return { mark: CELL_EPOCHS_AGAIN, line: at };
  }

  /**
   * An observation with training values or not, its line naming no counter and no epoch or not,
   * the epoch it names, and the last training line before it (undefined when none since the last launch; its epoch
   * undefined when a step counter alone placed it): the launch it begins,
   * at its section's first line (lines with nothing placing them are held back until a run of
   * them is one, `UnplacedRun`), or undefined.
   */
  observed(training: boolean, uncountedLine: boolean, epoch: number | undefined, last: { readonly epoch: number | undefined } | undefined): { mark: LaunchMark; line: number } | undefined {
    if (!training) return this.trained || !uncountedLine ? undefined : this.evaluatedWithoutTraining();
    const at = this.openedAt;
    const trainedBefore = this.trained;
    this.openedAt = undefined;
    this.trained = true;
    if (at === undefined || !trainedBefore) return undefined;
    if (uncountedLine && !this.sectionHeaded) return { mark: CELL_RUN_AGAIN, line: at };
    // A loop counting epochs after a training counted by steps alone (a TF estimator's `loss = 0.01, step = 7001`,
    // then a session loop's `epoch: 10 loss 0.106`, readers-164) is another fit: one cell's steps do not place the other's epochs.
    if (epoch === undefined || last === undefined) return undefined;
    if (last.epoch === undefined) return { mark: CELL_EPOCHS_AFTER_STEPS, line: at };
    return epoch <= last.epoch ? { mark: CELL_EPOCHS_AGAIN, line: at } : undefined;
  }

  /**
   * Validation lines with nothing placing them, in a log with no training line (a loop that prints only its
   * test loss, `test loss: 0.708, test accuracy: 0.1`): a section printing them after an earlier section did
   * begins another training (readers-130: the 76th corpus's b05, two trainings in two cells read as one curve,
   * a critical overfit from the first's last 0.126 to the second's 9.05).
   */
  private evaluatedWithoutTraining(): { mark: LaunchMark; line: number } | undefined {
    const at = this.openedAt;
    const before = this.evaluatedAlone;
    this.evaluatedAlone = true;
    this.openedAt = undefined;
    return at !== undefined && before && !this.sectionHeaded ? { mark: CELL_EVALUATIONS_AGAIN, line: at } : undefined;
  }
}

/** Watches one log's lines in file order for a new launch (see the module comment). */
export class LaunchMarks {
  private epochTotal: number | undefined;

  /** What in `text` starts another training, given whether any observation was read before it; undefined when nothing does. */
  starts(text: string, afterObservations: boolean): LaunchMark | undefined {
    if (ARGPARSE_NAMESPACE.test(text)) {
      this.epochTotal = undefined;
      return afterObservations ? ARGUMENTS_LOGGED : undefined;
    }
    if (TABLE_HEADER.test(text) && text.trim().split(/\s+/).slice(1).some(namesLoss)) return afterObservations ? TABLE_HEADER_AGAIN : undefined;
    const total = EPOCH.exec(text)?.[2] ?? JSON_EPOCH.exec(text)?.[1];
    if (total === undefined) return undefined;
    const before = this.epochTotal;
    this.epochTotal = Number(total);
    if (before === undefined || this.epochTotal === before || !afterObservations) return undefined;
    return { what: `the planned epochs changed from ${before} to ${this.epochTotal}`, why: "a training's planned epochs are fixed when it starts, so another total is another training" };
  }
}

/** The steps logged before a launch: the first and the highest. */
interface LoggedSteps {
  first: number | undefined;
  highest: number;
}

/**
 * True when a launch `mark` whose first point is at `step` resumes a checkpoint: the arguments
 * logged again, and `step` beyond the first tenth of the steps logged before it (a fresh start
 * logs from near the first step again).
 */
export function resumesCheckpoint(mark: LaunchMark, step: number, logged: LoggedSteps): boolean {
  const { first, highest } = logged;
  return mark === ARGUMENTS_LOGGED && first !== undefined && highest > first && step - first > (highest - first) / 10;
}

/**
 * The launches of one log, told to `builder`: each waits for its first point, which says whether it
 * begins a training (`SeriesBuilder.startTraining`) or resumes the one before (`resumesCheckpoint`).
 */
export class LaunchReader {
  private pending: { line: number; mark: LaunchMark } | undefined;
  private readonly logged: LoggedSteps = { first: undefined, highest: -Infinity };
  private readonly resumed: { line: number; step: number; mark: LaunchMark }[] = [];

  constructor(private readonly builder: SeriesBuilder) {}

  /** A launch `mark` seen on file line `line`. */
  launched(line: number, mark: LaunchMark): void {
    this.pending = { line, mark };
  }

  /** Before a point at `step` is added. */
  point(step: number): void {
    const launch = this.pending;
    if (launch !== undefined) {
      this.pending = undefined;
      // A table header drawn again as its training goes on, past every step before, is that training's (see the module comment).
      const goesOn = launch.mark === TABLE_HEADER_AGAIN && step > this.logged.highest;
      if (resumesCheckpoint(launch.mark, step, this.logged)) this.resumed.push({ ...launch, step });
      else if (!goesOn) this.builder.startTraining(launch.line, launch.mark);
    }
    this.logged.first ??= step;
    this.logged.highest = Math.max(this.logged.highest, step);
  }

  /** At the end of `file`: a launch that logged nothing after it is a training of no points (an aborted start); the resumes' note into `notes`. */
  finish(file: string, notes: string[]): void {
    if (this.pending !== undefined) this.builder.startTraining(this.pending.line, this.pending.mark);
    this.pending = undefined;
    if (this.resumed.length === 0) return;
    const [first] = this.resumed;
    const more = this.resumed.length === 1 ? '' : ` (and ${this.resumed.length - 1} more launch${this.resumed.length === 2 ? '' : 'es'} like it)`;
    notes.push(`${file}:${first.line}: ${first.mark.what}${more}, but the counter then resumed at step ${first.step}, beyond the first tenth of the steps ` +
      'logged before it: a resume from a checkpoint, read as one training with the launch before it');
  }
}
