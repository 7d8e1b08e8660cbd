/**
 * `diagnose(history)`: reads a run's loss curves and says what went wrong (or right), the way
 * the article puts it: "if training loss keeps falling while validation loss starts to rise,
 * the model is overfitting; if both stall, the learning rate may be wrong or the model too small."
 * Every finding is backed by a statistic (see trend-tests.ts): a rise, fall or stall must beat
 * what the curve's own noise explains, and its evidence carries the effect size, the noise
 * level and the test statistic.
 *
 * The curves: the training loss and the validation loss (History's roles), on one axis (epochs
 * when both can be read by epoch, else steps), without non-finite points, long per-step logs
 * averaged in buckets. The monitored loss is the validation loss when it is logged (as Keras'
 * callbacks monitor val_loss), else the training loss.
 *
 * Order and precedence (one run gets at most one finding of each kind):
 *   1. non-finite values, per loss series, the named ones too ('disc_loss', 'gen_loss': metrics
 *      to the role table, and to every other rule) (then the rules read the finite points only;
 *      a run whose training or validation loss ends non-finite gets only rules 1 and 2);
 *   2. divergence of the training loss (of the validation loss when no training loss is
 *      logged): a diverged run gets no further findings, they would describe the wreck (a GAN's
 *      generator-plus-discriminator sum excepted: its climb is one side winning, and its end is
 *      read on, rules-66), but for
 *      rule 3 read on its curve up to the divergence's best (bounceBeforeDivergence, rules-26: an
 *      optimiser that overshot before it diverged left its own evidence); a climb
 *      with too few points after the best for a trend test (its persistence the only evidence)
 *      must be borne out by a logged validation loss: an evaluation after its onset above the
 *      divergence factor × the validation loss at the training loss's best (a noisy training
 *      loss back at its level after one lucky low point, next to a validation loss rising all
 *      run, is that loss's overfit, rule 4); else the evaluations' divergence: a validation loss
 *      past the divergence factor × its best, staying there, while the training loss rose
 *      significantly too (rules-60, diagnose-evaluations-diverged.ts);
 *   3. learning rate too high (oscillation of a per-epoch training loss that goes up by the
 *      oscillation bar at least once: a loss that never rises that much from one epoch to the next
 *      has no bounce of that size, its residuals are the bend of its fall; or spikes; a per-step
 *      loss's spikes over a smooth validation loss only when the evaluations after them spike too;
 *      an overfit validation loss corroborates an oscillation only when it bounces before the
 *      overfit's onset too: its rise and jumps after its best are the overfit's; or a per-epoch
 *      training loss that fell, then climbed steadily back up short of a divergence, rules-35,
 *      diagnose-climb.ts);
 *   4. overfitting (on the validation loss alone when no training loss is logged; on a
 *      validation loss of 4 evaluations by the exact order test only), else the
 *      widening gap (needs both losses; not after rule 3 unless its bounce is too small to move
 *      the gap, rules-71, nor while the validation loss is still setting new bests: it keeps pace);
 *   5. learning rate too low (not moving, on the training loss, else on a validation loss that
 *      neither moved nor falls significantly next to a training loss whose trend did not move;
 *      a slow constant decline, on the training loss only, read after a learning-rate warm-up,
 *      not under a logged learning rate a schedule annealed to half its peak or lower (rules-32),
 *      neither decelerating nor shown to speed up (a fall that speeds up found its way late),
 *      and with a validation loss only while it still falls significantly too, with no
 *      overfitting or widening gap; never when a logged validation loss rose significantly since
 *      its best, or improved and then set no new best for half the run: more or larger steps
 *      would not help, see refutesMoreSteps);
 *   6. the end of the run, always stated on the monitored loss: still improving at the end, else
 *      (unless overfitting explains the end) plateau / underfitting: stalled with confidence
 *      (while the training loss still falls, the validation loss's own plateau, out of patience
 *      as EarlyStopping(monitor='val_loss') reads it, at info; also next to a widening gap: a
 *      validation loss flat under a falling training loss is both; next to a widening gap only
 *      that, endPlateauRule's stall where the window does not rise and the last point is no new
 *      low (rules-54; a rise neither significant nor beyond GL alpha is no rise, rules-58), or
 *      still improving within the noise where it finds no stall, rules-29),
 *      else, with no widening gap,
 *      the plateau of no evidence of improvement (endPlateauRule: no significant fall over the
 *      window and no new best beyond twice the noise in it, Keras' patience and min_delta), else,
 *      in the middle zone those rules leave unstated, still improving within the noise
 *      (endStillImprovingWithinNoiseRule: a significant fall still falling in the window's second
 *      half, the end within σ of the earlier best, beside a training loss still improving or none,
 *      with EarlyStopping's patience not exhausted: the last new best beyond 2σ within the window,
 *      and the trend falling by 2σ per window) or the plateau within the noise
 *      (endPlateauWithinNoiseRule: the fall stopped in the window's second half, or the end beats
 *      the earlier best by no more than σ, with no training loss still falling significantly);
 *      where all of these stay silent, EarlyStopping's own decision (endVerdictRule), else the
 *      trend's (endTrendStillImprovingRule: a significant fall over the window whose lowest level
 *      lies in its last third, rules-25); where those stay silent too, the labelling guide's plateau
 *      of no fall (endNoFallPlateauRule, rules-47: Mann-Kendall p ≥ 0.10 for a fall over the window,
 *      also under a bounce that hid the end; not beside overfitting, a widening gap or a loss that
 *      never moved);
 *      lr-too-low read on the training loss does not suppress it; a monitored loss that never
 *      moved has its end stated beside that finding (rules-36: still-improving by its own tests,
 *      else a plateau whose advice defers to lr-too-low's; not by the last-resort readings), and
 *      one falling in a slow steady decline gets no plateau (it is not stalled), still-improving
 *      when its tests pass, that finding saying the decline (rules-41); "new best" bars are twice the noise read on log(y), as a fraction 1 − e^(−2σ);
 *      rule 5 is skipped when rule 3 fired (its advice comes first), and rule 6 too when a
 *      validation loss is logged and bounces as well, but for its plateau (rules-30: a stall beyond
 *      twice its noise is no bounce's doing) (with a smooth one, spikes of the training
 *      loss do not reach it: it is read; with none, the bouncing training loss is the only curve
 *      and its end is read by the rank-based tests next to the advice); a slow steady decline is 'still-improving' saying the decline, a loss
 *      that never moved 'lr-too-low' and its end (a monitored validation loss that itself moved
 *      by more than the same bar is read by its own numbers);
 *   7. noisy validation (on at least minPointsForNoise evaluations);
 *   8. underfitting at chance, unless rule 6 found underfitting: the training loss (else the
 *      monitored loss) at ln K, a uniform guess's cross-entropy, from its first level to its last
 *      (chanceLevelRule, rules-46).
 *   9. underfitting as one class for every example, unless an earlier rule found underfitting: a
 *      full-precision validation accuracy the same at every evaluation, beside a validation loss
 *      never below its share's cross-entropy (oneClassRule, rules-53).
 * Short runs (fewer than minPointsForTrends finite points) get rules 1 and 2, and
 * still-improving and overfitting only by exact tests (4 points each a new best, or 4
 * evaluations each higher than the last: p = 1/24); without a
 * finding they are no clear answer (`noClearAnswerNote`), not healthy. Runs of 5 to 7 points are
 * read whole by the trend rules.
 * A training or validation loss with a point ≤ 0 is read shifted onto its own range (diagnose-scale.ts).
 * Browser-safe.
 */
import type { History, Series } from './history.js';
import { isNamedLoss } from './history-names.js';
import { isAdversarialTotal } from './history-adversarial.js';
import { FINDING_KINDS, type Finding } from './diagnose-types.js';
import { blowUpAtStartRule, divergenceRule, learningRateTooHighRule, nonFiniteRule } from './diagnose-rules.js';
import { bounceBelowGap, noisyValidationRule, overfittingRule, wideningGapRule } from './diagnose-generalisation.js';
import { curveOf, lastLevel, smoothedLevels, type Curve } from './diagnose-stats.js';
import { learningRateTooLowRule, levelChange, progressOf, refutesMoreSteps, shortRunImprovingRule, stillImprovingRule, withSlowDecline, type Progress } from './diagnose-trends.js';
import { endPlateauRule, NEVER_MOVED_PLATEAU, neverMovedPlateauRule, plateauRule } from './diagnose-plateau.js';
import { endPlateauWithinNoiseRule, endStillImprovingWithinNoiseRule, endVerdictRule } from './diagnose-end.js';
import { endTrendStillImprovingRule, lastStretchStillImprovingRule } from './diagnose-end-trend.js';
import { endNoFallPlateauRule } from './diagnose-end-no-fall.js';
import { bounceBeforeDivergence } from './diagnose-divergence-bounce.js';
import { evaluationsDivergedRule } from './diagnose-evaluations-diverged.js';
import { chanceLevelRule, oneClassRule } from './diagnose-chance.js';
import { trainingLossClimbRule } from './diagnose-climb.js';
import { asLogged } from './diagnose-scale.js';
import { minOf } from '../core/extent.js';
import { annealedBySchedule, endHiddenByBounce, readLossCurves, resolveThresholds } from './diagnose-read.js';
import type { DiagnoseThresholds } from './thresholds.js';

/** True when the points of `raw` from `x` on are two or more, none above the first of them, the last below it. */
function fellAcross(raw: Curve, x: number): boolean {
  const after = raw.y.filter((_, i) => raw.x[i] >= x && Number.isFinite(raw.y[i]));
  return after.length >= 2 && after.every((value) => value <= after[0]) && after[after.length - 1] < after[0];
}

/**
 * A loss logged per optimiser step (or per logging interval of a few steps) rather than once per
 * epoch: named so ('loss_step'), at fractional epochs (the Hugging Face Trainer), several points
 * per epoch, or, without epochs, steps that advance by more than one.
 */
function isPerStep(series: Series): boolean {
  if (series.granularity === 'step') return true;
  const { points } = series;
  if (points.every((point) => point.epoch !== undefined)) {
    if (points.some((point) => !Number.isInteger(point.epoch))) return true;
    if (points.length > 1.5 * new Set(points.map((point) => point.epoch)).size) return true;
    // Logged every N steps, fewer than once per epoch (Lightning's log_every_n_steps): the epochs
    // skip while the steps advance evenly. An epoch-level metric is logged at every epoch's end.
    const epochGaps = points.slice(1).map((point, i) => (point.epoch as number) - (points[i].epoch as number)).sort((a, b) => a - b);
    const stepGaps = new Set(points.slice(1).map((point, i) => point.step - points[i].step));
    return epochGaps.length > 0 && epochGaps[epochGaps.length >> 1] > 1 && stepGaps.size === 1;
  }
  const increments = points.slice(1).map((point, i) => point.step - points[i].step).sort((a, b) => a - b);
  return increments.length > 0 && increments[increments.length >> 1] > 1;
}

/**
 * Under a bounce that hides the end (rules-57): a validation loss whose window falls at p < 0.01 (Mann-Kendall) is read
 * as on a smooth curve: still improving by one σ of its noise (not two), or within the noise by EarlyStopping's patience
 * and the trend's pace. YOLO runs falling 16-25 % over their last 13-14 evaluations (p from 0.003 to 1.6e-4) were left
 * "no clear answer" while every labeller expected still-improving; six such runs are read so since, none falsely.
 */
const HIDDEN_FALL_SIGNIFICANCE = 0.01;

/**
 * A plateau stated at the end, or no end stated, gives way to still-improving when the run's last
 * stretch still falls as the labelling guide reads it (rules-52, lastStretchStillImprovingRule):
 * the plateau rules measure the stall over their trailing window, which on a long noisy per-batch
 * loss can hold a level stretch of a tail that is still coming down.
 */
function overturnedByLastStretch(end: Finding | undefined, monitored: Progress, t: DiagnoseThresholds): Finding | undefined {
  return end === undefined || end.kind === 'plateau' ? lastStretchStillImprovingRule(monitored, t) ?? end : end;
}

/** The finite values, in order, of the first logged metric of `split` whose name `named` accepts. */
function accuracyValues(history: History, split: 'train' | 'validation', named: (name: string) => boolean): number[] {
  const accuracy = history.metrics.find((series) => series.split === split && named(series.name));
  return accuracy?.points.map((point) => point.value).filter(Number.isFinite) ?? [];
}

/** The last value of a logged training accuracy ('accuracy', 'train_acc'), when it is a fraction. */
function trainingAccuracy(history: History): number | undefined {
  const values = accuracyValues(history, 'train', (name) => name === 'accuracy');
  if (values.length === 0 || values.some((value) => value < 0 || value > 1)) return undefined;
  return lastLevel(values);
}

/** A logged validation accuracy's finite values ('val_accuracy', 'val_acc', 'val_binary_accuracy'), in order. */
function validationAccuracy(history: History): number[] {
  return accuracyValues(history, 'validation', (name) => VALIDATION_ACCURACY.test(name));
}
const VALIDATION_ACCURACY = /^(val|valid|validation)_(binary_|categorical_|sparse_categorical_)?acc(uracy)?$/;

/**
 * Findings for one run, in the order of FINDING_KINDS (see the module comment for the rules).
 * `overrides` replaces any of DEFAULT_THRESHOLDS; an unknown name throws.
 */
export function diagnose(history: History, overrides: Partial<DiagnoseThresholds> = {}): Finding[] {
  const t = resolveThresholds(overrides);
  const trainSeries = history.trainLoss;
  // A loss with a point ≤ 0 is read shifted onto a positive scale of its own (diagnose-scale.ts);
  // its findings are given back in the logged values.
  const { rawTrain, rawValidation, train, validation, offset, monitored: monitoredCurve } = readLossCurves(history, t);
  const findings: Finding[] = [];
  const add = (finding: Finding | undefined): Finding | undefined => {
    if (finding !== undefined) findings.push(finding);
    return finding;
  };
  const ordered = () => findings.sort((a, b) => FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind));

  for (const raw of [rawTrain, rawValidation]) if (raw !== undefined) add(nonFiniteRule(raw));
  // Every other loss-like series too (a GAN's 'disc_loss' and 'gen_loss', a multi-task model's
  // head losses): the role table makes them metrics, which the trend rules rightly leave alone
  // (a GAN's losses need not fall), but a NaN in any loss is a broken run.
  for (const series of history.all()) {
    if (series !== trainSeries && series !== history.validationLoss && isNamedLoss(series) && series.points.length > 0) add(nonFiniteRule(curveOf(series)));
  }
  const primary = train ?? validation;
  if (primary === undefined) return ordered();
  const logged = (): Finding[] => ordered().map((finding) => asLogged(finding, offset));

  // A validation loss read alone because the training loss logged too few points beside it (readableBeside) is no
  // divergence where those points fell across its climb (rules-62): the fit went on improving, its generalisation did not.
  const evaluations = primary === train ? validation : undefined;
  const climb = divergenceRule(primary, t, evaluations) ?? blowUpAtStartRule(primary, t, evaluations);
  const diverged = add(climb !== undefined && primary !== train && rawTrain !== undefined && fellAcross(rawTrain, climb.evidence['bestAt'] as number) ? undefined : climb);
  if (diverged !== undefined) {
    add(bounceBeforeDivergence(primary, validation, diverged, train === undefined || trainSeries === undefined || isPerStep(trainSeries), t));
    // A GAN's sum that climbs is one side winning the game, not a run past saving (rules-66): the training goes on, so
    // its end is still read (each labeller of the hundred-and-thirty-second corpus's DCGAN runs expected an end state).
    if (trainSeries === undefined || !isAdversarialTotal(trainSeries)) return logged();
  }
  // ...and a validation loss that blew up while the training loss rose too (rules-60): the fit itself diverged. Its
  // evaluations' noise before and around the climb is still stated (the labellers of two Udacity CIFAR-10 runs expected it).
  if (add(evaluationsDivergedRule(train, validation, t)) !== undefined) {
    if (validation !== undefined) add(noisyValidationRule(train, validation, t));
    return logged();
  }
  // A run that ends in NaN/Inf has no progress to read: its finite part stops mid-flight.
  const endsBroken = [rawTrain, rawValidation].some((raw) => raw !== undefined && !Number.isFinite(raw.y[raw.y.length - 1]));
  if (endsBroken) return logged();
  if (primary.y.length < t.minPointsForTrends) {
    // Too short for the trend rules: only a loss that set a new best at every point is read,
    // by an exact test (see shortRunImprovingRule); anything else is no clear answer.
    add(shortRunImprovingRule(validation ?? primary, t));
    // ...and a validation loss higher at every evaluation from its lowest one, by the same kind of exact test.
    if (validation !== undefined) add(overfittingRule(train, validation, t));
    return logged();
  }

  // On a validation-only run the optimiser's noise is not visible: only spikes are read there.
  const hasValidation = validation !== undefined && validation.y.length >= t.minPointsForTrends;
  // Overfitting is read first here only to tell its rise from an overshoot (rule 3): the
  // evaluations after its onset do not corroborate a bouncing training loss.
  const overfit = hasValidation && train !== undefined ? overfittingRule(train, validation, t) : undefined;
  const bouncing = add(learningRateTooHighRule(primary, train === undefined || trainSeries === undefined || isPerStep(trainSeries), validation, t, overfit?.evidence['onset']) ??
    (train === undefined || trainSeries === undefined ? undefined : trainingLossClimbRule(train, isPerStep(trainSeries), t)));
  const trainProgress = train === undefined ? undefined : progressOf(train, t);
  const monitored = monitoredCurve === undefined ? undefined : progressOf(monitoredCurve, t);
  // Prechelt's GL needs only the validation loss. With a bouncing training loss the gap's trend
  // rests on noise, unless the bounce is too small to move the gap (rules-71): only a rising
  // validation loss is read. A validation loss still setting new
  // bests at the end keeps pace with the training loss, however much faster that one falls
  // (a training loss logged on a 16x larger scale falls 16x as much).
  const validationImproving = hasValidation && monitored !== undefined && stillImprovingRule(monitored, t) !== undefined;
  // A widening gap whose validation loss also rose significantly since its best by GL_α is the
  // guide's overfit even within 3 σ of its noise (rules-48, overfittingRule's besideWideningGap).
  const plainOverfit = !hasValidation ? undefined : train !== undefined ? overfit : overfittingRule(train, validation, t);
  const gap = hasValidation && plainOverfit === undefined && train !== undefined && (!bouncing || bounceBelowGap(train, validation, t)) && !validationImproving ? wideningGapRule(train, validation, t) : undefined;
  const generalisation = hasValidation
    ? add(plainOverfit ?? (gap === undefined ? undefined : overfittingRule(train, validation, t, true) ?? gap))
    : validation === undefined ? undefined : add(overfittingRule(train, validation, t));
  // A bouncing loss's trend is not the point: its advice (lower the learning rate) comes first.
  // A smooth validation loss next to a bouncing training loss is read all the same: its
  // progress is the model's, and spikes of a training loss do not reach it.
  // With no validation loss logged the bouncing training loss is the only curve there is: its end
  // is read all the same, by the rules' rank-based tests (Mann-Kendall's signs, new bests of
  // 3-point running medians beyond twice the noise), which a bounce does not fake, next to the
  // advice (rivagan's still-falling loss, a detectron2 total_loss flat for its last third).
  const progressHidden = endHiddenByBounce(bouncing !== undefined, validation, t);
  const progress = trainProgress ?? monitored;
  // The slow-decline form reads the optimiser's steps, which only a training loss shows, and it
  // says the model is still under-fit: when a validation loss is logged it must agree, falling
  // significantly over its own trailing window (Mann-Kendall) with no overfitting or widening
  // gap. A validation loss that stalled, turned up or fell behind while the training loss kept
  // its steady pace says the steps were large enough to fit the training set past what
  // generalises: a larger learning rate is not the remedy.
  const validationAgrees = monitored !== undefined && monitored.improving && generalisation === undefined;
  // A logged schedule that annealed the learning rate explains a constant rate of fall (rules-32).
  const readsSlowDecline = trainProgress !== undefined && (!hasValidation || validationAgrees) && !annealedBySchedule(history);
  // A logged validation loss that rose since its best, or stopped setting new bests for half the
  // run, says more or larger steps would not help: no 'lr-too-low' (refutesMoreSteps).
  const refuted = hasValidation && monitored !== undefined && refutesMoreSteps(monitored, t);
  const trainRead = progress === undefined || bouncing || refuted ? undefined : learningRateTooLowRule(progress, readsSlowDecline, t);
  // A training loss whose trend barely moved, but whose noisy end levels (3-point medians of a
  // per-step log) leave the "never moved" reading open, is decided by the validation loss, the
  // monitored one: when it too has not moved (the same 5 % bar on its trend and its end level)
  // and does not fall significantly either, the model learned nothing over the run. Not where
  // the training loss lost most of itself from its first levels to its last (rules-31's bar):
  // its trend reads a flat tail, but the steps moved the model (a VAE's training loss 3.5 -> 0.13
  // in three epochs beside a validation loss level from the first: a plateau, not a step too small).
  const trainingFellFar = trainProgress !== undefined && levelChange(trainProgress.curve.y) < -t.slowDeclineMaxTotalDecrease;
  const validationStill = trainRead === undefined && !bouncing && !refuted && hasValidation && trainProgress !== undefined && monitored !== undefined &&
    !trainingFellFar &&
    Math.abs(trainProgress.overall.relativeChange) < t.noProgressMaxTotalDecrease && !(monitored.overall.test.pDecreasing < t.trendSignificance)
    ? learningRateTooLowRule(monitored, false, t) : undefined;
  // A slow steady decline is no finding of its own (rules-41): on 1,795 real runs no labeller expected
  // lr-too-low for one (13 allowed it, 11 did not), while the runs still came down; it is said in the
  // still-improving finding it goes with (`withSlowDecline`), CS231n's "low learning rate" curve as a
  // hint, not a verdict. It still keeps the plateau rules off the curve, as before.
  const slowDecline = trainRead?.evidence['halvesRatio'] === undefined ? undefined : trainRead;
  const slow = slowDecline ?? add(trainRead ?? validationStill);
  // A loss that never moved cannot be still improving; but a validation loss that moved by more
  // than the same bar (noProgressMaxTotalDecrease) next to a training loss that barely did is
  // read by its own numbers.
  const monitoredMoved = monitored !== undefined && monitored.curve.name !== slow?.series && Math.abs(monitored.overall.relativeChange) >= t.noProgressMaxTotalDecrease;
  const neverMoved = slow !== undefined && slow.evidence['halvesRatio'] === undefined && !monitoredMoved;
  // The end of the run, always stated on a run long enough to read (rule 6): still improving,
  // a fault that explains the end (overfitting; divergence and non-finite ends returned above),
  // else the monitored loss stopped improving: a plateau (or underfitting), also next to a
  // widening gap or a learning rate too low, which say why it stalled. Beside a bouncing loss
  // only by twice the noise (its advice comes first).
  // A monitored loss that never moved has its end stated beside that finding (rules-36): it has
  // stalled (a plateau) unless still-improving's own tests, a significant fall by more than the
  // plateau bar with its best level at the end, say it still comes down (the labellers of six
  // corpora expected a plateau on six such runs and still-improving on four); the last-resort
  // readings (EarlyStopping's decision, the trend alone, below) are not read on it: a trend of
  // -0.005 % is no progress worth stating. One in a slow steady decline is not stalled (no plateau
  // rule reads it), but it may well be still improving (too small a step still comes down, CS231n's
  // "low learning rate" curve): still-improving's own tests decide, and its finding says the decline.
  // Under a bounce that hides the end (rules-30) a still-improving is read all the same (rules-34),
  // as the plateau is below, by twice its noise: a fall of the trend (Mann-Kendall's signs) and an
  // end below every earlier level by more than twice the validation loss' own noise is no bounce's
  // (31st a02's validation loss 98 % down in its last 10 epochs, 25th a08, 27th b11, 30th b17).
  const hiddenFall = monitored !== undefined && monitored.recent.test.pDecreasing < HIDDEN_FALL_SIGNIFICANCE;
  const improving = monitored !== undefined && add(withSlowDecline(stillImprovingRule(monitored, t, progressHidden && !hiddenFall ? 2 : 1), slowDecline)) !== undefined;
  const plateauStated = !neverMoved && slow !== undefined && slow.series === monitored?.curve.name;
  // Next to a widening gap (rules-29) the gap says why the validation loss lags; its end is read
  // by endBesideWideningGap. EarlyStopping's decision and the trend alone are not read there (each
  // added a false still-improving on a synthetic widening gap).
  if (monitored !== undefined && !progressHidden && !improving && !plateauStated && generalisation?.kind !== 'overfitting') {
    const stalled = plateauRule(monitored, hasValidation ? trainProgress : undefined, hasValidation ? lastLevel(validation.y) : undefined, trainingAccuracy(history), t) ??
      (generalisation === undefined
        ? endPlateauRule(monitored, t) ?? endStillImprovingWithinNoiseRule(monitored, hasValidation ? trainProgress : undefined, t) ??
          endPlateauWithinNoiseRule(monitored, hasValidation ? trainProgress : undefined, t)
        : endBesideWideningGap(monitored, trainProgress, t));
    const end = neverMoved || stalled === undefined ? stalled : overturnedByLastStretch(stalled, monitored, t);
    // Beside a loss that never moved the stall is the step size's: one piece of advice (raise the
    // learning rate, lr-too-low's), not the plateau's own (stop, or lower it).
    add(neverMoved && end?.kind === 'plateau' ? { ...end, suggestion: NEVER_MOVED_PLATEAU } : end);
  }
  // Rule 6's promise kept on the rest (rules-17): a readable run whose end no rule above stated
  // gets EarlyStopping's own decision on its monitored loss, at info (endVerdictRule). Not where
  // something else says why the curve looks as it does: overfitting or a widening gap, a loss that
  // never moved (that finding is its end), a bouncing validation loss beside a bouncing training
  // loss (the advice comes first); underfitting is a stall, an end stated with its cause.
  const endStated = findings.some((finding) => finding.kind === 'still-improving' || finding.kind === 'plateau' || finding.kind === 'underfitting');
  // Where EarlyStopping's decision is not clear either, the trend test's is (rules-25): a
  // significant fall over the window with its lowest level in the window's last third.
  if (monitored !== undefined && !endStated && generalisation === undefined && !neverMoved && !progressHidden) {
    add(withSlowDecline(overturnedByLastStretch(endVerdictRule(monitored, t) ?? endTrendStillImprovingRule(monitored, t), monitored, t), slowDecline));
  }
  // Under a bounce that hides the end (rules-30) the advice comes first, but a validation loss
  // that has stopped improving is stated beside it: no significant fall and no new best beyond
  // twice its own (wide) noise for the window is not a trend a bounce fakes, and lowering the
  // learning rate is then the way on (a03-dl4tsc-kailuan-fcn-fold1, modded-gpt-diffusion,
  // a05-dl4tsc-jpvowels-fcn, a07-fnaderi-simclr-linear). Its still-improving is read above by
  // the same twice-the-noise bar (rules-34; by the trend alone, 4 synthetic false alarms). A window that falls at
  // p < 0.01 is read as on a smooth curve, by one σ, and within the noise too, by EarlyStopping's patience and the
  // trend's pace (rules-57, HIDDEN_FALL_SIGNIFICANCE): the synthetic slow fall under ±12 % noise keeps the advice alone.
  if (monitored !== undefined && progressHidden && validation !== undefined && !neverMoved && generalisation?.kind !== 'overfitting') {
    add(plateauRule(monitored, trainProgress, lastLevel(validation.y), trainingAccuracy(history), t) ?? endPlateauRule(monitored, t) ??
      (!improving && hiddenFall ? endStillImprovingWithinNoiseRule(monitored, undefined, t) : undefined));
  }
  // Where every end rule stayed silent, the labelling guide's plateau (rules-47): a window with no
  // lean to a fall, at info, its weakness said; also under a bounce that hid the end (its advice
  // comes first, and the stall is the monitored loss's own). Not beside overfitting or a widening
  // gap (they say why the curve looks as it does), nor on a loss that never moved, nor on a run with
  // a NaN or Inf: its finite points skip what broke, and the weakest reading adds nothing there.
  const endStatedNow = findings.some((finding) => finding.kind === 'still-improving' || finding.kind === 'plateau' || finding.kind === 'underfitting');
  const broken = findings.some((finding) => finding.kind === 'non-finite');
  if (monitored !== undefined && !endStatedNow && !broken && generalisation === undefined && !neverMoved) add(endNoFallPlateauRule(monitored, t));
  // ...and a monitored loss that never moved, whose lowest level came before the window, has stalled where it began (rules-61).
  if (monitored !== undefined && !endStatedNow && !broken && neverMoved && slow?.series === monitored.curve.name) {
    add(neverMovedPlateauRule(monitored, slow.evidence['totalChange'] as number));
  }
  if (validation !== undefined) add(noisyValidationRule(train, validation, t));
  // A cross-entropy at chance from its first point to its last (rules-46) says why nothing moved.
  if (!findings.some((finding) => finding.kind === 'underfitting')) add(chanceLevelRule(train ?? primary, trainingAccuracy(history), t));
  // ...and a validation accuracy that never changed says one class is given to every example (rules-53).
  if (!findings.some((finding) => finding.kind === 'underfitting')) add(oneClassRule(validation, validationAccuracy(history), trainingAccuracy(history), t));
  return logged();
}

/**
 * The end of a validation loss beside a widening gap. A validation loss that stopped improving
 * (endPlateauRule: no new best beyond the noise for the window) is the labelling guide's plateau
 * too, "the validation loss stalled while training still falls" (rules-54): stated when its window
 * does not rise and its last point is no new low; a window that rises is the overfit's side
 * (labellers expect overfitting there, not a plateau), a last point below every earlier one is
 * no stall. A rise counts when it is significant or ends above the smoothed best by more than GL
 * alpha (rules-58): within both, a noisy window's upward lean is the stall's own noise, and the
 * labellers of the runs it gained expected the plateau (the hundred-and-fourteenth corpus's c04).
 * Else a validation loss still setting new bests within its noise, with EarlyStopping's
 * patience left, is stated (rules-29): the gap grows while training longer still pays
 * (pl-tb-contrastive, yolov5-uav-exp, resnet3d-paddle-trainlog).
 */
function endBesideWideningGap(monitored: Progress, trainProgress: Progress | undefined, t: DiagnoseThresholds): Finding | undefined {
  const stalled = endPlateauRule(monitored, t);
  if (stalled === undefined) return endStillImprovingWithinNoiseRule(monitored, trainProgress, t);
  const y = monitored.curve.y;
  const endsAtNewLow = y.length > 1 && y[y.length - 1] < minOf(y.slice(0, -1));
  // A window that rises is the overfit's side when the rise is significant, or when the end stands above the best
  // (its smoothed level) by more than Prechelt's GL alpha; a smaller rise the test cannot tell from noise is a stall (rules-58).
  const generalisationLoss = 100 * (lastLevel(y) / minOf(smoothedLevels(y)) - 1);
  const rises = monitored.recent.relativeChange > 0 && (monitored.recent.test.pIncreasing < t.trendSignificance || generalisationLoss > t.generalisationLossAlpha);
  return !rises && !endsAtNewLow ? stalled : undefined;
}
