/**
 * The browser-safe part of `losskit/data`: seeded train / validation / test splits, user tables
 * parsed from text (CSV, JSON, JSONL), datasets built from arrays, seeded random streams. What
 * a bundler gets for `losskit/data` when it does not target Node; Node gets index.ts, these
 * plus the embedded datasets (read from the package's data/ folder) and `loadTable` (a path).
 */
export type { Dataset, DatasetInfo, FeatureScaling, PreparedSplit, PrepareOptions, Standardisation, Task } from './types.js';
export {
  DEFAULT_SPLIT_SEED, DEFAULT_TEST_FRACTION, DEFAULT_VALIDATION_FRACTION, OUTLIER_MAX_STDS, OUTLIER_MIN_STDS, prepareSplit,
} from './prepare.js';
export { MAX_INFERRED_CLASSES, MAX_ONE_HOT_VALUES, MISSING_CATEGORY, parseTable } from './table-dataset.js';
export type { LoadedTable, TableOptions } from './table-dataset.js';
export type { TableFormat } from './table-parse.js';
export { classCounts, classTotal, createDataset } from './dataset.js';
export type { Cell, DatasetParts } from './dataset.js';
export { createRandom, createStream, shuffleInPlace } from '../core/random.js';
export type { Random } from '../core/random.js';
