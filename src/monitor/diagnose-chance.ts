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
import { maxOf, minOf } from '../core/extent.js';

/** The one-sided p of a Mann-Kendall test in the direction the series leans (a flat series: neither side significant). */
function leanP(trend: { readonly pDecreasing: number }): number {
  return Math.min(trend.pDecreasing, 1 - trend.pDecreasing);
}

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
      evidence: { classes, chanceLoss: chance, maxDistance: distance, ...statistics(distance, robustNoise(curve.y), trend.z, leanP(trend)) },
      message: `'${curve.name}' sits at ln ${classes} = ${formatNumber(chance)} from its first point to its last (every level within ${formatPercent(distance)} of it): ` +
        `the cross-entropy of a uniform guess over ${classes} classes${accuracy}. The model predicts at chance: it has learned nothing.`,
      suggestion: 'Check that the optimiser holds this model\'s parameters, that labels match inputs, and that the loss gets logits (not probabilities); ' +
        'then overfit one small batch before training on all the data.',
    };
  }
  return undefined;
}

/** The cross-entropy, in nats, of a guess that knows only that one class holds `share` of the examples. */
function shareEntropy(share: number): number {
  return -(share * Math.log(share) + (1 - share) * Math.log(1 - share));
}

/**
 * Underfitting as one class for every example (rules-53): a validation accuracy that is the same
 * full-precision number at each of `minPointsForTrends` or more evaluations, in (0, 1) and not a
 * round figure (0.86, 0.9: a coarse print repeats by chance), means no prediction changed from
 * the first epoch to the last; the model gives every example one class, and the accuracy is that
 * class's share (the eighty-seventh corpus's HAM10000 classifier: 0.6698 at all 9 epochs, the
 * share of its majority class, which both labellers read as underfitting). Two checks keep a
 * model that learned something out: the training accuracy, if logged, ends at most
 * `majorityMaxTrainAccuracyMargin` above it, and the validation loss never goes below the
 * cross-entropy of a guess that knows only that share, which any prior over the classes reaches
 * or exceeds (the grouping property of entropy): a CatBoost model whose accuracy stays at its
 * majority share while its log-loss falls well under that level ranks the examples, and is not
 * flagged. Evidence: the accuracy, the share's cross-entropy, the validation loss's lowest level
 * over it (effect size), its noise, and Mann-Kendall over it.
 */
export function oneClassRule(validation: Curve | undefined, validationAccuracy: readonly number[], trainAccuracy: number | undefined, t: DiagnoseThresholds): Finding | undefined {
  if (validation === undefined || validation.offset !== undefined || validation.y.length < t.minPointsForTrends) return undefined;
  if (validationAccuracy.length < t.minPointsForTrends) return undefined;
  const share = validationAccuracy[0];
  if (!(share > 0 && share < 1) || validationAccuracy.some((value) => value !== share)) return undefined;
  if (Math.abs(share * 1000 - Math.round(share * 1000)) < 1e-6) return undefined;
  if (trainAccuracy !== undefined && trainAccuracy > share + t.majorityMaxTrainAccuracyMargin) return undefined;
  const floor = shareEntropy(share);
  const lowest = minOf(smoothedLevels(validation.y));
  if (!(lowest >= floor)) return undefined;
  const n = validation.y.length;
  const trend = mannKendall(validation.y);
  return {
    kind: 'underfitting', severity: 'warning', series: validation.name,
    range: { from: validation.x[0], to: validation.x[n - 1], unit: validation.unit },
    evidence: { validationAccuracy: share, shareCrossEntropy: floor, ...statistics(lowest / floor - 1, robustNoise(validation.y), trend.z, leanP(trend)) },
    message: `The validation accuracy is ${Number(share.toPrecision(4))} at every one of its ${validationAccuracy.length} evaluations: no prediction changed, ` +
      `the model gives every example the same class (the accuracy is that class's share), and '${validation.name}' never went below ` +
      `${formatNumber(floor)}, the cross-entropy of a guess that knows only that share (its lowest level ${formatNumber(lowest)}). It has learned nothing that changes a prediction.`,
    suggestion: 'Balance the classes (class weights, resampling) and check the labels and the input pipeline; then make the model overfit ' +
      'one small batch (a higher learning rate, unfrozen layers) before training on all the data.',
  };
}
