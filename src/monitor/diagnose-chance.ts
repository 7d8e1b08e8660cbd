/**
 * Underfitting at chance (rules-46): a classifier's cross-entropy that sits at ln K from its first
 * evaluation to its last is the loss of a uniform guess over K classes (Karpathy's "A Recipe for
 * Training Neural Networks": verify the loss at init, -log(1/K)); a model that never leaves it
 * learned nothing, whatever the cause (an optimiser built on another model's parameters, a learning
 * rate schedule that blew the weights up, labels that do not match the inputs). The labellers of
 * the 57th corpus expected underfitting on two such runs, Fashion-MNIST at 2.3027 (ln 10) with
 * accuracy 0.1000 and a 3-class food model at 1.0984 (ln 3) with accuracy 0.3333, where the tool
 * said only plateau and lr-too-low: a loss has no absolute scale, but this level is one. Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { formatNumber, formatPercent, smoothedLevels, type Curve } from './diagnose-stats.js';
import { statistics } from './diagnose-rules.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { mannKendall, robustNoise } from './trend-tests.js';
import { maxOf } from '../core/extent.js';

/**
 * The class counts read: binary and the small label sets (2 to 10), CIFAR-100's 100 and ImageNet's
 * 1,000. Between them ln K crowds (ln 20 and ln 21 lie 1.6 % apart), and a loss near one of them is
 * no evidence of anything.
 */
const CLASS_COUNTS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000];

/**
 * Underfitting on `curve` (the training loss when logged, else the monitored loss), of
 * `minPointsForTrends` points or more, read on its logged values (no offset: a loss with points at
 * or below zero is no cross-entropy), when every 3-point level lies within `chanceLossTolerance` of
 * ln K for one K of CLASS_COUNTS, and a logged training accuracy, if any, is under
 * `underfittingMaxTrainAccuracy` (a model that fits its data is not at chance). Evidence: K, ln K,
 * the largest relative distance of a level from it (effect size), the noise, and Mann-Kendall z over
 * the run with the one-sided p in the direction it leans (a flat loss: neither side significant).
 */
export function chanceLevelRule(curve: Curve, trainAccuracy: number | undefined, t: DiagnoseThresholds): Finding | undefined {
  const n = curve.y.length;
  if (n < t.minPointsForTrends || curve.offset !== undefined) return undefined;
  if (trainAccuracy !== undefined && trainAccuracy >= t.underfittingMaxTrainAccuracy) return undefined;
  const levels = smoothedLevels(curve.y);
  for (const classes of CLASS_COUNTS) {
    const chance = Math.log(classes);
    const distance = maxOf(levels.map((level) => Math.abs(level / chance - 1)));
    if (!(distance <= t.chanceLossTolerance)) continue;
    const trend = mannKendall(curve.y);
    const accuracy = trainAccuracy === undefined ? '' : `; the training accuracy ends at ${formatPercent(trainAccuracy)} (chance: ${formatPercent(1 / classes)})`;
    return {
      kind: 'underfitting', severity: 'warning', series: curve.name,
      range: { from: curve.x[0], to: curve.x[n - 1], unit: curve.unit },
      evidence: { classes, chanceLoss: chance, maxDistance: distance, ...statistics(distance, robustNoise(curve.y), trend.z, Math.min(trend.pDecreasing, 1 - trend.pDecreasing)) },
      message: `'${curve.name}' sits at ln ${classes} = ${formatNumber(chance)} from its first point to its last (every level within ${formatPercent(distance)} of it): ` +
        `the cross-entropy of a uniform guess over ${classes} classes${accuracy}. The model predicts at chance: it has learned nothing.`,
      suggestion: 'Check that the optimiser holds this model\'s parameters, that labels match inputs, and that the loss gets logits (not probabilities); ' +
        'then overfit one small batch before training on all the data.',
    };
  }
  return undefined;
}
