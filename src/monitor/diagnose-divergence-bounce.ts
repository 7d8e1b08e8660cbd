/**
 * The learning rate's bounce read before a divergence (rules-26). A divergence ends the diagnosis
 * (diagnose.ts: its climb is no trend to read), but an optimiser that overshot before it diverged
 * left its own evidence: spikes or an oscillating loss up to the divergence's best. That part of
 * the curve is read by learningRateTooHighRule as any run is, the validation loss cut at the same
 * point; the climb itself is never read as a bounce. Both labellers of the twentieth corpus, and of
 * the eighteenth, expected lr-too-high beside a divergence whose loss spiked 2x before it blew up.
 * Browser-safe.
 */
import type { Curve } from './diagnose-stats.js';
import type { Finding } from './diagnose-types.js';
import { learningRateTooHighRule } from './diagnose-rules.js';
import type { DiagnoseThresholds } from './thresholds.js';

/** `curve`'s points at or before `x`. */
function upTo(curve: Curve, x: number): Curve {
  const end = curve.x.findIndex((at) => at > x);
  return end < 0 ? curve : { ...curve, x: curve.x.slice(0, end), y: curve.y.slice(0, end) };
}

/**
 * lr-too-high on `primary` up to the divergence's best (`divergence.evidence.bestAt`), beside
 * `validation` cut there (left out with fewer than 2 evaluations), on `minPointsForNoise` points or
 * more (a noise level needs them); undefined otherwise.
 */
export function bounceBeforeDivergence(
  primary: Curve, validation: Curve | undefined, divergence: Finding, perStep: boolean, t: DiagnoseThresholds,
): Finding | undefined {
  const bestAt = divergence.evidence['bestAt'];
  if (typeof bestAt !== 'number') return undefined;
  const before = upTo(primary, bestAt);
  if (before.y.length < t.minPointsForNoise) return undefined;
  const evaluations = validation === undefined ? undefined : upTo(validation, bestAt);
  return learningRateTooHighRule(before, perStep, evaluations !== undefined && evaluations.y.length >= 2 ? evaluations : undefined, t);
}
