/**
 * losskit's datasets: the registry of embedded real data, seeded train / validation / test
 * splits with optional outliers and class imbalance, and user tables (CSV, JSON, JSONL).
 * The registry and `loadTable` read files (Node); everything else is browser-safe.
 */
export type { Dataset, DatasetInfo, FeatureScaling, PreparedSplit, PrepareOptions, Standardisation, Task } from './types.js';
export { getDataset, listDatasets } from './registry.js';
export {
  DEFAULT_SPLIT_SEED, DEFAULT_TEST_FRACTION, DEFAULT_VALIDATION_FRACTION, OUTLIER_MAX_STDS, OUTLIER_MIN_STDS, prepareSplit,
} from './prepare.js';
export { loadTable, parseTable } from './load-table.js';
export { MAX_INFERRED_CLASSES, MAX_ONE_HOT_VALUES, MISSING_CATEGORY } from './table-dataset.js';
export type { LoadedTable, TableOptions } from './table-dataset.js';
export type { TableFormat } from './table-parse.js';
export { loadAutoMpg, loadBoston, loadIris, loadPenguins } from './embedded.js';
export { DEFAULT_MNIST_DIGIT, loadMnist, loadMnistBinary } from './mnist.js';
export { classCounts, classTotal, createDataset } from './dataset.js';
export type { Cell, DatasetParts } from './dataset.js';
export { createRandom, createStream, shuffleInPlace } from '../core/random.js';
export type { Random } from '../core/random.js';
