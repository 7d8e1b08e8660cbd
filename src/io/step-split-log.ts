/**
 * The step log of Karpathy's build-nanogpt (`train_gpt2.py`, and the many GPT-2 reproductions
 * that copy it): a `log.txt` the master process appends one line to per logged figure, the step
 * first, then a split word, then the value:
 *
 *   0 val 11.0213            f.write(f"{step} val {val_loss_accum.item():.4f}\n")
 *   0 hella 0.2486           f.write(f"{step} hella {acc_norm:.4f}\n")
 *   0 train 11.027695        f.write(f"{step} train {loss_accum.item():.6f}\n")
 *
 * `train` is the training loss (named 'train_loss'), `val` (or `valid`, `validation`, `eval`,
 * `test`) the validation loss ('val_loss', ...), `hella` the HellaSwag accuracy ('hella_acc');
 * another word is kept as a series under that word. Forks write more after the value
 * (`{step} train {loss} | lr {lr} | norm ...`): only the first value is read. A line of another
 * shape is passed by. A text is such a log when MIN_SPLIT_LINES of its lines are step lines
 * naming a training or validation split. Browser-safe.
 */
import { LineStream } from './line-stream.js';
import { incompleteLastLineNote, logError, parseNumber } from './series.js';
import type { ParsedLog } from './types.js';

/** `<step> <word> <value>`, at the line's start, optionally followed by more after white space. */
const STEP_LINE = /^(\d+)[ \t]+([A-Za-z][\w-]*)[ \t]+([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?(?:nan|inf))(?:[ \t|,].*)?$/i;
/** The split words that make a line a loss (see the module comment). */
const TRAIN_WORD = /^(?:train|training)$/i;
const VALIDATION_WORD = /^(?:val|valid|validation|eval|test)$/i;
/** How many step lines naming a split make a text a step log. */
export const MIN_SPLIT_LINES = 3;

/** A step line's step, series name and value; undefined for any other line. */
function readStepLine(line: string): { step: number; name: string; value: number } | undefined {
  const match = STEP_LINE.exec(line);
  if (match === null) return undefined;
  const value = parseNumber(match[3]);
  if (typeof value !== 'number') return undefined;
  const word = match[2].toLowerCase();
  const name = TRAIN_WORD.test(word) ? 'train_loss' : VALIDATION_WORD.test(word) ? `${word}_loss` : word === 'hella' ? 'hella_acc' : word;
  return { step: Number(match[1]), name, value };
}

/** True when `text` holds MIN_SPLIT_LINES step lines naming a training or validation split. */
export function isStepSplitText(text: string): boolean {
  let count = 0;
  for (const line of text.split('\n')) {
    const read = readStepLine(line.replace(/\r$/, ''));
    if (read !== undefined && read.name.endsWith('_loss') && ++count >= MIN_SPLIT_LINES) return true;
  }
  return false;
}

/** Reads a build-nanogpt step log pushed in chunks; `file` names it in messages. */
export class StepSplitLogParser extends LineStream {
  private readonly counts = new Map<string, number>();
  private passed = 0;

  finish(): ParsedLog {
    const { file } = this;
    const warnings: string[] = [];
    // A run still writing leaves its last line cut off, perhaps mid-number.
    const cut = this.cutOffLastLine();
    if (cut !== undefined && /^\d+[ \t]+[A-Za-z]/.test(cut)) warnings.push(incompleteLastLineNote(file, this.lineNumber));
    if (this.counts.size === 0) throw logError(file, "no step lines: expected build-nanogpt's log.txt lines '<step> train <loss>', '<step> val <loss>'");
    const read = [...this.counts].map(([name, count]) => `${count} ${name}`).join(', ');
    const notes = [`a build-nanogpt step log ('<step> <split> <value>'): ${read}` + (this.passed === 0 ? '' : `; ${this.passed} other line${this.passed === 1 ? '' : 's'} passed by`)];
    const series = this.builder.finish(file, warnings, notes);
    return { format: 'step-split', series, warnings, notes };
  }

  protected readLine(line: string): void {
    const read = readStepLine(this.lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line);
    if (read === undefined) {
      if (line.trim() !== '') this.passed++;
      return;
    }
    this.builder.line = this.lineNumber;
    this.counts.set(read.name, (this.counts.get(read.name) ?? 0) + 1);
    this.builder.add(read.name, { step: read.step, value: read.value });
  }
}

/** Parses a build-nanogpt step log whole (see the module comment); `file` names it in messages. */
export function parseStepSplitLog(text: string, file: string): ParsedLog {
  const parser = new StepSplitLogParser(file);
  parser.push(text);
  return parser.finish();
}
