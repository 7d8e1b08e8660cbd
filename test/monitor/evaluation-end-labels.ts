/**
 * The end states (plateau, still-improving) a synthetic run's label allows, read on its noise-free
 * validation loss and the noise it was drawn with. A label expects what the logged numbers show and
 * allows what they cannot refute (test/monitor/LABELLING.md's a|b: "when the numbers honestly
 * support both"). Two readings, each allowing an end state:
 * - EarlyStopping's (rules-13, rules-17): `validationOutOfPatience`: out of patience on the
 *   noise-free curve allows plateau; patience left allows still-improving;
 * - the trend test's (rules-18): `endFallDetectable`: a noise-free fall over the trailing window
 *   the rules read that a trend test could not tell from flat at the drawn noise allows plateau
 *   (no reader of the logged numbers, a person or a tool, can refute a flat end); one that it
 *   could detect allows still-improving.
 */
import { PLATEAU_MIN_RELATIVE_DECREASE, PLATEAU_MIN_WINDOW, PLATEAU_PATIENCE, PLATEAU_WINDOW } from '../../src/monitor/thresholds.js';
import { trailingWindow } from '../../src/monitor/diagnose-stats.js';

/**
 * Whether the noise-free validation loss set no new best beyond the noise bar (twice its noise,
 * at least PLATEAU_MIN_RELATIVE_DECREASE, relative to the best so far: PyTorch ReduceLROnPlateau's
 * 'rel' mode) over its last PLATEAU_PATIENCE epochs or more. There EarlyStopping /
 * ReduceLROnPlateau(monitor='val_loss', patience=10, min_delta above the noise) fire on the true
 * curve: a validation plateau is a right reading, whatever the training loss does, so such runs
 * allow 'plateau' (a healthy run whose power-law validation loss ends in a tail flatter than its
 * noise; the widening gap's flat validation loss; an underfitting run's flat one). Read on every
 * family whose validation loss is drawn around a noise-free curve.
 */
export function validationOutOfPatience(trueValidation: readonly number[], noise: number): boolean {
  const bar = Math.max(PLATEAU_MIN_RELATIVE_DECREASE, 2 * noise);
  let best = trueValidation[0];
  let last = 0;
  for (let i = 1; i < trueValidation.length; i++) {
    if (trueValidation[i] < best * (1 - bar)) {
      best = trueValidation[i];
      last = i;
    }
  }
  return trueValidation.length - 1 - last >= PLATEAU_PATIENCE;
}

/** How the noise-free validation loss's trend over the rules' trailing window compares with what a trend test could detect. */
export type EndFall = 'undetectable' | 'detectable-fall' | 'detectable-rise';

/**
 * The noise-free validation loss's change over the trailing window the rules read
 * (`trailingWindow`: 10 points, a quarter of a longer run), as a least-squares trend (slope ×
 * (w − 1), relative to the window's mean level: what a trend test estimates), against the bar a
 * trend test needs at the drawn multiplicative noise σ: two standard errors of that change,
 * 2·σ·(w − 1)·√(12 / (w³ − w)), the standard error docs/diagnose.md's "flatness with confidence"
 * uses. A change inside the bar is `undetectable`: the logged numbers cannot refute a flat end.
 */
export function endFallDetectable(trueValidation: readonly number[], noise: number): EndFall {
  const n = trueValidation.length;
  const w = trailingWindow(n, PLATEAU_WINDOW, PLATEAU_MIN_WINDOW);
  const y = trueValidation.slice(n - w);
  const meanX = (w - 1) / 2;
  const meanY = y.reduce((sum, value) => sum + value, 0) / w;
  let sxy = 0;
  let sxx = 0;
  y.forEach((value, i) => { sxy += (i - meanX) * (value - meanY); sxx += (i - meanX) ** 2; });
  const change = ((sxy / sxx) * (w - 1)) / meanY;
  const bar = 2 * noise * (w - 1) * Math.sqrt(12 / (w ** 3 - w));
  if (Math.abs(change) < bar) return 'undetectable';
  return change < 0 ? 'detectable-fall' : 'detectable-rise';
}
