/** The comparison engine behind `losskit compare` and `losskit demo`. */
export {
  compareLosses, COMPARE_DEFAULTS, COMPARE_DEFAULT_SEED, type CompareHooks, type CompareOptions, type CompareProgress, type LossChoice,
} from './compare.js';
export { DEMO_COMPARISONS, runDemo, type DemoHooks } from './demo.js';
export { claimLines, failureWarnings, formatComparisonTable, formatMetric, medianEpochs, metricHeading, primarySummary } from './format.js';
export { BALANCED, defaultLabel, resolveBalancedOptions } from './loss-options.js';
export { LEARNED_NOTHING_SKILL, formatSummary } from './verdict.js';
export type {
  Baseline, ClassificationPredictions, ComparisonResult, ComparisonRun, ComparisonSettings, EvaluationDesign, EvaluationRun,
  CheckedClaim, ClaimOutcome, ClaimPart, MetricSummary, PairedComparison, RegressionPredictions, RunFailure, RunFinding, RunNoClearAnswer, RunPredictions, Verdict,
} from './types.js';
export { checkClaim, type Claim } from './claims.js';
export type { DemoComparison } from './demo.js';
