/**
 * `losskit/monitor`: the referee for a training run. A `History` of named series, TensorBoard's
 * smoothing, `diagnose(history)` with documented thresholds, and Keras-exact callbacks.
 * Browser-safe: nothing here reads files (the log readers live in `losskit/io`).
 */

// History of named series
export { History } from './history.js';
export type { EpochRecordLike, PointInput, Series, SeriesPoint } from './history.js';
export { cellNumber, type LoggedCell } from './history-cells.js';
export { isPlaceholderLoss, isScoreNamedBySplit } from './history-loss-roles.js';
export { isAdversarialTotal } from './history-adversarial.js';
export { abbreviatesLoss, AXIS_NAMES, isAxisName, isNamedLoss, isPerplexity, isPerplexityName, isSplitLossFunctionName, isTotalLossName, isValidationSplitWord, lossFunctionOf, lossWordCased, seriesName } from './history-names.js';
export type { SeriesGranularity, SeriesName, SeriesNameOptions, SeriesRole, SeriesSplit } from './history-names.js';
export { HISTORY_JSON_FORMAT, HISTORY_JSON_VERSION } from './history-json.js';
export type { HistoryJson, HistoryJsonPoint, HistoryJsonSeries, JsonNumber } from './history-json.js';

// Smoothing
export { TENSORBOARD_SMOOTHING_WEIGHT, median, rollingMedian, smoothEma } from './smoothing.js';

// Diagnosis
export { diagnose } from './diagnose.js';
export { diagnosisAnswer, diagnosisSummary, noClearAnswer, noClearAnswerNote } from './diagnose-notes.js';
export { mannKendall, theilSenSlope, robustNoise, trendOf, normalCdf } from './trend-tests.js';
export type { MannKendall, Trend } from './trend-tests.js';
export { FINDING_KINDS } from './diagnose-types.js';
export { formatPosition } from './diagnose-stats.js';
export type { DiagnosisAnswer, Finding, FindingKind, FindingRange, NoClearAnswer, NoClearAnswerReason, Severity } from './diagnose-types.js';
export {
  BUCKET_TARGET,
  DEFAULT_THRESHOLDS,
  DIVERGENCE_FACTOR,
  DIVERGENCE_MIN_POINTS,
  DIVERGENCE_THRESHOLD,
  GAP_MIN_GROWTH,
  GENERALISATION_LOSS_ALPHA,
  LINEAR_DECLINE_MAX_RATIO,
  MAX_POINTS_BEFORE_BUCKETING,
  MIN_POINTS_FOR_TRENDS,
  NOISY_VALIDATION_MIN_NOISE_RATIO,
  NOISY_VALIDATION_RELATIVE_NOISE,
  NO_PROGRESS_MAX_TOTAL_DECREASE,
  OSCILLATION_RELATIVE_NOISE,
  OVERFITTING_MIN_POINTS_AFTER_ONSET,
  OVERFIT_RATIO_THRESHOLD,
  PLATEAU_MAX_CHANGE,
  PLATEAU_MIN_RELATIVE_DECREASE,
  PLATEAU_MIN_WINDOW,
  PLATEAU_PATIENCE,
  PLATEAU_WINDOW,
  SEVERE_GENERALISATION_LOSS,
  SLOW_DECLINE_MAX_TOTAL_DECREASE,
  SPIKE_NOISE_MULTIPLE,
  SPIKE_RELATIVE_JUMP,
  SPIKE_ECHO_EVALUATIONS,
  SPIKE_WINDOW,
  STILL_IMPROVING_BEST_WITHIN,
  TRAIN_PROGRESS_MIN_DECREASE,
  TREND_SIGNIFICANCE,
  UNDERFITTING_MAX_GAP_RATIO,
  UNDERFITTING_MAX_TRAIN_ACCURACY,
  UNDERFITTING_MIN_REMAINING_FRACTION,
} from './thresholds.js';
export type { DiagnoseThresholds } from './thresholds.js';

// Callbacks (Keras 3 semantics)
export { EarlyStopping } from './callbacks-early-stopping.js';
export type { EarlyStoppingOptions } from './callbacks-early-stopping.js';
export { ReduceLROnPlateau, TORCH_PLATEAU_EPS } from './callbacks-plateau.js';
export type { PlateauSemantics, ReduceLROnPlateauOptions, ThresholdMode } from './callbacks-plateau.js';
export {
  logsFromEpoch, runEpochEnd, earlyStoppingDirection, plateauDirection, KERAS_METRIC_DIRECTIONS, LOSSKIT_METRIC_DIRECTIONS, warnOnConsole,
} from './callbacks.js';
export type {
  EpochLogs, MonitorMode, TrainingCallback, TrainingControls, EpochDecision, CombinedDecision, MonitorDirection, EpochSummary, WarningSink,
} from './callbacks.js';
