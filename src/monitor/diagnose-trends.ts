/**
 * Rules that read a run's progress: learning rate too low (not moving, or a slow constant
 * decline), plateau and underfitting (no significant improvement over the trailing window after
 * earlier progress), and still improving at the end (a significant fall over the window with the
 * best level at its end). "Significant" is a one-sided Mann–Kendall test at `trendSignificance`;
 * sizes are Theil–Sen trends relative to the level. Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { argMin, at, formatNumber, formatPercent, formatPValue, lastLevel, smoothedLevels, trailingWindow, type Curve } from './diagnose-stats.js';
import { statistics } from './diagnose-rules.js';
import { median } from './smoothing.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { onLogScale, robustNoise, theilSenSlope, trendOf, type Trend } from './trend-tests.js';
import { minOf } from '../core/extent.js';

/** A curve's trend over its trailing window, and over the whole run. */
export interface Progress {
  readonly curve: Curve;
  readonly window: number;
  readonly recent: Trend;
  readonly overall: Trend;
  /** Significant and large enough (see `improves`). */
  readonly improving: boolean;
}

/** A fall that counts: significant (Mann–Kendall) and at least `plateauMinRelativeDecrease` of the level. */
export function improves(trend: Trend, t: DiagnoseThresholds): boolean {
  return trend.test.pDecreasing < t.trendSignificance && -trend.relativeChange >= t.plateauMinRelativeDecrease;
}

export function progressOf(curve: Curve, t: DiagnoseThresholds): Progress | undefined {
  const n = curve.y.length;
  const window = trailingWindow(n, t.plateauWindow, t.plateauMinWindow);
  if (n < t.minPointsForTrends || window < t.plateauMinWindow) return undefined;
  const recent = trendOf(curve.y.slice(n - window));
  return { curve, window, recent, overall: trendOf(curve.y), improving: improves(recent, t) };
}

/** Standard error of a least-squares change over w points of white noise σ: σ·(w − 1)·√(12 / (w³ − w)). */
function changeStandardError(noise: number, points: number): number {
  return points < 3 || !Number.isFinite(noise) ? 0 : noise * (points - 1) * Math.sqrt(12 / (points ** 3 - points));
}

/** Flat with confidence: the change over the window plus two standard errors stays under `plateauMaxChange`. */
function isFlat(trend: Trend, points: number, t: DiagnoseThresholds): boolean {
  return Math.abs(trend.relativeChange) + 2 * changeStandardError(trend.noise, points) < t.plateauMaxChange;
}

/**
 * Points since the last improvement of `levels`, an improvement being a level below the best so
 * far by more than `threshold` of it (PyTorch ReduceLROnPlateau's 'rel' threshold mode).
 */
function pointsSinceImprovement(levels: readonly number[], threshold: number): number {
  let best = levels[0];
  let last = 0;
  for (let i = 1; i < levels.length; i++) {
    if (levels[i] < best - threshold * Math.abs(best)) {
      best = levels[i];
      last = i;
    }
  }
  return levels.length - 1 - last;
}

/** The robust trend over the second half of the window: how fast the loss still falls at the very end. */
function lateChangeOf(p: Progress): number {
  return trendOf(p.curve.y.slice(p.curve.y.length - Math.ceil(p.window / 2))).relativeChange;
}

const RAISE_LR = 'Raise the learning rate 3–10× (or run a learning-rate range test), and check that the inputs are scaled and the gradients reach every layer.';

/** Fall per point over `y` along the robust line, on the log scale for positive curves (positive = falling). */
function fallRate(y: readonly number[]): { rate: number; standardError: number } {
  const { values } = onLogScale(y);
  const n = values.length;
  // A least-squares slope of white noise σ over n points has standard error σ·√(12 / (n³ − n)).
  const noise = robustNoise(y);
  return { rate: -theilSenSlope(values), standardError: (Number.isFinite(noise) ? noise : 0) * Math.sqrt(12 / (n ** 3 - n)) };
}

/**
 * Not moving at all (any loss), or falling at a slow, confidently constant rate (read only on a
 * training loss, `isTrainingLoss`: a steady validation loss says nothing about the step size).
 */
export function learningRateTooLowRule(p: Progress, isTrainingLoss: boolean, t: DiagnoseThresholds): Finding | undefined {
  const { curve, overall } = p;
  const n = curve.y.length;
  const range = { from: curve.x[0], to: curve.x[n - 1], unit: curve.unit };
  // Levels, not single points: a per-step log's first value is as noisy as any other.
  const first = median(curve.y.slice(0, 3));
  const endChange = first === 0 ? 0 : lastLevel(curve.y) / first - 1;
  if (Math.abs(overall.relativeChange) < t.noProgressMaxTotalDecrease && Math.abs(endChange) < t.noProgressMaxTotalDecrease) {
    return {
      kind: 'lr-too-low', severity: 'warning', series: curve.name, range,
      evidence: { totalChange: overall.relativeChange, firstToLastChange: endChange, ...statistics(overall.relativeChange, overall.noise, overall.test.z, overall.test.pDecreasing) },
      message: `'${curve.name}' has barely moved: ${formatNumber(first)} at ${at(curve, curve.x[0])}, ${formatNumber(lastLevel(curve.y))} at ${at(curve, curve.x[n - 1])} ` +
        `(${formatPercent(overall.relativeChange)} along its trend over the run; the bar is +/-${formatPercent(t.noProgressMaxTotalDecrease)}).`,
      suggestion: `${RAISE_LR} A loss flat from the start can also mean a broken initialisation, labels that do not match the inputs, or a run resumed from a converged checkpoint.`,
    };
  }
  // A steady decline: significant, not a large fall overall, and the second half confidently as fast as the first.
  const totalFall = -overall.relativeChange;
  if (!isTrainingLoss || !(overall.test.pDecreasing < t.trendSignificance) || !(totalFall > 0) || totalFall > t.slowDeclineMaxTotalDecrease || n < 2 * t.plateauMinWindow) return undefined;
  const half = Math.floor(n / 2);
  const early = fallRate(curve.y.slice(0, half));
  const late = fallRate(curve.y.slice(half));
  if (!(late.rate > 0)) return undefined;
  const r = t.linearDeclineMaxRatio;
  // early < r · late with 2 standard errors to spare: the run is not decelerating.
  const margin = r * late.rate - early.rate;
  const spread = 2 * Math.sqrt(early.standardError ** 2 + (r * late.standardError) ** 2);
  if (!(margin > spread)) return undefined;
  const ratio = early.rate / late.rate;
  return {
    kind: 'lr-too-low', severity: 'warning', series: curve.name, range,
    evidence: { totalChange: overall.relativeChange, halvesRatio: ratio, ...statistics(overall.relativeChange, overall.noise, overall.test.z, overall.test.pDecreasing) },
    message: `'${curve.name}' falls slowly and steadily: ${formatPercent(totalFall)} over the run, about as fast in the second half as in the first ` +
      `(ratio ${formatNumber(ratio)}, confidently under ${formatNumber(r)}; a converging run falls several times faster early on).`,
    suggestion: `${RAISE_LR} Training longer at this rate would also help, but slowly.`,
  };
}

/**
 * The monitored loss has stalled: it fell earlier in the run (from its first level to its last by
 * more than `noProgressMaxTotalDecrease` and 3 noise standard deviations), it does not improve
 * over the trailing window (no significant fall worth having, or none left in the window's second
 * half), and it is flat with confidence: the window's change, plus two standard errors from the
 * noise, stays under `plateauMaxChange` (a noisy curve that may still be falling is no plateau);
 * with a noisy validation loss the evidence of flatness may come from the training loss.
 * Underfitting when the training loss has stalled too, is still high and validation is close to
 * it (and no logged training accuracy of `underfittingMaxTrainAccuracy` or more says the model
 * does fit its data); plateau otherwise. Not while the training loss still falls significantly by
 * at least `trainProgressMinDecrease` over the window.
 */
export function plateauRule(
  p: Progress, train: Progress | undefined, validationLevel: number | undefined, trainAccuracy: number | undefined, t: DiagnoseThresholds,
): Finding | undefined {
  const { curve, window, recent } = p;
  const n = curve.y.length;
  const last = lastLevel(curve.y);
  const start = median(curve.y.slice(0, 3));
  const noise = Number.isFinite(recent.noise) ? recent.noise : 0;
  const fell = start > 0 && (start - last) / start > Math.max(t.noProgressMaxTotalDecrease, 3 * noise);
  if (!fell) return undefined;
  const levels = smoothedLevels(curve.y);
  const sinceImprovement = pointsSinceImprovement(levels, Math.max(t.plateauMinRelativeDecrease, 2 * noise));
  // No new best beyond two noise standard deviations for `plateauPatience` points: stalled, as
  // ReduceLROnPlateau reads it (see PLATEAU_PATIENCE).
  const outOfPatience = sinceImprovement >= t.plateauPatience;
  // Falling over the window by more than a trivial amount (twice the bar), significantly: not stalled,
  // even if the window's last points are flat (an early stop a few epochs after the best).
  if (!outOfPatience && recent.test.pDecreasing < t.trendSignificance && -recent.relativeChange >= 2 * t.plateauMinRelativeDecrease) return undefined;
  if (!outOfPatience && p.improving && -lateChangeOf(p) >= t.plateauMinRelativeDecrease / 2) return undefined;
  // While the training loss still makes progress the run has not stalled (a flat validation loss
  // under a falling training loss is the widening gap's business, or healthy convergence).
  if (train !== undefined && train !== p && train.recent.test.pDecreasing < t.trendSignificance && -train.recent.relativeChange >= t.trainProgressMinDecrease) return undefined;
  const standardError = changeStandardError(noise, window);
  // Flat with confidence, on the monitored loss (over the window, or over the stretch since its
  // last improvement) or (its noise permitting better evidence) on the training loss.
  const sinceBest = curve.y.slice(n - 1 - sinceImprovement);
  const flat = isFlat(recent, window, t) || (outOfPatience && isFlat(trendOf(sinceBest), sinceBest.length, t));
  if (!flat && !(train !== undefined && isFlat(train.recent, train.window, t))) return undefined;
  // Where the stall began: the last point whose level was outside the final level's noise band.
  const band = Math.max(t.plateauMinRelativeDecrease, 2 * noise);
  let onset = n - 1;
  while (onset > 0 && Math.abs(levels[onset - 1] / last - 1) <= band) onset--;
  onset = Math.min(onset, n - window);
  const stalledPoints = n - onset;
  const evidence = {
    plateauStart: curve.x[onset], stalledPoints, windowChange: recent.relativeChange, windowStandardError: standardError, level: last,
    ...statistics(recent.relativeChange, recent.noise, recent.test.z, recent.test.pDecreasing),
  };
  const range = { from: curve.x[onset], to: curve.x[n - 1], unit: curve.unit };
  const stalled = `'${curve.name}' has stalled at about ${formatNumber(last)} since ${at(curve, curve.x[onset])}: ` +
    `${formatPercent(recent.relativeChange)} +/- ${formatPercent(2 * standardError)} over the last ${window} points, no fall worth having (Mann-Kendall z = ${formatNumber(recent.test.z)}, ${formatPValue(recent.test.pDecreasing)})`;
  const trainCurve = train?.curve;
  const trainLast = trainCurve === undefined ? Number.NaN : lastLevel(trainCurve.y);
  const remaining = trainCurve === undefined || trainCurve.y[0] === 0 ? Number.NaN : trainLast / trainCurve.y[0];
  const gapRatio = validationLevel === undefined || !(trainLast > 0) ? Number.NaN : (validationLevel - trainLast) / trainLast;
  // Underfitting claims the training loss has stalled too: that needs the same evidence of flatness.
  const trainFlat = train !== undefined && !train.improving && isFlat(train.recent, train.window, t);
  // A high training accuracy refutes 'not fitting the training data': the loss stays high because the predictions are not confident.
  const fitsItsData = trainAccuracy !== undefined && trainAccuracy >= t.underfittingMaxTrainAccuracy;
  if (trainFlat && !fitsItsData && remaining > t.underfittingMinRemainingFraction && Math.abs(gapRatio) < t.underfittingMaxGapRatio) {
    return {
      kind: 'underfitting', severity: 'warning', series: curve.name, range,
      evidence: { ...evidence, remainingFraction: remaining, gapRatio },
      message: `${stalled}; the training loss has stalled too, still ${formatPercent(remaining)} of where it started, and the validation loss is within ` +
        `${formatPercent(Math.abs(gapRatio))} of it: the model is not fitting the training data.`,
      suggestion: 'Use a bigger model (more units or layers), train with less regularisation, add better features, or check that the loss fits the task.',
    };
  }
  return {
    kind: 'plateau', severity: stalledPoints >= n / 2 ? 'warning' : 'info', series: curve.name, range, evidence,
    message: `${stalled}; ${stalledPoints} of ${n} points made no progress.`,
    suggestion: 'Reduce the learning rate on the plateau (ReduceLROnPlateau, factor 0.1) or stop earlier (EarlyStopping); if the loss is still high, try a bigger model.',
  };
}

/**
 * The monitored loss is still making new bests at the end: it falls significantly over the
 * window, and at the end of the window it still falls at a rate worth having (the second half
 * of the window alone falls by at least half of `plateauMinRelativeDecrease`), so a curve that
 * has all but converged inside the window (a learning-rate drop's last drift) is a plateau.
 */
export function stillImprovingRule(p: Progress, t: DiagnoseThresholds): Finding | undefined {
  if (!p.improving) return undefined;
  const { curve, window, recent } = p;
  const n = curve.y.length;
  // ...and still falling at the end of the window, beyond the noise: not a curve that turned flat inside it.
  const late = Math.ceil(window / 2);
  const lateTrend = trendOf(curve.y.slice(n - late));
  if (!(-lateTrend.relativeChange >= t.plateauMinRelativeDecrease / 2)) return undefined;
  // ...and the end sets a new best beyond the noise: the median of the last 3 points against every
  // level before the window's last third (on a curve too short for a noise scale, beyond the plateau bar).
  const endLevel = lastLevel(curve.y);
  const before = minOf(smoothedLevels(curve.y.slice(0, n - Math.max(3, Math.ceil(window / 3)))));
  const margin = n < t.minPointsForNoise ? t.plateauMinRelativeDecrease : Number.isFinite(recent.noise) ? recent.noise : 0;
  if (!(before > 0 && (before - endLevel) / before > margin)) return undefined;
  // ...and the end is at the best level: the best (3-point running median) lies within the last
  // fifth of the window, or the end level ties it within the plateau bar (a creeping loss whose
  // lowest level came a few epochs before the end, by less than a change worth having). The tie
  // is read only on a curve quieter than the noisy-validation bar: on a noisier one, running
  // medians tie by chance.
  const levels = smoothedLevels(curve.y);
  const best = argMin(levels);
  const within = Math.max(Math.floor(t.stillImprovingBestWithin), Math.ceil(window / 5));
  const ties = endLevel - levels[best] <= t.plateauMinRelativeDecrease * Math.abs(levels[best]) && recent.noise <= t.noisyValidationRelativeNoise;
  if (best < n - within && !ties) return undefined;
  return {
    kind: 'still-improving', severity: 'info', series: curve.name,
    range: { from: curve.x[n - window], to: curve.x[n - 1], unit: curve.unit },
    evidence: { windowChange: recent.relativeChange, window, lastValue: curve.y[n - 1], ...statistics(recent.relativeChange, recent.noise, recent.test.z, recent.test.pDecreasing) },
    message: `'${curve.name}' was still falling when training ended: ${formatPercent(-recent.relativeChange)} over the last ${window} points ` +
      `(Mann-Kendall z = ${formatNumber(recent.test.z)}, ${formatPValue(recent.test.pDecreasing)}; noise ${formatPercent(recent.noise)}), with its best level at the end.`,
    suggestion: `Train longer (with EarlyStopping(patience=${window}) to stop when it levels off), or resume from the last checkpoint.`,
  };
}

/**
 * A run too short for the trend rules (fewer than `minPointsForTrends` points): still improving
 * only when the loss set a new best at every point, a fall worth having
 * (`plateauMinRelativeDecrease`). With no trend (exchangeable points) n values come in falling
 * order with probability 1 / n!: 1/24 for 4 points, below `trendSignificance`; 3 points (1/6)
 * can never show it, and get no finding: no clear answer.
 */
export function shortRunImprovingRule(curve: Curve, t: DiagnoseThresholds): Finding | undefined {
  const { y } = curve;
  const n = y.length;
  if (n < 2 || n >= t.minPointsForTrends) return undefined;
  for (let i = 1; i < n; i++) if (!(y[i] < y[i - 1])) return undefined;
  let pValue = 1;
  for (let k = 2; k <= n; k++) pValue /= k;
  const change = y[n - 1] / y[0] - 1;
  if (!(pValue < t.trendSignificance) || !(y[0] > 0 && -change >= t.plateauMinRelativeDecrease)) return undefined;
  return {
    kind: 'still-improving', severity: 'info', series: curve.name,
    range: { from: curve.x[0], to: curve.x[n - 1], unit: curve.unit },
    evidence: { windowChange: change, window: n, lastValue: y[n - 1], exactOrder: 1, ...statistics(change, Number.NaN, undefined, pValue) },
    message: `'${curve.name}' set a new best at every one of its ${n} points (${formatNumber(y[0])} to ${formatNumber(y[n - 1])}, ${formatPercent(change)}; ` +
      `falling order at every point, ${formatPValue(pValue)} with no trend): it was still falling when training ended.`,
    suggestion: `Train longer (with EarlyStopping to stop when it levels off), or resume from the last checkpoint.`,
  };
}
