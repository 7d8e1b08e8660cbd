/**
 * Rules that read a run's stability and generalisation: non-finite values, divergence,
 * learning rate too high (oscillation, spikes) and overfitting (Prechelt's GL with a noise
 * guard). Each returns a Finding or undefined; thresholds come from `thresholds.ts`. Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { argMin, at, formatNumber, formatPercent, lastLevel, relativeNoise, valueAt, type Curve } from './diagnose-stats.js';
import { median, smoothEma } from './smoothing.js';
import type { DiagnoseThresholds } from './thresholds.js';

const LOWER_LR = 'Lower the learning rate (try 3–10× smaller), add warm-up, or clip gradients (e.g. clipnorm=1.0).';

/** NaN or ±Infinity anywhere in the series (the raw curve, before anything is dropped). */
export function nonFiniteRule(curve: Curve): Finding | undefined {
  const bad = curve.y.map((value, i) => (Number.isFinite(value) ? -1 : i)).filter((i) => i >= 0);
  if (bad.length === 0) return undefined;
  const first = bad[0];
  const nans = bad.filter((i) => Number.isNaN(curve.y[i])).length;
  const lastFinite = curve.y.slice(0, first).filter(Number.isFinite).at(-1);
  const kinds = [nans > 0 ? `NaN ${nans}×` : '', bad.length > nans ? `±Infinity ${bad.length - nans}×` : ''].filter(Boolean).join(' and ');
  return {
    kind: 'non-finite', severity: 'critical', series: curve.name,
    range: { from: curve.x[first], to: curve.x[bad.at(-1) as number], unit: curve.unit },
    evidence: {
      firstNonFinite: curve.x[first], nonFiniteCount: bad.length, nanCount: nans,
      ...(lastFinite === undefined ? {} : { lastFiniteValue: lastFinite }),
    },
    message: `'${curve.name}' is not a number from ${at(curve, curve.x[first])} on (${kinds} in ${curve.y.length} points)` +
      (lastFinite === undefined ? '.' : `; the last finite value was ${formatNumber(lastFinite)}.`),
    suggestion: `${LOWER_LR} Check the inputs for NaN and the loss for log(0) or division by zero (use the from-logits form of cross-entropy).`,
  };
}

/** The loss climbs above `divergenceFactor` × its running minimum and stays there (or past `divergenceThreshold`). */
export function divergenceRule(curve: Curve, t: DiagnoseThresholds): Finding | undefined {
  const { y } = curve;
  const smoothed = smoothEma(y, t.smoothingWeight);
  let runningMin = Infinity;
  const above = smoothed.map((value, i) => {
    runningMin = Math.min(runningMin, value);
    return y[i] > t.divergenceThreshold || (runningMin > 0 && value > t.divergenceFactor * runningMin);
  });
  const need = Math.max(1, Math.floor(t.divergenceMinPoints));
  for (let start = 1; start < y.length; start++) {
    if (!above[start]) continue;
    let run = 0;
    while (start + run < y.length && above[start + run]) run++;
    const toEnd = start + run === y.length;
    if (run < need && !(toEnd && run >= Math.min(2, need))) { start += run; continue; }
    const best = argMin(y.slice(0, start));
    const peak = Math.max(...y.slice(start));
    const last = y[y.length - 1];
    return {
      kind: 'divergence', severity: 'critical', series: curve.name,
      range: { from: curve.x[best], to: curve.x[y.length - 1], unit: curve.unit },
      evidence: { bestValue: y[best], bestAt: curve.x[best], onsetAt: curve.x[start], peakValue: peak, lastValue: last, peakToBestRatio: peak / y[best] },
      message: `'${curve.name}' ${best === 0 ? 'started at' : 'fell to'} ${formatNumber(y[best])} at ${at(curve, curve.x[best])}, then climbed to ${formatNumber(peak)} ` +
        `(${formatNumber(peak / y[best])}× its best) from ${at(curve, curve.x[start])} on${toEnd ? ' and did not come back' : ''}: training diverged.`,
      suggestion: `${LOWER_LR} Restart from the checkpoint at ${at(curve, curve.x[best])}.`,
    };
  }
  return undefined;
}

/** Points more than `spikeRelativeJump` above the median of the `spikeWindow` points before them. */
function spikes(y: readonly number[], t: DiagnoseThresholds): number[] {
  const found: number[] = [];
  const window = Math.max(2, Math.floor(t.spikeWindow));
  for (let i = 3; i < y.length; i++) {
    const reference = median(y.slice(Math.max(0, i - window), i));
    if (reference > 0 && y[i] > (1 + t.spikeRelativeJump) * reference) found.push(i);
  }
  return found;
}

/** Oscillation (noisy per-epoch training loss) or spikes: the optimiser overshoots. */
export function learningRateTooHighRule(curve: Curve, t: DiagnoseThresholds): Finding | undefined {
  const noise = relativeNoise(curve.y);
  const found = spikes(curve.y, t);
  const oscillating = noise > t.oscillationRelativeNoise;
  if (!oscillating && found.length === 0) return undefined;
  const largest = found.length === 0 ? 0
    : Math.max(...found.map((i) => curve.y[i] / median(curve.y.slice(Math.max(0, i - t.spikeWindow), i))));
  const from = oscillating ? 0 : found[0];
  const to = oscillating ? curve.y.length - 1 : (found.at(-1) as number);
  const parts: string[] = [];
  if (oscillating) parts.push(`'${curve.name}' bounces by about ${formatPercent(noise)} from one point to the next (a well-set learning rate gives a smooth per-epoch loss; the bar is ${formatPercent(t.oscillationRelativeNoise)})`);
  if (found.length > 0) parts.push(`${found.length} spike${found.length > 1 ? 's' : ''} (up to ${formatNumber(largest)}× the preceding level, first at ${at(curve, curve.x[found[0]])})`);
  return {
    kind: 'lr-too-high', severity: 'warning', series: curve.name,
    range: { from: curve.x[from], to: curve.x[to], unit: curve.unit },
    evidence: { relativeNoise: noise, spikeCount: found.length, largestSpikeRatio: largest },
    message: `${parts.join('; and ')}: the learning rate looks too high.`,
    suggestion: `${LOWER_LR} Or decay it (ReduceLROnPlateau, cosine schedule); a larger batch also steadies the steps.`,
  };
}

/**
 * Overfitting (Prechelt): the smoothed validation loss rose GL percent above its minimum while
 * the training loss kept falling (or stayed flat). GL must beat both alpha and the validation
 * noise (`trendNoiseMultiple` × the smoothed curve's noise), after at least
 * `overfittingMinPointsAfterOnset` points.
 */
export function overfittingRule(train: Curve, validation: Curve, t: DiagnoseThresholds): Finding | undefined {
  const n = validation.y.length;
  const smoothed = smoothEma(validation.y, t.smoothingWeight);
  const onset = argMin(smoothed);
  if (n - 1 - onset < t.overfittingMinPointsAfterOnset) return undefined;
  const best = smoothed[onset];
  if (!(best > 0)) return undefined;
  const end = Math.min(smoothed[n - 1], lastLevel(validation.y));
  const generalisationLoss = 100 * (end / best - 1);
  // An EMA with weight w keeps sqrt((1 − w) / (1 + w)) of white noise.
  const w = t.smoothingWeight;
  const smoothedNoise = 100 * relativeNoise(validation.y) * Math.sqrt((1 - w) / (1 + w));
  const bar = Math.max(t.generalisationLossAlpha, t.overfittingNoiseMultiple * (Number.isFinite(smoothedNoise) ? smoothedNoise : 0));
  if (!(generalisationLoss > bar)) return undefined;

  const onsetX = validation.x[onset];
  const trainSmoothed = { ...train, y: smoothEma(train.y, t.smoothingWeight) };
  const trainAtOnset = valueAt(trainSmoothed, onsetX);
  const trainAtEnd = trainSmoothed.y[trainSmoothed.y.length - 1];
  const trainChange = trainAtEnd / trainAtOnset - 1;
  // A training loss that rises with the validation loss is divergence or a bad step size, not overfitting.
  if (trainChange > t.plateauMinRelativeDecrease) return undefined;
  const gapAtOnset = best - trainAtOnset;
  const gapAtEnd = end - trainAtEnd;
  const ratio = trainAtEnd > 0 ? gapAtEnd / trainAtEnd : Number.NaN;
  return {
    kind: 'overfitting',
    severity: generalisationLoss > t.severeGeneralisationLoss ? 'critical' : 'warning',
    series: validation.name,
    range: { from: onsetX, to: validation.x[n - 1], unit: validation.unit },
    evidence: {
      onset: onsetX, bestValidationLoss: best, lastValidationLoss: end, generalisationLoss,
      trainChange, gapAtOnset, gapAtEnd, gapGrowth: gapAtEnd - gapAtOnset, overfitRatio: ratio,
    },
    message: `Validation loss bottomed out at ${formatNumber(best)} at ${at(validation, onsetX)} and has risen ${formatNumber(generalisationLoss)}% since ` +
      `(to ${formatNumber(end)} at ${at(validation, validation.x[n - 1])}) while the training loss ${trainChange < -t.plateauMinRelativeDecrease ? `kept falling (${formatPercent(trainChange)})` : 'stayed flat'}; ` +
      `the gap between them grew from ${formatNumber(gapAtOnset)} to ${formatNumber(gapAtEnd)}.`,
    suggestion: `Keep the model from ${at(validation, onsetX)} (EarlyStopping on val_loss with restoreBestWeights), and regularise: weight decay, dropout, more data or augmentation, or a smaller model.`,
  };
}
