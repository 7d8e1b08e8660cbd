/**
 * Where a plain console log's validation line without a counter of its own lands (console-log.ts):
 * mnist's `Test set: Average loss`, a per-epoch `Epoch 149, val loss is ...` after per-batch
 * training lines. At the last training step, in that training line's epoch when its own line names
 * none; before any training line, at its ordinal (counted again from 1 when the epoch it names goes
 * back: another training of a log of evaluations alone; lines naming the same epoch share its step). A line
 * whose loop's epoch is still ahead of the last training line's (`ahead`, readers-118) lands at the step its
 * epoch's training line will take, one step an epoch. A test split's line so placed after
 * validation lines under another name (`| Test Loss: 3.780 |` after each epoch's `Valid Loss:`) and
 * followed by no training line is the held-out test, passed by (console-test-split.ts).
 * Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import type { AddPoint } from './console-eval-pass.js';
import { isHeldOutTest, type HeldTest } from './console-test-split.js';

/** A training line's step and epoch. */
export interface TrainingPoint {
  readonly step: number;
  readonly epoch: number | undefined;
}

/** Where a validation line without a counter is read. */
export interface UncountedLine {
  /** The epoch the line names, if any. */
  readonly written: number | undefined;
  /** The epoch it is read in: the one it names, else the last one written or announced by a header. */
  readonly current: number | undefined;
  /** The last training line of this training, if any. */
  readonly lastTraining: TrainingPoint | undefined;
  /** How many epochs after the last training line's the line's epoch is, its training line still to come, one step an epoch (console-log.ts' `loopEpoch`); 0 when none. */
  readonly ahead?: number;
}

/** Places one log's validation lines without a counter, in file order. */
export class ValidationPlaces {
  /** A test line held back (console-test-split.ts). */
  private heldTest: HeldTest | undefined;
  private passedTests = 0;
  private atTraining = 0;
  /** The ordinal of the last validation line read while no training line was. */
  private ordinal = 0;
  /** The epoch of the last validation line read while no training line was (a log of evaluations alone). */
  private ordinalEpoch: number | undefined;
  /** The epoch the last line placed at its ordinal named. */
  private placedEpoch: number | undefined;

  /** `names`: the log's series names so far; `add` adds a point to its series. */
  constructor(private readonly names: ReadonlySet<string>, private readonly add: AddPoint) {}

  /** Test lines passed by as held-out tests. */
  get tests(): number {
    return this.passedTests;
  }

  /** Validation lines placed at the last training step. */
  get placed(): number {
    return this.atTraining;
  }

  /** Places the validation `pairs` of a line without a counter (see the module comment), or holds a test line back. */
  place(pairs: readonly ConsolePair[], { written, current, lastTraining, ahead = 0 }: UncountedLine): void {
    if (lastTraining !== undefined && ahead > 0) {
      this.atTraining++;
      for (const { name, value } of pairs) this.add(name, lastTraining.step + ahead, written, value);
      return;
    }
    if (lastTraining !== undefined) {
      if (isHeldOutTest(pairs, this.names)) {
        this.heldTest = { step: lastTraining.step, epoch: written ?? lastTraining.epoch, pairs };
        return;
      }
      this.atTraining++;
      // Placed at the last training step, a validation value takes that step's epoch unless its line names one.
      for (const { name, value } of pairs) this.add(name, lastTraining.step, written ?? lastTraining.epoch ?? current, value);
      return;
    }
    // A log of evaluations alone (MONAI's tutorials print `Epoch 9 Validation loss 0.25` and nothing of the training) whose
    // epoch goes back begins another training, as a training line's does: its points count again from the first step.
    // Lines naming the epoch the last placed line named are that epoch's too (YSDA's `val mse` and `val mae` lines).
    const sameEpoch = written !== undefined && written === this.placedEpoch;
    if (written !== undefined) {
      if (this.ordinalEpoch !== undefined && written < this.ordinalEpoch) this.ordinal = 0;
      this.ordinalEpoch = written;
    }
    this.placedEpoch = written;
    const step = sameEpoch && this.ordinal > 0 ? this.ordinal : ++this.ordinal;
    for (const { name, value } of pairs) this.add(name, step, written ?? current, value);
  }

  /**
   * A record header's epoch (`epoch: 3` on a line of its own) in a log of evaluations alone: the
   * epoch going back begins another training, its points counted from the first step again, as a
   * validation line naming its epoch does (readers-116: YSDA's loops print `epoch: N`, then the
   * validation's `print_metrics` block, and a notebook runs several such trainings).
   */
  epochRecorded(epoch: number): void {
    if (this.ordinalEpoch !== undefined && epoch < this.ordinalEpoch) this.ordinal = 0;
    this.ordinalEpoch = epoch;
  }

  /**
   * A training line read: the test line held back was a per-epoch one, written where it was
   * placed, unless the line begins another training (`again`).
   */
  trainingRead(again: boolean): void {
    if (this.heldTest === undefined) return;
    if (again) this.passTest();
    else for (const { name, value } of this.heldTest.pairs) this.add(name, this.heldTest.step, this.heldTest.epoch, value);
    this.heldTest = undefined;
  }

  /** The training ends (another launch, the log's end): a test line still held back is the held-out test, passed by. */
  trainingEnded(): void {
    this.passTest();
    this.ordinal = 0;
    this.ordinalEpoch = undefined;
    this.placedEpoch = undefined;
  }

  private passTest(): void {
    if (this.heldTest !== undefined) this.passedTests++;
    this.heldTest = undefined;
  }
}
