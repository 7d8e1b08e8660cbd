/**
 * Evaluations printed a split per line (readers-174). A student's makemore MLP (the 168th corpus's
 * a04) trains in stages, one learning rate each, and after each stage evaluates the model on every
 * split, `print(loss_str, '\t', f'{loss:.4f}')`:
 *
 *   [====================] 100.0%	 learning rate 0.1
 *   train 	 2.1828
 *   dev 	 2.2324
 *   test 	 2.2274
 *
 * A line of a split word and one number alone names neither a loss nor a counter, and the console
 * reader leaves it unread. A training split's line followed, line after line, by other splits' is
 * one evaluation: read as the line `train 2.1828, dev 2.2324, test 2.2274` at the evaluation's
 * epoch (1, 2, 3 ... counted from the first again in each section of the text, a notebook's cell).
 *
 * Karpathy's lectures print such lines once after a training (`split_loss('train')`, `split_loss('val')`),
 * a result and no series; a pair of them once is no log. So the evaluations are read only once they
 * repeat, MIN_REPEATED_EVALUATIONS in a section, each a training split's line and another's; until then
 * they are held back. The number must follow the word after white space alone (`train: 0.8` is a
 * configuration's split ratio). Browser-safe.
 */
import { readConsoleLine, type ConsoleLine, type ConsolePair } from './console-line.js';
import type { SplitBlock } from './console-split-blocks.js';

/** How many evaluations in one section make them a log's epochs. */
export const MIN_REPEATED_EVALUATIONS = 3;

/** A split word and one number alone on a line, white space between them: `train \t 2.1828`, `dev 2.2324`. */
const SPLIT_VALUE_LINE = /^\s*(train|training|val|valid|validation|dev|test)\s+([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$/i;

/** Reads one text's split-per-line evaluations, line by line in file order (see the module comment). */
export class SplitValueLines {
  /** The open evaluation's lines, trimmed, a training split's first; undefined between evaluations. */
  private open: string[] | undefined;
  /** The evaluations of this section of the text, 0 before one. */
  private epoch = 0;
  /** Evaluations held back until they repeat enough; undefined once they have. */
  private held: SplitBlock[] | undefined = [];
  private readCount = 0;

  /** Evaluations read as their epochs' figures. */
  get read(): number {
    return this.readCount;
  }

  /**
   * Reads `text` (a line as a terminal shows it); `read`: what the console reader reads of it, which for an
   * evaluation's line is nothing or the split it announces (the number after the word names nothing). Returns
   * whether the line is an evaluation's (not to be read as another line) and the evaluations it completed.
   */
  take(text: string, read: () => ConsoleLine | undefined): { taken: boolean; blocks: SplitBlock[] } {
    const match = SPLIT_VALUE_LINE.exec(text);
    const kind = match === null ? undefined : read()?.kind;
    if (match === null || (kind !== undefined && kind !== 'split')) return { taken: false, blocks: this.close() };
    if (/^train/i.test(match[1])) {
      const blocks = this.close();
      this.open = [text.trim()];
      return { taken: true, blocks };
    }
    if (this.open === undefined) return { taken: false, blocks: [] };
    this.open.push(text.trim());
    return { taken: true, blocks: [] };
  }

  /** A section of the text (a notebook's cell) begins: the open evaluation ends, and epochs count from the first again. */
  sectionBegan(): SplitBlock[] {
    const blocks = this.close();
    this.epoch = 0;
    this.held = [];
    return blocks;
  }

  /** The text ends: the evaluations the open one completes. */
  finish(): SplitBlock[] {
    return this.close();
  }

  /** Ends the open evaluation: the evaluations it makes read (the held ones with it once they repeat enough). */
  private close(): SplitBlock[] {
    const lines = this.open;
    this.open = undefined;
    if (lines === undefined || lines.length < 2) return [];
    const epoch = ++this.epoch;
    const pairs = pairsOf(lines, epoch);
    if (pairs === undefined) return [];
    if (this.held !== undefined) {
      this.held.push({ pairs, epoch });
      if (this.held.length < MIN_REPEATED_EVALUATIONS) return [];
    }
    const blocks = this.held ?? [{ pairs, epoch }];
    this.held = undefined;
    this.readCount += blocks.length;
    return blocks;
  }
}

/** The losses of an evaluation's lines, read as the one line `epoch 3, train 2.1828, dev 2.2324` is; undefined when that names no two splits. */
function pairsOf(lines: readonly string[], epoch: number): ConsolePair[] | undefined {
  const line = readConsoleLine(`epoch ${epoch}, ${lines.map((text) => text.replace(/\s+/, ' ')).join(', ')}`, false);
  if (line?.kind !== 'observation' || line.pairs.length < 2 || !line.pairs.some(({ validation }) => validation)) return undefined;
  return [...line.pairs];
}
