/**
 * Rules that read a run's progress: learning rate too low (not moving, or a slow constant
 * decline) and still improving at the end (a significant fall over the window with the best
 * level at its end); the trend of the trailing window they and the plateau rules
 * (diagnose-plateau.ts) read. "Significant" is a one-sided Mann–Kendall test at `trendSignificance`;
 * sizes are Theil–Sen trends relative to the level. Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { argMin, at, formatLevel, formatNumber, formatPercent, formatPValue, improvementBar, lastLevel, pointsSinceImprovement, smoothedLevels, trailingWindow, type Curve } from './diagnose-stats.js';
import { statistics } from './diagnose-rules.js';
import { median } from './smoothing.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { mannKendall, onLogScale, robustNoise, theilSenSlope, trendOf, type Trend } from './trend-tests.js';
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
 * Where a warm-up ends. A learning-rate warm-up (YOLO's first epochs, a linear warm-up) makes the
 * loss climb from the start of the run before it falls; the decline is read from the peak of
 * that climb. The climb starts at the lowest point of the run's first strip (Prechelt's k = 5
 * points, `plateauMinWindow`: a warm-up is the schedule's first phase) and peaks at the highest
 * level (3-point running median) after it within the first half of the run; it counts when the
 * points from the start to the peak rise significantly (Mann–Kendall, p < `trendSignificance`).
 * 0 when there is none: on a falling curve the highest level after the strip's lowest point is
 * its neighbour, and two or three points are no significant rise.
 */
export function warmUpEnd(y: readonly number[], t: DiagnoseThresholds): number {
  const half = Math.floor(y.length / 2);
  const start = argMin(y.slice(0, Math.min(half, Math.floor(t.plateauMinWindow))));
  const levels = smoothedLevels(y);
  let peak = start;
  for (let i = start + 1; i < half; i++) if (levels[i] > levels[peak]) peak = i;
  if (peak === start || !(levels[peak] > y[start])) return 0;
  return mannKendall(y.slice(start, peak + 1)).pIncreasing < t.trendSignificance ? peak : 0;
}

/** A curve's start: the higher of its first value and the first three's median. */
function openingLevel(y: readonly number[]): number {
  return Math.max(y[0], median(y.slice(0, 3)));
}

/** The change from the start level to the last level, as a fraction (0 on a start at 0). */
export function levelChange(y: readonly number[]): number {
  const first = openingLevel(y);
  return first === 0 ? 0 : lastLevel(y) / first - 1;
}

/**
 * Not moving at all (any loss), or falling at a slow, confidently constant rate (`readsSlowDecline`:
 * only on a training loss, as a steady validation loss says nothing about the step size, and
 * only where a logged validation loss agrees that the model is still under-fit, see diagnose.ts).
 * The second form (evidence `halvesRatio`) is no finding of its own since rules-41: diagnose.ts
 * says it in the run's still-improving finding (`withSlowDecline`).
 */
export function learningRateTooLowRule(p: Progress, readsSlowDecline: boolean, t: DiagnoseThresholds): Finding | undefined {
  const { curve, overall } = p;
  const n = curve.y.length;
  const range = { from: curve.x[0], to: curve.x[n - 1], unit: curve.unit };
  // Levels, not single points: a per-step log's first value is as noisy as any other. But a loss
  // that fell from its first value by more than the bar did move, however fast it then stalled
  // (rules-28: a VAE's loss 1.142 -> 1.06 in two epochs, then flat for 98, is a plateau): the start
  // is the higher of the first value and the first three's median.
  const first = openingLevel(curve.y);
  const endChange = levelChange(curve.y);
  if (Math.abs(overall.relativeChange) < t.noProgressMaxTotalDecrease && Math.abs(endChange) < t.noProgressMaxTotalDecrease) {
    return {
      kind: 'lr-too-low', severity: 'warning', series: curve.name, range,
      evidence: { totalChange: overall.relativeChange, firstToLastChange: endChange, ...statistics(overall.relativeChange, overall.noise, overall.test.z, overall.test.pDecreasing) },
      message: `'${curve.name}' has barely moved: ${formatLevel(curve, first)} at ${at(curve, curve.x[0])}, ${formatLevel(curve, lastLevel(curve.y))} at ${at(curve, curve.x[n - 1])} ` +
        `(${formatPercent(overall.relativeChange)} along its trend over the run; the bar is +/-${formatPercent(t.noProgressMaxTotalDecrease)}).`,
      suggestion: `${RAISE_LR} A loss flat from the start can also mean a broken initialisation, labels that do not match the inputs, or a run resumed from a converged checkpoint.`,
    };
  }
  // A slow decline is a small fall against the loss's floor; a loss read shifted (not positive,
  // diagnose-scale.ts) has no known floor, and its shifted fall is at most about half: unread.
  if (!readsSlowDecline || curve.offset !== undefined) return undefined;
  // A steady decline: significant, not a large fall overall, and the second half confidently as
  // fast as the first, and not shown to be much faster; read after a warm-up, whose rise is the
  // schedule's, not the step size's.
  const from = warmUpEnd(curve.y, t);
  const decline = curve.y.slice(from);
  const steady = from === 0 ? overall : trendOf(decline);
  const totalFall = -steady.relativeChange;
  // The whole fall is read on the levels too (rules-31): a Theil-Sen line is robust to the few
  // fast first epochs of a fast-then-slow curve and reads only its slow tail (MobileNetV3's loss
  // 6.80 -> 2.16 over 300 epochs, 4 of them to 3.3, read as a 32 % fall along the trend), but a
  // loss that lost most of itself was not slow, whatever its tail did.
  const startLevel = Math.max(decline[0], median(decline.slice(0, 3)));
  const levelFall = startLevel > 0 ? 1 - lastLevel(decline) / startLevel : 0;
  if (levelFall > t.slowDeclineMaxTotalDecrease) return undefined;
  if (!(steady.test.pDecreasing < t.trendSignificance) || !(totalFall > 0) || totalFall > t.slowDeclineMaxTotalDecrease || decline.length < 2 * t.plateauMinWindow) return undefined;
  const half = Math.floor(decline.length / 2);
  const early = fallRate(decline.slice(0, half));
  const late = fallRate(decline.slice(half));
  if (!(late.rate > 0)) return undefined;
  const r = t.linearDeclineMaxRatio;
  // early < r · late with 2 standard errors to spare: the run is not decelerating.
  const margin = r * late.rate - early.rate;
  const spread = 2 * Math.sqrt(early.standardError ** 2 + (r * late.standardError) ** 2);
  if (!(margin > spread)) return undefined;
  // ...nor speeding up: a fall whose second half is shown to be more than r times as fast as its
  // first (late > r · early with 2 standard errors to spare, the same band mirrored) is a run
  // that found its way late (a loss leaving its initial plateau, a schedule's annealing), not a
  // step size too small; a constant rate is the signature, a rising one is not.
  const speedUp = late.rate - r * early.rate;
  const speedSpread = 2 * Math.sqrt((r * early.standardError) ** 2 + late.standardError ** 2);
  if (speedUp > speedSpread) return undefined;
  const ratio = early.rate / late.rate;
  return {
    kind: 'lr-too-low', severity: 'warning', series: curve.name, range: { ...range, from: curve.x[from] },
    evidence: {
      totalChange: steady.relativeChange, halvesRatio: ratio, ...(from === 0 ? {} : { warmUpEnd: curve.x[from] }),
      ...statistics(steady.relativeChange, steady.noise, steady.test.z, steady.test.pDecreasing),
    },
    message: `'${curve.name}' falls slowly and steadily: ${formatPercent(totalFall)} over the ${from === 0 ? 'run' : `run after its warm-up (from ${at(curve, curve.x[from])})`}, about as fast in the second half as in the first ` +
      `(ratio ${formatNumber(ratio)}, confidently under ${formatNumber(r)}; a converging run falls several times faster early on).`,
    suggestion: `${RAISE_LR} Training longer at this rate would also help, but slowly.`,
  };
}

/**
 * A still-improving finding with the slow steady decline of its run said beside it (rules-41): the
 * decline (`learningRateTooLowRule`'s second form) is a hint, not a verdict of its own. On 1,795
 * real runs no labeller expected lr-too-low for such a run (13 allowed it, 11 did not: fine-tuning
 * runs and resumed trainings whose fast start was never logged fall at a constant rate too), while
 * the runs were still coming down. Any other finding is returned as it is.
 */
export function withSlowDecline(finding: Finding | undefined, decline: Finding | undefined): Finding | undefined {
  if (finding === undefined || decline === undefined || finding.kind !== 'still-improving') return finding;
  return {
    ...finding,
    evidence: {
      ...finding.evidence, slowDeclineChange: decline.evidence['totalChange'], slowDeclineHalvesRatio: decline.evidence['halvesRatio'],
      ...(decline.evidence['warmUpEnd'] === undefined ? {} : { slowDeclineWarmUpEnd: decline.evidence['warmUpEnd'] }),
    },
    message: `${finding.message} ${decline.message.replace(/\.$/, '')}: a larger learning rate may get there sooner.`,
    suggestion: [finding.suggestion, RAISE_LR].filter((text) => text !== undefined && text !== '').join(' '),
  };
}

/**
 * A validation loss that says more or larger steps would not help, refuting 'lr-too-low' (which
 * says they would): it rises since its best, significantly (Mann–Kendall over the points from the
 * best 3-point level to the end, at least `minPointsForTrends` of them) and by more than the
 * improvement bar (end level against the best), or it improved (its best 3-point level is below
 * the median of its first 3 points by more than `noProgressMaxTotalDecrease`) and then set no new
 * best beyond the improvement bar (twice its noise, at least `plateauMinRelativeDecrease`) for
 * half the run or more. A validation loss that never improved refutes nothing: a loss that never
 * moved is what 'lr-too-low' reads.
 */
export function refutesMoreSteps(p: Progress, t: DiagnoseThresholds): boolean {
  const { y } = p.curve;
  const n = y.length;
  const levels = smoothedLevels(y);
  const best = argMin(levels);
  const bar = improvementBar(p.recent, t);
  const rise = levels[best] > 0 ? lastLevel(y) / levels[best] - 1 : 0;
  if (n - best >= t.minPointsForTrends && rise > bar && mannKendall(y.slice(best)).pIncreasing < t.trendSignificance) return true;
  // Improved (its best is below its first level by more than `noProgressMaxTotalDecrease`: it
  // moved), then no new best for half the run or more.
  const first = median(y.slice(0, 3));
  const moved = first > 0 && 1 - levels[best] / first > t.noProgressMaxTotalDecrease;
  return moved && pointsSinceImprovement(levels, bar) >= n / 2;
}

/**
 * The monitored loss is still making new bests at the end: it falls significantly over the
 * window, and at the end of the window it still falls at a rate worth having (the second half
 * of the window alone falls by at least half of `plateauMinRelativeDecrease`), so a curve that
 * has all but converged inside the window (a learning-rate drop's last drift) is a plateau.
 * `noiseMultiple`: how many times its noise the end must lie below its earlier best; 2 beside a
 * bouncing training loss (rules-34, diagnose.ts), as for the plateau read there.
 */
export function stillImprovingRule(p: Progress, t: DiagnoseThresholds, noiseMultiple = 1): Finding | undefined {
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
  const margin = n < t.minPointsForNoise ? t.plateauMinRelativeDecrease : Number.isFinite(recent.noise) ? noiseMultiple * recent.noise : 0;
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
    message: `'${curve.name}' set a new best at every one of its ${n} points (${formatLevel(curve, y[0])} to ${formatLevel(curve, y[n - 1])}, ${formatPercent(change)}; ` +
      `falling order at every point, ${formatPValue(pValue)} with no trend): it was still falling when training ended.`,
    suggestion: `Train longer (with EarlyStopping to stop when it levels off), or resume from the last checkpoint.`,
  };
}
