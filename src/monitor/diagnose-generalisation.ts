/**
 * Rules that compare the training and validation losses: overfitting (the validation loss turns
 * up: Prechelt's GL on robust levels, confirmed by a Mann–Kendall test), the widening gap (the
 * training loss keeps improving while the validation loss does not), and noisy validation.
 * The training loss is read at each evaluation as the mean of its points since the previous one
 * (`alignedTo`), so different logging cadences compare like with like. Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { alignedTo, argMin, at, formatLevel, formatNumber, formatPercent, formatPValue, lastLevel, smoothedLevels, type Curve } from './diagnose-stats.js';
import { LOWER_LR, statistics } from './diagnose-rules.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { mannKendall, mannWhitneyAbove, robustNoise, theilSenLineEnd, trendOf, turningPoints, type Trend } from './trend-tests.js';

const REGULARISE = 'regularise: weight decay, dropout, more data or augmentation, or a smaller model.';

/**
 * The rise after the minimum as a test: Mann–Kendall over the points after it (the minimum
 * itself excluded: it is below them by selection). Three points after the minimum can never
 * reach 5 % that way (their best one-sided p is 1/6), so a run that rises at every point from
 * its lowest raw value to the end is also tested exactly: with no trend (exchangeable points)
 * the last m + 1 points come in increasing order with probability 1 / (m + 1)!, an upper bound
 * on the chance that they also start at the run's minimum (3 rises: 1/24). This is Prechelt's
 * UP_s criterion (s successive rises) given a significance level.
 */
interface Rise { z: number; pValue: number; exact: boolean; peak?: number; shift?: boolean }

function riseAfter(y: readonly number[], onset: number): Rise {
  const trend = mannKendall(y.slice(onset + 1));
  const lowest = argMin(y);
  let rising = lowest < y.length - 1;
  for (let i = lowest + 1; i < y.length && rising; i++) rising = y[i] > y[i - 1];
  let exact = 1;
  for (let k = 2; rising && k <= y.length - lowest; k++) exact /= k;
  return rising && exact < trend.pIncreasing ? { z: trend.z, pValue: exact, exact: true } : { z: trend.z, pValue: trend.pIncreasing, exact: false };
}

/**
 * An overfit that came partly back (the validation loss climbed, then drifted down again, but not
 * to its best): Mann–Kendall over the points after the minimum up to the highest level
 * (3-point running median) after it. The peak is chosen after looking, so this rise alone proves
 * little on a noisy flat curve: `overfittingRule` reads it only where the noise can be read, and
 * with the end still above the best by Prechelt's GL_alpha and by 3 noise standard deviations.
 */
function riseToPeak(y: readonly number[], levels: readonly number[], onset: number): Rise {
  let peak = onset;
  for (let i = onset + 1; i < levels.length; i++) if (levels[i] > levels[peak]) peak = i;
  const trend = mannKendall(y.slice(onset + 1, peak + 1));
  return { z: trend.z, pValue: trend.pIncreasing, exact: false, peak };
}

/**
 * A jump after the best that stayed (the validation loss stepped up from its minimum to a level it
 * kept, its spikes inflating the noise past the 3 σ bar): Mann–Whitney of the points after the
 * minimum against the points up to it, one-sided, p < `LEVEL_SHIFT_SIGNIFICANCE`. The falling arm
 * of an ordinary overfit lies above the points after it, so only a curve whose later points mostly
 * rank above its earlier ones passes; a noisy flat curve's later points interleave with them.
 */
const LEVEL_SHIFT_SIGNIFICANCE = 0.01;
const LEVEL_SHIFT_MIN_BEFORE = 4;

/**
 * An unbroken rise (rules-56): higher at every point from the lowest value to the end, 4 rises or more (p <= 1/120 with no
 * trend). On a short smooth curve the robust noise is the curve's own bend (a 10-epoch course notebook's validation loss,
 * 0.178 then 0.188, 0.201, 0.201, 0.203, 0.220: "noise" 4.2 %, so its 11.9 % rise sat within 3 σ); noise that large could
 * not line five points up in order, so such a rise needs no 3 σ bar.
 */
const UNBROKEN_RISE_MAX_P = 1 / 120;

function shiftAfter(y: readonly number[], onset: number): Rise | undefined {
  if (onset + 1 < LEVEL_SHIFT_MIN_BEFORE) return undefined;
  const test = mannWhitneyAbove(y.slice(onset + 1), y.slice(0, onset + 1));
  return test.pValue < LEVEL_SHIFT_SIGNIFICANCE ? { z: test.z, pValue: test.pValue, exact: false, shift: true } : undefined;
}

/**
 * Overfitting (Prechelt): after its minimum (of the 3-point running median) the validation loss
 * rises by GL > `generalisationLossAlpha` percent and by more than 3 noise standard deviations (but
 * with `besideWideningGap`, see below) —
 * end level = median of the last 3 points — and the rise is significant (`riseAfter`), while
 * training went on. A training loss that rises significantly too does not refute it (rules-45):
 * the guide's overfit asks only that the validation loss rose after its best, and both labellers
 * of the 56th corpus's c07 (a pruned FastSpeech2 fine-tuned on, its validation loss 22 % above its
 * first and best evaluation, its training loss 2.9x its best) named it; a climb that diverged
 * (borne out by the evaluations) ended the diagnosis before this rule. The message then says that
 * the fit itself got worse, and the suggestion names the step size. GL needs only the validation
 * loss: a log without a training loss is read too.
 * A validation loss too short for the trend rules (4 evaluations: fewer than `minPointsForTrends`)
 * is read by the exact test alone, as still-improving reads a short run: higher at every point
 * from its lowest raw value to the end (3 rises: p = 1/24), with GL read on the raw points (in
 * increasing order, there is no spike for running medians to remove; on 4 points they would
 * average the ends away).
 * `besideWideningGap` (rules-48): read again where the widening gap was found (a training loss
 * falling significantly, not bouncing, and a gap that grew), the 3 σ bar is waived for a steady rise
 * that is significant by itself (Mann-Kendall over every point after the best, not the rise to a
 * peak) with GL > `generalisationLossAlpha`: the labelling guide's overfit ("a real upward trend after
 * the best, end level > ~5 % above the best"). Next to a training loss still falling, a validation
 * loss that rose significantly since its best has stopped keeping pace, which the gap alone
 * understates; on a noisy curve alone (no gap) the bar stays. Such a finding is at most a warning.
 * A jump it kept (rules-55, `shiftAfter`): where no steady rise is significant, the points after the
 * best ranking above the points up to it (Mann-Whitney, p < 0.01, 4 points or more up to the best) stand
 * in for both the trend and the 3 σ bar, which spikes after a jump put out of reach; GL > alpha still holds.
 * An unbroken rise (rules-56, `UNBROKEN_RISE_MAX_P`): 4 rises or more from the lowest value to the end need no 3 σ bar either.
 * The end of a steady rise beside a widening gap (rules-70): the higher of the last 3 points' median and the end of the
 * Theil–Sen line through the points from the best (trend-tests.ts' `theilSenLineEnd`). On a rise of a point or two a median lags a point
 * behind: a text classifier's validation loss 0.307, 0.3115, 0.3206, 0.332 after its best has a median end 4.3 % above
 * it and a trend end 6.4 % above it, where both labellers read the end 7.6-8.1 % up (the hundred-and-seventy-second
 * corpus's e02). Measured on corpora 1-172: 5 overfits found that were read as widening gaps only, one end state lost
 * (an instruction fine-tune's "still improving or a plateau" now an allowed overfit), no false alarm added; on the
 * validation loss alone (no gap) the same end found 3 more and added 3 false alarms, one critical, and is not used.
 */
export function overfittingRule(train: Curve | undefined, validation: Curve, t: DiagnoseThresholds, besideWideningGap = false): Finding | undefined {
  const n = validation.y.length;
  const short = n < t.minPointsForTrends;
  const levels = short ? validation.y : smoothedLevels(validation.y);
  const onset = argMin(levels);
  if (n - 1 - onset < t.overfittingMinPointsAfterOnset) return undefined;
  const best = levels[onset];
  if (!(best > 0)) return undefined;
  const steady = riseAfter(validation.y, onset);
  // Beside a widening gap a steady rise is measured where its own trend line ends (rules-70).
  const trendEnd = besideWideningGap && !short && steady.pValue < t.trendSignificance ? theilSenLineEnd(validation.y.slice(onset)) : Number.NEGATIVE_INFINITY;
  const end = short ? validation.y[n - 1] : Math.max(lastLevel(validation.y), trendEnd);
  const generalisationLoss = 100 * (end / best - 1);
  const noise = robustNoise(validation.y);
  if (!(generalisationLoss > t.generalisationLossAlpha)) return undefined;
  // The minimum of a noisy curve sits a standard deviation or two below its level: the rise must
  // beat 3 σ, where σ can be read (`minPointsForNoise`); on a shorter run the residuals are the
  // curve's bend, and the exact test with GL > alpha is the evidence (Prechelt's GL and UP_s).
  const noiseKnown = n >= t.minPointsForNoise && Number.isFinite(noise);
  const withinNoise = noiseKnown && !(generalisationLoss / 100 > 3 * noise);
  const shift = short || steady.pValue < t.trendSignificance ? undefined : shiftAfter(validation.y, onset);
  const unbroken = steady.exact && steady.pValue <= UNBROKEN_RISE_MAX_P;
  if (withinNoise && !(besideWideningGap && !short && steady.pValue < t.trendSignificance) && shift === undefined && !unbroken) return undefined;
  // Not rising to the end: a jump that stayed, or a rise to a peak that came partly back, where σ is known.
  const rise = steady.pValue < t.trendSignificance || !noiseKnown ? steady : shift ?? riseToPeak(validation.y, levels, onset);
  if (!(rise.pValue < t.trendSignificance) || (short && !rise.exact)) return undefined;

  const onsetX = validation.x[onset];
  const found = {
    kind: 'overfitting' as const,
    severity: generalisationLoss > t.severeGeneralisationLoss && !withinNoise ? 'critical' as const : 'warning' as const,
    series: validation.name,
    range: { from: onsetX, to: validation.x[n - 1], unit: validation.unit },
    suggestion: `Keep the model from ${at(validation, onsetX)} (EarlyStopping on val_loss with restoreBestWeights), and ${REGULARISE}`,
  };
  const test = rise.exact
    ? `higher at every point from its lowest value to the end, ${formatPValue(rise.pValue)} with no trend`
    : rise.shift === true
      ? `a jump it kept: the points after the best rank above those up to it, Mann-Whitney z = ${formatNumber(rise.z)}, ${formatPValue(rise.pValue)}`
      : rise.peak === undefined
      ? `a steady rise, Mann-Kendall z = ${formatNumber(rise.z)}, ${formatPValue(rise.pValue)}`
      : `a rise to ${formatLevel(validation, levels[rise.peak])} at ${at(validation, validation.x[rise.peak])}, Mann-Kendall z = ${formatNumber(rise.z)}, ${formatPValue(rise.pValue)}, then partly back`;
  const risen = `Validation loss bottomed out at ${formatLevel(validation, best)} at ${at(validation, onsetX)} and has risen ${formatNumber(generalisationLoss)}% since ` +
    `(to ${formatLevel(validation, end)} at ${at(validation, validation.x[n - 1])}; ${test}; point-to-point noise ${formatPercent(noise)}` +
    `${!withinNoise ? '' : rise.shift === true ? ': a rise within 3 σ of that noise, but to a level it kept' : unbroken ? ': a rise within 3 σ of that noise, but unbroken' : ': a rise within 3 σ of that noise, but a steady one, beside a widening gap'})`;
  const evidence = {
    onset: onsetX, bestValidationLoss: best, lastValidationLoss: end, generalisationLoss,
    ...(rise.peak === undefined ? {} : { peakAt: validation.x[rise.peak], peakValidationLoss: levels[rise.peak] }),
  };
  if (train === undefined) {
    return {
      ...found, evidence: { ...evidence, ...statistics(generalisationLoss / 100, noise, rise.z, rise.pValue) },
      message: `${risen}; no training loss was logged, so whether it kept falling is not known.`,
    };
  }
  const trainAligned = alignedTo(train, validation);
  const trainAfter = trendOf(trainAligned.slice(onset));
  const trainRose = trainAfter.test.pIncreasing < t.trendSignificance && trainAfter.relativeChange > t.plateauMinRelativeDecrease;
  const trainAtOnset = trainAligned[onset];
  const trainAtEnd = lastLevel(trainAligned);
  const trainChange = trainAtEnd / trainAtOnset - 1;
  const gapAtOnset = best - trainAtOnset;
  const gapAtEnd = end - trainAtEnd;
  return {
    ...found,
    evidence: {
      ...evidence, trainChange, gapAtOnset, gapAtEnd, gapGrowth: gapAtEnd - gapAtOnset, overfitRatio: trainAtEnd > 0 ? gapAtEnd / trainAtEnd : Number.NaN,
      ...statistics(generalisationLoss / 100, noise, rise.z, rise.pValue),
    },
    message: trainRose
      ? `${risen} while the training loss rose too (+${formatPercent(trainChange)}, Mann-Kendall ${formatPValue(trainAfter.test.pIncreasing)}): ` +
        'the fit itself got worse, not only its generalisation.'
      : `${risen} while the training loss ${trainChange < -t.plateauMinRelativeDecrease ? `kept falling (${formatPercent(trainChange)})` : 'stayed flat'}; ` +
        `the gap between them grew from ${formatNumber(gapAtOnset)} to ${formatNumber(gapAtEnd)}.`,
    ...(trainRose ? { suggestion: `Keep the model from ${at(validation, onsetX)} (EarlyStopping on val_loss with restoreBestWeights). The training loss rising too points at the step size: ${LOWER_LR}` } : {}),
  };
}

/**
 * The widening gap: over the last two thirds of the run (after the first fast fall), or else, on a
 * run of `gapWholeRunMaxPoints` evaluations or fewer, over the whole run after its first point, the training loss falls significantly, by more than `gapMinGrowth`, while the validation loss does not keep
 * pace (it falls by less than a third as much, relative to its level, or not at all), and the gap
 * (validation − training, aligned) grows significantly by at least `gapMinGrowth` of the
 * validation level above zero (rules-63: from where it starts, or from zero when it starts
 * negative), and ends with the validation loss above the training loss (SageMaker's
 * overfit ratio, (validation − training) / training, is the validation loss in excess: a training
 * loss above the validation loss, under dropout or augmentation, closing in on it is no sign that
 * the model fits its training data better than held-out data). Overfitting that has not (yet)
 * turned the validation loss up; a lower severity than overfitting.
 */
export function wideningGapRule(train: Curve, validation: Curve, t: DiagnoseThresholds): Finding | undefined {
  const n = validation.y.length;
  // The last two thirds first; else, on a short run, the whole run after its first point (a short, noisy run needs all
  // of it; a longer one's whole run holds its first fast fall, rules-65).
  return gapOver(train, validation, n - Math.ceil((2 * n) / 3), t) ?? (n <= t.gapWholeRunMaxPoints ? gapOver(train, validation, 1, t) : undefined);
}

/**
 * A bouncing training loss too small, in the loss's own units, to make or hide a gap the widening-gap rule could state
 * (rules-71): three noise standard deviations of its last third, at its end level, under `gapMinGrowth` of the
 * validation level. The bounce stops the gap's reading because the gap's trend would rest on noise; a training loss
 * bouncing by a quarter at 0.004 beside a validation loss at 0.31 (the 179th corpus's a10, a sign-language convnet
 * that fits its training set) moves the gap by a thousandth.
 */
export function bounceBelowGap(train: Curve, validation: Curve, t: DiagnoseThresholds): boolean {
  const lastThird = train.y.slice(-Math.ceil(train.y.length / 3));
  const bounce = 3 * robustNoise(lastThird) * Math.abs(lastLevel(train.y));
  return bounce < t.gapMinGrowth * lastLevel(validation.y);
}

function gapOver(train: Curve, validation: Curve, from: number, t: DiagnoseThresholds): Finding | undefined {
  const n = validation.y.length;
  const window = n - from;
  if (window < t.plateauMinWindow) return undefined;
  const trainAligned = alignedTo(train, validation).slice(from);
  const validationWindow = validation.y.slice(from);
  const trainTrend = trendOf(trainAligned);
  const validationTrend = trendOf(validationWindow);
  const trainFall = -trainTrend.relativeChange;
  const trainFalls = trainTrend.test.pDecreasing < t.trendSignificance && trainFall > t.gapMinGrowth;
  const keepsPace = validationTrend.test.pDecreasing < t.trendSignificance && -validationTrend.relativeChange > trainFall / 3;
  if (!trainFalls || keepsPace) return undefined;
  const gap = validationWindow.map((value, i) => value - trainAligned[i]);
  const widening = mannKendall(gap);
  const level = lastLevel(validationWindow);
  const gapAtStart = gap[0];
  const gapAtEnd = lastLevel(gap);
  // Only the validation loss in excess counts (rules-63): a training loss above the validation
  // loss that closes in on it narrows a negative gap, which says nothing of fitting the training set.
  const growth = level > 0 ? (gapAtEnd - Math.max(gapAtStart, 0)) / level : 0;
  if (!(widening.pIncreasing < t.trendSignificance) || !(growth >= t.gapMinGrowth) || !(gapAtEnd > 0)) return undefined;
  return {
    kind: 'widening-gap', severity: 'info', series: validation.name,
    range: { from: validation.x[from], to: validation.x[n - 1], unit: validation.unit },
    evidence: {
      trainChange: trainTrend.relativeChange, validationChange: validationTrend.relativeChange,
      gapAtStart, gapAtEnd, gapGrowth: growth, trainPValue: trainTrend.test.pDecreasing,
      ...statistics(growth, validationTrend.noise, widening.z, widening.pIncreasing),
    },
    message: `Over the last ${window} evaluations (from ${at(validation, validation.x[from])}) the training loss fell ${formatPercent(-trainTrend.relativeChange)} ` +
      `but '${validation.name}' did not keep pace (${validationWords(validationTrend)}); the gap between them grew from ` +
      `${formatNumber(gapAtStart)} to ${formatNumber(gapAtEnd)} (${formatPercent(growth)} of the validation level, Mann-Kendall z = ${formatNumber(widening.z)}): ` +
      'the model is learning the training set, not the task.',
    suggestion: `Stop about ${at(validation, validation.x[from])} or ${REGULARISE} ${risesSignificantly(validationTrend, t)
      ? 'The validation loss is rising already, short of the overfitting test (a rise since its best beyond three noise standard deviations, significant by a trend test); if it goes on, this is overfitting.'
      : 'The validation loss has not turned up significantly yet; it usually does next.'}`,
  };
}

function risesSignificantly(trend: Trend, t: DiagnoseThresholds): boolean {
  return trend.relativeChange > 0 && trend.test.pIncreasing < t.trendSignificance;
}

/** The validation loss's change over the gap's window in words: a fall, a rise (with its test), or no change worth naming. */
function validationWords(trend: Trend): string {
  const change = formatPercent(Math.abs(trend.relativeChange));
  if (trend.relativeChange < 0) return `it fell ${change}`;
  if (trend.relativeChange === 0) return 'it did not move';
  return `it rose ${change}, Mann-Kendall ${formatPValue(trend.test.pIncreasing)} for a rise`;
}

/**
 * The validation loss jumps around much more than the training loss, on `noisyValidationMinPoints` evaluations or
 * more, turning at `noisyValidationMinTurningShare` of them or more.
 */
export function noisyValidationRule(train: Curve | undefined, validation: Curve, t: DiagnoseThresholds): Finding | undefined {
  if (validation.y.length < Math.max(t.minPointsForTrends, t.minPointsForNoise, t.noisyValidationMinPoints)) return undefined;
  const noise = robustNoise(validation.y);
  const trainNoise = train === undefined ? Number.NaN : robustNoise(train.y);
  if (!(noise > t.noisyValidationRelativeNoise)) return undefined;
  if (Number.isFinite(trainNoise) && noise < t.noisyValidationMinNoiseRatio * trainNoise) return undefined;
  const n = validation.y.length;
  if (turningPoints(validation.y) < t.noisyValidationMinTurningShare * (n - 2)) return undefined;
  const ratio = noise / trainNoise;
  return {
    kind: 'noisy-validation', severity: 'info', series: validation.name,
    range: { from: validation.x[0], to: validation.x[n - 1], unit: validation.unit },
    evidence: {
      relativeNoise: noise, ...(Number.isFinite(trainNoise) ? { trainRelativeNoise: trainNoise, noiseRatio: ratio } : {}),
      ...statistics(noise, noise, Number.isFinite(ratio) ? ratio : noise / t.noisyValidationRelativeNoise),
    },
    message: `'${validation.name}' jumps by about ${formatPercent(noise)} from one evaluation to the next` +
      (Number.isFinite(trainNoise) ? `, ${formatNumber(ratio)}× as much as the training loss (${formatPercent(trainNoise)})` : '') +
      ': single values say little, and early stopping on them is a coin toss.',
    suggestion: 'Use a larger validation set, evaluate on the same fixed set each time, and read the smoothed curve; give EarlyStopping / ReduceLROnPlateau a larger patience and a minDelta above the noise.',
  };
}
