/**
 * The end of a run stated where the end-of-run rules leave it unstated. stillImprovingRule needs a
 * new best at the end beyond the noise σ, plateauRule a stall flat with confidence, endPlateauRule
 * no new best beyond twice σ for a whole window (Keras' EarlyStopping with patience = the window,
 * min_delta = 2σ). Between them lies a middle zone: a loss whose fall stopped in the window's
 * second half, or whose end beats its earlier best by less than σ, but that is not flat with
 * confidence, or that set a new best within the window (a short run's window is the whole run:
 * its early fall is such a best). Two statements fill it, by the same principle:
 * - a plateau of no evidence of improvement, at info (endPlateauWithinNoiseRule), where the fall
 *   stopped or a training loss that stopped improving says the drift is noise;
 * - still improving within the noise, at info (endStillImprovingWithinNoiseRule), where the loss
 *   still falls significantly over the window and in its second half, beside a training loss that
 *   still improves (or none), its last new best beyond 2σ came fewer evaluations before the end
 *   than the patience, and its trend falls by 2σ per patience: EarlyStopping would train on
 *   there, which is still-improving's advice.
 * The evidence and message say honestly that the end's gain is within the noise
 * (docs/diagnose.md, rules-12 and rules-13). Where all of them stay silent, endVerdictRule states
 * EarlyStopping's own decision on the observed curve, when its readings agree (rules-17).
 * Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { argMin, at, formatLevel, formatNumber, formatPercent, formatPValue, improvementBar, lastLevel, pointsSinceImprovement, smoothedLevels } from './diagnose-stats.js';
import { statistics } from './diagnose-rules.js';
import type { Progress } from './diagnose-trends.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { trendOf } from './trend-tests.js';
import { minOf } from '../core/extent.js';

/** The end of the trailing window, as the end rules (and the note on an end they leave unstated, diagnose-notes.ts) read it. */
export interface EndEvidence {
  readonly late: number;
  /** The Theil-Sen change over the window's second half (`late` points). */
  readonly lateChange: number;
  readonly endLevel: number;
  /** The end level (median of the last 3) against the lowest running median before the window's last third, a fraction of it: positive is lower. */
  readonly endMargin: number;
  /** What a new best at the end must beat, as stillImprovingRule reads it: the noise σ, or `plateauMinRelativeDecrease` on a curve too short to read σ. */
  readonly newBestMargin: number;
  readonly noiseReadable: boolean;
}

export function endEvidence(p: Progress, t: DiagnoseThresholds): EndEvidence {
  const { curve, window, recent } = p;
  const n = curve.y.length;
  const late = Math.ceil(window / 2);
  const endLevel = lastLevel(curve.y);
  const before = minOf(smoothedLevels(curve.y.slice(0, n - Math.max(3, Math.ceil(window / 3)))));
  const noiseReadable = n >= t.minPointsForNoise && Number.isFinite(recent.noise);
  return {
    late, lateChange: trendOf(curve.y.slice(n - late)).relativeChange, endLevel,
    endMargin: Number.isFinite(before) && before !== 0 ? (before - endLevel) / Math.abs(before) : Number.NaN,
    newBestMargin: noiseReadable ? recent.noise : t.plateauMinRelativeDecrease, noiseReadable,
  };
}

/** The end level against the best before the window's last third, and how that compares with the noise, in words. */
export function endAgainstBest(p: Progress, e: EndEvidence): string {
  const { curve } = p;
  const n = curve.y.length;
  if (!Number.isFinite(e.endMargin)) return `its end level is ${formatLevel(curve, e.endLevel)}`;
  const where = `its end level (${formatLevel(curve, e.endLevel)}) is ${formatPercent(Math.abs(e.endMargin))} ${e.endMargin >= 0 ? 'below' : 'above'} its best before the window's last third`;
  const sinceLowest = n - 1 - argMin(smoothedLevels(curve.y));
  if (e.endMargin > e.newBestMargin) return `${where}, and its lowest level came ${sinceLowest} point${sinceLowest === 1 ? '' : 's'} before the end`;
  // Above the earlier best by more than the bar is not "within the noise" either: the words say which side of it the end is.
  const beyond = e.endMargin < -e.newBestMargin;
  return e.noiseReadable
    ? `${where}, ${beyond ? 'by more than' : 'within'} its noise (σ = ${formatPercent(e.newBestMargin)})`
    : `${where}, ${beyond ? 'beyond' : 'not beyond'} ${formatPercent(e.newBestMargin)} (${n} points are too few to read its noise)`;
}

/**
 * A plateau (info) of the monitored loss `p`, for a run of `minPointsForTrends` points or more
 * whose end no other rule states (see diagnose.ts, rule 6), when there is no evidence of
 * improvement at the end: the window's second half does not fall by half of
 * `plateauMinRelativeDecrease` (the fall stopped), or the end level beats the best before the
 * window's last third by no more than the noise σ (stillImprovingRule's new-best margin; on a curve
 * under `minPointsForNoise` points, `plateauMinRelativeDecrease`). Not stated:
 * - while the training loss (`train`, when the monitored loss is the validation loss) still falls
 *   significantly by `trainProgressMinDecrease` or more over its window: as in plateauRule, only
 *   the validation loss's own plateau, out of patience, is read then;
 * - on a loss whose second half still falls to a new best beyond its noise (evidence of
 *   improvement, whatever the window's test says), or whose last logged point is below every
 *   earlier one by more than the noise bar (rules-50; not on a bucketed curve, whose last point is
 *   a bucket's mean);
 * - on a loss that still falls significantly over the window (Mann-Kendall, `improving`) and in
 *   its second half, next to a training loss that still improves or none: it may be improving
 *   within its noise (endStillImprovingWithinNoiseRule states it when patience is left).
 * A validation loss that falls significantly but within its noise next to a training loss that
 * has stopped improving (no significant fall, and less than `trainProgressMinDecrease`: rules-44) is
 * this plateau: the model's fit no longer changes, its drift is noise.
 * Evidence: the window's change (effect size), its noise, Mann-Kendall z and p, the second half's
 * change (`lateChange`), `endMargin`, the evaluations since the last new best beyond the noise bar.
 */
export function endPlateauWithinNoiseRule(p: Progress, train: Progress | undefined, t: DiagnoseThresholds): Finding | undefined {
  const { curve, window, recent } = p;
  const n = curve.y.length;
  if (n < t.minPointsForTrends) return undefined;
  const trainRead = train !== undefined && train !== p ? train : undefined;
  if (trainRead !== undefined && trainRead.recent.test.pDecreasing < t.trendSignificance && -trainRead.recent.relativeChange >= t.trainProgressMinDecrease) return undefined;
  const e = endEvidence(p, t);
  const lateFalling = -e.lateChange >= t.plateauMinRelativeDecrease / 2;
  if (lateFalling && e.endMargin > e.newBestMargin) return undefined;
  // Stalled: no significant fall and less than trainProgressMinDecrease; a training loss that fell 6 % within its noise has not
  // stopped improving, it is unread (rules-44).
  const trainStalled = trainRead !== undefined && !trainRead.improving && -trainRead.recent.relativeChange < t.trainProgressMinDecrease;
  if (p.improving && lateFalling && !trainStalled) return undefined;
  const bar = improvementBar(recent, t);
  // A last logged point below every earlier one by more than the noise bar is evidence of improvement, whatever the end's
  // median says (rules-50); a bucketed curve's last point is a bucket's mean, no single evaluation.
  const earlierBest = minOf(curve.y.slice(0, n - 1));
  if (curve.bucketed !== true && earlierBest > 0 && (earlierBest - curve.y[n - 1]) / earlierBest > bar) return undefined;
  const levels = smoothedLevels(curve.y);
  const sinceImprovement = pointsSinceImprovement(levels, bar);
  const bestIndex = n - 1 - sinceImprovement;
  const tests = `Mann-Kendall z = ${formatNumber(recent.test.z)}, ${formatPValue(recent.test.pDecreasing)}`;
  const fall = p.improving
    ? `it fell ${formatPercent(-recent.relativeChange)} over the last ${window} points (${tests})`
    : `${formatPercent(recent.relativeChange)} over the last ${window} points, no significant fall worth having (${tests})`;
  const lateWords = `${formatPercent(e.lateChange)} over the last ${e.late}${lateFalling ? '' : ': the fall stopped'}`;
  const trainWords = trainStalled
    ? `; the training loss no longer falls significantly (${formatPercent(trainRead.recent.relativeChange)} over its last ${trainRead.window} points, ${formatPValue(trainRead.recent.test.pDecreasing)})`
    : '';
  return {
    kind: 'plateau', severity: 'info', series: curve.name,
    range: { from: curve.x[bestIndex], to: curve.x[n - 1], unit: curve.unit },
    evidence: {
      plateauStart: curve.x[bestIndex], stalledPoints: sinceImprovement, improvementThreshold: bar, level: e.endLevel,
      windowChange: recent.relativeChange, window, lateChange: e.lateChange, endMargin: e.endMargin,
      ...(trainRead === undefined ? {} : { trainChange: trainRead.recent.relativeChange, trainPValue: trainRead.recent.test.pDecreasing }),
      ...statistics(recent.relativeChange, recent.noise, recent.test.z, recent.test.pDecreasing),
    },
    message: `'${curve.name}' shows no evidence of improvement at the end: ${fall}, ${lateWords}; ${endAgainstBest(p, e)}${trainWords}. ` +
      `Its last new best beyond the noise bar (${formatPercent(bar)}) came ${sinceImprovement} evaluation${sinceImprovement === 1 ? '' : 's'} before the end ` +
      `(${formatLevel(curve, levels[bestIndex])} at ${at(curve, curve.x[bestIndex])}).`,
    suggestion: 'Training longer at this setting is unlikely to buy much: stop here, or lower the learning rate (ReduceLROnPlateau, factor 0.1) and read the curve again.',
  };
}

/**
 * Still improving within the noise (info): the middle zone's other side, read by the principle of
 * the plateau verdict (Keras' EarlyStopping with patience = the window, min_delta = 2σ). The
 * monitored loss `p` (a run of `minPointsForTrends` points or more whose end no other rule states)
 * falls significantly over the window (Mann-Kendall, `improving`) and still in its second half (by
 * half of `plateauMinRelativeDecrease` or more), but its end beats the best before the window's
 * last third by no more than the noise σ (else stillImprovingRule's zone), and:
 * - its last new best beyond the noise bar (twice σ, at least `plateauMinRelativeDecrease`) came
 *   fewer evaluations before the end than the patience, the window: EarlyStopping would not have
 *   stopped, it would train on, which is still-improving's advice ("train longer");
 * - the trend carries that best, not one lucky level: the window's Theil-Sen fall beats the bar
 *   (min_delta), and so does the second half's pace projected over a whole patience (the next new
 *   best beyond min_delta is due before EarlyStopping would stop); a creep slower than min_delta
 *   per patience, or an oscillation whose bar is wider than its fall, is left unstated;
 * - the training loss (`train`, when the monitored loss is the validation loss), when logged,
 *   still improves (a significant fall worth having over its window): a stopped training loss
 *   says the drift is noise (endPlateauWithinNoiseRule's plateau).
 * A loss out of patience in this zone (no new best beyond 2σ for a window, yet a significant fall)
 * stays unstated: neither verdict's evidence holds. The message says that the gain at the end is
 * within the noise. Evidence: the window's change (effect size), its noise, Mann-Kendall z and p,
 * `lateChange`, `endMargin`, `stalledPoints` (evaluations since the last new best beyond the bar),
 * `patience`.
 */
export function endStillImprovingWithinNoiseRule(p: Progress, train: Progress | undefined, t: DiagnoseThresholds): Finding | undefined {
  const { curve, window, recent } = p;
  const n = curve.y.length;
  if (n < t.minPointsForTrends || !p.improving) return undefined;
  const trainRead = train !== undefined && train !== p ? train : undefined;
  if (trainRead !== undefined && !trainRead.improving) return undefined;
  const e = endEvidence(p, t);
  if (!(-e.lateChange >= t.plateauMinRelativeDecrease / 2) || e.endMargin > e.newBestMargin) return undefined;
  const bar = improvementBar(recent, t);
  const levels = smoothedLevels(curve.y);
  const sinceImprovement = pointsSinceImprovement(levels, bar);
  // EarlyStopping(patience = the window, min_delta = the bar) has not stopped: its last new best
  // came within the patience...
  if (sinceImprovement >= window) return undefined;
  // ...and the trend, not one lucky level, carries it: the window's robust fall beats min_delta,
  // and so does the second half's pace over a whole patience (a new best beyond the bar is due
  // before EarlyStopping would stop). A creep of less than min_delta per patience, or a bounce
  // whose bar is wider than its fall, may set a new best by noise alone.
  if (!(-recent.relativeChange >= bar) || !(-e.lateChange * (window / e.late) >= bar)) return undefined;
  const bestIndex = n - 1 - sinceImprovement;
  const trainWords = trainRead === undefined
    ? ''
    : `; the training loss still falls (${formatPercent(-trainRead.recent.relativeChange)} over its last ${trainRead.window} points, ${formatPValue(trainRead.recent.test.pDecreasing)})`;
  return {
    kind: 'still-improving', severity: 'info', series: curve.name,
    range: { from: curve.x[n - window], to: curve.x[n - 1], unit: curve.unit },
    evidence: {
      windowChange: recent.relativeChange, window, lateChange: e.lateChange, endMargin: e.endMargin, lastValue: curve.y[n - 1],
      stalledPoints: sinceImprovement, improvementThreshold: bar, patience: window,
      ...(trainRead === undefined ? {} : { trainChange: trainRead.recent.relativeChange, trainPValue: trainRead.recent.test.pDecreasing }),
      ...statistics(recent.relativeChange, recent.noise, recent.test.z, recent.test.pDecreasing),
    },
    message: `'${curve.name}' may still be improving, though the gain at the end is within its noise: it fell ${formatPercent(-recent.relativeChange)} over the last ${window} points ` +
      `(Mann-Kendall z = ${formatNumber(recent.test.z)}, ${formatPValue(recent.test.pDecreasing)}) and ${formatPercent(-e.lateChange)} over the last ${e.late}; ` +
      `${endAgainstBest(p, e)}${trainWords}. Its last new best beyond the noise bar (${formatPercent(bar)}) came ${sinceImprovement} evaluation${sinceImprovement === 1 ? '' : 's'} ` +
      `before the end (${formatLevel(curve, levels[bestIndex])} at ${at(curve, curve.x[bestIndex])}), within the patience of ${window}: EarlyStopping would train on.`,
    suggestion: `Train longer with EarlyStopping(patience=${window}, restore_best_weights=True) to stop when it levels off, or resume from the last checkpoint; ` +
      'the end alone does not show a gain beyond the noise.',
  };
}

/**
 * The end of a readable run that no rule above states (rules-17), by the principle the plateau
 * verdict rests on and the synthetic labels use: Keras' EarlyStopping with patience = the window
 * and min_delta = the noise bar (twice σ, at least `plateauMinRelativeDecrease`), read on the
 * observed monitored loss `p`. The rules above each ask for evidence beyond the noise; where all
 * stayed silent (and nothing else explains the end: see diagnose.ts, rule 6), only EarlyStopping's
 * own decision is left:
 * - a plateau when the loss is out of patience: no new best (3-point running median) beyond the
 *   bar for `window` evaluations or more (EarlyStopping would stop), and no significant fall over
 *   the window (Mann-Kendall p ≥ `trendSignificance`): the guide's plateau, both halves. Out of
 *   patience with a significant fall is left unstated: the best of noisy levels sits below the
 *   curve, whose trend still falls (on the synthetic set, healthy and noisy-validation runs whose
 *   noise-free validation loss EarlyStopping would train on);
 * - else still improving when the window leans to a fall (its Mann-Kendall z is negative, its
 *   second half falls, its end is below the best before the window's last third) and its
 *   Theil-Sen trend falls by the bar or more over a patience, over the window and at its second
 *   half's pace: the last new best came within the patience, the next is due within one, and
 *   EarlyStopping would train on (the synthetic labels' reading of the noise-free curve, made on
 *   the trend that estimates it);
 * - else nothing (patience left, but no lean to a fall: no end to state; a new best the trend does
 *   not carry is one lucky level, as on a loss creeping slower than its noise, csv-bgremoval).
 * Measured (docs/diagnose.md, rules-17): these gates leave the rule one corpus run and one
 * synthetic run to state; each looser one states ends that the noise-free reading refutes.
 * Info, with the weakness said: no test of the end was passed. Evidence: the window's change,
 * noise, Mann-Kendall z and p, `lateChange`, `stalledPoints` (evaluations since the last new best
 * beyond the bar), `patience`, `endMargin` and `endMarginInNoise` (the end's margin over the
 * earlier best in σ).
 */
export function endVerdictRule(p: Progress, t: DiagnoseThresholds): Finding | undefined {
  const { curve, window, recent } = p;
  const n = curve.y.length;
  if (n < t.minPointsForTrends) return undefined;
  const e = endEvidence(p, t);
  const bar = improvementBar(recent, t);
  const levels = smoothedLevels(curve.y);
  const sinceImprovement = pointsSinceImprovement(levels, bar);
  const bestIndex = n - 1 - sinceImprovement;
  const outOfPatience = sinceImprovement >= window;
  // Leaning to a fall that EarlyStopping would keep training on: the robust trend (the noise-free
  // curve's estimate) falls by min_delta or more over one patience, over the window and at the
  // second half's pace, so the next new best beyond the bar is due before it would stop (the test
  // endStillImprovingWithinNoiseRule makes); a new best within the patience that the trend does not
  // carry is one lucky level of a curve creeping slower than its noise.
  const trendCarries = -recent.relativeChange >= bar && -e.lateChange * (window / e.late) >= bar;
  const leansToFall = recent.test.z < 0 && e.lateChange < 0 && e.endMargin > 0 && trendCarries;
  if (!outOfPatience && !leansToFall) return undefined;
  // Out of patience, yet falling significantly over the window: the best a noisy curve's levels
  // set sits below its trend, which still falls. The two readings disagree: nothing is stated.
  if (outOfPatience && recent.test.pDecreasing < t.trendSignificance) return undefined;
  const endMarginInNoise = Number.isFinite(recent.noise) && recent.noise > 0 ? e.endMargin / recent.noise : Number.NaN;
  const evidence = {
    windowChange: recent.relativeChange, window, lateChange: e.lateChange, stalledPoints: sinceImprovement, patience: window, improvementThreshold: bar,
    endMargin: e.endMargin, endMarginInNoise, level: e.endLevel,
    ...statistics(recent.relativeChange, recent.noise, recent.test.z, recent.test.pDecreasing),
  };
  const margin = Number.isFinite(endMarginInNoise) ? `; that margin is ${formatNumber(endMarginInNoise)} σ` : '';
  const trend = `${formatPercent(recent.relativeChange)} over the last ${window} points (Mann-Kendall z = ${formatNumber(recent.test.z)}, ` +
    `${formatPValue(recent.test.pDecreasing)}), ${formatPercent(e.lateChange)} over the last ${e.late}; ${endAgainstBest(p, e)}${margin}`;
  const best = `its last new best beyond the noise bar (${formatPercent(bar)}) came ${sinceImprovement} evaluation${sinceImprovement === 1 ? '' : 's'} before the end ` +
    `(${formatLevel(curve, levels[bestIndex])} at ${at(curve, curve.x[bestIndex])})`;
  if (outOfPatience) {
    return {
      kind: 'plateau', severity: 'info', series: curve.name,
      range: { from: curve.x[bestIndex], to: curve.x[n - 1], unit: curve.unit },
      evidence: { plateauStart: curve.x[bestIndex], ...evidence },
      message: `'${curve.name}' is out of patience at the end, on weak evidence either way (no test of the end is passed): ${trend}; ${best}, ` +
        `a patience of ${window} or more: EarlyStopping would stop.`,
      suggestion: `Training longer at this setting is unlikely to buy much: stop here (EarlyStopping(patience=${window}, restore_best_weights=True)), ` +
        'or lower the learning rate (ReduceLROnPlateau, factor 0.1) and read the curve again.',
    };
  }
  return {
    kind: 'still-improving', severity: 'info', series: curve.name,
    range: { from: curve.x[n - window], to: curve.x[n - 1], unit: curve.unit },
    evidence,
    message: `'${curve.name}' leans to a fall at the end, on weak evidence (no test of the end is passed): ${trend}; ${best}, ` +
      `within the patience of ${window}: EarlyStopping would train on.`,
    suggestion: `Training longer may still help: resume with EarlyStopping(patience=${window}, restore_best_weights=True) and read the curve again; the end alone does not prove a gain.`,
  };
}
