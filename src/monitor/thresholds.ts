/**
 * Every threshold `diagnose` uses: a named constant with its source, collected in
 * `DEFAULT_THRESHOLDS`, each overridable through `diagnose(history, overrides)`.
 *
 * Two kinds of bar stand behind each finding: a statistical one (the change must be beyond what
 * the curve's own noise explains: a Mann–Kendall test at TREND_SIGNIFICANCE, or a robust
 * z-score) and a practical one (the change must matter: Prechelt's GL_alpha, the plateau bar).
 * Sources: Amazon SageMaker Debugger built-in rules (docs.aws.amazon.com/sagemaker/latest/dg/
 * debugger-built-in-rules.html: LossNotDecreasing, Overfit, Overtraining), L. Prechelt, "Early
 * Stopping — But When?" (Neural Networks: Tricks of the Trade, LNCS 1524, 1998: GL, P_k, PQ, UP),
 * Keras / PyTorch callback defaults, PyTorch Lightning's EarlyStopping. Values marked
 * "calibrated" were set on the labelled synthetic curves (test/monitor/evaluation-curves.ts)
 * and checked on the real-log corpus (test/monitor/corpus), keeping their published rule's shape.
 */

// ---- Applicability ----------------------------------------------------------------------------

/**
 * Fewer finite points than this: only the non-finite and divergence rules run, and still-improving
 * by an exact order test (n points each a new best have p = 1 / n! with no trend: 1/24 for 4
 * points; 3 points, p = 1/6, can show nothing at 5 %). Prechelt's training-progress strip is
 * k = 5 epochs; one strip is the least for the trend rules.
 */
export const MIN_POINTS_FOR_TRENDS = 5;

/**
 * Longer series (per-step logs) are averaged in buckets of ceil(n / BUCKET_TARGET) points first,
 * so the rules see a curve like per-epoch means. Calibrated; TensorBoard's scalar downsampling
 * keeps 1000 points for display, which is more than the rules need.
 */
export const MAX_POINTS_BEFORE_BUCKETING = 200;
export const BUCKET_TARGET = 100;

// ---- Statistics -------------------------------------------------------------------------------

/**
 * A curve's noise scale is read from at least 10 points: it is a median of absolute residuals,
 * whose relative standard error is about 1.17 / sqrt(m) for m residuals (over 40 % below m = 8),
 * and on the 4-7 evaluations of a fine-tune the residuals measure the curve's bend, not its
 * noise. Shorter curves get no noisy-validation and no oscillation finding (a fast exponential
 * fall over 9 epochs reads as 6 % "noise"), their "new best beyond the noise" test
 * (still-improving) uses the plateau bar instead, and their overfitting needs no 3 σ rise.
 */
export const MIN_POINTS_FOR_NOISE = 10;

/**
 * A trend counts when the one-sided Mann–Kendall p-value over its window is below this (the
 * conventional 5 %). Used for still-improving, plateau, overfitting, the widening gap and the
 * training loss's progress.
 */
export const TREND_SIGNIFICANCE = 0.05;
/**
 * The plateau of no fall (rules-47, diagnose-end-no-fall.ts): where no other end rule spoke, a
 * window whose Mann-Kendall p for a fall is at or above this shows no lean to a fall. Twice
 * `TREND_SIGNIFICANCE`: a window leaning to a fall at 5-10 % stays unstated.
 */
export const PLATEAU_NO_FALL_P_VALUE = 0.1;

/**
 * Trailing window of the trend rules, in points: SageMaker LossNotDecreasing `num_steps = 10`,
 * Keras ReduceLROnPlateau `patience = 10`; a quarter of the run when that is longer (a 100-point
 * curve is read over its last 25), never more than half the run.
 */
export const PLATEAU_WINDOW = 10;
/**
 * The window never shrinks below this (Prechelt's strip, k = 5). A run too short for a trailing
 * window of this size (5 to 7 evaluations, as a short fine-tune logs) is read whole: its trend
 * over all its points is the only trend it has.
 */
export const PLATEAU_MIN_WINDOW = 5;
/**
 * An improvement must also be worth having: the robust (Theil–Sen) trend over the window falls by
 * at least 0.2 % of the level. The significance test already separates a trend from noise, so
 * this bar only stops "still improving" for a fall nobody would train longer for. Calibrated
 * (the old bars, 1 % for a plateau and 5 % for still-improving, missed runs setting a new best
 * at every epoch).
 */
export const PLATEAU_MIN_RELATIVE_DECREASE = 0.002;

/**
 * ...and the training loss must have stopped making progress too: a significant fall of at least
 * 1 % over the window is progress (the old epoch-level plateau bar: per-epoch curves carry about a
 * percent of noise). A flat validation loss under a falling training loss is convergence, or the
 * widening gap, not a stalled run.
 */
export const TRAIN_PROGRESS_MIN_DECREASE = 0.01;
/**
 * A plateau must be flat with confidence: the trend over the window, plus two standard errors
 * from the curve's noise, changes the level by less than 5 %. A noisy curve whose trend could
 * still be a fall of several percent is not called stalled. The size matches Prechelt's alpha.
 */
export const PLATEAU_MAX_CHANGE = 0.05;
/**
 * A plateau is also "no improvement for `patience` points", as Keras' ReduceLROnPlateau and
 * EarlyStopping read it (ReduceLROnPlateau's default patience is 10), with the improvement
 * measured as PyTorch's ReduceLROnPlateau does in 'rel' mode: a new level (3-point running
 * median) below the best so far by more than a relative threshold, here twice the curve's own
 * noise σ (at least `plateauMinRelativeDecrease`): the difference of two 3-point medians has a
 * standard deviation of about 0.95 σ, so noise cannot fake an improvement. A loss that fell early
 * in the trailing window and has set no such best since is stalled, whatever the window's trend
 * test says about the fall inside it.
 */
export const PLATEAU_PATIENCE = 10;

// ---- Divergence -------------------------------------------------------------------------------

/**
 * Divergence: the loss's local level (a centred 5-point running median, so single spikes do not
 * count) climbs above this multiple of its best level and stays there. The ecosystem survey's
 * synthesis of Lightning's `divergence_threshold` and common practice uses 2–4 × the running
 * minimum; 2 is the sensitive end.
 */
export const DIVERGENCE_FACTOR = 2;
/** ...for this many consecutive points (or to the end of the run, at least 2). SageMaker's rules use `patience` points the same way. */
export const DIVERGENCE_MIN_POINTS = 3;
/** An absolute bound: any loss above it counts as diverged. Lightning's `divergence_threshold` (default None = off). */
export const DIVERGENCE_THRESHOLD = Infinity;
/**
 * A blow-up at the first steps (rules-68): every point after the first more than this many times above it, the
 * first the lowest. Two orders of magnitude: a start 20-50 times below the loss's level is a loss still finding its
 * scale (a GAN's, a KL term warming up), not a blow-up.
 */
export const BLOW_UP_AT_START_FACTOR = 100;

// ---- Learning rate too high: oscillation and spikes -------------------------------------------

/**
 * Oscillation: robust point-to-point noise of a per-epoch training loss above 5 % of its level.
 * A per-epoch loss is a mean over many batches and moves smoothly when the step size is right;
 * CS231n's "loss bounces" and AUTOTRAINER's oscillating-loss symptom (Zhang et al., ICSE 2021)
 * name the shape, the level is calibrated. Not applied to per-step logs, whose batch-to-batch
 * noise says nothing about the learning rate. When a validation loss is logged it must bounce
 * beyond the same bar: an optimiser that overshoots moves the weights, which the validation loss
 * sees, while noise from batches, augmentation or dropout stays in the training loss. Read only
 * on `minPointsForNoise` points or more, like every noise level.
 */
export const OSCILLATION_RELATIVE_NOISE = 0.05;
/** Spike: a point at least 50 % above the median of the points before it (calibrated; ExplodingTensor-style jump)... */
export const SPIKE_RELATIVE_JUMP = 0.5;
/** ...and more than 4 robust standard deviations above it, so a noisy per-step loss does not spike at every bump. */
export const SPIKE_NOISE_MULTIPLE = 4;
/** Points before a candidate spike whose median is the reference (Prechelt's strip length, k = 5). */
export const SPIKE_WINDOW = 5;
/**
 * A per-step training loss's spike over a smooth validation loss counts only when one of the
 * evaluations logged after its stretch of training began spikes too, among the first this many:
 * the first evaluation after the spike sees the weights it left; the second covers a spike read
 * in a bucket (or logging interval) that straddles an evaluation. One mini-batch's loss spikes
 * with a hard batch; an overshoot moves the weights (the oscillation rule's reasoning, applied to
 * spikes).
 */
export const SPIKE_ECHO_EVALUATIONS = 2;

// ---- Overfitting (Prechelt) and the widening gap ----------------------------------------------

/**
 * Prechelt's GL_alpha: generalisation loss GL(t) = 100 · (E_va(t) / min_{t' <= t} E_va(t') − 1)
 * in percent, read on robust levels (3-point running medians); overfitting when GL exceeds alpha
 * AND the validation loss rises significantly after its minimum (Mann–Kendall). Prechelt studies
 * alpha = 1..5; 5 is the least trigger-happy.
 */
export const GENERALISATION_LOSS_ALPHA = 5;
/** Points after the validation minimum before GL is trusted (Prechelt's UP_s with s = 3 successive rises, one point per strip). */
export const OVERFITTING_MIN_POINTS_AFTER_ONSET = 3;
/** GL above this (percent) makes the finding critical: the run kept training long past its best. Calibrated. */
export const SEVERE_GENERALISATION_LOSS = 20;
/**
 * Widening gap (the other face of overfitting): over the trailing window the training loss falls
 * significantly while the validation loss does not, and the gap between them grows by at least
 * 10 % of the validation level (and significantly, Mann–Kendall on the gap). A validation loss
 * still setting new bests at the end (the still-improving rule) keeps pace by definition.
 * Calibrated; the size matches Prechelt's alpha = 5 doubled.
 */
export const GAP_MIN_GROWTH = 0.1;
/**
 * The widening gap is read over the last two thirds of the run, after the first fast fall; only a
 * run of this many evaluations or fewer is read over its whole length after its first point as
 * well (rules-65), since a short, noisy run needs all of it. On a longer run the whole run holds
 * the first fast fall, where a training loss that drops from 0.11 to 0.004 grows a gap that says
 * nothing of the end (the hundred-and-twenty-first corpus's b09). 40 is the labelling guide's upper
 * end of a short run ("runs of 10-40 points", test/monitor/LABELLING.md).
 */
export const GAP_WHOLE_RUN_MAX_POINTS = 40;
/**
 * SageMaker Debugger `Overfit` rule `ratio_threshold = 0.1`: (mean val − mean train) / mean
 * train. Reported as evidence; below it train and validation count as "close" for underfitting.
 */
export const OVERFIT_RATIO_THRESHOLD = 0.1;

// ---- Progress: plateau, underfitting, learning rate too low -----------------------------------

/**
 * Underfitting: stalled with the final training loss still above 30 % of its first value
 * (calibrated; CS231n: "no gap and high loss → underfit"), the training loss itself stalled...
 */
export const UNDERFITTING_MIN_REMAINING_FRACTION = 0.3;
/** ...and validation within 10 % of training: SageMaker `Overfit` `ratio_threshold` (0.1)... */
export const UNDERFITTING_MAX_GAP_RATIO = OVERFIT_RATIO_THRESHOLD;
/**
 * ...and a logged training accuracy that ends under 90 % (rules-42: with none logged, no
 * underfitting, as a loss has no absolute scale). A model that classifies its training data that
 * well fits it, and a loss that stays high means unconfident predictions (strong regularisation,
 * label smoothing, a sparse model) — a plateau, not underfitting. CS231n's learning-curve reading
 * ("training and validation accuracy close and low") names accuracy.
 */
export const UNDERFITTING_MAX_TRAIN_ACCURACY = 0.9;
/**
 * At chance (rules-46): a classifier's cross-entropy that never leaves ln K, the loss of a uniform
 * guess over K classes (Karpathy's recipe: "verify loss @ init", -log(1/K)), has learned nothing.
 * Every 3-point level of the run within 0.5 % of ln K: a tenth of the nearest gap between the ln K
 * read (ln 9 and ln 10 lie 4.8 % apart), while a loss printed to 4 digits reads 2.3027 for
 * ln 10 = 2.302585.
 */
export const CHANCE_LOSS_TOLERANCE = 0.005;
/**
 * One class for every example (rules-53): a validation accuracy logged at full precision that is
 * the same number at every evaluation, with the training accuracy (if logged) no more than this
 * above it. A model that fits its training data better than the class it always predicts on
 * validation is not underfitting (its validation pipeline, or its validation set, is the question).
 */
export const MAJORITY_MAX_TRAIN_ACCURACY_MARGIN = 0.05;
/**
 * Not moving: the loss's robust trend over the whole run changes it by less than 5 % and its
 * level at the end is within 5 % of the start. CS231n: "loss flat from the start → learning rate
 * too low (or a bad initialisation)"; Prechelt's stalled-progress test (P_k < 0.1) has the same
 * shape. Calibrated: a too-small learning rate on MNIST moves 2–3 %.
 */
export const NO_PROGRESS_MAX_TOTAL_DECREASE = 0.05;
/**
 * Slow steady decline: the second half of the run fell at least 1 / 1.5 as fast as the first
 * (confidently so: the ratio's 2-standard-error band stays under 1.5). A well-tuned run
 * decelerates (exponential-like decay: the first half falls several times as much); a constant
 * rate means each step is too small to reach the curvature. Calibrated.
 */
export const LINEAR_DECLINE_MAX_RATIO = 1.5;
/** ...and the whole run fell by less than 60 %, along its trend and from its first level to its last (rules-31): a loss that lost most of itself was not slow. */
export const SLOW_DECLINE_MAX_TOTAL_DECREASE = 0.6;
/**
 * Still improving: the monitored loss (validation if logged) falls significantly over the window
 * and its best level (3-point running median) lies within the last 2 points or the last fifth
 * of the window — an EarlyStopping(patience = window) monitor would still be seeing new bests —
 * or the end level ties the best within `plateauMinRelativeDecrease` on a curve whose noise is
 * under `noisyValidationRelativeNoise` (a creeping loss's lowest level a few points before the
 * end, by less than a change worth having, is no sign it stopped).
 */
export const STILL_IMPROVING_BEST_WITHIN = 2;
/**
 * Still improving over the labelling guide's last stretch (rules-52, diagnose-end-trend.ts): on a
 * run of `LAST_STRETCH_MIN_POINTS` points or more, the last third falls by Mann–Kendall at
 * p < `LAST_STRETCH_SIGNIFICANCE`, the lowest point is within the last `LAST_STRETCH_BEST_SHARE`
 * of the run (at least 2 points), and the last quarter fell by `LAST_STRETCH_MIN_FALL` or more to a
 * new best level beating the earlier best by as much. Calibrated on corpora 1-78's plateau findings
 * against their labels (docs/diagnose.md, rules-52). The guide's own words ("a significant downward trend over the last stretch and a new best level
 * near the end"), its numbers (the last third's z, the last quarter's change) and its open point
 * (a fall under 1 % is still improving or a plateau) set them; the stricter p than
 * `TREND_SIGNIFICANCE` because this reading overrides the plateau rules' patience. "Near the end"
 * is the last tenth (rules-64; the last twentieth before): a loss printed 8-13 times an epoch
 * saw-tooths within each epoch, so the last epoch's lowest print can lie 5-10 prints from the end
 * of an 80-130 print run, while the epochs' levels still fall.
 */
export const LAST_STRETCH_MIN_POINTS = 20;
export const LAST_STRETCH_SIGNIFICANCE = 0.01;
export const LAST_STRETCH_BEST_SHARE = 0.1;
export const LAST_STRETCH_MIN_FALL = 0.01;

// ---- Noisy validation -------------------------------------------------------------------------

/** Validation loss whose robust point-to-point noise exceeds 5 % of its level (same estimator as oscillation). */
export const NOISY_VALIDATION_RELATIVE_NOISE = 0.05;
/** ...and at least 3 × the training loss's noise: the evaluation, not the optimiser, is noisy. Calibrated. */
export const NOISY_VALIDATION_MIN_NOISE_RATIO = 3;
/**
 * ...read on more evaluations than the bare minimum a noise level needs (`MIN_POINTS_FOR_NOISE`):
 * on 10 points of a curve still bending down, the robust noise is mostly the bend the smoother
 * cannot follow (rules-43: of the 18 real runs of exactly 10 evaluations where it was reported,
 * the labellers expected it on 1, allowed it on 11 and refuted it on 6; from 11 evaluations on, 4
 * refuted of 107 reported).
 */
export const NOISY_VALIDATION_MIN_POINTS = 11;
/**
 * ...and the curve turns, up then down, at a third of its evaluations or more (rules-69): points of an
 * independent noise turn at two thirds of them, and a curve that falls evaluation after evaluation,
 * its robust noise the bend of an accelerating fall read on the log scale or the steps of values
 * printed to three decimals (0.024, 0.008, 0.006, 0.006), does not jump from one evaluation to the
 * next (the hundred-and-seventieth corpus's a05: 2 turns in 13, reported and refuted by both labellers).
 */
export const NOISY_VALIDATION_MIN_TURNING_SHARE = 1 / 3;

/** All thresholds; pass any subset to `diagnose(history, overrides)`. */
export const DEFAULT_THRESHOLDS = {
  minPointsForTrends: MIN_POINTS_FOR_TRENDS,
  maxPointsBeforeBucketing: MAX_POINTS_BEFORE_BUCKETING,
  bucketTarget: BUCKET_TARGET,
  trendSignificance: TREND_SIGNIFICANCE,
  plateauNoFallPValue: PLATEAU_NO_FALL_P_VALUE,
  minPointsForNoise: MIN_POINTS_FOR_NOISE,
  plateauWindow: PLATEAU_WINDOW,
  plateauMinWindow: PLATEAU_MIN_WINDOW,
  plateauMinRelativeDecrease: PLATEAU_MIN_RELATIVE_DECREASE,
  plateauMaxChange: PLATEAU_MAX_CHANGE,
  plateauPatience: PLATEAU_PATIENCE,
  trainProgressMinDecrease: TRAIN_PROGRESS_MIN_DECREASE,
  divergenceFactor: DIVERGENCE_FACTOR,
  divergenceMinPoints: DIVERGENCE_MIN_POINTS,
  divergenceThreshold: DIVERGENCE_THRESHOLD,
  blowUpAtStartFactor: BLOW_UP_AT_START_FACTOR,
  oscillationRelativeNoise: OSCILLATION_RELATIVE_NOISE,
  spikeRelativeJump: SPIKE_RELATIVE_JUMP,
  spikeNoiseMultiple: SPIKE_NOISE_MULTIPLE,
  spikeWindow: SPIKE_WINDOW,
  spikeEchoEvaluations: SPIKE_ECHO_EVALUATIONS,
  generalisationLossAlpha: GENERALISATION_LOSS_ALPHA,
  overfittingMinPointsAfterOnset: OVERFITTING_MIN_POINTS_AFTER_ONSET,
  severeGeneralisationLoss: SEVERE_GENERALISATION_LOSS,
  gapMinGrowth: GAP_MIN_GROWTH,
  gapWholeRunMaxPoints: GAP_WHOLE_RUN_MAX_POINTS,
  overfitRatioThreshold: OVERFIT_RATIO_THRESHOLD,
  underfittingMinRemainingFraction: UNDERFITTING_MIN_REMAINING_FRACTION,
  underfittingMaxGapRatio: UNDERFITTING_MAX_GAP_RATIO,
  underfittingMaxTrainAccuracy: UNDERFITTING_MAX_TRAIN_ACCURACY,
  chanceLossTolerance: CHANCE_LOSS_TOLERANCE,
  majorityMaxTrainAccuracyMargin: MAJORITY_MAX_TRAIN_ACCURACY_MARGIN,
  noProgressMaxTotalDecrease: NO_PROGRESS_MAX_TOTAL_DECREASE,
  linearDeclineMaxRatio: LINEAR_DECLINE_MAX_RATIO,
  slowDeclineMaxTotalDecrease: SLOW_DECLINE_MAX_TOTAL_DECREASE,
  stillImprovingBestWithin: STILL_IMPROVING_BEST_WITHIN,
  lastStretchMinPoints: LAST_STRETCH_MIN_POINTS,
  lastStretchSignificance: LAST_STRETCH_SIGNIFICANCE,
  lastStretchBestShare: LAST_STRETCH_BEST_SHARE,
  lastStretchMinFall: LAST_STRETCH_MIN_FALL,
  noisyValidationRelativeNoise: NOISY_VALIDATION_RELATIVE_NOISE,
  noisyValidationMinNoiseRatio: NOISY_VALIDATION_MIN_NOISE_RATIO,
  noisyValidationMinPoints: NOISY_VALIDATION_MIN_POINTS,
  noisyValidationMinTurningShare: NOISY_VALIDATION_MIN_TURNING_SHARE,
} as const;

export type DiagnoseThresholds = { -readonly [K in keyof typeof DEFAULT_THRESHOLDS]: number };
