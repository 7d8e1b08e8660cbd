/**
 * The training loss climbing back up (rules-35): the loss the optimiser minimises, read once per
 * epoch, fell, then rose steadily since its best, short of a divergence. Nothing but the steps
 * can raise it on the data they are taken on: the learning rate is too high for the landscape
 * the model has reached (CS231n's "loss goes up: learning rate too high"; a constant RMSprop or
 * Adam step that no schedule decays). Both labellers of the 27th and 35th corpora allowed
 * lr-too-high on Keras CIFAR-10 CNNs whose training loss rose 0.98 -> 1.94 over 90 epochs, where
 * the tool had said only "plateau". Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { argMin, at, formatLevel, formatNumber, formatPercent, formatPValue, lastLevel, smoothedLevels, type Curve } from './diagnose-stats.js';
import { LOWER_LR, statistics } from './diagnose-rules.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { mannKendall, robustNoise } from './trend-tests.js';

/**
 * lr-too-high on a per-epoch training loss that climbs: its best level (3-point running median)
 * lies below its opening level by more than `noProgressMaxTotalDecrease` (it fell first: a loss
 * that rises from its first point is no loss being minimised, or a schedule's warm-up), at least
 * `minPointsForTrends` points follow the best, the end level is above the best by more than
 * `severeGeneralisationLoss` percent (the rise that makes an overfit critical) and by 3 noise
 * standard deviations, and the points after the best rise significantly (Mann–Kendall). A loss
 * logged per step is not read: its level rises and falls with the batches and the epochs' data order.
 */
export function trainingLossClimbRule(train: Curve, perStep: boolean, t: DiagnoseThresholds): Finding | undefined {
  const n = train.y.length;
  if (perStep || n < 2 * t.minPointsForTrends) return undefined;
  const levels = smoothedLevels(train.y);
  const best = argMin(levels);
  if (n - 1 - best < t.minPointsForTrends || !(levels[best] > 0)) return undefined;
  const opening = Math.max(train.y[0], levels[0]);
  if (!(1 - levels[best] / opening > t.noProgressMaxTotalDecrease)) return undefined;
  const end = lastLevel(train.y);
  const rise = end / levels[best] - 1;
  const noise = robustNoise(train.y);
  if (!(100 * rise > t.severeGeneralisationLoss) || !(rise > 3 * noise)) return undefined;
  const trend = mannKendall(train.y.slice(best + 1));
  if (!(trend.pIncreasing < t.trendSignificance)) return undefined;
  return {
    kind: 'lr-too-high', severity: 'warning', series: train.name,
    range: { from: train.x[best], to: train.x[n - 1], unit: train.unit },
    evidence: { bestAt: train.x[best], bestLevel: levels[best], endLevel: end, riseSinceBest: rise, ...statistics(rise, noise, trend.z, trend.pIncreasing) },
    message: `'${train.name}' climbs back up: from ${formatLevel(train, levels[best])} at ${at(train, train.x[best])} to ${formatLevel(train, end)} at ${at(train, train.x[n - 1])} ` +
      `(+${formatPercent(rise)}, a steady rise, Mann-Kendall z = ${formatNumber(trend.z)}, ${formatPValue(trend.pIncreasing)}; noise ${formatPercent(noise)}). ` +
      'The optimiser raises the very loss it minimises: its steps overshoot.',
    suggestion: `${LOWER_LR} Or decay it (ReduceLROnPlateau, cosine schedule).`,
  };
}
