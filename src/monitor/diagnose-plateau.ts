/**
 * Rules that read a stall of the monitored loss: plateau and underfitting (no improvement worth
 * having after earlier progress, flat with confidence), the plateau of a validation loss that
 * stopped improving while the training loss still falls (what Keras' EarlyStopping and
 * ReduceLROnPlateau, monitoring val_loss, act on), and the end-of-run plateau of no evidence of
 * improvement (endPlateauRule). Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { argMin, at, formatLevel, formatNumber, formatPercent, formatPValue, improvementBar, lastLevel, pointsSinceImprovement, smoothedLevels } from './diagnose-stats.js';
import { statistics } from './diagnose-rules.js';
import type { Progress } from './diagnose-trends.js';
import { median } from './smoothing.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { trendOf, type Trend } from './trend-tests.js';
import { minOf } from '../core/extent.js';

/** Standard error of a least-squares change over w points of white noise σ: σ·(w − 1)·√(12 / (w³ − w)). */
function changeStandardError(noise: number, points: number): number {
  return points < 3 || !Number.isFinite(noise) ? 0 : noise * (points - 1) * Math.sqrt(12 / (points ** 3 - points));
}

/** Flat with confidence: the change over the window plus two standard errors stays under `plateauMaxChange`. */
function isFlat(trend: Trend, points: number, t: DiagnoseThresholds): boolean {
  return Math.abs(trend.relativeChange) + 2 * changeStandardError(trend.noise, points) < t.plateauMaxChange;
}

/** The robust trend over the second half of the window: how fast the loss still falls at the very end. */
function lateChangeOf(p: Progress): number {
  return trendOf(p.curve.y.slice(p.curve.y.length - Math.ceil(p.window / 2))).relativeChange;
}

/**
 * The monitored loss has stalled: it fell earlier in the run (from its first level to its last by
 * more than `noProgressMaxTotalDecrease` and 3 noise standard deviations), it does not improve
 * over the trailing window (no significant fall worth having, or none left in the window's second
 * half), and it is flat with confidence: the window's change, plus two standard errors from the
 * noise, stays under `plateauMaxChange` (a noisy curve that may still be falling is no plateau);
 * with a noisy validation loss the evidence of flatness may come from the training loss.
 * Underfitting when the training loss has stalled too, is still high and validation is close to
 * it, and a logged training accuracy under `underfittingMaxTrainAccuracy` says the model does not
 * fit its data (rules-42: none logged, no underfitting); plateau otherwise. While the training loss still falls significantly by
 * at least `trainProgressMinDecrease` over the window, only the validation loss's own plateau
 * (`validationPlateau`, out of patience) is read.
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
  // A new best must beat the last by twice the noise (at least the plateau bar); also the stall's noise band.
  const bar = improvementBar({ noise }, t);
  const sinceImprovement = pointsSinceImprovement(levels, bar);
  // No new best beyond two noise standard deviations for `plateauPatience` points: stalled, as
  // ReduceLROnPlateau reads it (see PLATEAU_PATIENCE).
  const outOfPatience = sinceImprovement >= t.plateauPatience;
  // Falling over the window by more than a trivial amount (twice the bar), significantly: not stalled,
  // even if the window's last points are flat (an early stop a few epochs after the best).
  if (!outOfPatience && recent.test.pDecreasing < t.trendSignificance && -recent.relativeChange >= 2 * t.plateauMinRelativeDecrease) return undefined;
  if (!outOfPatience && p.improving && -lateChangeOf(p) >= t.plateauMinRelativeDecrease / 2) return undefined;
  // While the training loss still makes progress the run as a whole has not stalled, but a
  // validation loss out of patience has: the monitored quantity's view (validationPlateau).
  if (train !== undefined && train !== p && train.recent.test.pDecreasing < t.trendSignificance && -train.recent.relativeChange >= t.trainProgressMinDecrease) {
    return outOfPatience ? validationPlateau(p, train, sinceImprovement, bar, t) : undefined;
  }
  const standardError = changeStandardError(noise, window);
  // Flat with confidence, on the monitored loss (over the window, or over the stretch since its
  // last improvement) or (its noise permitting better evidence) on the training loss.
  const sinceBest = curve.y.slice(n - 1 - sinceImprovement);
  const flat = isFlat(recent, window, t) || (outOfPatience && isFlat(trendOf(sinceBest), sinceBest.length, t));
  if (!flat && !(train !== undefined && isFlat(train.recent, train.window, t))) return undefined;
  // Where the stall began: the last point whose level was outside the final level's noise band.
  let onset = n - 1;
  while (onset > 0 && Math.abs(levels[onset - 1] / last - 1) <= bar) onset--;
  onset = Math.min(onset, n - window);
  const stalledPoints = n - onset;
  const evidence = {
    plateauStart: curve.x[onset], stalledPoints, windowChange: recent.relativeChange, windowStandardError: standardError, level: last,
    ...statistics(recent.relativeChange, recent.noise, recent.test.z, recent.test.pDecreasing),
  };
  const range = { from: curve.x[onset], to: curve.x[n - 1], unit: curve.unit };
  // Out of patience after a step down inside the window (a fall at an epoch's start, flat since): the window's change is
  // that step, so the message names the stall since the last new best rather than calling the fall none worth having.
  const windowFell = recent.test.pDecreasing < t.trendSignificance && -recent.relativeChange >= 2 * t.plateauMinRelativeDecrease;
  const windowText = `${formatPercent(recent.relativeChange)} +/- ${formatPercent(2 * standardError)} over the last ${window} points`;
  const stalled = `'${curve.name}' has stalled at about ${formatLevel(curve, last)} since ${at(curve, curve.x[onset])}: ` + (windowFell
    ? `${windowText} (Mann-Kendall z = ${formatNumber(recent.test.z)}, ${formatPValue(recent.test.pDecreasing)}), but no new best beyond the noise bar (${formatPercent(bar)}) for the last ${sinceImprovement} points: the fall is behind it`
    : `${windowText}, no fall worth having (Mann-Kendall z = ${formatNumber(recent.test.z)}, ${formatPValue(recent.test.pDecreasing)})`);
  const trainCurve = train?.curve;
  const trainLast = trainCurve === undefined ? Number.NaN : lastLevel(trainCurve.y);
  // "Still high" is a share of the first level above the loss's floor; a loss read shifted (not
  // positive, diagnose-scale.ts) has no known floor: no underfitting, its stall is a plateau.
  const remaining = trainCurve === undefined || trainCurve.y[0] === 0 || trainCurve.offset !== undefined ? Number.NaN : trainLast / trainCurve.y[0];
  const gapRatio = validationLevel === undefined || !(trainLast > 0) ? Number.NaN : (validationLevel - trainLast) / trainLast;
  // Underfitting claims the training loss has stalled too: that needs the same evidence of flatness.
  const trainFlat = train !== undefined && !train.improving && isFlat(train.recent, train.window, t);
  // A high training accuracy refutes 'not fitting the training data': the loss stays high because the predictions are not confident.
  // And only a logged accuracy can say the model does not fit (rules-42): a loss has no absolute scale, so "still above 30 % of
  // its first level" is a reconstruction loss's or a regression loss's normal floor as often as a model that learned nothing
  // (on 1,795 real runs the loss-only reading fired 6 times: no labeller expected it, 1 allowed it, 5 did not).
  const fitsItsData = trainAccuracy === undefined || trainAccuracy >= t.underfittingMaxTrainAccuracy;
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
 * The validation loss stopped improving while the training loss still falls: no new best beyond
 * the noise bar (`bar`: twice the noise, at least `plateauMinRelativeDecrease`, PyTorch's 'rel'
 * threshold mode) for `plateauPatience` evaluations or more, and flat with confidence since its
 * last new best (or over the window). The monitored quantity's view: Keras' EarlyStopping and
 * ReduceLROnPlateau (monitor='val_loss', patience) and PyTorch's ReduceLROnPlateau fire here,
 * whatever the training loss does, and the epochs since mostly fit the training set. Overfitting
 * (the validation loss turns up) and the widening gap (the gap grows by `gapMinGrowth`) come first
 * in `diagnose`: this is the stall with neither. Severity info, as the widening gap: the run is
 * not broken, its last epochs bought nothing on held-out data; a warning when it has been stalled
 * for half the run or more, as the plateau of a stalled run is (half the compute bought nothing). "Evaluations" are the points the
 * rules read (a log of over 200 points is averaged in buckets first), so the span in epochs or
 * steps is said too.
 */
function validationPlateau(p: Progress, train: Progress, sinceImprovement: number, bar: number, t: DiagnoseThresholds): Finding | undefined {
  const { curve, window, recent } = p;
  const n = curve.y.length;
  const bestIndex = n - 1 - sinceImprovement;
  const since = trendOf(curve.y.slice(bestIndex));
  const points = n - bestIndex;
  if (!isFlat(since, points, t) && !isFlat(recent, window, t)) return undefined;
  const standardError = changeStandardError(since.noise, points);
  const levels = smoothedLevels(curve.y);
  const last = lastLevel(curve.y);
  const span = curve.x[n - 1] - curve.x[bestIndex];
  const trainFall = -train.recent.relativeChange;
  return {
    kind: 'plateau', severity: sinceImprovement >= n / 2 ? 'warning' : 'info', series: curve.name,
    range: { from: curve.x[bestIndex], to: curve.x[n - 1], unit: curve.unit },
    evidence: {
      plateauStart: curve.x[bestIndex], stalledPoints: sinceImprovement, improvementThreshold: bar, bestLevel: levels[bestIndex], level: last,
      sinceBestChange: since.relativeChange, sinceBestStandardError: standardError,
      trainChange: train.recent.relativeChange, trainWindow: train.window, trainPValue: train.recent.test.pDecreasing,
      ...statistics(since.relativeChange, recent.noise, since.test.z, since.test.pDecreasing),
    },
    message: `'${curve.name}' stopped improving: no new best beyond the noise bar (${formatPercent(bar)}) for ${sinceImprovement} evaluations ` +
      `(${span} ${curve.unit}s since its best level, ${formatLevel(curve, levels[bestIndex])} at ${at(curve, curve.x[bestIndex])}; ${formatPercent(since.relativeChange)} +/- ${formatPercent(2 * standardError)} since, ` +
      `Mann-Kendall z = ${formatNumber(since.test.z)}, ${formatPValue(since.test.pDecreasing)}), while the training loss still fell ${formatPercent(trainFall)} over its last ` +
      `${train.window} points (${formatPValue(train.recent.test.pDecreasing)}): the epochs since mostly fit the training set.`,
    suggestion: `Stop early: EarlyStopping(monitor='val_loss', patience=${t.plateauPatience}, min_delta=${formatNumber(bar * levels[bestIndex])}, restore_best_weights=True) ` +
      `stops at ${at(curve, curve.x[Math.min(n - 1, bestIndex + t.plateauPatience)])} and keeps the best weights; or lower the learning rate when it stalls ` +
      `(ReduceLROnPlateau(monitor='val_loss', factor=0.1, patience=${t.plateauPatience})); regularise if the training loss keeps pulling away.`,
  };
}

/**
 * The end-of-run verdict when nothing else states it: the monitored loss is not still improving
 * (no significant fall at the end, see stillImprovingRule) and no fault (overfitting, divergence,
 * non-finite values) explains its end, so it has stopped improving, in the sense of Keras'
 * EarlyStopping and ReduceLROnPlateau: no improvement beyond min_delta for `patience`
 * evaluations, with min_delta the curve's own noise bar (twice its robust noise, at least
 * `plateauMinRelativeDecrease`) and patience the trailing window the still-improving test reads.
 * "No evidence of improvement" is the statement: the evidence says how many evaluations have
 * passed since the best, by how much the trailing window's best beats the best before it (in
 * noise bars) and the window's Mann-Kendall z and p. Severity info; a warning when no new best
 * came for half the run or more (half the compute bought nothing).
 */
export function endPlateauRule(p: Progress, t: DiagnoseThresholds): Finding | undefined {
  const { curve, window, recent } = p;
  const n = curve.y.length;
  const bar = improvementBar(recent, t);
  const levels = smoothedLevels(curve.y);
  const sinceImprovement = pointsSinceImprovement(levels, bar);
  const bestIndex = n - 1 - sinceImprovement;
  // Evidence of improvement: a significant fall worth having over the window (Mann-Kendall), or a
  // new best beyond the bar within it (patience left: Keras would train on). Either is no plateau.
  if (p.improving || sinceImprovement < window) return undefined;
  const before = minOf(levels.slice(0, n - window));
  const inWindow = minOf(levels.slice(n - window));
  // The trailing window's best against the best before it, a fraction of that best (positive: lower; within the bar here).
  const margin = Number.isFinite(before) && before !== 0 ? (before - inWindow) / Math.abs(before) : Number.NaN;
  const last = lastLevel(curve.y);
  return {
    kind: 'plateau', severity: sinceImprovement >= n / 2 ? 'warning' : 'info', series: curve.name,
    range: { from: curve.x[bestIndex], to: curve.x[n - 1], unit: curve.unit },
    evidence: {
      plateauStart: curve.x[bestIndex], stalledPoints: sinceImprovement, improvementThreshold: bar, bestLevel: levels[bestIndex], level: last,
      windowBestMargin: margin, window,
      ...statistics(recent.relativeChange, recent.noise, recent.test.z, recent.test.pDecreasing),
    },
    message: `'${curve.name}' is not improving at the end: ${formatPercent(recent.relativeChange)} over the last ${window} points, no significant fall worth having ` +
      `(Mann-Kendall z = ${formatNumber(recent.test.z)}, ${formatPValue(recent.test.pDecreasing)}); its last new best beyond the noise bar (${formatPercent(bar)}) ` +
      `came ${sinceImprovement} evaluation${sinceImprovement === 1 ? '' : 's'} before the end (${formatLevel(curve, levels[bestIndex])} at ${at(curve, curve.x[bestIndex])})` +
      (!Number.isFinite(margin) ? '.'
        : margin >= 0 ? `; the last ${window} points' best is ${formatPercent(margin)} below the best before them, within the bar.`
        // Above the earlier best (deit-ucasdeepfake's 64 %): "below ..., within the bar" would be a false sentence.
        : `; the last ${window} points' best is ${formatPercent(-margin)} above the best before them.`),
    suggestion: `Training longer at this setting buys little: stop here (EarlyStopping(patience=${window}, restore_best_weights=True)) or lower the learning rate ` +
      `(ReduceLROnPlateau, factor 0.1) and read the curve again; if the loss is still high, try a bigger model.`,
  };
}

/** The advice beside a loss that never moved: the step size's (lr-too-low's), not the plateau's own (stop, or lower it). */
export const NEVER_MOVED_PLATEAU = 'It never improved, so training longer at this setting buys nothing: change the setting, as the lr-too-low finding says.';

/**
 * The end of a loss that never moved (rules-61): its total change along the trend within the no-progress bar
 * (`totalChange`, lr-too-low's finding) and its lowest level (3-point median) before the trailing window, it has
 * stalled where it began. rules-36 promises such a loss its end beside lr-too-low, but a drift of a few tenths of a
 * percent inside the bar still reads as a significant fall worth having over a long smooth window, so no plateau rule
 * spoke, and still-improving's own tests fail (its best is no new one): the hundred-and-sixteenth corpus's d02, a LoRA
 * fine-tune stuck at ln 4 on a 4-class task after its first point, had no end stated where both labellers expected a
 * plateau or underfitting.
 */
export function neverMovedPlateauRule(p: Progress, totalChange: number): Finding | undefined {
  const { curve, window, recent } = p;
  const n = curve.y.length;
  const levels = smoothedLevels(curve.y);
  const bestIndex = argMin(levels);
  if (bestIndex >= n - window) return undefined;
  return {
    kind: 'plateau', severity: 'info', series: curve.name,
    range: { from: curve.x[bestIndex], to: curve.x[n - 1], unit: curve.unit },
    evidence: {
      plateauStart: curve.x[bestIndex], stalledPoints: n - 1 - bestIndex, bestLevel: levels[bestIndex], level: lastLevel(curve.y), totalChange, window,
      ...statistics(recent.relativeChange, recent.noise, recent.test.z, recent.test.pDecreasing),
    },
    message: `'${curve.name}' has stalled where it began: it moved ${formatPercent(totalChange)} along its trend over the whole run, and its lowest level ` +
      `(${formatLevel(curve, levels[bestIndex])} at ${at(curve, curve.x[bestIndex])}) came before the last ${window} points; ` +
      `the last ${window} points' drift (${formatPercent(recent.relativeChange)}, Mann-Kendall z = ${formatNumber(recent.test.z)}) is no progress worth training on.`,
    suggestion: NEVER_MOVED_PLATEAU,
  };
}
