/**
 * losskit's metrics: pure, browser-safe functions on plain or typed arrays, defined as in
 * scikit-learn's sklearn.metrics and tested against its documented examples.
 */
export type { Probabilities, Values } from './inputs.js';
export { predictedClasses, probabilityMatrix } from './inputs.js';
export { mae, medianAbsoluteError, r2, regressionMetrics, rmse } from './regression.js';
export { LOG_LOSS_EPSILON, accuracy, balancedAccuracy, confusionMatrix, logLoss, precisionRecallF1 } from './classification.js';
export type { ClassScores, PrecisionRecallF1 } from './classification.js';
export { prAuc, rocAuc, rocAucOneVsRest } from './ranking.js';
export type { RocAucOptions } from './ranking.js';
export { DEFAULT_CALIBRATION_BINS, expectedCalibrationError } from './calibration.js';
export type { CalibrationBin, CalibrationOptions, CalibrationResult } from './calibration.js';
export { METRICS, classificationMetrics, primaryMetric } from './summary.js';
export type { MetricInfo } from './summary.js';
