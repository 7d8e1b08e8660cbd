/**
 * Losses that are not positive: a Gaussian (or any continuous) negative log-likelihood goes
 * below zero (json-tox-gnn: 0.19 → −0.70), a reward-shaped loss crosses it, a loss that underflows
 * logs 0.0. The rules' measures are relative: changes and noise as fractions of the level (read on
 * log(y)), Prechelt's GL = level / minimum − 1, new-best bars as fractions of the best, divergence
 * as a multiple of the best, spikes as ratios to the preceding level. Each assumes the loss's
 * floor is 0, and each goes silent (a `> 0` guard) or meaningless (a ratio to a level near or below
 * zero) where it is not.
 *
 * The principle. A loss that is not strictly positive has no floor the rules can know, so they
 * read it against a positive scale of its own: its range (max − min over the training and
 * validation losses as read). The curves are read shifted by one constant so that their lowest
 * point lies half a range above zero (y − min + range / 2; both losses by the same constant, so
 * their gap keeps its meaning): the floor is put half a range below the lowest point. The bars
 * then become absolute, in units of the range, as PyTorch's ReduceLROnPlateau's 'abs' threshold
 * mode makes min_delta absolute: near the end a 5 % bar is about 2.5 % of the range, GL is the
 * rise since the best over (range / 2 + best − min), and divergence (the level above 2 × the best)
 * is a climb by half the range above the lowest point. Half, not a whole range: at a whole range
 * twice the best is the series' maximum, which no level can exceed, and divergence would be unreadable.
 * Two readings need the floor itself and are not made on a shifted loss: the slow steady decline
 * of 'lr-too-low' (a small fall against the floor; a shifted fall is at most two thirds) and
 * underfitting's "still high" (a share of the first level); a stall is then a plateau.
 * - Only where a curve the rules read has a point ≤ 0: a positive loss keeps exactly its numbers.
 * - Shifting the logged loss by any constant that leaves it not positive changes nothing: the
 *   reading depends on y − min only. A positive loss reads the same as its shifted copies only
 *   when its minimum is half its range (max = 3 × min); other positive losses read on their own
 *   floor, 0, which a shift destroys, so their relative bars differ from the shifted copy's.
 * - A constant loss has no range: its lowest point is put at 1/2 (a constant reads the same at any level).
 * - The findings speak of the logged values: the levels in messages and evidence are shifted
 *   back, `readOffset` in the evidence is the constant, and the message says that percentages are
 *   of the shifted level.
 * Browser-safe.
 */
import type { History } from './history.js';
import type { Finding, NoClearAnswer } from './diagnose-types.js';
import { formatNumber, type Curve } from './diagnose-stats.js';
import { maxOf, minOf } from '../core/extent.js';

/**
 * How far below its lowest point the rules put a not-positive loss's floor, in ranges. Under 1 so
 * that divergence (the level above 2 × the best, i.e. a climb by this share of the range above the
 * lowest point) can be beaten: at 1 it would take a level above the series' own maximum.
 */
const FLOOR_BELOW_MINIMUM = 0.5;

/**
 * The constant the rules add to the logged values of these curves so that they read a positive
 * loss: 0 when every point is positive, else half a range minus the minimum (see the module comment).
 */
export function readOffset(curves: readonly (Curve | undefined)[]): number {
  const values = curves.flatMap((curve) => (curve === undefined ? [] : curve.y));
  if (values.length === 0 || values.every((value) => value > 0)) return 0;
  const lowest = minOf(values);
  const range = maxOf(values) - lowest;
  return FLOOR_BELOW_MINIMUM * (range > 0 ? range : 1) - lowest;
}

/** The curve as the rules read it: its values plus `offset`, which it carries to shift its levels back in words. */
export function shiftedBy(curve: Curve | undefined, offset: number): Curve | undefined {
  if (curve === undefined || offset === 0) return curve;
  return { ...curve, y: curve.y.map((value) => value + offset), offset };
}

/** Evidence that holds a level of the loss (not a change, a gap or a ratio): shifted back to the logged value. */
const LEVEL_KEYS = new Set([
  'bestValue', 'peakValue', 'lastValue', 'bestValidationLoss', 'lastValidationLoss', 'peakValidationLoss', 'level', 'bestLevel',
]);

/**
 * A finding read on shifted curves, as the user logged them: its levels shifted back, the offset
 * in its evidence, and a sentence saying what its percentages are of.
 */
export function asLogged(finding: Finding, offset: number): Finding {
  if (offset === 0 || finding.kind === 'non-finite') return finding;
  const evidence: Record<string, number> = { readOffset: offset };
  for (const [key, value] of Object.entries(finding.evidence)) evidence[key] = LEVEL_KEYS.has(key) ? value - offset : value;
  return {
    ...finding, evidence,
    message: `${finding.message} (The losses are not all positive, so they were read shifted up by ${formatNumber(offset)}, ` +
      'their lowest point half their range above zero: percentages and noise are of that shifted level, in units of the range.)',
  };
}

/**
 * A readable run whose training or validation loss has a point ≤ 0 and no finding: no clear
 * answer either. Its curves were read on their own range (diagnose-scale.ts), where a slow decline
 * and underfitting cannot be read (both need the loss's floor), and no rule stated its end.
 */
export function notPositiveAnswer(history: History): NoClearAnswer | undefined {
  const notPositive = [history.trainLoss, history.validationLoss].find((series) => series?.points.some((point) => point.value <= 0));
  if (notPositive === undefined) return undefined;
  const values = notPositive.points.map((point) => point.value);
  const how = values.some((value) => value > 0) ? 'crosses zero' : 'is never above zero';
  return {
    reason: 'not-positive', series: notPositive.name, evidence: { lowest: minOf(values.filter(Number.isFinite)), highest: maxOf(values.filter(Number.isFinite)) },
    message: `No clear answer: '${notPositive.name}' ${how}, so it has no floor to measure changes against; the rules read it against its own range ` +
      '(a slow decline and underfitting need the floor and were not read), and none found a problem or could state its end.',
  };
}
