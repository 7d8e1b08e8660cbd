/** The comparison engine behind `losskit compare` and `losskit demo`. */
export { compareLosses, COMPARE_DEFAULT_SEED, type CompareHooks, type CompareOptions, type CompareProgress, type LossChoice } from './compare.js';
export { DEMO_COMPARISONS, runDemo, type DemoHooks } from './demo.js';
export { formatComparisonTable, formatMetric } from './format.js';
export { BALANCED, defaultLabel, resolveBalancedOptions } from './loss-options.js';
export type {
  ClassificationPredictions, ComparisonResult, ComparisonRun, ComparisonSettings, RegressionPredictions, RunPredictions,
} from './types.js';
