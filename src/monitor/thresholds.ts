/**
 * Every threshold `diagnose` uses: a named constant with its source, collected in
 * `DEFAULT_THRESHOLDS`, each overridable through `diagnose(history, overrides)`.
 *
 * Sources: Amazon SageMaker Debugger built-in rules (docs.aws.amazon.com/sagemaker/latest/dg/
 * debugger-built-in-rules.html: LossNotDecreasing, Overfit, Overtraining), L. Prechelt, "Early
 * Stopping — But When?" (Neural Networks: Tricks of the Trade, LNCS 1524, 1998: GL, P_k, PQ, UP),
 * Keras / PyTorch callback defaults, PyTorch Lightning's EarlyStopping, TensorBoard's smoothing.
 * Where a published value is for a different scale (per optimiser step rather than per epoch)
 * the constant says how it was adapted; values marked "calibrated" were set on the labelled
 * curves in test/monitor/evaluation-curves.ts and keep their published rule's shape.
 */
import { TENSORBOARD_SMOOTHING_WEIGHT } from './smoothing.js';

// ---- Applicability ----------------------------------------------------------------------------

/**
 * Fewer finite points than this: only the non-finite and divergence rules run (a 4-epoch run has
 * no trend to read). Prechelt's training-progress strip is k = 5 epochs; one strip is the least.
 */
export const MIN_POINTS_FOR_TRENDS = 5;

/**
 * Longer series (per-step logs) are averaged in buckets of ceil(n / BUCKET_TARGET) points first,
 * so the rules see a curve like per-epoch means. Calibrated; TensorBoard's scalar downsampling
 * keeps 1000 points for display, which is more than the rules need.
 */
export const MAX_POINTS_BEFORE_BUCKETING = 200;
export const BUCKET_TARGET = 100;

/** Smoothing weight for the rules' smoothed curves: TensorBoard's default (0.6). */
export const SMOOTHING_WEIGHT = TENSORBOARD_SMOOTHING_WEIGHT;

// ---- Divergence -------------------------------------------------------------------------------

/**
 * Divergence: the loss climbs above this multiple of its running minimum and stays there. The
 * ecosystem survey's synthesis of Lightning's `divergence_threshold` and common practice uses
 * 2–4 × the running minimum; 2 is the sensitive end.
 */
export const DIVERGENCE_FACTOR = 2;
/**
 * ...for this many consecutive points (or to the end of the run, at least 2), both read on the
 * smoothed curve so a single spike is not a divergence. SageMaker's rules use `patience` points
 * the same way.
 */
export const DIVERGENCE_MIN_POINTS = 3;
/** An absolute bound: any loss above it counts as diverged. Lightning's `divergence_threshold` (default None = off). */
export const DIVERGENCE_THRESHOLD = Infinity;

// ---- Learning rate too high: oscillation and spikes -------------------------------------------

/**
 * Oscillation: robust point-to-point noise of the training loss, relative to its level, above
 * 5 %. Per-epoch training loss is a mean over many batches and moves smoothly when the step
 * size is right; CS231n's "loss bounces" and AUTOTRAINER's oscillating-loss symptom (Zhang et al.,
 * ICSE 2021) name the shape, the level is calibrated.
 */
export const OSCILLATION_RELATIVE_NOISE = 0.05;
/** Spike: a point at least 50 % above the median of the points before it (calibrated; ExplodingTensor-style jump). */
export const SPIKE_RELATIVE_JUMP = 0.5;
/** Points before a candidate spike whose median is the reference (Prechelt's strip length, k = 5). */
export const SPIKE_WINDOW = 5;

// ---- Overfitting (Prechelt) -------------------------------------------------------------------

/**
 * Prechelt's GL_alpha: generalisation loss GL(t) = 100 · (E_va(t) / min_{t' <= t} E_va(t') − 1)
 * in percent; overfitting when GL exceeds alpha. Prechelt studies alpha = 1..5; 5 is the
 * least trigger-happy (on the smoothed validation curve, so noise does not trip it).
 */
export const GENERALISATION_LOSS_ALPHA = 5;
/** Points after the validation minimum before GL is trusted (Prechelt's UP_s with s = 3 successive rises, one point per strip). */
export const OVERFITTING_MIN_POINTS_AFTER_ONSET = 3;
/**
 * ...and beat this many standard deviations of the smoothed validation noise: the minimum of
 * a noisy curve sits about 2–2.5 σ below its level and the end value ±1.5 σ, so 4 σ keeps
 * evaluation noise from reading as overfitting. Calibrated.
 */
export const OVERFITTING_NOISE_MULTIPLE = 4;
/** GL above this (percent) makes the finding critical: the run kept training long past its best. Calibrated. */
export const SEVERE_GENERALISATION_LOSS = 20;
/**
 * SageMaker Debugger `Overfit` rule `ratio_threshold = 0.1`: (mean val − mean train) / mean
 * train. Reported as evidence for overfitting; below it train and validation count as "close"
 * for underfitting.
 */
export const OVERFIT_RATIO_THRESHOLD = 0.1;

// ---- Trends: plateau, underfitting, learning rate too low, still improving --------------------

/** Window for "no relative improvement": SageMaker LossNotDecreasing `num_steps = 10`, Keras ReduceLROnPlateau `patience = 10`. Shrinks to half the run for short runs. */
export const PLATEAU_WINDOW = 10;
/** The window never shrinks below this; runs too short for it get no trend findings. */
export const PLATEAU_MIN_WINDOW = 4;
/**
 * Plateau: the trend over the window (robust Theil–Sen line) falls by less than 1 % of the
 * level. SageMaker's `diff_percent = 0.1` (%) compares raw per-step losses; per-epoch curves
 * carry evaluation noise of about a percent, so the epoch-level bar is 1 % (calibrated).
 */
export const PLATEAU_MIN_RELATIVE_DECREASE = 0.01;
/**
 * Underfitting: stalled with the final training loss still above 30 % of its first value
 * (calibrated; CS231n: "no gap and high loss → underfit")...
 */
export const UNDERFITTING_MIN_REMAINING_FRACTION = 0.3;
/** ...and validation within 10 % of training: SageMaker `Overfit` `ratio_threshold` (0.1). */
export const UNDERFITTING_MAX_GAP_RATIO = OVERFIT_RATIO_THRESHOLD;
/**
 * Not moving: the loss fell by less than 5 % of its first value over the whole run. CS231n:
 * "loss flat from the start → learning rate too low (or a bad initialisation)"; Prechelt's
 * stalled-progress test (P_k < 0.1) has the same shape. Calibrated: underfitting and plateau
 * runs fall by 15 % or more before they stall; a too-small learning rate on MNIST moves 2–3 %.
 */
export const NO_PROGRESS_MAX_TOTAL_DECREASE = 0.05;
/**
 * Slow steady decline: the fall over the run is beyond its noise and the first half of the
 * run fell less than 1.5 × as much as the second.
 * A well-tuned run decelerates (exponential-like decay: the first half falls several times as
 * much); a constant rate means each step is too small to reach the curvature. Calibrated.
 */
export const LINEAR_DECLINE_MAX_RATIO = 1.5;
/**
 * Still improving: the monitored loss (validation if logged) fell by at least 5 % over the last
 * window, beyond its noise, and its best value (centred 3-point median) is among the last 2
 * points — an EarlyStopping(patience = window) monitor would still be seeing new bests.
 * Calibrated: runs stopped by early stopping a few epochs after their best still show up to
 * ~3.5 % over the window from the descent before it; 5 % is the first level that clears them.
 */
export const STILL_IMPROVING_MIN_RELATIVE_DECREASE = 0.05;
export const STILL_IMPROVING_BEST_WITHIN = 2;
/** A trend must exceed this many standard errors of the window's noise to count (2 ≈ 95 %). */
export const TREND_NOISE_MULTIPLE = 2;

// ---- Noisy validation -------------------------------------------------------------------------

/** Validation loss whose robust point-to-point noise exceeds 5 % of its level (same estimator as oscillation). */
export const NOISY_VALIDATION_RELATIVE_NOISE = 0.05;
/** ...and at least 3 × the training loss's noise: the evaluation, not the optimiser, is noisy. Calibrated. */
export const NOISY_VALIDATION_MIN_NOISE_RATIO = 3;

/** All thresholds; pass any subset to `diagnose(history, overrides)`. */
export const DEFAULT_THRESHOLDS = {
  minPointsForTrends: MIN_POINTS_FOR_TRENDS,
  maxPointsBeforeBucketing: MAX_POINTS_BEFORE_BUCKETING,
  bucketTarget: BUCKET_TARGET,
  smoothingWeight: SMOOTHING_WEIGHT,
  divergenceFactor: DIVERGENCE_FACTOR,
  divergenceMinPoints: DIVERGENCE_MIN_POINTS,
  divergenceThreshold: DIVERGENCE_THRESHOLD,
  oscillationRelativeNoise: OSCILLATION_RELATIVE_NOISE,
  spikeRelativeJump: SPIKE_RELATIVE_JUMP,
  spikeWindow: SPIKE_WINDOW,
  generalisationLossAlpha: GENERALISATION_LOSS_ALPHA,
  overfittingMinPointsAfterOnset: OVERFITTING_MIN_POINTS_AFTER_ONSET,
  overfittingNoiseMultiple: OVERFITTING_NOISE_MULTIPLE,
  severeGeneralisationLoss: SEVERE_GENERALISATION_LOSS,
  overfitRatioThreshold: OVERFIT_RATIO_THRESHOLD,
  plateauWindow: PLATEAU_WINDOW,
  plateauMinWindow: PLATEAU_MIN_WINDOW,
  plateauMinRelativeDecrease: PLATEAU_MIN_RELATIVE_DECREASE,
  underfittingMinRemainingFraction: UNDERFITTING_MIN_REMAINING_FRACTION,
  underfittingMaxGapRatio: UNDERFITTING_MAX_GAP_RATIO,
  noProgressMaxTotalDecrease: NO_PROGRESS_MAX_TOTAL_DECREASE,
  linearDeclineMaxRatio: LINEAR_DECLINE_MAX_RATIO,
  stillImprovingMinRelativeDecrease: STILL_IMPROVING_MIN_RELATIVE_DECREASE,
  stillImprovingBestWithin: STILL_IMPROVING_BEST_WITHIN,
  trendNoiseMultiple: TREND_NOISE_MULTIPLE,
  noisyValidationRelativeNoise: NOISY_VALIDATION_RELATIVE_NOISE,
  noisyValidationMinNoiseRatio: NOISY_VALIDATION_MIN_NOISE_RATIO,
} as const;

export type DiagnoseThresholds = { -readonly [K in keyof typeof DEFAULT_THRESHOLDS]: number };
