/**
 * An evaluation pass printed batch by batch in a plain console log (console-log.ts): a validation
 * line with a batch counter of its own within an epoch (`[Eval][Epoch 1][Iter: 10/25]`,
 * `epoch:[1/25] val step:0`, hapi's `step 10/88` after `Eval begin...`) is one batch of the pass (a
 * single batch's loss is no evaluation of the model), its counter the pass's, not a training step.
 * The pass lands at the last training step: as its epoch's average line when one follows
 * (`[Eval][Epoch 1][Avg]`, `END epoch:1 val loss_avg`; the batch lines left out), else as the mean
 * of its batch losses (other figures their last). Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import { namesLoss } from './series.js';

/** Adds one point to the log's series. */
export type AddPoint = (name: string, step: number, epoch: number | undefined, value: number) => void;

/** The per-batch evaluation passes of one log, read in file order. */
export class EvaluationPasses {
  /** The pass being read: each name's values, where it lands, and how many lines it holds. */
  private pass: { step: number; epoch: number | undefined; values: Map<string, number[]>; lines: number } | undefined;
  private ended = 0;
  private left = 0;

  constructor(private readonly add: AddPoint) {}

  /** Passes read without an average line, each as its mean loss. */
  get passes(): number {
    return this.ended;
  }

  /** Batch lines left out for their pass's average line. */
  get dropped(): number {
    return this.left;
  }

  /** A per-batch evaluation line's `pairs`; its pass lands at `step` (the last training step) in `epoch`. */
  batch(step: number, epoch: number, pairs: readonly ConsolePair[]): void {
    this.pass ??= { step, epoch, values: new Map(), lines: 0 };
    this.pass.lines++;
    for (const { name, value } of pairs) {
      const values = this.pass.values.get(name);
      if (values === undefined) this.pass.values.set(name, [value]);
      else values.push(value);
    }
  }

  /**
   * An epoch's average line, read before its own points are added: a validation one (`validationOnly`: no training pair)
   * stands for the pass being read, whose batch lines are left out; a training one ends the pass.
   */
  averaged(validationOnly: boolean): void {
    if (validationOnly && this.pass !== undefined) this.left += this.pass.lines;
    else this.end();
    this.pass = undefined;
  }

  /** Ends the pass being read, if any, without an average line: its mean loss (other figures their last) where it lands. */
  end(): void {
    if (this.pass === undefined) return;
    const { step, epoch, values } = this.pass;
    this.pass = undefined;
    this.ended++;
    for (const [name, list] of values) this.add(name, step, epoch, namesLoss(name) ? list.reduce((sum, value) => sum + value, 0) / list.length : list[list.length - 1]);
  }
}
