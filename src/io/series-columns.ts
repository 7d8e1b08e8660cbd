/**
 * One series being read, as growing typed columns, with TensorBoard's rule for restarts: when a
 * series' step goes back (a run resumed from a checkpoint and logged the same steps again),
 * the points at or after the new step are dropped and the new ones kept — the
 * `purge_orphaned_data` behaviour of TensorBoard's event accumulator
 * (tensorboard/backend/event_processing/event_accumulator.py `_MaybePurgeOrphanedData`).
 * A value logged twice at the same step is the same case: the later one wins. One note per file
 * says where (the first restart's line, when the reader sets `SeriesBuilder.line`) and what was
 * dropped, rather than one per series (restart-notes.ts words it).
 *
 * A step that goes back to the log's first logged step (or before it) is no resume: it is a
 * fresh start, a NEW training written into the same file (YOLOv5's results.csv of a run started
 * again, detectron2's metrics.json of six trainings appended). The trainings are kept apart, and
 * the latest one that has at least `FRESH_START_MIN_POINTS` points is the run (the latest
 * training, unless it is too short for the trend rules, as an aborted launch is: then the last
 * one before it that is long enough); when none is, the latest. One note names the trainings and
 * which one was kept. A series that goes back after a fresh start began, and has logged nothing
 * since, joins that training (an evaluation series that restarts a few records later).
 * In a text of sections (a notebook's cells), a step that goes back to the first step inside the
 * section of the series' last point, with no epoch logged, while the series goes on from its last
 * level, is no new training either: it is a counter that starts again inside one training
 * (CS231n's PyTorch loop prints `Iteration 0, loss = ...` again at every epoch of one cell).
 * A new training logs near its first value again, a counter restarted mid-training near its last:
 * when the new value is at most half as far from the last level (the median of the last three
 * points) as from the training's first value, the log's steps from there on are numbered on after
 * the last one, one step spacing apart (`CounterRestart`). A flat series, whose first and last
 * levels are alike, says nothing and is a fresh start as before. Only inside one cell: across
 * cells, and in a log file, where one launch's lines cannot be told from the next's, a model
 * trained again from where it stopped (another Trainer run, a script started again from its
 * weights) logs near its last level too, and the corpora judge it as a training of its own
 * (applied to every log, this rule lost 6 expected findings and added 9 false alarms in corpora
 * 1-91).
 * A reader can also say where a training begins (`SeriesBuilder.startTraining`: a CSV header
 * written again, as fastai's CSVLogger(append=True) does at each fit): every series' next point
 * then begins that training, whatever its step.
 * The columns are kept apart from `SeriesBuilder` (series.ts), which holds them by name, chooses
 * the training and writes the notes. Browser-safe.
 */
import { nextCapacity } from '../core/growth.js';
import type { ScalarSeries } from './types.js';

/** The resumes of one series in one training: how many, the points they dropped, and the first one. */
export interface Restarts {
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
export interface Launch {
  /** The position (count of points added to the builder) of its first point. */
  readonly position: number;
  /** Its first record's file line (NaN when the reader gives no lines). */
  readonly line: number;
  /** The step the series went back from, and to (NaN when the reader said where it begins). */
  readonly from: number;
  readonly to: number;
  /** The reader said so (a header written again), rather than a step going back. */
  readonly declared: boolean;
  /** What the reader saw begin it, for the note, when not a header written again (`LaunchMark`). */
  readonly mark?: LaunchMark;
}

/** A declared training's beginning in words: `what` began it, `why` that is a new training. */
export interface LaunchMark {
  readonly what: string;
  readonly why: string;
}

/** The first time the log's counter started again inside one training, and how many times it did. */
export interface CounterRestart {
  count: number;
  readonly name: string;
  /** The file line of the record that went back (NaN when the reader gives no lines). */
  readonly line: number;
  readonly from: number;
  readonly to: number;
  /** The training's first value, its last level (median of the last three) and the value logged at the restart. */
  readonly first: number;
  readonly lastLevel: number;
  readonly value: number;
}

/** What the series of one builder share: where the reader is, and the trainings found so far. */
export interface Shared {
  /** The file line of the record being added. */
  line: number;
  /** Points added so far (all series): orders the series' points against each other. */
  position: number;
  /** The step of the first point added: the log's first step. */
  firstStep: number;
  /** Trainings after the first, in file order. */
  readonly launches: Launch[];
  /** Added to every logged step: where a counter restarted inside the training numbers on (0 in a new training). */
  stepOffset: number;
  /** The counter restarts read as one training going on; undefined when none. */
  counterRestarts?: CounterRestart;
  /** The section (a notebook's cell) being read, counted from 1; undefined in a text of no sections. */
  section?: number;
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
  /** The section of the last point added (`Shared.section`). */
  private lastSection: number | undefined;
  /** The series' points in earlier trainings (fresh starts), by training. */
  private readonly earlier: { readonly launch: number; readonly series: ScalarSeries }[] = [];

  constructor(readonly name: string, private readonly restarts: Map<string, Restarts>, private readonly place: Shared) {}

  /**
   * Adds a point; NaN `epoch` / `wallTime` mean not logged. A step at or before the last one
   * restarts the series there (a resume), or starts a new training (a fresh start: see the module comment).
   */
  add(loggedStep: number, value: number, epoch = Number.NaN, wallTime = Number.NaN): void {
    const position = this.place.position++;
    if (position === 0) this.place.firstStep = loggedStep;
    if (this.launch < this.place.launches.length && this.declaredSince()) this.startTraining();
    let step = loggedStep + this.place.stepOffset;
    let at = this.length;
    // The same value again at the last step (Lightning logs 'epoch' with every metric) is no restart.
    if (at > 0 && step === this.steps[at - 1] && Object.is(value, this.values[at - 1])) return;
    if (at > 0 && step <= this.steps[at - 1]) {
      const back = this.wentBack(loggedStep, value, epoch, position);
      step = loggedStep + this.place.stepOffset;
      if (back === 'fresh start') at = 0;
      else if (back === 'resume') at = this.restart(step);
    }
    this.lastPosition = position;
    this.lastSection = this.place.section;
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
   * What going back to the logged step `step` with `value` is. A fresh start: a training began
   * since this series' last point (it joins it), or `step` is at or before the log's first step
   * and the series had moved on from its training's first step (it begins one; one point logged
   * again at the first step stays TensorBoard's case: the later value wins); the points so far
   * are kept as the earlier training's. A counter going on: such a step whose value goes on from
   * the last level, in the same section and with no `epoch` (the module comment); the log's steps
   * are numbered on. Else a resume.
   */
  private wentBack(step: number, value: number, epoch: number, position: number): 'fresh start' | 'counter goes on' | 'resume' {
    const { launches, firstStep } = this.place;
    const latest = launches.length;
    const joins = latest > this.launch && launches[latest - 1].position > this.lastPosition;
    const last = this.steps[this.length - 1];
    if (!joins && !(step <= firstStep && last > this.steps[0])) return 'resume';
    // An epoch counter never starts again inside one training: only a bare step counter (iterations) can.
    if (!joins && Number.isNaN(epoch) && this.goesOnFromLastLevel(step, value)) return 'counter goes on';
    if (!joins) launches.push({ position, line: this.place.line, from: last - this.place.stepOffset, to: step, declared: false });
    this.place.stepOffset = 0;
    this.startTraining();
    return 'fresh start';
  }

  /** True (and the log's steps numbered on from here) when `value` is at most half as far from the last level as from the first value. */
  private goesOnFromLastLevel(step: number, value: number): boolean {
    const n = this.length;
    if (this.place.section === undefined || this.lastSection !== this.place.section || n < 3 || !Number.isFinite(value)) return false;
    const first = this.values[0];
    const lastLevel = medianOfThree(this.values[n - 3], this.values[n - 2], this.values[n - 1]);
    if (!(2 * Math.abs(value - lastLevel) < Math.abs(value - first))) return false;
    const last = this.steps[n - 1];
    const spacing = last - this.steps[n - 2];
    const place = this.place;
    if (place.counterRestarts === undefined) {
      place.counterRestarts = { count: 0, name: this.name, line: place.line, from: last - place.stepOffset, to: step, first, lastLevel, value };
    }
    place.counterRestarts.count++;
    place.stepOffset = last + spacing - step;
    return true;
  }

  /** True when the reader declared a training (`Launch.declared`) since this series' last point. */
  private declaredSince(): boolean {
    const { launches } = this.place;
    for (let i = launches.length - 1; i >= this.launch && launches[i].position > this.lastPosition; i--) if (launches[i].declared) return true;
    return false;
  }

  /** Moves the series to the latest training: its points so far are kept as the earlier training's. */
  private startTraining(): void {
    if (this.length > 0) this.earlier.push({ launch: this.launch, series: this.finish() });
    this.launch = this.place.launches.length;
    this.length = 0;
    this.steps = new Float64Array(FIRST_CAPACITY);
    this.values = new Float64Array(FIRST_CAPACITY);
    this.epochs = undefined;
    this.wallTimes = undefined;
    this.epochMode = undefined;
  }

  /** How many points the series has in training `launch` (0-based). */
  pointsIn(launch: number): number {
    if (launch === this.launch) return this.length;
    return this.earlier.find((segment) => segment.launch === launch)?.series.length ?? 0;
  }

  /**
   * The series as it was in training `launch`: its points of the last training it logged in up to
   * that one, unless the reader declared a training in between (then it logged nothing in `launch`).
   */
  finishIn(launch: number): ScalarSeries | undefined {
    let from = this.launch;
    let found: ScalarSeries | undefined;
    if (launch >= this.launch) found = this.length === 0 ? undefined : this.finish();
    else {
      for (const segment of this.earlier) {
        if (segment.launch > launch) break;
        from = segment.launch;
        found = segment.series;
      }
    }
    if (this.place.launches.slice(from, launch).some((start) => start.declared)) return undefined;
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

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
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
