import { badElement, badShape, formatShape } from '../../core/errors.js';
import type { IntTensor, Tensor } from '../../core/tensor.js';
import { optionError, requireEach, requireRank } from '../../core/validate.js';

/**
 * Shapes and domains of ctc's inputs, checked once before the recursions. Accepted forms
 * (torch.nn.functional.ctc_loss):
 *   batched:   logProbs [T, N, C], targets [N, S] padded or [Σ targetLengths] concatenated,
 *              inputLengths [N], targetLengths [N]
 *   unbatched: logProbs [T, C], targets [S], inputLengths and targetLengths [] or [1]
 */
export interface CtcLayout {
  readonly frames: number;
  readonly batch: number;
  readonly classes: number;
  readonly batched: boolean;
  /** Where sample n's labels start in targets.data. */
  readonly targetOffset: Int32Array;
  /** The longest target length (sizes the scratch). */
  readonly maxTarget: number;
}

export function ctcLayout(
  loss: string,
  logProbs: Tensor,
  targets: IntTensor,
  inputLengths: IntTensor,
  targetLengths: IntTensor,
  blank: number,
): CtcLayout {
  requireRank(loss, 'logProbs', logProbs, [3, 2], '[T, N, C], or [T, C] for one sequence');
  const batched = logProbs.shape.length === 3;
  const frames = logProbs.shape[0];
  const batch = batched ? logProbs.shape[1] : 1;
  const classes = logProbs.shape[batched ? 2 : 1];
  const lpShape = formatShape(logProbs.shape);

  for (const [name, lengths] of [['inputLengths', inputLengths], ['targetLengths', targetLengths]] as const) {
    const ok = batched
      ? lengths.shape.length === 1 && lengths.shape[0] === batch
      : lengths.shape.length === 0 || (lengths.shape.length === 1 && lengths.shape[0] === 1);
    if (!ok) {
      const expected = batched ? `shape [${batch}] (one length per sequence of 'logProbs' ${lpShape})` : `shape [] or [1] ('logProbs' ${lpShape} is one sequence)`;
      throw badShape(loss, name, expected, lengths.shape);
    }
  }
  const padded = batched ? targets.shape.length === 2 : targets.shape.length === 1;
  if (batched && !padded && targets.shape.length !== 1) {
    throw badShape(loss, 'targets', `rank 2 [${batch}, S] (padded) or rank 1 [Σ targetLengths] (concatenated)`, targets.shape);
  }
  if (!batched && !padded) throw badShape(loss, 'targets', 'rank 1 [S] (one sequence)', targets.shape);
  if (batched && padded && targets.shape[0] !== batch) {
    throw badShape(loss, 'targets', `shape [${batch}, S] (one row per sequence of 'logProbs' ${lpShape})`, targets.shape);
  }
  if (blank >= classes) throw optionError(loss, 'blank', `must be a class index < C = ${classes} (the last axis of 'logProbs')`, blank);

  requireEach(loss, 'inputLengths', inputLengths, (x) => x >= 0 && x <= frames, `a length in [0, ${frames}] (T, the frames of 'logProbs')`);
  const width = padded ? targets.shape[targets.shape.length - 1] : Infinity;
  requireEach(loss, 'targetLengths', targetLengths, (x) => x >= 0 && x <= width,
    padded ? `a length in [0, ${width}] (S, the padded width of 'targets')` : 'a length >= 0');

  const targetOffset = new Int32Array(batch);
  let maxTarget = 0;
  let offset = 0;
  for (let n = 0; n < batch; n++) {
    const length = targetLengths.data[n];
    targetOffset[n] = padded ? n * width : offset;
    offset += length;
    if (length > maxTarget) maxTarget = length;
  }
  if (!padded && offset !== targets.data.length) {
    throw badShape(loss, 'targets', `shape [${offset}] (concatenated: the sum of 'targetLengths')`, targets.shape);
  }
  // Only the first targetLengths[n] labels are read: padding may hold anything (often the blank).
  for (let n = 0; n < batch; n++) {
    for (let k = 0, i = targetOffset[n]; k < targetLengths.data[n]; k++, i++) {
      const label = targets.data[i];
      if (label < 0 || label >= classes) throw badElement(loss, 'targets', `a class index in [0, ${classes})`, label, i, targets.shape);
      if (label === blank) throw badElement(loss, 'targets', `a label other than the blank ('blank' is ${blank})`, label, i, targets.shape);
    }
  }
  // log-probabilities may be -Infinity (log 0); +Infinity is no log-probability and would make α = ∞ - ∞.
  requireEach(loss, 'logProbs', logProbs, (x) => x !== Infinity, 'a log-probability (< +Infinity)');
  return { frames, batch, classes, batched, targetOffset, maxTarget };
}
