/**
 * Rules that read a run's stability: non-finite values, divergence and a learning rate too high
 * (oscillation, spikes). Each returns a Finding or undefined; thresholds come from
 * `thresholds.ts`, the statistics from `trend-tests.ts`. Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { argMin, at, formatLevel, formatNumber, formatPercent, type Curve } from './diagnose-stats.js';
import { median, rollingMedian } from './smoothing.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { mannKendall, robustNoise } from './trend-tests.js';
import { maxOf, minOf } from '../core/extent.js';

export const LOWER_LR = 'Lower the learning rate (try 3–10× smaller), add warm-up, or clip gradients (e.g. clipnorm=1.0).';

/**
 * The numbers every finding carries: the size of the effect (a fraction of the level unless
 * named otherwise), the curve's robust noise (a fraction of the level), and the test statistic
 * with its one-sided p-value where a test was made.
 */
export function statistics(effectSize: number, noiseLevel: number, testStatistic?: number, pValue?: number): Record<string, number> {
  return {
    effectSize,
    noiseLevel: Number.isFinite(noiseLevel) ? noiseLevel : 0,
    ...(testStatistic === undefined ? {} : { testStatistic }),
    ...(pValue === undefined ? {} : { pValue }),
  };
}

/**
 * NaN or ±Infinity anywhere in the series (the raw curve, before anything is dropped). Critical
 * when the series ends non-finite (the run is broken: weights or loss no longer numbers); a
 * warning when it is finite again at the end (a skipped step, a bad batch or an evaluation glitch
 * the run came back from), and the message says which.
 */
export function nonFiniteRule(curve: Curve): Finding | undefined {
  const bad = curve.y.map((value, i) => (Number.isFinite(value) ? -1 : i)).filter((i) => i >= 0);
  if (bad.length === 0) return undefined;
  const first = bad[0];
  const n = curve.y.length;
  const nans = bad.filter((i) => Number.isNaN(curve.y[i])).length;
  const lastFinite = curve.y.slice(0, first).filter(Number.isFinite).at(-1);
  const kinds = [nans > 0 ? `NaN ${nans}×` : '', bad.length > nans ? `±Infinity ${bad.length - nans}×` : ''].filter(Boolean).join(' and ');
  const endsBad = !Number.isFinite(curve.y[n - 1]);
  const throughEnd = endsBad && bad.length === n - first;
  const where = throughEnd
    ? `is not a number from ${at(curve, curve.x[first])} on (${kinds} in ${n} points)`
    : endsBad
      ? `is not a number at ${bad.length} of its ${n} points, first at ${at(curve, curve.x[first])}, and at the end (${kinds})`
      : `was not a number at ${bad.length === 1 ? at(curve, curve.x[first]) : `${bad.length} of its ${n} points, first at ${at(curve, curve.x[first])}`} (${kinds}) and is finite again at the end`;
  return {
    kind: 'non-finite', severity: endsBad ? 'critical' : 'warning', series: curve.name,
    range: { from: curve.x[first], to: curve.x[bad.at(-1) as number], unit: curve.unit },
    evidence: {
      firstNonFinite: curve.x[first], nonFiniteCount: bad.length, nanCount: nans,
      ...(lastFinite === undefined ? {} : { lastFiniteValue: lastFinite }),
      ...statistics(bad.length / n, 0),
    },
    message: `'${curve.name}' ${where}` + (lastFinite === undefined ? '.' : `; the last finite value before it was ${formatNumber(lastFinite)}.`),
    suggestion: `${LOWER_LR} Check the inputs for NaN and the loss for log(0) or division by zero (use the from-logits form of cross-entropy).`,
  };
}

/**
 * The level a divergence is read on, a centred running median (5 points, 3 on a curve under 10: single spikes do not
 * count), and where it stands above `divergenceFactor` × its lowest level so far; shared by the divergence rules.
 */
export function climbLevels(y: readonly number[], t: DiagnoseThresholds): { level: number[]; aboveBest: boolean[] } {
  const level = rollingMedian(y, y.length >= 10 ? 5 : 3, { centred: true });
  let best = Infinity;
  const aboveBest = level.map((value) => {
    best = Math.min(best, value);
    return best > 0 && value > t.divergenceFactor * best;
  });
  return { level, aboveBest };
}

/**
 * The loss's local level (centred 5-point running median, 3-point for runs under 10 points:
 * single spikes do not count) climbs above `divergenceFactor` × its best level and stays there
 * (or the loss passes `divergenceThreshold`); the rise from the best point to the end must be a
 * significant Mann–Kendall trend when there are enough points for one (`minPointsForTrends`);
 * with too few points after the best for that test, the climb's persistence is the evidence. In
 * both cases a logged `validation` loss must bear it out: weights that diverged are evaluated
 * worse too, and stay so, so the evaluations after the climb's onset must at their median exceed
 * `divergenceFactor` × the validation loss at the training loss's best (one spike the run
 * recovered from is no divergence). A noisy training loss that merely bounces back from one lucky
 * low point near the end, or climbs from a near-zero best while the evaluations hold their level
 * (the nineteenth corpus's a05-dl4tsc-jpvowels-fcn: 6x from 4.6e-4, p = 0.04), did not diverge
 * (the validation loss's own rise, if any, is read by the overfitting rule). A climb at the end too
 * short for `divergenceMinPoints` must also rise above every point of the stretch (twice
 * `minPointsForTrends`) before the best: a noisy loss back at its usual level after a lucky low is
 * no climb (rules-39). A loss past the absolute `divergenceThreshold` needs no such evidence.
 * The trend test reads the points after the best, not the best itself (rules-49): chosen as the
 * lowest point, it would add a rise to every later point by construction.
 */
export function divergenceRule(curve: Curve, t: DiagnoseThresholds, validation?: Curve): Finding | undefined {
  const { y } = curve;
  // The absolute threshold is in the logged loss's units (diagnose-scale.ts).
  const offset = curve.offset ?? 0;
  const { level, aboveBest } = climbLevels(y, t);
  const above = aboveBest.map((climbed, i) => y[i] - offset > t.divergenceThreshold || climbed);
  const need = Math.max(1, Math.floor(t.divergenceMinPoints));
  for (let start = 1; start < y.length; start++) {
    if (!above[start]) continue;
    let run = 0;
    while (start + run < y.length && above[start + run]) run++;
    const toEnd = start + run === y.length;
    if (run < need && !(toEnd && run >= Math.min(2, need))) { start += run; continue; }
    // The best checkpoint is the lowest logged point before the climb.
    const bestAt = argMin(y.slice(0, start));
    // A climb too short for the persistence bar, at the end, must leave the loss's own recent range:
    // its points above every point of the stretch before the best (rules-39: a MindSpore run's
    // last-batch losses, 95 % noise, fell to a lucky 2.8e-4 and ended at 0.0095, below the 0.0142
    // and 0.013 logged just before: 26x its best, but no higher than it had been).
    // The best is chosen as the lowest point, so every later point lies above it by construction: the
    // trend is read on the points after it (rules-49; from it, a flat loss at 50 % noise after one lucky
    // batch, 63rd d09, read as a climb at p = 0.0495).
    const rise = mannKendall(y.slice(bestAt + 1));
    const absolute = y.slice(start).some((value) => value - offset > t.divergenceThreshold);
    const recent = y.slice(Math.max(0, bestAt - 2 * t.minPointsForTrends), bestAt);
    if (!absolute && run < need && recent.length > 0 && !y.slice(start).every((value) => value > maxOf(recent))) { start += run; continue; }
    // Too few points after the best for a trend test: the persistence above `divergenceFactor` × the best is the evidence.
    const testable = y.length - bestAt >= t.minPointsForTrends;
    if (!absolute && testable && !(rise.pIncreasing < t.trendSignificance)) { start += run; continue; }
    if (!absolute && validation !== undefined && validation !== curve && !evaluatedWorse(curve, validation, bestAt, start, t)) { start += run; continue; }
    const peak = maxOf(level.slice(start));
    const bestValue = y[bestAt];
    const last = y[y.length - 1];
    const ratio = peak / bestValue;
    return {
      kind: 'divergence', severity: 'critical', series: curve.name,
      range: { from: curve.x[bestAt], to: curve.x[y.length - 1], unit: curve.unit },
      evidence: {
        bestValue, bestAt: curve.x[bestAt], onsetAt: curve.x[start], peakValue: peak, lastValue: last, peakToBestRatio: ratio,
        ...statistics(ratio - 1, robustNoise(y), rise.z, rise.pIncreasing),
      },
      message: `'${curve.name}' ${bestAt === 0 ? 'started at' : 'fell to'} ${formatLevel(curve, bestValue)} at ${at(curve, curve.x[bestAt])}, then climbed to ${formatLevel(curve, peak)} ` +
        `(${formatNumber(ratio)}× its best, Mann-Kendall z = ${formatNumber(rise.z)}) from ${at(curve, curve.x[start])} on${toEnd ? ' and did not come back' : ''}: training diverged.`,
      suggestion: `${LOWER_LR} Restart from the checkpoint at ${at(curve, curve.x[bestAt])}.`,
    };
  }
  return undefined;
}

/**
 * A loss that blew up at its first step (rules-68): its first logged point is its lowest, and every point after it lies
 * more than `blowUpAtStartFactor` times above it (100), to the end. The running median the divergence rule reads centres
 * its first level on the points after the blow-up (median of 17,125 and two points near 3e7), so no best level below
 * the climb is ever seen (the hundred-and-forty-sixth corpus's a01 and a02: plain gradient descent at lr 0.5 on raw
 * pixels, 17,125 then 3.5e7 at step 50 and 1.5-3e7 from there; both labellers: a divergence). Every later point, not
 * their level, must stay above: a loss printed as a sum that restarts each epoch drops back near its first value at
 * every restart and is no blow-up. A logged validation loss must bear it out, as for the divergence rule
 * (`evaluatedWorse`, the onset the second point).
 */
export function blowUpAtStartRule(curve: Curve, t: DiagnoseThresholds, validation?: Curve): Finding | undefined {
  const { y } = curve;
  const offset = curve.offset ?? 0;
  const first = y[0] - offset;
  if (y.length < t.minPointsForTrends || !(first > 0)) return undefined;
  const after = y.slice(1).map((value) => value - offset);
  if (!after.every((value) => value > t.blowUpAtStartFactor * first)) return undefined;
  if (validation !== undefined && validation !== curve && !evaluatedWorse(curve, validation, 0, 1, t)) return undefined;
  const peak = maxOf(y.slice(1));
  const lowestAbove = minOf(after);
  const lowest = lowestAbove + offset;
  const ratio = lowestAbove / first;
  return {
    kind: 'divergence', severity: 'critical', series: curve.name,
    range: { from: curve.x[0], to: curve.x[y.length - 1], unit: curve.unit },
    evidence: {
      bestValue: y[0], bestAt: curve.x[0], onsetAt: curve.x[1], peakValue: peak, lastValue: y[y.length - 1], lowestAfterStart: lowest, peakToBestRatio: peak / y[0],
      ...statistics(ratio - 1, robustNoise(after)),
    },
    message: `'${curve.name}' started at ${formatLevel(curve, y[0])} at ${at(curve, curve.x[0])} and was ${formatLevel(curve, y[1])} at ${at(curve, curve.x[1])}; ` +
      `it never came back within ${formatNumber(t.blowUpAtStartFactor)}× of its start (its lowest since, ${formatLevel(curve, lowest)}, is ${formatNumber(ratio)}× it): training diverged at its first steps.`,
    suggestion: `${LOWER_LR} Scale the inputs (standardise features, divide pixels by 255) before training.`,
  };
}

/**
 * Whether the evaluations logged from the climb's onset on (`start`, an index into `train`) exceed,
 * at their median, `divergenceFactor` × the validation loss at the training loss's best (the last
 * evaluation at or before it, else the first). Without an evaluation after the onset there is
 * nothing to refute.
 */
function evaluatedWorse(train: Curve, validation: Curve, bestAt: number, start: number, t: DiagnoseThresholds): boolean {
  const after = validation.y.filter((_, i) => validation.x[i] >= train.x[start]);
  if (after.length === 0) return true;
  let reference = 0;
  for (let i = 0; i < validation.x.length && validation.x[i] <= train.x[bestAt]; i++) reference = i;
  const base = validation.y[reference];
  return !(base > 0) || median(after) > t.divergenceFactor * base;
}

/**
 * Spikes: points at least `spikeRelativeJump` above the median of the `spikeWindow` points before
 * them AND more than `spikeNoiseMultiple` robust standard deviations above it (read on log(y)),
 * so the ordinary bumps of a noisy curve are not spikes.
 */
interface Spike { readonly index: number; readonly ratio: number }

function spikes(y: readonly number[], noise: number, t: DiagnoseThresholds): Spike[] {
  const found: Spike[] = [];
  const window = Math.max(2, Math.floor(t.spikeWindow));
  const floor = Number.isFinite(noise) ? t.spikeNoiseMultiple * noise : 0;
  const step = resolution(y);
  for (let i = 3; i < y.length; i++) {
    const reference = median(y.slice(Math.max(0, i - window), i));
    if (!(reference > 0)) continue;
    const ratio = y[i] / reference;
    // Two rounding steps are no spike: the Hugging Face Trainer logs losses to 4 decimals (0.0001 → 0.0002).
    if (ratio > 1 + t.spikeRelativeJump && Math.log(ratio) > floor && y[i] - reference > 2 * step) found.push({ index: i, ratio });
  }
  return found;
}

/**
 * The training spikes a validation spike answers: one among the first `spikeEchoEvaluations`
 * evaluations logged after the spike's stretch of training began (the evaluation that saw the
 * weights it left).
 */
function corroborated(found: readonly Spike[], train: Curve, validation: Curve, validationSpikes: readonly Spike[], t: DiagnoseThresholds): Spike[] {
  const spiking = new Set(validationSpikes.map((spike) => spike.index));
  const echoes = Math.max(1, Math.floor(t.spikeEchoEvaluations));
  return found.filter(({ index }) => {
    const from = train.x[Math.max(0, index - 1)];
    const next = validation.x.findIndex((x) => x > from);
    for (let k = 0; next >= 0 && k < echoes; k++) if (spiking.has(next + k)) return true;
    return false;
  });
}

/** The smallest gap between distinct values: the precision the log was written with. */
function resolution(y: readonly number[]): number {
  const sorted = [...new Set(y)].sort((a, b) => a - b);
  let smallest = Infinity;
  for (let i = 1; i < sorted.length; i++) smallest = Math.min(smallest, sorted[i] - sorted[i - 1]);
  return Number.isFinite(smallest) ? smallest : 0;
}

/** The points a single step up must hold above the level before it to be a setback, not a blip (rules-40). */
const SETBACK_POINTS = 3;

/**
 * Oscillation (a per-epoch training loss noisier than `oscillationRelativeNoise`) or spikes: the
 * optimiser overshoots. `perStep` marks a loss logged per optimiser step, whose batch-to-batch
 * noise is no sign of the learning rate: only its spikes are read. When the validation loss is
 * logged, an overshooting optimiser moves the weights, so the validation loss must bounce beyond
 * the same bar; a bouncing training loss over a smooth validation loss is sampling noise (small
 * batches, augmentation, dropout). The same holds for the spikes of a per-step loss: one
 * mini-batch's loss (or a short logging interval's mean) spikes with a hard batch, and only an
 * evaluation thrown off with it says the weights were. So over a smooth validation loss a
 * per-step spike counts only when a validation spike follows it (`corroborated`,
 * `spikeEchoEvaluations`); a per-epoch
 * mean that spikes is read on its own (a whole epoch went badly).
 */
export function learningRateTooHighRule(
  curve: Curve, perStep: boolean, validation: Curve | undefined, t: DiagnoseThresholds, overfitOnset?: number,
): Finding | undefined {
  const noise = robustNoise(curve.y);
  const separate = validation !== undefined && validation !== curve ? validation : undefined;
  const validationNoise = separate === undefined ? Number.NaN : robustNoise(separate.y);
  // An overfit validation loss's rise and jumps after its best are the overfit's, not the
  // optimiser's: it corroborates an overshoot only when it also bounces up to the overfit's onset,
  // on at least `minPointsForNoise` evaluations (fewer have no noise level to read).
  const upTo = separate === undefined || overfitOnset === undefined ? -1 : separate.x.findIndex((x) => x > overfitOnset);
  const beforeOverfit = separate === undefined || upTo < 0 ? undefined : separate.y.slice(0, upTo);
  const bouncesBeforeOverfit = beforeOverfit === undefined || (beforeOverfit.length >= t.minPointsForNoise && robustNoise(beforeOverfit) > t.oscillationRelativeNoise);
  const validationBounces = !(validationNoise <= t.oscillationRelativeNoise) && bouncesBeforeOverfit;
  const raw = spikes(curve.y, noise, t);
  const found = perStep && separate !== undefined && !validationBounces ? corroborated(raw, curve, separate, spikes(separate.y, validationNoise, t), t) : raw;
  // Oscillation is a noise level, and a noise level needs `minPointsForNoise` points: on a shorter
  // curve the residuals measure its bend (a fast exponential fall over 9 epochs reads as 6 %).
  // An overshoot goes up: a loss that never rises from one epoch to the next by the bar itself
  // (`oscillationRelativeNoise`) has no bounce of that size, and its residuals around the
  // neighbours' median are the bend of its fall (rules-27: a loss falling 0.21 to 0.0004 in 10
  // epochs, one step up by 4 %, read as bouncing by 20 %). A bounce also repeats, or sets the loss back:
  // one step up by the bar that the next point or the one after undoes, in an otherwise steady fall, is
  // a blip (rules-40: a Keras CNN's loss falling 1.06 to 0.0042 in 20 epochs with one step up by 6 %,
  // read as bouncing by 9 %; ViTs' and LoRA fits' single 37-70 % blips, which no labeller read as
  // lr-too-high); a jump the loss stays above for SETBACK_POINTS points is one (Adam at 0.05 on MNIST:
  // 0.65 to 0.86, then 0.82 and 0.76).
  const rises = curve.y.flatMap((value, i) => (i > 0 && value > curve.y[i - 1] * (1 + t.oscillationRelativeNoise) ? [i] : []));
  const setBack = (at: number) => at + SETBACK_POINTS <= curve.y.length && curve.y.slice(at, at + SETBACK_POINTS).every((value) => value > curve.y[at - 1]);
  const bouncesUp = rises.length >= 2 || (rises.length === 1 && setBack(rises[0]));
  const oscillating = !perStep && curve.y.length >= t.minPointsForNoise && noise > t.oscillationRelativeNoise && validationBounces && bouncesUp;
  // One hard batch in a per-step log is no sign of the learning rate: there, spikes must repeat.
  if (!oscillating && found.length < (perStep ? 2 : 1)) return undefined;
  const largest = found.reduce((most, spike) => Math.max(most, spike.ratio), 0);
  const from = oscillating ? 0 : found[0].index;
  const to = oscillating ? curve.y.length - 1 : (found.at(-1) as { index: number }).index;
  const parts: string[] = [];
  if (oscillating) parts.push(`'${curve.name}' bounces by about ${formatPercent(noise)} from one epoch to the next around its own trend (a well-set learning rate gives a smooth per-epoch loss; the bar is ${formatPercent(t.oscillationRelativeNoise)})`);
  if (found.length > 0) {
    parts.push(`${found.length} spike${found.length > 1 ? 's' : ''} (up to ${formatNumber(largest)}× the preceding level, more than ${formatNumber(t.spikeNoiseMultiple)} noise standard deviations; first at ${at(curve, curve.x[found[0].index])})`);
  }
  const spikeScore = largest > 0 && noise > 0 ? Math.log(largest) / noise : 0;
  return {
    kind: 'lr-too-high', severity: 'warning', series: curve.name,
    range: { from: curve.x[from], to: curve.x[to], unit: curve.unit },
    evidence: {
      relativeNoise: noise, spikeCount: found.length, largestSpikeRatio: largest,
      ...(Number.isFinite(validationNoise) ? { validationRelativeNoise: validationNoise } : {}),
      ...statistics(oscillating ? noise : largest - 1, noise, oscillating ? noise / t.oscillationRelativeNoise : spikeScore),
    },
    message: `${parts.join('; and ')}: the learning rate looks too high.`,
    suggestion: `${LOWER_LR} Or decay it (ReduceLROnPlateau, cosine schedule); a larger batch also steadies the steps.`,
  };
}
