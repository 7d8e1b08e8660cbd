/**
 * One logging line of `Name - [value]` pairs, each value in square brackets, as MT-DNN logs its
 * training progress (microsoft/MT-DNN, and the `mtdnn` package of microsoft/nlp-recipes,
 * `modeling_mtdnn.py`: `"Task - [{0:2}] Updates - [{1:6}] Training Loss - [{2:.5f}] Time
 * Remaining - [{3}]"`; MT-DNN's own `train.py`, and other trainers in its style, write the pairs
 * without the dash):
 *
 *   06/26/2020 08:14:13 - mtdnn.modeling_mtdnn - INFO - Task - [ 0] Updates - [     1] Training Loss - [1.63923] Time Remaining - [1 day, 13:33:33]
 *   Task [ 0] updates[   500] train loss[1.32204] remaining[4:25:55]
 *   > epoch [ 1] updates[   500] train loss[0.53271] remaining[0:10:05]
 *
 * Each numeric pair is read under its normalised name ('training_loss', 'train_loss'), a
 * validation one by its name's prefix (`dev loss[0.41]`); `Updates` (or a step, iteration or batch)
 * is the step, `epoch` the epoch; the task's index (`Task - [ 0]`, the task the batch was drawn
 * from in multi-task training) is no series, and neither is a value that is no number (the time
 * left) or a timing. The loss is what the trainer printed: MT-DNN's is the running average since
 * the start of training (`train_loss.avg`), read as it is. A line is one only when everything from
 * its first pair on is such pairs and it names a loss and a step or epoch, so a sentence or a
 * Python list (`losses [0.5, 0.4]`) with a bracket is not read; the logging prefix before the
 * pairs (date, logger, level) is passed by. Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import { normalised, namesCounter } from './console-pairs.js';
import { CONTEXT_NAME, VALIDATION_PREFIX } from './console-patterns.js';
import { namesLoss, parseNumber } from './series.js';

/**
 * `Name - [value]`, `name[value]` or `name [value]`: a word or two (`Training Loss`), then the
 * bracketed value. Longer phrases would take in the prose before a pair (`and then Training Loss`).
 */
const PAIR = /(?<![\w.])([A-Za-z]\w*(?: [A-Za-z]\w*)?)(?: - | ?)\[\s*([^[\]]*?)\s*\]/g;
/** What may stand between and after the pairs: spaces and separating punctuation. */
const BETWEEN = /^[\s.,;|-]*$/;
/** A counter's value: a whole number, or the `k` of `k/N`. */
const COUNT = /^(\d+)(?:\s*\/\s*\d+)?$/;
/** MT-DNN's name for its step: the optimiser's updates so far, counted across epochs. */
const UPDATES = new Set(['updates', 'update']);
/** The multi-task index of the batch: no series. */
const TASK = 'task';

/** The step or epoch and the pairs of such a line (see the module comment), undefined for any other line. */
export function readBracketedLine(text: string): { step?: number; epoch?: number; pairs: ConsolePair[] } | undefined {
  const matches = [...text.matchAll(PAIR)];
  if (matches.length < 2) return undefined;
  // What stands between the pairs and after the last one, from the first pair on.
  let [gaps, end] = ['', matches[0].index];
  for (const match of matches) [gaps, end] = [gaps + text.slice(end, match.index), match.index + match[0].length];
  if (!BETWEEN.test(gaps + text.slice(end))) return undefined;
  let step: number | undefined;
  let epoch: number | undefined;
  const pairs: ConsolePair[] = [];
  for (const match of matches) {
    const name = normalised(match[1]);
    const count = COUNT.exec(match[2]);
    if (UPDATES.has(name) || (namesCounter(name) && !name.endsWith('epoch'))) {
      if (count !== null) step = Number(count[1]);
      continue;
    }
    if (name.endsWith('epoch')) {
      if (count !== null) epoch = Number(count[1]);
      continue;
    }
    const value = parseNumber(match[2]);
    if (name === TASK || CONTEXT_NAME.test(name) || typeof value !== 'number') continue;
    pairs.push({ name, value, validation: VALIDATION_PREFIX.test(name) });
  }
  if (!pairs.some(({ name }) => namesLoss(name)) || (step === undefined && epoch === undefined)) return undefined;
  return { ...(step === undefined ? {} : { step }), ...(epoch === undefined ? {} : { epoch }), pairs };
}
