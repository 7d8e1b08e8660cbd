/**
 * losskit's statistics for honest comparisons (`losskit/stats`): Student's t distribution and
 * the Nadeau–Bengio corrected resampled t-test behind `compare`'s intervals and winners (and
 * any other tool that ranks models over repeated evaluations). Browser-safe, no dependencies.
 */
export { logGamma, regularizedIncompleteBeta, studentTCdf, studentTQuantile, studentTSurvival } from './student-t.js';
export { correctedResampledTTest, DEFAULT_CONFIDENCE, resampledMean } from './resampled.js';
export type { ResampledMean, ResampledTTest, ResamplingDesign } from './resampled.js';
export { formatEstimate, formatSignificant } from './format.js';
