/**
 * The specific readers of a JSON document as a whole: a Hugging Face `trainer_state.json`, Ludwig's
 * `training_statistics.json` (json-ludwig.ts), Chainer's LogReport `log` (json-chainer.ts), a list
 * of per-epoch records, a Keras history dict of lists, and the split-keyed shapes (json-split-shapes.ts)
 * read through them, Sacred's `metrics.json`, and a list of numbers in a file named for its loss. `readWhole` tries them in one fixed order and is the one decision "does a
 * specific reader claim this value": json-log.ts asks it of the document, the container fallback
 * (json-containers.ts) of each container it finds. Browser-safe.
 */
import { maxOf } from '../core/extent.js';
import { WALL_TIME_KEYS } from './jsonl-log.js';
import { isNumberList, isObject, isRecordList, numeric, PLACE_KEYS } from './json-shapes.js';
import type { JsonObject } from './json-shapes.js';
import { isChainerLog, readChainerLog } from './json-chainer.js';
import { isLudwigStatistics, readLudwigStatistics } from './json-ludwig.js';
import { epochRecords, flattenSplits, hasEpochRecords, hasSplitRecords, isSplitKeyed, splitRecords } from './json-split-shapes.js';
import { logError, namesLoss, SeriesBuilder } from './series.js';
import { lossNameOfFile } from './csv-header.js';
import type { ParsedLog } from './types.js';

/** Keys only the end-of-training summary entry has. */
const SUMMARY_KEYS = ['train_runtime', 'train_loss', 'train_samples_per_second'];
/** Names of a Keras history's list that numbers the epochs (it places the points, it is no series). */
const EPOCH_KEYS = new Set(['epoch', 'epochs']);

function parseTrainerState(state: JsonObject, file: string): ParsedLog {
  const history = state['log_history'];
  if (!Array.isArray(history)) throw logError(file, `'log_history' must be a list of dicts, found ${typeof history}`);
  return { format: 'hf-trainer-state', ...readRecords(history, file, 'log_history', true) };
}

/**
 * Per-record series from a list of dicts (`log_history`, or a hand-written per-epoch list): each
 * record is placed by its `step`, else its `epoch`, else its index; `wall_time` / `wallTime` /
 * `timestamp` is its wall time (as in JSON lines); every other number is a point.
 * `dropSummary`: the Trainer's end-of-training summary entry is dropped (see json-log.ts's module comment).
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

function parseKerasHistory(columns: JsonObject, file: string): ParsedLog {
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  const lists = Object.entries(columns).filter((entry): entry is [string, (number | null)[]] => isNumberList(entry[1]));
  const lossLengths = lists.filter(([key]) => namesLoss(key)).map(([, values]) => values.length);
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

/**
 * A bare list of numbers in a file whose name says which loss it holds (`loss_log.txt` holding a
 * loop's `print(losses, file=f)`, `[1.049, 1.068, ...]`; readers-62): one point per entry, from
 * step 0, as a headerless loss column is read (csv-header.ts' `lossNameOfFile`: the name is the only
 * place that says what the numbers are, so a list in any other file is refused).
 */
function readLossList(values: readonly (number | null)[], name: string, file: string): ParsedLog {
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  values.forEach((value, index) => {
    if (value !== null) builder.add(name, { step: index, value });
  });
  const notes = [`a list of ${values.length} numbers, named by the file '${name}': one point each, from step 0`];
  return { format: 'json-history', series: builder.finish(file, warnings), warnings, notes };
}

/** Sacred's metric record: `{"steps": [...], "values": [...], "timestamps": [...]}`, its lists as long as each other. */
function isSacredMetric(value: unknown): value is { steps: number[]; values: (number | null)[] } {
  return isObject(value) && isNumberList(value['steps']) && isNumberList(value['values']) && value['steps'].length === value['values'].length;
}

/**
 * Sacred's `metrics.json` (its FileStorageObserver's, readers-66): each metric logged with
 * `_run.log_scalar(name, value, step)` as `{"loss": {"steps": [0, 1, ...], "values": [42087.7, ...],
 * "timestamps": [...]}}`; every metric a series at its steps.
 */
function readSacredMetrics(document: JsonObject, file: string): ParsedLog {
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  for (const [name, metric] of Object.entries(document)) {
    if (!isSacredMetric(metric)) continue;
    metric.values.forEach((value, index) => {
      const step = metric.steps[index];
      if (value !== null && step !== null) builder.add(name, { step, value });
    });
  }
  return { format: 'json-history', series: builder.finish(file, warnings), warnings, notes: ["Sacred's metrics.json: each metric at its logged steps"] };
}

/** The whole-document shapes the specific readers know, in the order they are tried. */
type WholeShape = 'trainer-state' | 'ludwig' | 'epoch-records' | 'split-keyed' | 'split-records' | 'keras-history' | 'sacred' | 'chainer' | 'record-list';

/** Which specific reader claims the document as a whole, undefined when none does. */
function wholeShape(document: unknown): WholeShape | undefined {
  if (isObject(document)) {
    if ('log_history' in document) return 'trainer-state';
    if (isLudwigStatistics(document)) return 'ludwig';
    if (hasEpochRecords(document)) return 'epoch-records';
    if (isSplitKeyed(document)) return 'split-keyed';
    if (hasSplitRecords(document)) return 'split-records';
    if (Object.values(document).some(isNumberList)) return 'keras-history';
    if (Object.values(document).some(isSacredMetric)) return 'sacred';
  }
  if (isChainerLog(document)) return 'chainer';
  return isRecordList(document) ? 'record-list' : undefined;
}

/**
 * How a specific reader reads the document as a whole (a `trainer_state.json`, Ludwig's statistics, per-epoch records
 * keyed by split, a history keyed by split, a Keras history, a list of records), undefined when none
 * claims it. `note` says how the text was read (a Python literal).
 */
export function readWhole(document: unknown, file: string, note: string | undefined): ParsedLog | undefined {
  const withNote = (parsed: ParsedLog, notes: readonly string[] = []): ParsedLog =>
    ({ ...parsed, notes: [...(note === undefined ? [] : [note]), ...notes, ...(parsed.notes ?? [])] });
  const lossName = lossNameOfFile(file);
  if (isNumberList(document) && lossName !== undefined) return withNote(readLossList(document, lossName, file));
  switch (wholeShape(document)) {
    case 'trainer-state':
      return withNote(parseTrainerState(document as JsonObject, file));
    case 'ludwig':
      return withNote(readLudwigStatistics(document, file));
    case 'epoch-records': {
      const { records, notes } = epochRecords(document as JsonObject);
      return withNote({ format: 'json-history', ...readRecords(records, file, 'the document', false) }, notes);
    }
    case 'split-keyed': {
      const splits = flattenSplits(document as JsonObject)!;
      return withNote(parseKerasHistory(splits.columns, file), splits.notes);
    }
    case 'split-records': {
      const { records, notes } = splitRecords(document as JsonObject);
      return withNote({ format: 'json-history', ...readRecords(records, file, 'the document', false) }, notes);
    }
    case 'keras-history': {
      const parsed = parseKerasHistory(document as JsonObject, file);
      return note === undefined ? parsed : withNote(parsed);
    }
    case 'sacred':
      return withNote(readSacredMetrics(document as JsonObject, file));
    case 'chainer':
      return withNote(readChainerLog(document, file));
    case 'record-list':
      return withNote({ format: 'json-history', ...readRecords(document as unknown[], file, 'the list', false) }, ['a list of per-epoch records: each placed by its step or epoch (else its position)']);
    case undefined:
      return undefined;
  }
}

/** True when a specific reader claims the document as a whole (decided on its shape, without reading it). */
export function claimedWhole(document: unknown): boolean {
  return wholeShape(document) !== undefined;
}
