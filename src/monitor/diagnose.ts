/**
 * `diagnose(history)`: reads a run's loss curves and says what went wrong (or right), the way
 * the article puts it: "if training loss keeps falling while validation loss starts to rise,
 * the model is overfitting; if both stall, the learning rate may be wrong or the model too small."
 *
 * Order and precedence (one run gets at most one finding of each kind):
 *   1. non-finite values, per loss series (then the rules read the finite points only; a run
 *      whose last value is non-finite gets only rules 1 and 2);
 *   2. divergence of the training loss (of the validation loss when no training loss is
 *      logged): a diverged run gets no further findings, they would describe the wreck;
 *   3. learning rate too high (oscillation or spikes of the training loss);
 *   4. overfitting (needs both losses);
 *   5. progress of the training loss: lr-too-low, else plateau / underfitting (none of these
 *      while lr-too-high holds; no underfitting while overfitting holds);
 *   6. still improving at the end, on the validation loss when logged (not with lr-too-high,
 *      lr-too-low, overfitting, plateau or underfitting: their advice comes first);
 *   7. noisy validation.
 * Short runs (fewer than MIN_POINTS_FOR_TRENDS finite points) get only rules 1 and 2.
 * Browser-safe.
 */
import type { History } from './history.js';
import type { Finding, FindingKind } from './diagnose-types.js';
import { divergenceRule, learningRateTooHighRule, nonFiniteRule, overfittingRule } from './diagnose-rules.js';
import { bucketed, curveOf, finitePart, type Curve } from './diagnose-stats.js';
import { learningRateTooLowRule, noisyValidationRule, plateauRule, progressOf, stillImprovingRule } from './diagnose-trends.js';
import { DEFAULT_THRESHOLDS, type DiagnoseThresholds } from './thresholds.js';
import { LossError } from '../core/errors.js';

function resolveThresholds(overrides: Partial<DiagnoseThresholds>): DiagnoseThresholds {
  const resolved: DiagnoseThresholds = { ...DEFAULT_THRESHOLDS };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in DEFAULT_THRESHOLDS)) {
      throw new LossError('option', `diagnose: unknown threshold '${key}' (known: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')})`, 'diagnose', key);
    }
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new LossError('option', `diagnose: threshold '${key}' must be a number, received ${String(value)}`, 'diagnose', key);
    }
    resolved[key as keyof DiagnoseThresholds] = value;
  }
  return resolved;
}

/** What the rules read: the finite, bucketed loss curves. */
function prepared(curve: Curve | undefined, t: DiagnoseThresholds): Curve | undefined {
  if (curve === undefined) return undefined;
  const finite = bucketed(finitePart(curve), t.maxPointsBeforeBucketing, t.bucketTarget);
  return finite.y.length === 0 ? undefined : finite;
}

/**
 * Findings for one run, most serious kinds first (see the module comment for the rules).
 * `overrides` replaces any of DEFAULT_THRESHOLDS; an unknown name throws.
 */
export function diagnose(history: History, overrides: Partial<DiagnoseThresholds> = {}): Finding[] {
  const t = resolveThresholds(overrides);
  const rawTrain = history.trainLoss === undefined ? undefined : curveOf(history.trainLoss);
  const rawValidation = history.validationLoss === undefined ? undefined : curveOf(history.validationLoss);
  const findings: Finding[] = [];
  const add = (finding: Finding | undefined): boolean => {
    if (finding !== undefined) findings.push(finding);
    return finding !== undefined;
  };
  const has = (kind: FindingKind): boolean => findings.some((finding) => finding.kind === kind);

  for (const raw of [rawTrain, rawValidation]) if (raw !== undefined) add(nonFiniteRule(raw));
  const train = prepared(rawTrain, t);
  const validation = prepared(rawValidation, t);
  const primary = train ?? validation;
  if (primary === undefined) return findings;

  if (add(divergenceRule(primary, t))) return findings;
  // A run that ends in NaN/Inf has no progress to read: its finite part stops mid-flight.
  const endsBroken = [rawTrain, rawValidation].some((raw) => raw !== undefined && !Number.isFinite(raw.y[raw.y.length - 1]));
  if (endsBroken || primary.y.length < t.minPointsForTrends) return findings;

  add(learningRateTooHighRule(primary, t));
  if (train !== undefined && validation !== undefined && validation.y.length >= t.minPointsForTrends) {
    add(overfittingRule(train, validation, t));
  }
  const progress = progressOf(primary, t);
  if (progress !== undefined && !has('lr-too-high')) {
    if (!add(learningRateTooLowRule(progress, t))) {
      const stalled = plateauRule(progress, train === undefined ? undefined : validation, t);
      if (!(stalled?.kind === 'underfitting' && has('overfitting'))) add(stalled);
    }
  }
  const blocked: FindingKind[] = ['lr-too-high', 'lr-too-low', 'overfitting', 'plateau', 'underfitting'];
  if (!blocked.some(has)) {
    add(stillImprovingRule(validation !== undefined && validation.y.length >= t.minPointsForTrends ? validation : primary, t));
  }
  if (train !== undefined && validation !== undefined) add(noisyValidationRule(train, validation, t));
  return findings;
}
