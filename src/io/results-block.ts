/**
 * The block a course's `print_metrics` prints after each epoch (readers-115): YSDA's nlp_course
 * (week 2, salary prediction) evaluates the model on a split and prints
 *
 *   ` results:`                    (`"%s results:" % (name or "")`, the name empty by default)
 *   `Mean square error: 0.13017`
 *   `Mean absolute error: 0.27585`
 *
 * Its lines name no split and no loss, so the block was passed by: the 65th corpus's d01 (held out)
 * was judged on its training loss alone, the 66th's d01 and d02, which print nothing else, were
 * unread. The squared error under such a header is read as that split's (`val mse: 0.13017`): a header
 * naming a split word (`Train results:`) gives that split, the unnamed one the data the loop evaluates
 * after each epoch, its validation data; a header naming anything else (`Baseline results:`) is left
 * as it was. The absolute error, a metric beside the objective, stays unread. The block ends at its
 * first other line. Where nothing else is logged, the validation MSE is the validation loss
 * (roles-37, history-loss-roles.ts), and the loops' `epoch: N` lines part the trainings a notebook
 * runs (readers-116, console-validation-place.ts). Browser-safe.
 */
import { isValidationSplitWord } from '../monitor/index.js';

const RESULTS_HEADER = /^\s*([A-Za-z]*)\s*results:\s*$/i;
const RESULTS_LINE = /^\s*mean\s+(square|squared|absolute)\s+error\s*:\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*$/i;

/** The split a results header names: its split word, the validation data when it names none, else undefined. */
function splitOf(name: string): string | undefined {
  if (name === '') return 'val';
  const word = name.toLowerCase();
  return word === 'train' || word === 'training' || isValidationSplitWord(word) ? word : undefined;
}

/** Rewrites one log's results blocks, line by line in file order. */
export class ResultsBlocks {
  private split: string | undefined;

  /** `text` (what the terminal shows of a line) as the line reader should read it, undefined when as it is. */
  rewrite(text: string): string | undefined {
    const header = RESULTS_HEADER.exec(text);
    if (header !== null) {
      this.split = splitOf(header[1]);
      return undefined;
    }
    if (this.split === undefined) return undefined;
    const line = RESULTS_LINE.exec(text);
    if (line === null) {
      this.split = undefined;
      return undefined;
    }
    // The absolute error is a metric beside the squared one, the objective: it stays unread, as it was.
    if (line[1].toLowerCase() === 'absolute') return undefined;
    return `${this.split} mse: ${line[2]}`;
  }
}
