/**
 * Rules that read a run's progress: learning rate too low (not moving, or a slow constant
 * decline), plateau and underfitting (no relative improvement over a window), still improving
 * at the end, and noisy validation. Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import {
  argMin, at, decreaseStandardError, formatNumber, formatPercent, lastLevel, relativeDecrease, relativeNoise, type Curve,
} from './diagnose-stats.js';
import { median, rollingMedian, smoothEma } from './smoothing.js';
import type { DiagnoseThresholds } from './thresholds.js';

/** The numbers every progress rule reads off the training (or only) loss curve. */
export interface Progress {
  readonly curve: Curve;
  /** Points in the trailing window (PLATEAU_WINDOW, at most half the run). */
  readonly window: number;
  /** Fall of the robust trend over the window, relative to its level. */
  readonly windowDecrease: number;
  /** Its standard error from the curve's noise. */
  readonly windowStandardError: number;
  /** (first − last) / first over the whole run; the first point is taken raw (epoch 1 holds the fast initial fall). */
  readonly totalDecrease: number;
  /** Fall over the first half ÷ fall over the second half. */
  readonly halvesRatio: number;
  readonly noise: number;
}

export function progressOf(curve: Curve, t: DiagnoseThresholds): Progress | undefined {
  const { y } = curve;
  const n = y.length;
  const window = Math.min(Math.floor(t.plateauWindow), Math.floor(n / 2));
  if (n < t.minPointsForTrends || window < t.plateauMinWindow) return undefined;
  const first = y[0];
  const last = lastLevel(y);
  // `last` is centred on point n − 2, so the middle is centred halfway between 0 and n − 2.
  const centre = Math.round((n - 2) / 2);
  const middle = median(y.slice(centre - 1, centre + 2));
  const noise = relativeNoise(y);
  return {
    curve, window, noise,
    windowDecrease: relativeDecrease(y.slice(n - window)),
    windowStandardError: decreaseStandardError(noise, window),
    totalDecrease: first === 0 ? 0 : (first - last) / Math.abs(first),
    halvesRatio: (first - middle) / (middle - last),
  };
}

/**
 * A relative improvement over the window counts when it is at least `plateauMinRelativeDecrease`
 * and larger than `trendNoiseMultiple` standard errors of the noise (else it may be noise).
 */
export function isImproving(p: Progress, t: DiagnoseThresholds): boolean {
  return p.windowDecrease >= t.plateauMinRelativeDecrease && p.windowDecrease > t.trendNoiseMultiple * p.windowStandardError;
}

const RAISE_LR = 'Raise the learning rate 3–10× (or run a learning-rate range test), and check that the inputs are scaled and the gradients reach every layer.';

/** Not moving at all, or falling at a slow constant rate with no sign of converging. */
export function learningRateTooLowRule(p: Progress, t: DiagnoseThresholds): Finding | undefined {
  const { curve } = p;
  const n = curve.y.length;
  const range = { from: curve.x[0], to: curve.x[n - 1], unit: curve.unit };
  const evidence = { totalDecrease: p.totalDecrease, windowDecrease: p.windowDecrease, halvesRatio: p.halvesRatio, relativeNoise: p.noise };
  if (Math.abs(p.totalDecrease) < t.noProgressMaxTotalDecrease) {
    return {
      kind: 'lr-too-low', severity: 'warning', series: curve.name, range, evidence,
      message: `'${curve.name}' has barely moved: ${formatNumber(curve.y[0])} at ${at(curve, curve.x[0])}, ${formatNumber(lastLevel(curve.y))} at ${at(curve, curve.x[n - 1])} ` +
        `(${formatPercent(p.totalDecrease)} over the run; the bar is ${formatPercent(t.noProgressMaxTotalDecrease)}).`,
      suggestion: `${RAISE_LR} A loss flat from the start can also mean a broken initialisation, labels that do not match the inputs, or a run resumed from a converged checkpoint.`,
    };
  }
  // A steady decline: the fall over the run is beyond the noise and spread evenly over its halves.
  const beyondNoise = p.totalDecrease > t.trendNoiseMultiple * decreaseStandardError(p.noise, n);
  if (!beyondNoise || !(p.halvesRatio > 0 && p.halvesRatio < t.linearDeclineMaxRatio)) return undefined;
  return {
    kind: 'lr-too-low', severity: 'warning', series: curve.name, range, evidence,
    message: `'${curve.name}' falls slowly and steadily: ${formatPercent(p.totalDecrease)} over the run, about as much in the second half as in the first ` +
      `(ratio ${formatNumber(p.halvesRatio)}; a converging run falls several times more early on), ${formatPercent(p.windowDecrease)} over the last ${p.window} points.`,
    suggestion: `${RAISE_LR} Training longer at this rate would also help, but slowly.`,
  };
}

/** No relative improvement over the window after earlier progress: underfitting when validation is close and the loss high, else plateau. */
export function plateauRule(p: Progress, validation: Curve | undefined, t: DiagnoseThresholds): Finding | undefined {
  if (isImproving(p, t)) return undefined;
  const { curve } = p;
  const n = curve.y.length;
  const last = lastLevel(curve.y);
  const band = Math.max(t.plateauMinRelativeDecrease, t.trendNoiseMultiple * (Number.isFinite(p.noise) ? p.noise : 0));
  const smoothed = smoothEma(curve.y, t.smoothingWeight);
  let onset = n - 1;
  while (onset > 0 && smoothed[onset - 1] <= last * (1 + band)) onset--;
  const stalledPoints = n - onset;
  const remaining = curve.y[0] === 0 ? 1 : last / curve.y[0];
  const validationLast = validation === undefined ? Number.NaN : lastLevel(validation.y);
  const gapRatio = last > 0 ? (validationLast - last) / last : Number.NaN;
  const evidence = {
    plateauStart: curve.x[onset], stalledPoints, windowDecrease: p.windowDecrease, level: last, remainingFraction: remaining,
    ...(validation === undefined ? {} : { validationLevel: validationLast, gapRatio }),
  };
  const range = { from: curve.x[onset], to: curve.x[n - 1], unit: curve.unit };
  const stalled = `'${curve.name}' has stalled at about ${formatNumber(last)} since ${at(curve, curve.x[onset])} ` +
    `(${formatPercent(p.windowDecrease)} lower over the last ${p.window} points; an improvement counts from ${formatPercent(Math.max(t.plateauMinRelativeDecrease, t.trendNoiseMultiple * p.windowStandardError))})`;
  if (remaining > t.underfittingMinRemainingFraction && Math.abs(gapRatio) < t.underfittingMaxGapRatio) {
    return {
      kind: 'underfitting', severity: 'warning', series: curve.name, range, evidence,
      message: `${stalled}, still ${formatPercent(remaining)} of where it started, and the validation loss (${formatNumber(validationLast)}) ` +
        `is within ${formatPercent(Math.abs(gapRatio))} of it: the model is not fitting the training data.`,
      suggestion: 'Use a bigger model (more units or layers), train with less regularisation, add better features, or check that the loss fits the task.',
    };
  }
  return {
    kind: 'plateau', severity: stalledPoints >= n / 2 ? 'warning' : 'info', series: curve.name, range, evidence,
    message: `${stalled}; ${stalledPoints} of ${n} points made no progress.`,
    suggestion: 'Reduce the learning rate on the plateau (ReduceLROnPlateau, factor 0.1) or stop earlier (EarlyStopping); if the loss is still high, try a bigger model.',
  };
}

/** The monitored loss is still making new bests at the end: training longer should help. */
export function stillImprovingRule(curve: Curve, t: DiagnoseThresholds): Finding | undefined {
  const n = curve.y.length;
  const window = Math.min(Math.floor(t.plateauWindow), Math.floor(n / 2));
  if (n < t.minPointsForTrends || window < t.plateauMinWindow) return undefined;
  const decrease = relativeDecrease(curve.y.slice(n - window));
  const standardError = decreaseStandardError(relativeNoise(curve.y), window);
  // A centred median has no lag (the EMA's minimum trails a falling curve by a few points).
  const best = argMin(rollingMedian(curve.y, 3, { centred: true }));
  if (decrease < t.stillImprovingMinRelativeDecrease || decrease <= t.trendNoiseMultiple * standardError) return undefined;
  if (best < n - Math.max(1, Math.floor(t.stillImprovingBestWithin))) return undefined;
  return {
    kind: 'still-improving', severity: 'info', series: curve.name,
    range: { from: curve.x[n - window], to: curve.x[n - 1], unit: curve.unit },
    evidence: { windowDecrease: decrease, window, standardError, lastValue: curve.y[n - 1] },
    message: `'${curve.name}' was still falling when training ended: ${formatPercent(decrease)} over the last ${window} points, with its best value at the end.`,
    suggestion: `Train longer (with EarlyStopping(patience=${window}) to stop when it levels off), or resume from the last checkpoint.`,
  };
}

/** The validation loss jumps around much more than the training loss. */
export function noisyValidationRule(train: Curve | undefined, validation: Curve, t: DiagnoseThresholds): Finding | undefined {
  if (validation.y.length < t.minPointsForTrends) return undefined;
  const noise = relativeNoise(validation.y);
  const trainNoise = train === undefined ? Number.NaN : relativeNoise(train.y);
  if (!(noise > t.noisyValidationRelativeNoise)) return undefined;
  if (Number.isFinite(trainNoise) && noise < t.noisyValidationMinNoiseRatio * trainNoise) return undefined;
  const n = validation.y.length;
  return {
    kind: 'noisy-validation', severity: 'info', series: validation.name,
    range: { from: validation.x[0], to: validation.x[n - 1], unit: validation.unit },
    evidence: { relativeNoise: noise, ...(Number.isFinite(trainNoise) ? { trainRelativeNoise: trainNoise, noiseRatio: noise / trainNoise } : {}) },
    message: `'${validation.name}' jumps by about ${formatPercent(noise)} from one evaluation to the next` +
      (Number.isFinite(trainNoise) ? `, ${formatNumber(noise / trainNoise)}× as much as the training loss (${formatPercent(trainNoise)})` : '') +
      ': single values say little, and early stopping on them is a coin toss.',
    suggestion: 'Use a larger validation set, evaluate on the same fixed set each time, and read the smoothed curve; give EarlyStopping / ReduceLROnPlateau a larger patience and a minDelta above the noise.',
  };
}
