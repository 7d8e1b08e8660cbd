/**
 * `History`: a training run as named scalar series (train/validation loss, learning rate,
 * metrics), each a list of points { step, epoch?, value, wallTime? } sorted by step.
 *
 * Names are normalised on the way in (see `history-names.ts`): 'train_loss', 'epoch_loss' and
 * 'Loss/train' all land in the series 'loss' with the role 'trainLoss'. Series stay separate by
 * granularity: Lightning's 'train_loss_step' is 'loss_step', its 'train_loss_epoch' is 'loss'.
 * A point logged again at the same step replaces the earlier one (last write wins, as when
 * TensorBoard merges event files). NaN and ±Infinity are kept: the diagnosis must see them.
 * Browser-safe.
 */
import { LossError } from '../core/errors.js';
import type { ScalarSeries } from '../io/types.js';
import { cellNumber, firstColumn, STEP_COLUMNS, WALL_TIME_COLUMNS, type LoggedCell } from './history-cells.js';
import { decodeHistory, encodeHistory, type HistoryJson } from './history-json.js';
import { epochLookup, insertByStep, pointsOf } from './history-points.js';
import { seriesWithRole, trainingLossOf, validationLossOf } from './history-loss-roles.js';
import { isAxisName, isTotalLossName, seriesName, validationPrefixedLosses, type SeriesGranularity, type SeriesName, type SeriesNameOptions, type SeriesRole, type SeriesSplit } from './history-names.js';

export interface SeriesPoint {
  readonly step: number;
  readonly epoch?: number;
  readonly value: number;
  /** Seconds: since the Unix epoch for logs that record it, since the start for `fromEpochs`. */
  readonly wallTime?: number;
}

export interface Series {
  readonly name: string;
  readonly role: SeriesRole;
  readonly split: SeriesSplit;
  readonly granularity: SeriesGranularity;
  /** The names the points were logged under, e.g. ['train_loss_epoch']. */
  readonly sourceNames: readonly string[];
  readonly points: readonly SeriesPoint[];
}

/** A point to append: `step` defaults to `epoch`, else to one past the series' last step (0 first). */
export interface PointInput {
  readonly value: number;
  readonly step?: number;
  readonly epoch?: number;
  readonly wallTime?: number;
}

/** The fields of the trainer's `EpochRecord` that a History reads (epochs as recorded: 1-based). */
export interface EpochRecordLike {
  readonly epoch: number;
  readonly trainLoss: number;
  readonly validationLoss?: number;
  readonly learningRate?: number;
  /** Validation metrics (the trainer computes them on the validation set). */
  readonly metrics?: Readonly<Record<string, number>>;
  /** Duration of the epoch; summed into `wallTime` (seconds since the start). */
  readonly seconds?: number;
}

interface MutableSeries extends SeriesName {
  sourceNames: string[];
  points: SeriesPoint[];
}

const FUNCTION = 'History';
export class History {
  private readonly byName = new Map<string, MutableSeries>();

  /** Appends (or, at an existing step, replaces) one point of the series logged as `name`. */
  append(name: string, point: PointInput, options: SeriesNameOptions = {}): this {
    const canonical = seriesName(name, options);
    if (canonical === undefined) {
      throw new LossError('option', `${FUNCTION}.append: 'name' must name a series, not an axis column, received '${name}'`, FUNCTION, 'name');
    }
    let series = this.byName.get(canonical.name);
    if (series === undefined) {
      series = { ...canonical, sourceNames: [], points: [] };
      this.byName.set(canonical.name, series);
    }
    if (!series.sourceNames.includes(name)) series.sourceNames.push(name);
    insertByStep(series.points, storedPoint(point, series.points.at(-1)));
    return this;
  }

  /** Appends one trainer epoch: loss, val_loss (when finite or when earlier ones were), learning_rate, val_<metric>. */
  appendEpoch(record: EpochRecordLike, wallTime?: number): this {
    const at = { step: record.epoch, epoch: record.epoch, ...(wallTime === undefined ? {} : { wallTime }) };
    this.append('loss', { ...at, value: record.trainLoss });
    // The trainer writes NaN validation losses when there is no validation set: no series then.
    const validation = record.validationLoss;
    if (validation !== undefined && (!Number.isNaN(validation) || this.byName.has('val_loss'))) {
      this.append('val_loss', { ...at, value: validation });
    }
    if (record.learningRate !== undefined) this.append('learning_rate', { ...at, value: record.learningRate });
    for (const [metric, value] of Object.entries(record.metrics ?? {})) {
      this.append(metric, { ...at, value }, { split: 'validation' });
    }
    return this;
  }

  /** The series under a canonical or a logged name ('val_loss', 'Loss/val', ...). */
  series(name: string): Series | undefined {
    const direct = this.byName.get(name);
    if (direct !== undefined) return direct;
    const canonical = seriesName(name);
    return canonical === undefined ? undefined : this.byName.get(canonical.name);
  }

  /** Every series, in the order first logged. */
  all(): Series[] {
    return [...this.byName.values()];
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  /** The first series with this role, per-epoch series before per-step ones. */
  byRole(role: SeriesRole): Series | undefined {
    return seriesWithRole(this.all(), role);
  }

  /** The training loss, under a plain name or, when none, as history-loss-roles.ts picks it ('train_nll', a single named loss, a perplexity). */
  get trainLoss(): Series | undefined {
    return trainingLossOf(this.all());
  }

  /** The validation loss, under a plain name or, when none, as history-loss-roles.ts picks it ('eval_g0_loss', 'val_nll' beside 'train_nll', a perplexity). */
  get validationLoss(): Series | undefined {
    return validationLossOf(this.all());
  }

  get learningRate(): Series | undefined {
    return this.byRole('learningRate');
  }

  get metrics(): Series[] {
    return this.all().filter((series) => series.role === 'metric');
  }

  /** From the trainer's per-epoch records (`TrainResult.history`). */
  static fromEpochs(records: readonly EpochRecordLike[]): History {
    const history = new History();
    let elapsed = 0;
    const timed = records.every((record) => record.seconds !== undefined);
    for (const record of records) {
      elapsed += record.seconds ?? 0;
      history.appendEpoch(record, timed ? elapsed : undefined);
    }
    return history;
  }

  /**
   * From columns of values, one per epoch: Keras' `model.fit(...).history`
   * ({ loss: [...], val_loss: [...] }). Epoch i gets step i and epoch i (0-based, as Keras counts).
   */
  static fromColumns(columns: Readonly<Record<string, readonly LoggedCell[]>>, options: SeriesNameOptions = {}): History {
    const history = new History();
    for (const [name, values] of Object.entries(columns)) {
      if (seriesName(name) === undefined) continue;
      values.forEach((cell, epoch) => {
        const value = cellNumber(cell);
        if (value !== undefined) history.append(name, { step: epoch, epoch, value }, options);
      });
    }
    return history;
  }

  /**
   * From logged rows (a CSV logger's table, JSONL records, Hugging Face `log_history`):
   * 'epoch', 'step' / 'global_step' and 'wall_time' columns are the axes; every other column is
   * a series; blank cells are skipped (Lightning writes train and validation values on separate
   * rows). Without a step column the step is the epoch, else the row index.
   */
  static fromRows(rows: readonly Readonly<Record<string, LoggedCell>>[], options: SeriesNameOptions = {}): History {
    const history = new History();
    rows.forEach((row, index) => {
      const epoch = firstColumn(row, ['epoch']);
      const step = firstColumn(row, STEP_COLUMNS) ?? epoch ?? index;
      const wallTime = firstColumn(row, WALL_TIME_COLUMNS);
      for (const [name, cell] of Object.entries(row)) {
        if (seriesName(name) === undefined) continue;
        const value = cellNumber(cell);
        if (value === undefined) continue;
        history.append(name, {
          step, value,
          ...(epoch === undefined ? {} : { epoch }),
          ...(wallTime === undefined ? {} : { wallTime }),
        }, options);
      }
    });
    return history;
  }

  /**
   * From named series, as the log readers of `losskit/io` return them (`RunLog.series`: typed
   * columns, with `RunLog.roles` as `roles`), or point lists. An epoch counter logged as a series
   * ('epoch' in Lightning's TensorBoard logs, 'train/epoch' in the Hugging Face Trainer's) is an
   * axis: its values are given as `epoch` to the other series' points at the same step (or the
   * last one before). A total loss ('total_loss') is the loss unless the run logs a plain one too.
   */
  static fromSeries(
    series: Readonly<Record<string, ScalarSeries | readonly PointInput[]>>,
    options: SeriesNameOptions & { readonly roles?: Readonly<Record<string, 'trainLoss' | 'validationLoss'>> } = {},
  ): History {
    const history = new History();
    const { roles: given, ...nameOptions } = options;
    const prefixed = Object.fromEntries(validationPrefixedLosses(Object.keys(series)).map((name) => [name, 'validationLoss' as const]));
    const roles = { ...prefixed, ...given };
    const counterName = Object.keys(series).find((name) => isAxisName(name) && /(^|\/)epoch$/i.test(name.trim()));
    const epochAt = counterName === undefined ? undefined : epochLookup(pointsOf(series[counterName]));
    const shadowed = shadowedTotals(Object.keys(series), nameOptions);
    const optionsOf = (name: string): SeriesNameOptions => {
      const role = roles[name];
      return role !== undefined ? { ...nameOptions, role } : shadowed.has(name) ? { ...nameOptions, totalIsLoss: false } : nameOptions;
    };
    const apart = curvesKeptApart(series, optionsOf);
    for (const [name, points] of Object.entries(series)) {
      const seriesOptions = optionsOf(name);
      const canonical = seriesName(name, seriesOptions);
      if (canonical === undefined) continue;
      for (const point of pointsOf(points)) {
        const epoch = point.epoch ?? (point.step === undefined ? undefined : epochAt?.(point.step));
        const dated = epoch === undefined ? point : { ...point, epoch };
        if (apart.has(name)) history.appendApart(name, canonical, dated);
        else history.append(name, dated, seriesOptions);
      }
    }
    return history;
  }

  /**
   * A second curve whose name means the same series as one already logged ('test_loss' beside
   * 'val_loss' at the same epochs): kept as a metric under its own name, since merging would let
   * one overwrite the other point by point.
   */
  private appendApart(name: string, canonical: SeriesName, point: PointInput): void {
    const taken = this.byName.get(name);
    const key = taken === undefined || (taken.role === 'metric' && taken.sourceNames[0] === name) ? name : `${name} (kept apart)`;
    let series = this.byName.get(key);
    if (series === undefined) {
      series = { name: key, role: 'metric', split: canonical.split, granularity: canonical.granularity, sourceNames: [name], points: [] };
      this.byName.set(key, series);
    }
    insertByStep(series.points, storedPoint(point, series.points.at(-1)));
  }

  /** A JSON-safe object (NaN and ±Infinity written as strings); `JSON.stringify(history)` uses it. */
  toJSON(): HistoryJson {
    return encodeHistory(this.all());
  }

  /** Reads what `toJSON` wrote (the object or its JSON text). */
  static fromJSON(json: HistoryJson | string): History {
    const history = new History();
    for (const series of decodeHistory(json)) {
      const stored: MutableSeries = { ...series, sourceNames: [...series.sourceNames], points: [...series.points] };
      history.byName.set(series.name, stored);
    }
    return history;
  }
}

/** The point as stored: `step` defaults to `epoch`, else to one past `last` (0 first); a step that is not finite is an error. */
function storedPoint(point: PointInput, last: SeriesPoint | undefined): SeriesPoint {
  const step = point.step ?? point.epoch ?? (last === undefined ? 0 : last.step + 1);
  if (!Number.isFinite(step)) {
    throw new LossError('option', `${FUNCTION}.append: 'step' must be a finite number, received ${step}`, FUNCTION, 'step');
  }
  return {
    step,
    value: point.value,
    ...(point.epoch === undefined ? {} : { epoch: point.epoch }),
    ...(point.wallTime === undefined ? {} : { wallTime: point.wallTime }),
  };
}

/**
 * Names whose points would land on another name's steps in the same canonical series with other
 * values: two curves logged side by side ('validation_loss' and 'test_loss' every epoch), not one
 * curve logged in parts or twice (Lightning's 'train_loss' beside 'train_loss_epoch', equal). The
 * first logged keeps the canonical name; a later one that disagrees with it at two or more steps,
 * and at half of its own steps or more, is kept apart.
 */
function curvesKeptApart(
  series: Readonly<Record<string, ScalarSeries | readonly PointInput[]>>,
  optionsOf: (name: string) => SeriesNameOptions,
): Set<string> {
  const claimed = new Map<string, Map<number, number>>();
  const apart = new Set<string>();
  for (const [name, points] of Object.entries(series)) {
    const canonical = seriesName(name, optionsOf(name));
    if (canonical === undefined) continue;
    const values = new Map([...pointsOf(points)].map((point, index) => [point.step ?? point.epoch ?? index, point.value]));
    const earlier = claimed.get(canonical.name);
    if (earlier === undefined) {
      claimed.set(canonical.name, values);
      continue;
    }
    let disagreeing = 0;
    for (const [step, value] of values) {
      const other = earlier.get(step);
      if (other !== undefined && !Object.is(other, value) && Math.abs(other - value) > 1e-9 * Math.max(Math.abs(other), Math.abs(value))) disagreeing += 1;
    }
    if (disagreeing >= 2 && 2 * disagreeing >= values.size) apart.add(name);
    else for (const [step, value] of values) earlier.set(step, value);
  }
  return apart;
}

/**
 * Total losses ('total_loss') that a plain loss of the same canonical name ('loss') logged next to
 * them shadows: the plain one is the loss, the total stays a metric (merging them would interleave
 * two curves).
 */
function shadowedTotals(names: readonly string[], options: SeriesNameOptions): Set<string> {
  const plainNames = new Set(names.filter((name) => !isTotalLossName(name)).map((name) => seriesName(name, options)?.name));
  return new Set(names.filter((name) => isTotalLossName(name) && plainNames.has(seriesName(name, options)?.name)));
}
