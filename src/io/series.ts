/**
 * Building series from records in file order, with TensorBoard's rule for restarts: when a
 * series' step goes back (a run resumed from a checkpoint and logged the same steps again),
 * the points at or after the new step are dropped and the new ones kept — the
 * `purge_orphaned_data` behaviour of TensorBoard's event accumulator
 * (tensorboard/backend/event_processing/event_accumulator.py `_MaybePurgeOrphanedData`).
 * A value logged twice at the same step is the same case: the later one wins. One note per file
 * says where (the first restart's line, when the reader sets `SeriesBuilder.line`) and what was
 * dropped, rather than one per series.
 *
 * A step that goes back to the log's first logged step (or before it) is no resume: it is a
 * fresh start, a NEW training written into the same file (YOLOv5's results.csv of a run started
 * again, detectron2's metrics.json of six trainings appended). The trainings are kept apart, and
 * the latest one that has at least `FRESH_START_MIN_POINTS` points is the run (the latest
 * training, unless it is too short for the trend rules, as an aborted launch is: then the last
 * one before it that is long enough); when none is, the latest. One note names the trainings and
 * which one was kept. A series that goes back after a fresh start began, and has logged nothing
 * since, joins that training (an evaluation series that restarts a few records later).
 * Browser-safe.
 */
import { LogFileError } from '../core/errors.js';
import { maxOf, minOf } from '../core/extent.js';
import { nextCapacity } from '../core/growth.js';
import type { ScalarPoint, ScalarSeries } from './types.js';

/**
 * The one error of the log readers: a `LogFileError` reading `file:line: what is wrong` (or
 * `file: ...`), with the file and line as fields. The CLI exits 2 on it.
 */
export function logError(file: string, message: string, line?: number): LogFileError {
  return new LogFileError(message, line === undefined ? { file } : { file, line });
}

/** Where a text log stops being readable: the line and what is wrong with it. */
export interface Damage {
  readonly line: number;
  readonly reason: string;
}

/** `log.csv:7: 3 fields, expected 2; kept the 5 rows before it and ignored the rest of the file`. */
export function damageNote(file: string, damage: Damage, kept: number, unit: 'row' | 'record'): string {
  return `${file}:${damage.line}: ${damage.reason}; kept the ${kept} ${unit}${kept === 1 ? '' : 's'} before it and ignored the rest of the file`;
}

/** The last path component, for messages and run names (works on '/' and '\' paths). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts.length === 0 ? path : parts[parts.length - 1];
}

interface Restarts {
  count: number;
  dropped: number;
  firstFrom: number;
  firstTo: number;
  /** The file line of the record that first went back (NaN when the reader gives no lines). */
  firstLine: number;
}

const FIRST_CAPACITY = 16;

/**
 * The fewest points for a training appended after a fresh start to be the one read: the trend
 * rules' least (`MIN_POINTS_FOR_TRENDS` of losskit/monitor, Prechelt's 5-epoch strip; a test
 * keeps the two equal). A shorter latest training (an aborted launch) gives way to the one before.
 */
export const FRESH_START_MIN_POINTS = 5;

/** A fresh start: where training `index` (1, 2, ...) began. */
interface Launch {
  /** The position (count of points added to the builder) of its first point. */
  readonly position: number;
  /** Its first record's file line (NaN when the reader gives no lines). */
  readonly line: number;
  /** The step the series went back from, and to. */
  readonly from: number;
  readonly to: number;
}

/** What the series of one builder share: where the reader is, and the trainings found so far. */
interface Shared {
  /** The file line of the record being added. */
  line: number;
  /** Points added so far (all series): orders the series' points against each other. */
  position: number;
  /** The step of the first point added: the log's first step. */
  firstStep: number;
  /** Trainings after the first, in file order. */
  readonly launches: Launch[];
}

/** A Float64Array of `capacity` holding the first `length` values of `from`. */
function grown(from: Float64Array, length: number, capacity: number): Float64Array {
  const to = new Float64Array(capacity);
  to.set(from.subarray(0, length));
  return to;
}

/**
 * One series being read, as growing typed columns (24 bytes a point at most, against ~70 for a
 * `{ step, epoch, value }` object): epochs are only stored once some point's epoch differs from
 * its step (Keras logs: step = epoch, one shared column), wall times once some point has one.
 */
export class SeriesColumns {
  length = 0;
  /** Some step is an integer beyond 2^53 (it has lost precision as a double). */
  largeSteps = false;
  private steps: Float64Array = new Float64Array(FIRST_CAPACITY);
  private values: Float64Array = new Float64Array(FIRST_CAPACITY);
  private epochs: Float64Array | undefined;
  private wallTimes: Float64Array | undefined;
  /** 'none': no point had an epoch; 'step': every point's epoch was its step; 'column': `epochs` holds them. */
  private epochMode: 'none' | 'step' | 'column' | undefined;

  /** The training (0 = the first in the file) the points being added belong to. */
  private launch = 0;
  /** The position of the last point added. */
  private lastPosition = -1;
  /** The series' points in earlier trainings (fresh starts), by training. */
  private readonly earlier: { readonly launch: number; readonly series: ScalarSeries }[] = [];

  constructor(readonly name: string, private readonly restarts: Map<string, Restarts>, private readonly place: Shared) {}

  /**
   * Adds a point; NaN `epoch` / `wallTime` mean not logged. A step at or before the last one
   * restarts the series there (a resume), or starts a new training (a fresh start: see the module comment).
   */
  add(step: number, value: number, epoch = Number.NaN, wallTime = Number.NaN): void {
    const position = this.place.position++;
    if (position === 0) this.place.firstStep = step;
    let at = this.length;
    // The same value again at the last step (Lightning logs 'epoch' with every metric) is no restart.
    if (at > 0 && step === this.steps[at - 1] && Object.is(value, this.values[at - 1])) return;
    if (at > 0 && step <= this.steps[at - 1]) at = this.freshStart(step, position) ? 0 : this.restart(step);
    this.lastPosition = position;
    if (step > Number.MAX_SAFE_INTEGER || step < -Number.MAX_SAFE_INTEGER) this.largeSteps ||= Number.isFinite(step);
    if (at === this.steps.length) this.grow();
    this.steps[at] = step;
    this.values[at] = value;
    this.placeEpoch(at, step, epoch);
    if (this.wallTimes !== undefined || !Number.isNaN(wallTime)) {
      this.wallTimes ??= new Float64Array(this.steps.length).fill(Number.NaN);
      this.wallTimes[at] = wallTime;
    }
    this.length = at + 1;
  }

  private placeEpoch(at: number, step: number, epoch: number): void {
    const logged = !Number.isNaN(epoch);
    if (this.epochMode === undefined) this.epochMode = !logged ? 'none' : epoch === step ? 'step' : 'column';
    if (this.epochMode === 'none' && !logged) return;
    if (this.epochMode === 'step' && epoch === step) return;
    if (this.epochs === undefined) {
      // Until now epochs were all absent ('none') or all equal to their steps ('step').
      this.epochs = this.epochMode === 'step' ? grown(this.steps, at, this.steps.length) : new Float64Array(this.steps.length).fill(Number.NaN);
      this.epochMode = 'column';
    }
    this.epochs[at] = epoch;
  }

  /**
   * True when going back to `step` starts a new training: a training began since this series'
   * last point (it joins it), or `step` is at or before the log's first step and the series had
   * moved on from its training's first step (it begins one; one point logged again at the first
   * step stays TensorBoard's case: the later value wins). The points so far are kept as the
   * earlier training's.
   */
  private freshStart(step: number, position: number): boolean {
    const { launches, firstStep } = this.place;
    const latest = launches.length;
    const joins = latest > this.launch && launches[latest - 1].position > this.lastPosition;
    const last = this.steps[this.length - 1];
    if (!joins && !(step <= firstStep && last > this.steps[0])) return false;
    if (!joins) launches.push({ position, line: this.place.line, from: last, to: step });
    this.earlier.push({ launch: this.launch, series: this.finish() });
    this.launch = launches.length;
    this.length = 0;
    this.steps = new Float64Array(FIRST_CAPACITY);
    this.values = new Float64Array(FIRST_CAPACITY);
    this.epochs = undefined;
    this.wallTimes = undefined;
    this.epochMode = undefined;
    return true;
  }

  /** How many points the series has in training `launch` (0-based). */
  pointsIn(launch: number): number {
    if (launch === this.launch) return this.length;
    return this.earlier.find((segment) => segment.launch === launch)?.series.length ?? 0;
  }

  /** The series as it was in training `launch`: its points of the last training it logged in up to that one. */
  finishIn(launch: number): ScalarSeries | undefined {
    if (launch >= this.launch) return this.length === 0 ? undefined : this.finish();
    let found: ScalarSeries | undefined;
    for (const segment of this.earlier) if (segment.launch <= launch) found = segment.series;
    return found === undefined || found.length === 0 ? undefined : found;
  }

  /** Drops the points at or after `step` (TensorBoard's purge on a restart); returns the new length. */
  private restart(step: number): number {
    const last = this.steps[this.length - 1];
    const from = firstAtOrAfter(this.steps, this.length, step);
    // Resumes are counted per training: only the kept training's are reported.
    const key = `${this.launch}\u0000${this.name}`;
    const restarts = this.restarts.get(key) ?? { count: 0, dropped: 0, firstFrom: last, firstTo: step, firstLine: this.place.line };
    restarts.count++;
    restarts.dropped += this.length - from;
    this.restarts.set(key, restarts);
    this.length = from;
    return from;
  }

  private grow(): void {
    const capacity = nextCapacity(this.steps.length);
    this.steps = grown(this.steps, this.length, capacity);
    this.values = grown(this.values, this.length, capacity);
    if (this.epochs !== undefined) this.epochs = grown(this.epochs, this.length, capacity);
    if (this.wallTimes !== undefined) this.wallTimes = grown(this.wallTimes, this.length, capacity);
  }

  /** The columns cut to length (views, not copies: a copy would double the memory until the next GC). */
  finish(): ScalarSeries {
    const cut = (column: Float64Array) => column.subarray(0, this.length);
    const steps = cut(this.steps);
    const series: { -readonly [K in keyof ScalarSeries]: ScalarSeries[K] } = { length: this.length, steps, values: cut(this.values) };
    if (this.epochMode === 'step') series.epochs = steps;
    else if (this.epochs !== undefined) series.epochs = cut(this.epochs);
    if (this.wallTimes !== undefined) series.wallTimes = cut(this.wallTimes);
    return series;
  }
}

/** Collects points series by series, keeping each sorted by step with one point per step. */
export class SeriesBuilder {
  private readonly series = new Map<string, SeriesColumns>();
  private readonly restarts = new Map<string, Restarts>();
  private readonly place: Shared = { line: Number.NaN, position: 0, firstStep: Number.NaN, launches: [] };

  /** The file line of the record being added (text readers set it, so a restart's note can name it). */
  set line(line: number) {
    this.place.line = line;
  }

  /** The columns of series `name`, created empty on first use (readers keep it to add points fast). */
  columns(name: string): SeriesColumns {
    let columns = this.series.get(name);
    if (columns === undefined) {
      columns = new SeriesColumns(name, this.restarts, this.place);
      this.series.set(name, columns);
    }
    return columns;
  }

  add(name: string, point: ScalarPoint): void {
    this.columns(name).add(point.step, point.value, point.epoch ?? Number.NaN, point.wallTime ?? Number.NaN);
  }

  get size(): number {
    return this.series.size;
  }

  /**
   * The series (empty ones left out). Restarts get one line in `notes` (default: `warnings`) per
   * file, naming `source` and the line where the step first went back.
   */
  finish(source: string, warnings: string[], notes: string[] = warnings): Record<string, ScalarSeries> {
    const launches = this.place.launches;
    const all = [...this.series.values()];
    // The trainings' lengths: each training's longest series.
    const lengths = Array.from({ length: launches.length + 1 }, (_, launch) => maxOf(all.map((columns) => columns.pointsIn(launch))));
    let kept = lengths.length - 1;
    while (kept >= 0 && lengths[kept] < FRESH_START_MIN_POINTS) kept--;
    if (kept < 0) kept = lengths.length - 1;
    const resumes = [...this.restarts].filter(([key]) => key.startsWith(`${kept}\u0000`)).map(([key, restarts]): [string, Restarts] => [key.slice(key.indexOf('\u0000') + 1), restarts]);
    if (launches.length > 0) notes.push(freshStartNote(source, this.place.firstStep, launches, lengths, kept));
    const restart = restartNote(source, resumes);
    if (restart !== undefined) notes.push(restart);
    const result: Record<string, ScalarSeries> = {};
    for (const [name, columns] of this.series) {
      const series = columns.finishIn(kept);
      if (series === undefined) continue;
      if (columns.largeSteps) warnings.push(`${source}: '${name}' has steps beyond 2^53, which lose precision as JavaScript numbers`);
      result[name] = series;
    }
    return result;
  }
}

/**
 * `log.txt:7: the step went back from 4 to 0 (a restart appended to the log, as when a run resumes
 * from a checkpoint); kept the later launch's points and dropped the earlier ones from that step on,
 * as TensorBoard does: 5 points of each of 40 series`. Undefined when nothing restarted.
 */
function restartNote(source: string, restarts: readonly [string, Restarts][]): string | undefined {
  if (restarts.length === 0) return undefined;
  // The first restart in the file: the earliest line (series that restart on the same line agree).
  const [, first] = restarts.reduce((a, b) => (b[1].firstLine < a[1].firstLine ? b : a));
  const where = Number.isNaN(first.firstLine) ? source : `${source}:${first.firstLine}`;
  const when = first.firstFrom === first.firstTo ? `step ${first.firstTo} was logged again` : `the step went back from ${first.firstFrom} to ${first.firstTo}`;
  const count = maxOf(restarts.map(([, r]) => r.count));
  const more = count > 1 ? `, and ${count - 1} more time${count > 2 ? 's' : ''} after` : '';
  const dropped = restarts.map(([, r]) => r.dropped);
  const low = minOf(dropped);
  const high = maxOf(dropped);
  const points = low === high ? `${high} point${high === 1 ? '' : 's'}` : `${low}-${high} points`;
  const which = restarts.length === 1 ? `of '${restarts[0][0]}'` : `of each of ${restarts.length} series`;
  return `${where}: ${when}${more} (a restart appended to the log, as when a run resumes from a checkpoint); ` +
    `kept the later launch's points and dropped the earlier ones from that step on, as TensorBoard does: ${points} ${which}`;
}

/**
 * `results.csv:12: the step went back from 9 to 0, the log's first step, and 1 more time after: 3
 * trainings written into one log (a fresh start is a new training, not a resume from a
 * checkpoint); kept training 1 of 3 (up to line 11, 10 points): the latest (from line 13, 1 point)
 * is shorter than the 5 points the trend rules need`.
 */
function freshStartNote(source: string, firstStep: number, launches: readonly Launch[], lengths: readonly number[], kept: number): string {
  const first = launches[0];
  const where = Number.isNaN(first.line) ? source : `${source}:${first.line}`;
  const to = first.to === firstStep ? `${first.to}, the log's first step` : `${first.to}, before the log's first step (${firstStep})`;
  const more = launches.length > 1 ? `, and ${launches.length - 1} more time${launches.length > 2 ? 's' : ''} after` : '';
  const count = lengths.length;
  const latest = count - 1;
  const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;
  /** Where training `launch` is in the file: its lines, when the reader gives them. */
  const lines = (launch: number): string => {
    const from = launch === 0 ? Number.NaN : launches[launch - 1].line;
    const to = launch === latest ? Number.NaN : launches[launch].line - 1;
    if (launch > 0 && Number.isNaN(from)) return '';
    if (launch === 0) return Number.isNaN(to) ? '' : `up to line ${to}, `;
    return Number.isNaN(to) ? `from line ${from}, ` : `lines ${from}-${to}, `;
  };
  const head = `${where}: the step went back from ${first.from} to ${to}${more}: ${count} trainings written into one log ` +
    '(a fresh start is a new training, not a resume from a checkpoint)';
  if (kept === latest) {
    const none = lengths[latest] < FRESH_START_MIN_POINTS ? `; none has the ${FRESH_START_MIN_POINTS} points the trend rules need` : '';
    return `${head}; kept the latest (${lines(latest)}${points(lengths[latest])}) and left out the ${latest === 1 ? 'one' : latest} before it${none}`;
  }
  return `${head}; kept training ${kept + 1} of ${count} (${lines(kept)}${points(lengths[kept])}): the latest (${lines(latest)}${points(lengths[latest])}) ` +
    `is shorter than the ${FRESH_START_MIN_POINTS} points the trend rules need`;
}

/** Index of the first of the first `length` steps that is >= `step` (they are sorted). */
function firstAtOrAfter(steps: Float64Array, length: number, step: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (steps[mid] < step) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The point at index `i` of a series, as an object. */
export function pointAt(series: ScalarSeries, i: number): ScalarPoint {
  const epoch = series.epochs?.[i];
  const wallTime = series.wallTimes?.[i];
  return {
    step: series.steps[i],
    ...(epoch !== undefined && !Number.isNaN(epoch) && { epoch }),
    value: series.values[i],
    ...(wallTime !== undefined && !Number.isNaN(wallTime) && { wallTime }),
  };
}

/** Every point of a series as objects: convenient for small series (tests, printing); large ones are better read as columns. */
export function seriesPoints(series: ScalarSeries): ScalarPoint[] {
  return Array.from({ length: series.length }, (_, i) => pointAt(series, i));
}

/**
 * A cell or JSON value as a number: Python's spellings of the special values ('nan', 'inf',
 * '-inf', 'NaN', 'Infinity') become NaN / ±Infinity; '' and Keras's 'NA' are missing
 * (undefined, not 0); anything else that is not a decimal number is `null` (not numeric).
 */
export function parseNumber(text: string): number | undefined | null {
  const cell = text.trim();
  if (cell === '' || cell === 'NA' || cell === 'None') return undefined;
  const special = SPECIAL_VALUES.get(cell.toLowerCase());
  if (special !== undefined) return special;
  return DECIMAL.test(cell) ? Number(cell) : null;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL_VALUES = new Map<string, number>([
  ['nan', NaN], ['+nan', NaN], ['-nan', NaN],
  ['inf', Infinity], ['+inf', Infinity], ['infinity', Infinity], ['+infinity', Infinity],
  ['-inf', -Infinity], ['-infinity', -Infinity],
]);
