/**
 * The evaluations diverged (rules-60): the validation loss's level climbed above `divergenceFactor` × its best and
 * stayed there (the divergence rule read on it: a running median, so single spikes do not count, and a significant
 * rise after the best), while the training loss, averaged over each evaluation's stretch of training, rose
 * significantly from that best on. The training loss rising says the fit itself got worse, not only its
 * generalisation, and a validation loss at several times its best is the labelling guide's divergence ("the loss blew
 * up: its level climbs to > 2x its best and stays there"), read on the loss a run is judged on: both labellers of the
 * hundred-and-fifteenth corpus's a01 (a YOLOv5 sparsity run whose validation loss reached 7.6 times its best, its
 * training loss up 40 %) named it, where the training loss alone, short of twice its best, shows no divergence. A
 * validation loss that climbs while the training loss still falls is overfitting, however far it climbs. Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { divergenceRule } from './diagnose-rules.js';
import { alignedTo, formatPercent, formatPValue, type Curve } from './diagnose-stats.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { trendOf } from './trend-tests.js';

export function evaluationsDivergedRule(train: Curve | undefined, validation: Curve | undefined, t: DiagnoseThresholds): Finding | undefined {
  if (train === undefined || validation === undefined || validation.y.length < t.minPointsForTrends) return undefined;
  const climbed = divergenceRule(validation, t);
  if (climbed === undefined) return undefined;
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
