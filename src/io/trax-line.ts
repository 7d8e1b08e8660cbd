/**
 * One metric line of Trax's training loop (trax/supervised/training.py `Loop._log_scalars`, and
 * trainer_lib's `log_metrics` before it): `'Step % 6d: %s' % (step, '%s %s | % .8f' %
 * (split.ljust(5), name.rjust(width), value))`, the split `train` or `eval`:
 *
 *   Step      1: train CrossEntropyLossWithLogSoftmax |  9.85205269
 *   Step      1: eval  CrossEntropyLossWithLogSoftmax |  9.71523285
 *   Step      1: eval        WeightedCategoryAccuracy |  0.08454708
 *   Step    100: Ran 100 train steps in 130.79 secs          (not a metric: not read here)
 *
 * Each value is read at its step under the metric's name, normalised as console names are
 * ('cross_entropy_loss_with_log_softmax'), an `eval` one prefixed `val_`: Trax evaluates its
 * `EvalTask` on held-out batches. A name naming cross entropy without the word loss
 * (`WeightedCategoryCrossEntropy`, the loss layer of many Trax courses) is the loss the loop
 * trains or evaluates, so it gets '_loss' appended for the role table, which reads a bare
 * function-like name as a metric; accuracies and other metrics keep their names. Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import { normalised } from './console-pairs.js';
import { namesLoss, parseNumber } from './series.js';

const LINE = /^Step\s+(\d+): (train|eval)\s+([\w./-]+(?: [\w./-]+)*) \|\s*(\S+)\s*$/;

/** The step and the one named pair of a Trax metric line (see the module comment), undefined for any other line. */
export function readTraxLine(text: string): { step: number; pairs: ConsolePair[] } | undefined {
  const match = LINE.exec(text);
  if (match === null) return undefined;
  const value = parseNumber(match[4]);
  if (typeof value !== 'number') return undefined;
  const metric = normalised(match[3]);
  const name = !namesLoss(metric) && /cross_?entropy/.test(metric) ? `${metric}_loss` : metric;
  const validation = match[2] === 'eval';
  return { step: Number(match[1]), pairs: [{ name: validation ? `val_${name}` : name, value, validation }] };
}
