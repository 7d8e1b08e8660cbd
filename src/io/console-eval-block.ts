/**
 * An evaluation's progress block (readers-57). Knover prints `Evaluation:` alone on a line, then
 * the evaluation's running figures indented, each at the evaluation's own batch counter
 * (`\tstep 100:loss: 9.8821, lm_loss: 9.1892, ...`), then its result on a line of its own
 * (`[Evaluation][1000]loss: 9.8864, ...`). Those counters are the evaluation's batches, not the
 * training's steps: read as the training's, they went back and cut the training short. Inside such
 * a block (a split word and ':' alone on a line, then indented lines) a line with a counter of its
 * own is passed by; the others are read as any line is, under the block's split. Browser-safe.
 */
import { ANNOUNCED } from './console-patterns.js';

/** A split word and ':' alone on a line: `Evaluation:`, `Validation:` (the split a line announces, console-line.ts' `announcement`, written as a key). */
const BLOCK_OPENING = /^\s*(val|valid|validation|eval|evaluation|evaluating|test|testing|dev)\s*:\s*$/i;

export class EvaluationBlock {
  private split: string | undefined;

  /** Reads `text` (a line without its progress-bar frames): whether it opens a block, and the split of the block it is in. */
  take(text: string): { opens: boolean; split: string | undefined } {
    const opening = BLOCK_OPENING.exec(text);
    if (opening !== null) {
      const word = opening[1].toLowerCase();
      this.split = ANNOUNCED[word] ?? word;
      return { opens: true, split: this.split };
    }
    if (!/^[ \t]+\S/.test(text)) this.split = undefined;
    return { opens: false, split: this.split };
  }
}
