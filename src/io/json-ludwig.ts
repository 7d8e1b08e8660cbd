/**
 * Ludwig's `training_statistics.json` (ludwig/api.py `LudwigModel.train` saves it at the end of
 * training; `ludwig.utils.trainer_utils` keeps the metrics): three split blocks, each keyed by
 * output feature (and 'combined', the losses of all outputs summed by their weights, what the
 * optimiser minimises) and then by metric,
 *
 *   {"training":   {"combined": {"loss": [...]}, "label": {"loss": [...], "accuracy": [...]}},
 *    "validation": {...}, "test": {...}}
 *
 * each list holding one value per evaluation round (an epoch by default): plain numbers up to
 * Ludwig 0.4, `TrainerMetric(epoch, step, value)` triples serialised as `[epoch, step, value]` since 0.5.
 *
 * ONE run, its roles by Ludwig's meaning rather than the generic split-keyed reading (which never
 * claimed the document and read one block, `validation.label`, as a run whose 'loss' was the
 * validation loss): the training block is the training loss, the validation block the validation
 * loss (the split Ludwig's early stopping watches, `validation_field` / `validation_metric`). The
 * loss is 'combined' (named 'loss', 'val_loss'), else the one output feature's loss when only one
 * is logged; per-feature series are named '<feature>_<metric>' ('label_loss', 'val_label_accuracy').
 * The test block is kept as metrics named 'testset_' + the name: the role table reads 'test' as a
 * validation split (PyTorch's 'Loss/test'), so 'test_loss' would be merged with 'val_loss' and be
 * monitored in its place. Browser-safe.
 */
import { isNumberList, isObject, type JsonObject } from './json-shapes.js';
import { logError, SeriesBuilder } from './series.js';
import type { ParsedLog } from './types.js';

/** Ludwig's split blocks (ludwig/constants.py TRAINING, VALIDATION, TEST) and the prefix their series get. */
const SPLIT_BLOCKS = new Map([['training', ''], ['validation', 'val_'], ['test', 'testset_']]);
/** The block of every output feature's weighted losses summed (ludwig/constants.py COMBINED). */
const COMBINED = 'combined';

/** A `[epoch, step, value]` triple, as Ludwig >= 0.5 serialises a `TrainerMetric`. */
const isTrainerMetric = (item: unknown): item is [number, number, number | null] =>
  Array.isArray(item) && item.length === 3 && typeof item[0] === 'number' && typeof item[1] === 'number' && (item[2] === null || typeof item[2] === 'number');

/** A metric's list: numbers or triples; empty where the split was never evaluated (no test set: Ludwig keeps the empty lists). */
const isMetricList = (value: unknown): boolean =>
  Array.isArray(value) && (value.length === 0 || isNumberList(value) || value.every(isTrainerMetric));
const isLoggedList = (value: unknown): boolean => isMetricList(value) && (value as unknown[]).length > 0;

/** One split block: output features (and 'combined') to metrics to per-round lists. */
const isSplitBlock = (value: unknown): value is Record<string, JsonObject> =>
  isObject(value) && Object.values(value).every((feature) => isObject(feature) && Object.values(feature).every(isMetricList));

/**
 * True for a Ludwig `training_statistics.json`: only the split blocks at the top, a training block
 * among them, each block output features of per-round metric lists, a logged 'loss' in the training block.
 */
export function isLudwigStatistics(document: unknown): document is Record<string, Record<string, JsonObject>> {
  if (!isObject(document) || !isObject(document['training'])) return false;
  if (!Object.entries(document).every(([key, block]) => SPLIT_BLOCKS.has(key) && isSplitBlock(block))) return false;
  return Object.values(document['training']).some((feature) => isObject(feature) && isLoggedList(feature['loss']));
}

/** A series' name: the combined block's metrics as they are, an output feature's as '<feature>_<metric>', after the split's prefix. */
const seriesName = (prefix: string, feature: string, metric: string) => `${prefix}${feature === COMBINED ? '' : `${feature}_`}${metric}`;

/** Reads a Ludwig `training_statistics.json` (see the module comment); `file` names it in messages. */
export function readLudwigStatistics(document: unknown, file: string): ParsedLog {
  if (!isLudwigStatistics(document)) throw logError(file, "not a Ludwig training_statistics.json: expected 'training', 'validation' and 'test' blocks of per-feature metric lists");
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  for (const [split, prefix] of SPLIT_BLOCKS) {
    for (const [feature, metrics] of Object.entries(document[split] ?? {})) {
      for (const [metric, list] of Object.entries(metrics)) {
        const name = seriesName(prefix, feature, metric);
        (list as unknown[]).forEach((item, index) => {
          // A plain list numbers the rounds from 0, as a Keras history does; a triple places its value itself.
          const [epoch, step, value] = isTrainerMetric(item) ? item : [index, index, item as number | null];
          if (value !== null) builder.add(name, { step, epoch, value });
        });
      }
    }
  }
  const series = builder.finish(file, warnings);
  const features = Object.keys(document['training']).filter((feature) => feature !== COMBINED);
  const lossFeature = COMBINED in document['training'] ? COMBINED : features.length === 1 ? features[0] : undefined;
  const roles: Record<string, 'trainLoss' | 'validationLoss'> = {};
  if (lossFeature !== undefined && lossFeature !== COMBINED) {
    roles[seriesName('', lossFeature, 'loss')] = 'trainLoss';
    if (seriesName('val_', lossFeature, 'loss') in series) roles[seriesName('val_', lossFeature, 'loss')] = 'validationLoss';
  }
  const notes = [
    "Ludwig's training_statistics.json: the training block is the training loss, the validation block the validation loss (the split its early stopping watches); " +
    `the loss is ${lossFeature === undefined ? 'not chosen (several output features, no combined loss)' : lossFeature === COMBINED ? "'combined' ('loss', 'val_loss')" : `the one output feature's, '${lossFeature}'`}, ` +
    "the output features' series are '<feature>_<metric>'; the test block is kept as metrics, 'testset_' + the name, not monitored",
  ];
  return { format: 'ludwig', series, warnings, notes, ...(Object.keys(roles).length === 0 ? {} : { roles }) };
}
