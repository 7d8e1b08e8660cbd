/**
 * What the log readers share: their one error (`logError`), which keys name a loss (`namesLoss`),
 * the notes on a damaged text log and on its unfinished last line, number parsing of cells and JSON values, a series' points as objects, and `SeriesBuilder`,
 * which collects the points of a file in file order into series, under the restart and
 * fresh-start rules of series-columns.ts, and chooses the training a log with fresh starts is
 * read as. Browser-safe.
 */
import { LogFileError } from '../core/errors.js';
import { maxOf } from '../core/extent.js';
import { abbreviatesLoss, isSplitLossFunctionName } from '../monitor/index.js';
import { counterRestartNote, freshStartNote, restartNote } from './restart-notes.js';
import { FRESH_START_MIN_POINTS, SeriesColumns, type LaunchMark, type Restarts, type Shared } from './series-columns.js';
import type { ScalarPoint, ScalarSeries } from './types.js';

/**
 * The one error of the log readers: a `LogFileError` reading `file:line: what is wrong` (or
 * `file: ...`), with the file and line as fields. The CLI exits 2 on it.
 */
export function logError(file: string, message: string, line?: number): LogFileError {
  return new LogFileError(message, line === undefined ? { file } : { file, line });
}

/**
 * True for a key naming a loss: '...loss...' ('loss', 'val_loss', 'train/loss_box'), or a split's
 * loss function by the tag -> role table ('train_nll', 'val_cross_entropy', 'dev_mae'), which
 * History reads as the loss when no plain one is logged. What makes a record list, a dict of lists
 * or a table a loss history. A mixed-precision loss scale ('loss_scale', Megatron's 'loss scale',
 * DeepSpeed's 'Attempted loss scale') is no loss: the factor the loss is multiplied by before the
 * backward pass, a context figure (the role table's 'scale' token makes it one).
 */
export const namesLoss = (key: string): boolean => /loss/i.test(key.replace(LOSS_SCALE, '')) || abbreviatesLoss(key) || isSplitLossFunctionName(key);

/** 'loss scale', 'loss_scale', 'LossScale', 'loss-scaler': a mixed-precision scale, no loss. */
const LOSS_SCALE = /loss[\s_./-]?scal(?:e|er|ing)/gi;

/** Where a text log stops being readable: the line and what is wrong with it. */
export interface Damage {
  readonly line: number;
  readonly reason: string;
}

/**
 * `log.csv:7: 3 fields, expected 2; kept the 5 rows before it and ignored the rest of the file`.
 * In a file of several trainings (`training`: a CSV header written again), the rows counted are
 * the damaged training's, and what is ignored ends at the next training's header, when one follows.
 */
export function damageNote(file: string, damage: Damage, kept: number, unit: 'row' | 'record', training?: { readonly until: number | undefined }): string {
  const rows = `${kept} ${unit}${kept === 1 ? '' : 's'}`;
  if (training === undefined) return `${file}:${damage.line}: ${damage.reason}; kept the ${rows} before it and ignored the rest of the file`;
  const rest = training.until === undefined ? 'the rest of the file' : `the rest of that training (up to the header written again on line ${training.until})`;
  return `${file}:${damage.line}: ${damage.reason}; kept the ${rows} of its training before it and ignored ${rest}`;
}

/**
 * `log.csv:12: incomplete last line (3 of 5 fields; the writer may still be running); ignored`:
 * a last line cut short, as a run still writing leaves it (`detail`, when given, says how short).
 */
export function incompleteLastLineNote(file: string, line: number, detail?: string): string {
  return `${file}:${line}: incomplete last line (${detail === undefined ? '' : `${detail}; `}the writer may still be running); ignored`;
}

/** The last path component, for messages and run names (works on '/' and '\' paths). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts.length === 0 ? path : parts[parts.length - 1];
}

/** Collects points series by series, keeping each sorted by step with one point per step. */
export class SeriesBuilder {
  private readonly series = new Map<string, SeriesColumns>();
  private readonly restarts = new Map<string, Restarts>();
  private readonly place: Shared = { line: Number.NaN, position: 0, firstStep: Number.NaN, launches: [], stepOffset: 0 };
  /** The training `finish` kept (0 = the first in the file): a reader whose roles depend on the training reads it after. */
  keptTraining = 0;

  /** The file line of the record being added (text readers set it, so a restart's note can name it). */
  set line(line: number) {
    this.place.line = line;
  }

  /**
   * A new training begins at file line `line` (a CSV header written again, or what `mark` says):
   * each series' next point belongs to it, whatever its step (see series-columns.ts).
   */
  startTraining(line: number, mark?: LaunchMark): void {
    this.place.launches.push({ position: this.place.position, line, from: Number.NaN, to: Number.NaN, declared: true, ...(mark === undefined ? {} : { mark }) });
    this.place.stepOffset = 0;
  }

  /** A section of the text (a notebook's cell) begins: a counter restarted inside one is read apart (series-columns.ts). */
  sectionBegan(): void {
    this.place.section = (this.place.section ?? 0) + 1;
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
    this.keptTraining = kept;
    const resumes = [...this.restarts].filter(([key]) => key.startsWith(`${kept}\u0000`)).map(([key, restarts]): [string, Restarts] => [key.slice(key.indexOf('\u0000') + 1), restarts]);
    if (this.place.counterRestarts !== undefined) notes.push(counterRestartNote(source, this.place.counterRestarts));
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
 * '-inf', 'NaN', 'Infinity') become NaN / ±Infinity; '', Keras's 'NA', Python's 'None' and
 * fastai's '#na#' (a value its Recorder did not compute) are missing (undefined, not 0); a PyTorch
 * scalar tensor as `str()` prints it (`tensor(2851.9905)`, `tensor(0.52, device='cuda:0')`: a
 * script that logs a loss without `.item()`, as simpletransformers' training_progress_scores.csv
 * writes its perplexity) is its value; anything else that is not a decimal number is `null` (not
 * numeric).
 */
export function parseNumber(text: string): number | undefined | null {
  const cell = text.trim();
  if (MISSING_VALUES.has(cell)) return undefined;
  const special = SPECIAL_VALUES.get(cell.toLowerCase());
  if (special !== undefined) return special;
  if (DECIMAL.test(cell)) return Number(cell);
  const tensor = TORCH_SCALAR.exec(cell);
  return tensor === null ? null : parseNumber(tensor[1]) ?? null;
}

/** A number as Python prints one (`0.52`, `-1e-05`, `.5`, `nan`, `inf`): a regex source shared by readers of printed values. */
export const PRINTED_NUMBER = String.raw`[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|nan|inf)`;
/**
 * PyTorch's keyword arguments after a scalar tensor's value (`, device='cuda:0'`, `, grad_fn=<NllLossBackward0>`,
 * `, dtype=torch.float64`), up to its closing bracket: shared with console-patterns.ts' TORCH_SCALAR, which reads
 * such a tensor inside a printed line.
 */
export const TORCH_SCALAR_ARGUMENTS = String.raw`(?:,\s*\w+=[^()]*(?:\(\)|<[^>]*>)?[^()]*)?`;
/** `tensor(<number>)` with PyTorch's optional keyword arguments after it. */
const TORCH_SCALAR = new RegExp(String.raw`^tensor\(\s*([^,()\s]+)\s*${TORCH_SCALAR_ARGUMENTS}\)$`);

const MISSING_VALUES = new Set(['', 'NA', 'None', '#na#']);
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL_VALUES = new Map<string, number>([
  ['nan', NaN], ['+nan', NaN], ['-nan', NaN],
  ['inf', Infinity], ['+inf', Infinity], ['infinity', Infinity], ['+infinity', Infinity],
  ['-inf', -Infinity], ['-infinity', -Infinity],
]);
