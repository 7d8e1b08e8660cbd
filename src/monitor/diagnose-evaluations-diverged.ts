/**
 * The evaluations diverged (rules-60): the validation loss's level climbed above `divergenceFactor` × its best and
 * stayed there (the divergence rule read on it: a running median, so single spikes do not count, and a significant
 * rise after the best), while the training loss, averaged over each evaluation's stretch of training, rose
 * significantly from that best on. The training loss rising says the fit itself got worse, not only its
 * generalisation, and a validation loss at several times its best is the labelling guide's divergence ("the loss blew
 * up: its level climbs to > 2x its best and stays there"), read on the loss a run is judged on: both labellers of the
 * hundred-and-fifteenth corpus's a01 (a YOLOv5 sparsity run whose validation loss reached 7.6 times its best, its
 * training loss up 40 %) named it, where the training loss alone, short of twice its best, shows no divergence. A
 * validation loss that climbs while the training loss still falls is overfitting, however far it climbs.
 *
 * rules-67, a validation loss that jumped when the training loss blew up (`jumpAtBlowUp`): a step that wrecks the weights
 * sends the training loss up for an epoch or two and the validation loss with it; the training recovers, the validation
 * loss only partly. The hundred-and-fortieth corpus's c11 (held out in round 143: a facial-keypoints model, its training
 * loss's epoch mean 329 at epoch 69 after 0.007, its validation loss from 0.0066 to 0.18 and still 0.037 at epoch 100) was
 * read as overfitting, critical ("a jump it kept, while the training loss stayed flat"): the climb's partial recovery is
 * no significant rise, and a blow-up recovered from is no trend, so neither reading above held. Both labellers read the
 * guide's divergence. A validation level above `divergenceFactor` × its best from some evaluation to the end, for
 * `divergenceMinPoints` or more, where the training loss (averaged over each evaluation's stretch) rose past
 * `divergenceFactor` × its own level before within one evaluation of that jump, is now that divergence. Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { climbLevels, divergenceRule, LOWER_LR, statistics } from './diagnose-rules.js';
import { alignedTo, argMin, at, formatLevel, formatNumber, formatPercent, formatPValue, type Curve } from './diagnose-stats.js';
import { median } from './smoothing.js';
import { maxOf } from '../core/extent.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { robustNoise, trendOf } from './trend-tests.js';

export function evaluationsDivergedRule(train: Curve | undefined, validation: Curve | undefined, t: DiagnoseThresholds): Finding | undefined {
  if (train === undefined || validation === undefined || validation.y.length < t.minPointsForTrends) return undefined;
  const climbed = divergenceRule(validation, t);
  if (climbed === undefined) return jumpAtBlowUp(train, validation, t);
  const bestAt = validation.x.indexOf(climbed.evidence['bestAt'] as number);
  const trainAfter = trendOf(alignedTo(train, validation).slice(Math.max(0, bestAt)));
  const trainRose = trainAfter.test.pIncreasing < t.trendSignificance && trainAfter.relativeChange > t.plateauMinRelativeDecrease;
  if (!trainRose) return undefined;
  return {
    ...climbed,
    evidence: { ...climbed.evidence, trainChange: trainAfter.relativeChange, trainPValue: trainAfter.test.pIncreasing },
    message: climbed.message.replace(/: training diverged\.$/,
      `, while the training loss rose too (+${formatPercent(trainAfter.relativeChange)}, Mann-Kendall ${formatPValue(trainAfter.test.pIncreasing)}): training diverged.`),
  };
}

/** The validation loss's jump to the end above `divergenceFactor` × its best, where the training loss blew up (rules-67, see the module comment). */
function jumpAtBlowUp(train: Curve, validation: Curve, t: DiagnoseThresholds): Finding | undefined {
  const { y } = validation;
  const n = y.length;
  const { level, aboveBest } = climbLevels(y, t);
  // The stretch above the best that lasts to the end.
  let start = n;
  while (start > 1 && aboveBest[start - 1]) start--;
  if (start >= n || n - start < Math.max(1, Math.floor(t.divergenceMinPoints))) return undefined;
  const aligned = alignedTo(train, validation);
  const trainBefore = median(aligned.slice(0, Math.max(1, start - 1)).filter(Number.isFinite));
  const trainAtJump = maxOf(aligned.slice(Math.max(0, start - 2), start + 2).filter(Number.isFinite));
  if (!(trainBefore > 0 && trainAtJump > t.divergenceFactor * trainBefore)) return undefined;
  const bestAt = argMin(y.slice(0, start));
  const best = y[bestAt];
  const peak = maxOf(level.slice(start));
  return {
    kind: 'divergence', severity: 'critical', series: validation.name,
    range: { from: validation.x[bestAt], to: validation.x[n - 1], unit: validation.unit },
    evidence: {
      bestValue: best, bestAt: validation.x[bestAt], onsetAt: validation.x[start], peakValue: peak, lastValue: y[n - 1], peakToBestRatio: peak / best,
      trainJumpRatio: trainAtJump / trainBefore, ...statistics(peak / best - 1, robustNoise(y)),
    },
    message: `'${validation.name}' fell to ${formatLevel(validation, best)} at ${at(validation, validation.x[bestAt])}, then jumped to ` +
      `${formatLevel(validation, peak)} (${formatNumber(peak / best)}× its best) from ${at(validation, validation.x[start])} on, where the training loss ` +
      `blew up to ${formatNumber(trainAtJump / trainBefore)}× its level before, and stayed above ${formatNumber(t.divergenceFactor)}× its best to the end: training diverged.`,
    suggestion: `${LOWER_LR} Restart from the checkpoint at ${at(validation, validation.x[bestAt])}.`,
  };
}
