/**
 * JSON histories keyed by split, read as the flat shapes the other readers know: a history keyed by
 * loss then split (`{"loc_loss": {"train": [...], "validation": [...]}}`) or by split then name
 * (`{"train": {"loss": [...]}, "val": {"loss": [...]}}`) becomes a Keras-style dict of lists
 * (`loc_loss`, `val_loc_loss`), and per-epoch records keyed by split and epoch (`{"train_epoch_1":
 * {...}, "val_epoch_1": {...}}`) and per-split lists of per-epoch records (`{"train": [{"loss": ..}, ...],
 * "val": [...]}`) become a record list. One place for the split names and their
 * prefixes ('' for train, 'val_', 'test_'), so both shapes, the detection (json-log.ts) and the
 * container fallback (json-containers.ts) name a split's series alike. Browser-safe.
 */
import { holdsLoss, isNumberList, isObject, isRecordList, numeric, PLACE_KEYS } from './json-shapes.js';
import { namesLoss } from './series.js';
import type { JsonObject } from './json-shapes.js';

/** Keys as the notes name them: `'train', 'val'`. */
const quoted = (keys: readonly string[]) => keys.map((key) => `'${key}'`).join(', ');

/** The keys of a per-split object and the prefix each split's series gets ('' for training). */
export const SPLIT_PREFIXES = new Map([['train', ''], ['validation', 'val_'], ['val', 'val_'], ['valid', 'val_'], ['test', 'test_']]);

/** True for `{"train": [...], "validation": [...]}`: per-split lists of numbers and nothing else. */
export const isSplitObject = (value: unknown): value is Record<string, (number | null)[]> =>
  isObject(value) && Object.keys(value).length > 0 && Object.entries(value).every(([split, list]) => SPLIT_PREFIXES.has(split) && isNumberList(list));

/** True for one split's history under a split key (`"val": {"loss": [...], "accuracy": [...]}`): some '...loss...' list of numbers. */
export const isSplitHistory = (value: unknown): value is JsonObject =>
  isObject(value) && Object.entries(value).some(([key, list]) => namesLoss(key) && isNumberList(list));

/** A key naming one split's record for one epoch: `train_epoch_1`, `val_epoch_12` (also `val-epoch-3`, `testepoch3`). */
const SPLIT_EPOCH_KEY = /^([a-z]+)[_-]?epoch[_-]?(\d+)$/i;

/** The split prefix and epoch of a `train_epoch_1`-style key, undefined for other keys. */
export function splitEpochOf(key: string): { prefix: string; epoch: number } | undefined {
  const match = SPLIT_EPOCH_KEY.exec(key);
  const prefix = match === null ? undefined : SPLIT_PREFIXES.get(match[1].toLowerCase());
  return prefix === undefined ? undefined : { prefix, epoch: Number(match![2]) };
}

/** True for `{"train_epoch_1": {"total_loss": ..}, "val_epoch_1": {..}, ...}`: some such record holds a '...loss...' number. */
export const hasEpochRecords = (document: JsonObject): boolean =>
  Object.entries(document).some(([key, value]) => splitEpochOf(key) !== undefined && holdsLoss(value));

/** One split's history under its split key (`"val": {"loss": [...]}`). */
const bySplit = (key: string, value: unknown): value is JsonObject => SPLIT_PREFIXES.has(key) && isSplitHistory(value);

/** True for a document holding either split-keyed shape `flattenSplits` reads. */
export const isSplitKeyed = (document: JsonObject): boolean =>
  Object.entries(document).some(([key, value]) => isSplitObject(value) || bySplit(key, value));

/**
 * A history keyed by loss, then by split (`{"loc_loss": {"train": [...], "validation": [...]}}`, as
 * a script keeping one dict per loss writes it), or by split, then by name (`{"train": {"loss":
 * [...]}, "val": {"loss": [...]}}`, one dict per split), as the flat dict of lists a Keras history
 * is: train keeps the name (`loc_loss`, `loss`), validation / val / valid prefix it with 'val_'
 * (`val_loc_loss`, `val_loss`), test with 'test_'. Undefined when the document has neither shape.
 */
export function flattenSplits(document: JsonObject): { columns: JsonObject; notes: string[] } | undefined {
  if (!isSplitKeyed(document)) return undefined;
  const columns: JsonObject = {};
  const lossFirst: string[] = [];
  const splitFirst: string[] = [];
  // A plain list of the same name in the document wins (it is the writer's own series).
  const put = (name: string, list: unknown) => {
    if (!(name in columns) && (!(name in document) || isSplitObject(document[name]) || bySplit(name, document[name]))) columns[name] = list;
  };
  for (const [key, value] of Object.entries(document)) {
    if (isSplitObject(value)) {
      lossFirst.push(key);
      for (const [part, list] of Object.entries(value)) put(`${SPLIT_PREFIXES.get(part)}${key}`, list);
    } else if (bySplit(key, value)) {
      splitFirst.push(key);
      for (const [name, list] of Object.entries(value)) put(`${SPLIT_PREFIXES.get(key)}${name}`, list);
    } else if (!(key in columns)) {
      columns[key] = value;
    }
  }
  const notes = [
    ...(lossFirst.length === 0 ? [] : [`per-split lists read as series: ${quoted(lossFirst)} (train as the name, validation as 'val_' + the name, test as 'test_' + the name)`]),
    ...(splitFirst.length === 0 ? [] : [`per-split dicts of lists read as series: ${quoted(splitFirst)} (the train split's names as they are, validation's as 'val_' + the name, test's as 'test_' + the name)`]),
  ];
  return { columns, notes };
}

/**
 * Per-epoch records keyed by split and epoch (`{"train_epoch_1": {"total_loss": 4.7, ...},
 * "val_epoch_1": {...}, ...}`) as a record list: each record placed at the epoch its key names,
 * its names prefixed by its split as `flattenSplits` does; other keys are named in a note.
 */
export function epochRecords(document: JsonObject): { records: JsonObject[]; notes: string[] } {
  const keyed: { epoch: number; record: JsonObject }[] = [];
  const skipped: string[] = [];
  for (const [key, value] of Object.entries(document)) {
    const place = splitEpochOf(key);
    if (place === undefined || !isObject(value)) {
      skipped.push(key);
      continue;
    }
    const record: JsonObject = { epoch: place.epoch };
    for (const [name, item] of Object.entries(value)) if (!PLACE_KEYS.has(name)) record[`${place.prefix}${name}`] = item;
    keyed.push({ epoch: place.epoch, record });
  }
  // In epoch order whatever the key order (a sorted dump puts 'train_epoch_10' before 'train_epoch_2').
  keyed.sort((a, b) => a.epoch - b.epoch);
  const epochs = new Set(keyed.map(({ epoch }) => epoch)).size;
  const notes = [
    `per-epoch records keyed by split and epoch ('train_epoch_1', 'val_epoch_1', ...; ${epochs} epochs): each placed at its key's epoch, the train split's names as they are, validation's as 'val_' + the name, test's as 'test_' + the name`,
    ...(skipped.length === 0 ? [] : [`not split-and-epoch records, skipped: ${quoted(skipped)}`]),
  ];
  return { records: keyed.map(({ record }) => record), notes };
}

/** True for `{"train": [{"loss": ..}, ...], "val": [...]}`: some split key holds a list of records one of which holds a '...loss...' number. */
export const hasSplitRecords = (document: JsonObject): boolean =>
  Object.entries(document).some(([key, value]) => SPLIT_PREFIXES.has(key) && isRecordList(value));

/**
 * Per-split lists of per-epoch records (`{"train": [{"loss": 0.38, "accuracy": 0.83}, ...], "val":
 * [...], "lr": [...]}`, a PyTorch script's own history, readers-134) as one record list: the i-th
 * record of each split placed at its own `step` or `epoch`, else at epoch i, its names prefixed by
 * its split as `flattenSplits` does; a list of numbers beside the splits as long as the longest
 * split (a learning rate per epoch) joins the training split's records under its own name; other
 * keys are named in a note. One training, not one per split (the container fallback's reading).
 */
export function splitRecords(document: JsonObject): { records: JsonObject[]; notes: string[] } {
  const splits = Object.entries(document).filter((entry): entry is [string, unknown[]] => SPLIT_PREFIXES.has(entry[0]) && isRecordList(entry[1]));
  const length = splits.reduce((longest, [, list]) => Math.max(longest, list.length), 0);
  const perEpoch = Object.entries(document).filter((entry): entry is [string, (number | null)[]] =>
    !SPLIT_PREFIXES.has(entry[0]) && isNumberList(entry[1]) && entry[1].length === length);
  const skipped = Object.keys(document).filter((key) => !splits.some(([split]) => split === key) && !perEpoch.some(([name]) => name === key));
  const placed: { place: number; record: JsonObject }[] = [];
  for (const [split, list] of splits) {
    list.forEach((item, index) => {
      if (!isObject(item)) return;
      const step = numeric(item['step']);
      const epoch = numeric(item['epoch']) ?? (step === undefined ? index : undefined);
      const record: JsonObject = { ...(step === undefined ? {} : { step }), ...(epoch === undefined ? {} : { epoch }) };
      for (const [name, value] of Object.entries(item)) if (!PLACE_KEYS.has(name)) record[`${SPLIT_PREFIXES.get(split)}${name}`] = value;
      if (split === 'train') for (const [name, values] of perEpoch) record[name] = values[index];
      placed.push({ place: step ?? epoch ?? index, record });
    });
  }
  // In the order of the epochs, the splits of one epoch together, as the training logged them.
  placed.sort((a, b) => a.place - b.place);
  const notes = [
    `per-split lists of per-epoch records read as one training: ${quoted(splits.map(([split]) => split))} (each record at its step or epoch, else at its position; the train split's names as they are, validation's as 'val_' + the name, test's as 'test_' + the name)`,
    ...(perEpoch.length === 0 ? [] : [`per-epoch lists beside them joined the training records: ${quoted(perEpoch.map(([name]) => name))}`]),
    ...(skipped.length === 0 ? [] : [`not per-split records, skipped: ${quoted(skipped)}`]),
  ];
  return { records: placed.map(({ record }) => record), notes };
}
