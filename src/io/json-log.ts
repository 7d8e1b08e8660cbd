/**
 * Training logs that are one JSON document (not JSON lines):
 *
 *   - the Hugging Face Trainer's `trainer_state.json` (transformers `TrainerState.save_to_json`):
 *     `log_history` is a list of dicts, `{loss, grad_norm, learning_rate, epoch, step}` for
 *     training logs and `{eval_loss, eval_<metric>, eval_runtime, ..., epoch, step}` for
 *     evaluations, ending with one summary `{train_runtime, train_loss, total_flos, ...}` whose
 *     `train_loss` is the mean over the whole run: that entry is dropped (read as a point it
 *     fakes a jump at the last step). Every other numeric key becomes a series under its own
 *     name; `step` and `epoch` place the points (epochs are fractional).
 *   - a hand-written list of per-epoch records, `[{"epoch": 1, "train_loss": 0.9, "val_loss": 1.1},
 *     ...]` (`json.dump(history_records, f)`), read as `log_history` is: placed by `step`, else
 *     `epoch`, else the record's position (`timestamp` / `wall_time` is the points' wall time, as in
 *     JSON lines); some record must hold a '...loss...' number, not necessarily the first (a logger
 *     writing one record per group of metrics opens with the model's size and the learning rate).
 *   - a Keras history saved with `json.dump(model.fit(...).history, f)`: `{"loss": [...],
 *     "val_loss": [...]}`, one value per epoch, epochs numbered from 0 as Keras does, or by an
 *     `epoch` list when the writer added one. Hand-written histories often keep run metadata next
 *     to the lists (`"backbone": "EfficientNet-B0"`, `"classes": [...]`, `"phase_starts": [0, 15]`):
 *     only the per-epoch lists (numbers, as long as the loss lists) are series; the other keys
 *     are named in a note. A history keyed by loss and then by split, `{"loc_loss": {"train": [...],
 *     "validation": [...]}, ...}`, is read as that dict flattened: `loc_loss`, `val_loc_loss`; one keyed
 *     by split and then by name, `{"train": {"loss": [...]}, "val": {"loss": [...]}}`, likewise:
 *     `loss`, `val_loss`.
 *   - per-epoch records keyed by split and epoch, `{"train_epoch_1": {"total_loss": 4.7, ...},
 *     "val_epoch_1": {...}, ...}`: read as a record list, each record at its key's epoch, its
 *     names prefixed by its split as above (`total_loss`, `val_total_loss`).
 *   - the fallback, for a document none of the above claims as a whole (a script's own results file):
 *     its HISTORY CONTAINERS, searched at most `MAX_CONTAINER_DEPTH` keys deep through objects and
 *     lists: a list of >= 2 records some of which holds a '...loss...' number, an object with a
 *     '...loss...' list of >= 2 numbers (or keyed by loss then split, or by split then name), per-epoch
 *     records keyed by split and epoch, an object with a `log_history`. Each is read by the reader of
 *     its shape above. One container is the run (`{"args": {...}, "history": [...]}`: a note names
 *     'history' and the keys next to it, skipped); several are several trainings (`{"model_a":
 *     {"history": [...]}, "model_b": {"history": [...]}}`): `parseJsonTrainings` gives one each,
 *     named by its path ('model_a.history'), `parseJsonLog` the last in document order, the latest,
 *     its note naming the others. A single number or a one-point list is a summary, not a history.
 *
 * Python's bare NaN / Infinity are accepted. A history saved as Python's repr of the dict
 * (`str(history.history)`: single quotes, `nan`, NumPy 2's `np.float64(0.5)`), as the whole file or
 * as a JSON string holding it (`json.dump(str(history.history), f)`), is read as a Python literal
 * (python-literal.ts) and said so in a note. Browser-safe: takes the text, not a path.
 */
import { maxOf } from '../core/extent.js';
import { parsePythonJson, WALL_TIME_KEYS } from './jsonl-log.js';
import { looksLikePythonDict, parsePythonLiteral, PythonLiteralError } from './python-literal.js';
import { logError, SeriesBuilder } from './series.js';
import type { ParsedLog } from './types.js';

/** Keys of a `log_history` entry that place it, not series. */
const PLACE_KEYS = new Set(['step', 'epoch']);
/** Keys only the end-of-training summary entry has. */
const SUMMARY_KEYS = ['train_runtime', 'train_loss', 'train_samples_per_second'];

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A JSON value as a number: numbers (NaN / ±Infinity included), else undefined. */
const numeric = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function parseTrainerState(state: JsonObject, file: string): ParsedLog {
  const history = state['log_history'];
  if (!Array.isArray(history)) throw logError(file, `'log_history' must be a list of dicts, found ${typeof history}`);
  return { format: 'hf-trainer-state', ...readRecords(history, file, 'log_history', true) };
}

/**
 * Per-record series from a list of dicts (`log_history`, or a hand-written per-epoch list): each
 * record is placed by its `step`, else its `epoch`, else its index; `wall_time` / `wallTime` /
 * `timestamp` is its wall time (as in JSON lines); every other number is a point.
 * `dropSummary`: the Trainer's end-of-training summary entry is dropped (see the module comment).
 */
function readRecords(records: readonly unknown[], file: string, where: string, dropSummary: boolean): Omit<ParsedLog, 'format'> {
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  const notes: string[] = [];
  records.forEach((entry: unknown, index) => {
    if (!isObject(entry)) {
      warnings.push(`${file}: ${where}[${index}] is not a dict; skipped`);
      return;
    }
    if (dropSummary && SUMMARY_KEYS.some((key) => key in entry)) {
      const mean = numeric(entry['train_loss']);
      notes.push(`dropped log_history[${index}], the end-of-training summary` + (mean === undefined ? '' : ` (train_loss ${mean}, the mean over the whole run)`));
      return;
    }
    const epoch = numeric(entry['epoch']);
    const step = numeric(entry['step']) ?? epoch ?? index;
    const wallTime = WALL_TIME_KEYS.map((key) => numeric(entry[key])).find((value) => value !== undefined);
    for (const [key, raw] of Object.entries(entry)) {
      const value = numeric(raw);
      if (PLACE_KEYS.has(key) || WALL_TIME_KEYS.includes(key) || value === undefined) continue;
      builder.add(key, { step, value, ...(epoch === undefined ? {} : { epoch }), ...(wallTime === undefined ? {} : { wallTime }) });
    }
  });
  const series = builder.finish(file, warnings, notes);
  return { series, warnings, notes };
}

/** True for a record holding a number under a '...loss...' key. */
const holdsLoss = (record: unknown): boolean =>
  isObject(record) && Object.entries(record).some(([key, item]) => LOSS_KEY.test(key) && typeof item === 'number');

/**
 * True for a list of dicts, any of which has a number under a '...loss...' key: a per-epoch (or
 * per-step) record list. Decided on all its records, not the first: a logger writing one record per
 * group of metrics (`[{"step": 0, "model/total_parameters": ..}, {"step": 0, "learning_rate/group_0": 0},
 * {"step": 0, "train/loss": 9.3}, ...]`) opens with records that hold no loss.
 */
const isRecordList = (value: unknown): value is unknown[] =>
  Array.isArray(value) && isObject(value[0]) && value.some(holdsLoss);

/** A list of numbers (null for a missing value), as a per-epoch history holds. */
const isNumberList = (value: unknown): value is (number | null)[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => item === null || typeof item === 'number');

const LOSS_KEY = /loss/i;
const EPOCH_KEYS = new Set(['epoch', 'epochs']);

/** The keys of a per-split object and the prefix each split's series gets ('' for training). */
const SPLIT_PREFIXES = new Map([['train', ''], ['validation', 'val_'], ['val', 'val_'], ['valid', 'val_'], ['test', 'test_']]);

/** True for `{"train": [...], "validation": [...]}`: per-split lists of numbers and nothing else. */
const isSplitObject = (value: unknown): value is Record<string, (number | null)[]> =>
  isObject(value) && Object.keys(value).length > 0 && Object.entries(value).every(([split, list]) => SPLIT_PREFIXES.has(split) && isNumberList(list));

/** True for one split's history under a split key (`"val": {"loss": [...], "accuracy": [...]}`): some '...loss...' list of numbers. */
const isSplitHistory = (value: unknown): value is JsonObject =>
  isObject(value) && Object.entries(value).some(([key, list]) => LOSS_KEY.test(key) && isNumberList(list));

/** A key naming one split's record for one epoch: `train_epoch_1`, `val_epoch_12` (also `val-epoch-3`, `testepoch3`). */
const SPLIT_EPOCH_KEY = /^([a-z]+)[_-]?epoch[_-]?(\d+)$/i;

/** The split prefix and epoch of a `train_epoch_1`-style key, undefined for other keys. */
function splitEpochOf(key: string): { prefix: string; epoch: number } | undefined {
  const match = SPLIT_EPOCH_KEY.exec(key);
  const prefix = match === null ? undefined : SPLIT_PREFIXES.get(match[1].toLowerCase());
  return prefix === undefined ? undefined : { prefix, epoch: Number(match![2]) };
}

/** True for `{"train_epoch_1": {"total_loss": ..}, "val_epoch_1": {..}, ...}`: some such record holds a '...loss...' number. */
const hasEpochRecords = (document: JsonObject): boolean =>
  Object.entries(document).some(([key, value]) => splitEpochOf(key) !== undefined && holdsLoss(value));

/**
 * True for a JSON document that is a loss history: a Keras history dict (or one with metadata
 * next to its lists) with at least one '...loss...' key holding a list of numbers, a per-split
 * object of lists (`{"loc_loss": {"train": [...], "validation": [...]}}`), a split's dict of lists
 * (`{"train": {"loss": [...]}, "val": {"loss": [...]}}`), per-epoch records keyed by split and
 * epoch (`{"train_epoch_1": {"loss": ..}, ...}`), or a list of records one of which holds a
 * '...loss...' number. Configs, tokenizers and result summaries are not.
 */
export function isLossHistoryDocument(document: unknown): boolean {
  if (isRecordList(document)) return true;
  if (isObject(document) && hasEpochRecords(document)) return true;
  if (isObject(document) && Object.entries(document).some(([key, value]) =>
    (LOSS_KEY.test(key) && (isNumberList(value) || isSplitObject(value))) || (SPLIT_PREFIXES.has(key) && isSplitHistory(value)))) return true;
  // A trainer state whose `log_history` holds losses, wherever the key is in the file (the walk's
  // head check sees only the file's first bytes; a custom state may open with a long config).
  if (isObject(document) && isHistoryContainer(document['log_history'])) return true;
  // The fallback: a document no specific reader claims, holding a history container.
  return !claimedWhole(document) && historyContainers(document).length > 0;
}

/**
 * A history keyed by loss, then by split (`{"loc_loss": {"train": [...], "validation": [...]}}`, as
 * a script keeping one dict per loss writes it), or by split, then by name (`{"train": {"loss":
 * [...]}, "val": {"loss": [...]}}`, one dict per split), as the flat dict of lists a Keras history
 * is: train keeps the name (`loc_loss`, `loss`), validation / val / valid prefix it with 'val_'
 * (`val_loc_loss`, `val_loss`), test with 'test_'. Undefined when the document has neither shape.
 */
function flattenSplits(document: JsonObject): { columns: JsonObject; notes: string[] } | undefined {
  const bySplit = (key: string, value: unknown): value is JsonObject => SPLIT_PREFIXES.has(key) && isSplitHistory(value);
  if (!Object.entries(document).some(([key, value]) => isSplitObject(value) || bySplit(key, value))) return undefined;
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
  const quoted = (keys: string[]) => keys.map((key) => `'${key}'`).join(', ');
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
function epochRecords(document: JsonObject): { records: JsonObject[]; notes: string[] } {
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
    ...(skipped.length === 0 ? [] : [`not split-and-epoch records, skipped: ${skipped.map((key) => `'${key}'`).join(', ')}`]),
  ];
  return { records: keyed.map(({ record }) => record), notes };
}

function parseKerasHistory(columns: JsonObject, file: string): ParsedLog {
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  const lists = Object.entries(columns).filter((entry): entry is [string, (number | null)[]] => isNumberList(entry[1]));
  const lossLengths = lists.filter(([key]) => LOSS_KEY.test(key)).map(([, values]) => values.length);
  // The run's epoch count: its loss lists' (else its longest list's) length.
  const epochs = maxOf(lossLengths.length > 0 ? lossLengths : lists.map(([, values]) => values.length));
  const epochList = lists.find(([key, values]) => EPOCH_KEYS.has(key.toLowerCase()) && values.length === epochs && values.every(Number.isFinite));
  const skipped = Object.keys(columns).filter((key) => !lists.some(([name, values]) => name === key && values.length === epochs));
  for (const [name, values] of lists) {
    if (values.length !== epochs || name === epochList?.[0]) continue;
    values.forEach((value, index) => {
      const epoch = epochList === undefined ? index : (epochList[1][index] as number);
      if (value !== null) builder.add(name, { step: epoch, epoch, value });
    });
  }
  const notes = [
    ...(epochList === undefined ? [] : [`'${epochList[0]}' numbers the epochs`]),
    ...(skipped.length === 0 ? [] : [`not per-epoch lists of ${epochs} numbers, skipped: ${skipped.map((key) => `'${key}'`).join(', ')}`]),
  ];
  return { format: 'json-history', series: builder.finish(file, warnings), warnings, notes };
}

/** A JSON log's document, and how it was read when not as plain JSON. */
interface JsonDocument {
  readonly document: unknown;
  readonly note?: string;
}

function pythonLiteral(text: string, file: string, where: string): unknown {
  try {
    return parsePythonLiteral(text);
  } catch (error) {
    if (!(error instanceof PythonLiteralError)) throw error;
    throw logError(file, `${where} holds a Python dict that cannot be read: ${error.message}`, where === 'the file' ? error.line : undefined);
  }
}

/**
 * The document of a JSON log: JSON (with Python's bare NaN / Infinity), else a Python dict's repr;
 * a JSON string that holds a Python dict's repr is read as that dict.
 */
export function readJsonDocument(text: string, file: string): JsonDocument {
  const body = text.replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = parsePythonJson(body);
  } catch (error) {
    if (!looksLikePythonDict(body)) {
      throw logError(file, `not valid JSON (${(error as Error).message}); a training log in JSON is a Hugging Face trainer_state.json or a Keras history dict`);
    }
    return { document: pythonLiteral(body, file, 'the file'), note: "read as a Python dict literal (as str(history.history) writes it), not JSON" };
  }
  if (typeof document === 'string' && looksLikePythonDict(document)) {
    const note = 'a JSON string holding a Python dict literal (as json.dump(str(history.history)) writes it): read the dict';
    return { document: pythonLiteral(document, file, 'the JSON string'), note };
  }
  return { document };
}

/**
 * How a specific reader reads the document as a whole (a `trainer_state.json`, per-epoch records
 * keyed by split, a history keyed by split, a Keras history, a list of records), undefined when none
 * claims it. `note` says how the text was read (a Python literal).
 */
function readWhole(document: unknown, file: string, note: string | undefined): ParsedLog | undefined {
  const withNote = (parsed: ParsedLog, notes: readonly string[] = []): ParsedLog =>
    ({ ...parsed, notes: [...(note === undefined ? [] : [note]), ...notes, ...(parsed.notes ?? [])] });
  if (isObject(document) && 'log_history' in document) return withNote(parseTrainerState(document, file));
  if (isObject(document) && hasEpochRecords(document)) {
    const { records, notes } = epochRecords(document);
    return withNote({ format: 'json-history', ...readRecords(records, file, 'the document', false) }, notes);
  }
  const splits = isObject(document) ? flattenSplits(document) : undefined;
  if (splits !== undefined) return withNote(parseKerasHistory(splits.columns, file), splits.notes);
  if (isObject(document) && Object.values(document).some(isNumberList)) {
    const parsed = parseKerasHistory(document, file);
    return note === undefined ? parsed : withNote(parsed);
  }
  if (isRecordList(document)) {
    return withNote({ format: 'json-history', ...readRecords(document, file, 'the list', false) }, ['a list of per-epoch records: each placed by its step or epoch (else its position)']);
  }
  return undefined;
}

/** True when a specific reader claims the document as a whole (one that then fails to read it claims it too). */
function claimedWhole(document: unknown): boolean {
  try {
    return readWhole(document, 'the document', undefined) !== undefined;
  } catch {
    return true;
  }
}

/** How deep below the document the fallback looks for history containers (the document's own keys are depth 1). */
export const MAX_CONTAINER_DEPTH = 4;
/** The fewest points a nested container's loss must hold (one number is a summary, not a history). */
const MIN_CONTAINER_POINTS = 2;

/** A loss list with enough points to be a history. */
const isLongLossList = (value: unknown): boolean => isNumberList(value) && value.length >= MIN_CONTAINER_POINTS;

/**
 * True for a value inside a document that holds one training's history, as a specific reader reads
 * it: (a) a list of >= 2 records some record of which holds a '...loss...' number; (b) an object
 * with a '...loss...' list of >= 2 numbers (columns), also keyed by loss then split (`{"loss":
 * {"train": [...]}}`) or by split then name (`{"train": {"loss": [...]}}`); per-epoch records keyed
 * by split and epoch; an object with a `log_history` record list (a trainer state).
 */
function isHistoryContainer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length >= MIN_CONTAINER_POINTS && isRecordList(value);
  if (!isObject(value)) return false;
  if (isRecordList(value['log_history']) || hasEpochRecords(value)) return true;
  return Object.entries(value).some(([key, item]) =>
    (LOSS_KEY.test(key) && (isLongLossList(item) || (isSplitObject(item) && Object.values(item).some(isLongLossList)))) ||
    (SPLIT_PREFIXES.has(key) && isObject(item) && Object.entries(item).some(([name, list]) => LOSS_KEY.test(name) && isLongLossList(list))));
}

/** A history container: where it is in the document (`history`, `medicine.history`, `runs[0]`) and its value. */
interface HistoryContainer {
  readonly path: string;
  readonly segments: readonly (string | number)[];
  readonly value: unknown;
}

const childrenOf = (value: unknown): [string | number, unknown][] =>
  Array.isArray(value) ? value.map((item, index) => [index, item]) : isObject(value) ? Object.entries(value) : [];

const pathOf = (segments: readonly (string | number)[]): string =>
  segments.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');

/**
 * The history containers below a document (not the document itself), in document order, at most
 * `MAX_CONTAINER_DEPTH` keys deep; a container is not searched further.
 */
function historyContainers(document: unknown): HistoryContainer[] {
  const found: HistoryContainer[] = [];
  const visit = (value: unknown, segments: (string | number)[]) => {
    if (segments.length > 0 && isHistoryContainer(value)) {
      found.push({ path: pathOf(segments), segments, value });
      return;
    }
    if (segments.length >= MAX_CONTAINER_DEPTH) return;
    for (const [segment, child] of childrenOf(value)) {
      if (child !== null && typeof child === 'object') visit(child, [...segments, segment]);
    }
  };
  visit(document, []);
  return found;
}

const quote = (paths: readonly string[]): string => {
  const shown = paths.slice(0, 12).map((path) => `'${path}'`).join(', ');
  return paths.length > 12 ? `${shown} and ${paths.length - 12} more` : shown;
};

/**
 * The keys next to a container, along its path from the document down, that lead to no other
 * container: run metadata (`args`, `best_val_loss`, `epochs_ran`, `config`), named in a note.
 */
function skippedBeside(document: unknown, chosen: HistoryContainer, all: readonly HistoryContainer[]): string[] {
  const skipped: string[] = [];
  let node = document;
  chosen.segments.forEach((segment, depth) => {
    const here = chosen.segments.slice(0, depth);
    for (const [key] of childrenOf(node)) {
      if (key === segment) continue;
      const beside = [...here, key];
      const leadsToContainer = all.some((container) => beside.every((part, i) => container.segments[i] === part));
      if (!leadsToContainer) skipped.push(pathOf(beside));
    }
    node = childrenOf(node).find(([key]) => key === segment)?.[1];
  });
  return skipped;
}

/** One container read as a run, with notes naming it and what lies next to it. */
function readContainer(document: unknown, container: HistoryContainer, all: readonly HistoryContainer[], file: string, note: string | undefined, asLast: boolean): ParsedLog {
  const parsed = readWhole(container.value, file, undefined);
  // isHistoryContainer only accepts what readWhole claims.
  if (parsed === undefined) throw logError(file, `the history under '${container.path}' cannot be read`);
  const skipped = skippedBeside(document, container, all);
  const others = all.filter((other) => other !== container).map(({ path }) => path);
  const several = others.length === 0 ? ''
    : asLast ? `, the last of ${all.length} trainings in the document, the latest (not read: ${quote(others)}; readRuns reads each as a run)`
    : ` (one of ${all.length} trainings in the document: ${quote(all.map(({ path }) => path))})`;
  const notes = [
    ...(note === undefined ? [] : [note]),
    `no reader claims the document as a whole: read the history under '${container.path}'${several}`,
    ...(skipped.length === 0 ? [] : [`next to the history, not read: ${quote(skipped)}`]),
    ...(parsed.notes ?? []),
  ];
  return { ...parsed, notes };
}

const UNREADABLE_DOCUMENT = "a JSON document losskit cannot read as a training log: expected a Hugging Face trainer_state.json (with 'log_history'), a Keras history dict such as {\"loss\": [...], \"val_loss\": [...]}, or a list of per-epoch records such as [{\"epoch\": 1, \"train_loss\": 0.9, \"val_loss\": 1.1}, ...], as the document or inside it";

/** One training read from a JSON document: `where` is its container's path, undefined for the whole document. */
export interface JsonTraining {
  readonly where?: string;
  readonly parsed: ParsedLog;
}

/**
 * Every training a JSON log holds: the whole document when a specific reader claims it, else one per
 * history container found inside it (the fallback, see `historyContainers`), in document order.
 */
export function parseJsonTrainings(text: string, file: string): JsonTraining[] {
  return readTrainings(text, file, false);
}

/** `parseJsonTrainings`; `lastOnly`: the last training alone, its note naming the others. */
function readTrainings(text: string, file: string, lastOnly: boolean): JsonTraining[] {
  const { document, note } = readJsonDocument(text, file);
  const whole = readWhole(document, file, note);
  if (whole !== undefined) return [{ parsed: whole }];
  const all = historyContainers(document);
  if (all.length === 0) throw logError(file, UNREADABLE_DOCUMENT);
  const read = lastOnly ? all.slice(-1) : all;
  return read.map((container) => ({ where: container.path, parsed: readContainer(document, container, all, file, note, lastOnly) }));
}

/**
 * Parses a JSON training log (see the module comment); `file` names it in warnings and errors. A
 * document holding several trainings (several history containers) gives the last in document order,
 * the latest training, with a note naming the others (`parseJsonTrainings` gives them all).
 */
export function parseJsonLog(text: string, file: string): ParsedLog {
  return readTrainings(text, file, true)[0].parsed;
}
