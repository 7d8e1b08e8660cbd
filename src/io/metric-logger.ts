/**
 * The plain-text console logs of PyTorch's `MetricLogger` family: one line per logged iteration,
 * each meter written `name: value (average)` (or `Name value (average)`):
 *
 *   torchvision references (classification, detection), DETR, Deformable DETR:
 *     Epoch: [2]  [ 0/40]  eta: 0:28:51  lr: 0.0001  loss: 0.3403 (0.3403)  acc1: 92.1875 (92.1875)  time: 43.2979  data: 0.0671
 *   maskrcnn-benchmark (after the logging prefix):
 *     ... maskrcnn_benchmark.trainer INFO: eta: 1 day, 17:53:20  iter: 20  loss: 1.0015 (1.5607)  loss_classifier: 0.3421 (0.8640)  ...  lr: 0.000900  max mem: 9641
 *   AverageMeter trainers (cluster-contrast, SpCL, open-reid), fields separated by tabs:
 *     Epoch: [0][10/400]	Time 0.370 (0.775)	Data 0.000 (0.211)	Loss 4.447 (3.906)
 *   and without the epoch's total (facebookresearch's SwAV logger, readers-62; steps: `UntotalledSteps`):
 *     INFO - 09/02/20 14:19:41 - 0:02:03 - Epoch: [0][50]	Time 2.376 (1.927)	Data 0.000 (0.014)	Loss 4.2079 (4.2377)	Lr: 0.0019
 *   lufficc/SSD (its MetricLogger joins meters with ', ', `total_loss` the sum it back-propagates):
 *     ... SSD.trainer INFO: iter: 000010, lr: 0.00004, total_loss: 16.660 (16.660), reg_loss: 6.684 (6.684), ..., eta: 1:39:02
 *   Swin Transformer's `log_rank0.txt` (its `train_one_epoch` logs AverageMeters through Python's
 *   logging, the epoch written with its total; `validate` writes `Test: [i/N]` lines as torchvision's):
 *     [... swin_tiny_patch4_window7_224] (main.py 311): INFO Train: [0/150][10/924]	eta 0:00:56 lr 0.000000	 wd 0.0500	time 0.0325 (0.0623)	loss 0.0000 (0.0000)	grad_norm 0.0000 (0.0000)	loss_scale 65536.0000 (65536.0000)	mem 150MB
 *
 * The series is the value before the bracket: the current value (MetricLogger's median over its
 * last 20 updates, AverageMeter's last batch). The bracket is a running mean since the start of
 * the epoch or of the training: each point averages all the points before it, so its trend lags
 * and keeps falling long after the loss has stopped; it is not read.
 *
 * The step is the iteration: `iter: N` (maskrcnn-benchmark), or `epoch * N + i` for
 * `Epoch: [e]  [i/N]` or Swin's `Train: [e/E][i/N]` (the epoch kept as each point's epoch; Swin's
 * resumed runs go on with the epoch they stopped at, E raised, so their steps go on too). Meters are read after the step, so
 * the logging prefix (a date, a logger name) is not taken for one. A meter ends at white space or
 * a comma (lufficc/SSD's separator). Each meter's name is kept as written: `loss` (the total that
 * maskrcnn-benchmark, torchvision and DETR back-propagate), `Loss` and SSD's `total_loss` are the
 * training loss (the role table's plain and total names), components (`loss_classifier`,
 * `loss_ce`, SSD's `reg_loss`) stay metrics, as detectron2's do; `lr` is the learning rate;
 * per-iteration timings, the ETA, memory and throughput (`time`, `data`, `eta`, `max mem`,
 * `img/s`) are not series. A training line is one with a step and a loss meter written with its
 * average.
 *
 * An evaluation pass (torchvision's classification `evaluate`, DETR's: a fresh MetricLogger whose
 * `log_every` header is `Test:`) writes `Test:  [i/N]` lines, each meter `name: value (average)`,
 * the average since the pass began; the last logged line (`i = N - 1` in torchvision since 2020)
 * holds the pass's mean. A pass with a loss meter written with its average is one validation
 * point: each averaged meter of its last line becomes `val_<name>` (`val_loss`, `val_acc1`), at the
 * last step of the training epoch before it (`epoch * N + N - 1`, that epoch), or at the step of
 * the training line before it when that line has no epoch. A pass before any training line, and
 * the EMA model's pass (`Test: EMA  [i/N]`), are passed by, as is every other line (the config
 * dump, the environment, `Acc@1 ...` summaries). Several
 * trainings appended to one log (the iteration going back) are kept apart by `SeriesBuilder`, as
 * every reader's are. Browser-safe.
 */
import { LineStream } from './line-stream.js';
import { incompleteLastLineNote, logError, namesLoss, parseNumber, PRINTED_NUMBER } from './series.js';
import type { ParsedLog } from './types.js';

/** `Epoch: [2]  [ 0/40]` (torchvision, DETR), `Epoch: [0][10/400]` (AverageMeter trainers). */
const EPOCH_AND_BATCH = /\bEpoch:?\s*\[\s*(\d+)\s*\]\s*\[\s*(\d+)\s*\/\s*(\d+)\s*\]/i;
/** `Epoch: [0][50]`: the batch without the epoch's total (facebookresearch's SwAV and its kin, readers-62). */
const EPOCH_AND_INDEX = /\bEpoch:?\s*\[\s*(\d+)\s*\]\s*\[\s*(\d+)\s*\]/i;
/**
 * Swin Transformer's `Train: [0/150][10/924]` (epoch/epochs, batch/batches), the groups as
 * EPOCH_AND_BATCH's. Written this way only by Swin's loop and its forks (main.py's `train_one_epoch`).
 */
const SWIN_EPOCH_AND_BATCH = /\bTrain:\s*\[\s*(\d+)\s*\/\s*\d+\s*\]\s*\[\s*(\d+)\s*\/\s*(\d+)\s*\]/;
/** `Test:  [ 40/391]`: a line of an evaluation pass (see the module comment). */
const TEST_BATCH = /\bTest:\s*\[\s*(\d+)\s*\/\s*\d+\s*\]/;
/** `iter: 20` (maskrcnn-benchmark), `iter: 000010,` (lufficc/SSD). */
const ITERATION = /\biter:\s*(\d+)(?=[\s,]|$)/;
const NUMBER = PRINTED_NUMBER;
/**
 * One meter: a name, an optional colon, the value and optionally `(average)`; the meter ends at a
 * space or a comma. The one two-word name, `max mem` (the peak GPU memory in MB, which maskrcnn-benchmark,
 * torchvision's and DETR's `log_every` write last), is taken whole, not as a meter `mem`.
 */
const METER = new RegExp(String.raw`((?:max[ \t]+)?[A-Za-z_][\w/@.\-]*):?[ \t]+(${NUMBER})(?:[ \t]+\((${NUMBER})\))?(?=[\s,]|$)`, 'gi');
/** Meters that are no series: per-iteration timings, the ETA, memory, throughput. */
const CONTEXT_METER = /^(?:time|data|data_time|batch_time|iter_time|eta|mem|memory|max_mem|max mem)$|\/s$/i;
/** How many training lines make a text a MetricLogger log. */
export const MIN_TRAINING_LINES = 3;

interface TrainingLine {
  readonly step: number;
  readonly epoch?: number;
  /** The epoch's batches (N of `[i/N]`), with `epoch`. */
  readonly batches?: number;
  /** `Epoch: [e][i]`, no total: `step` is `i`, the parser counts on from the epochs before (`UntotalledSteps`). */
  readonly untotalled?: true;
  /** Every meter on the line, context included: [name, current value, has an average]. */
  readonly meters: readonly (readonly [string, number | undefined, boolean])[];
}

/** The step and meters of a training line (see the module comment), undefined for any other line. */
function readTrainingLine(line: string): TrainingLine | undefined {
  const batch = EPOCH_AND_BATCH.exec(line) ?? SWIN_EPOCH_AND_BATCH.exec(line);
  const untotalled = batch === null ? EPOCH_AND_INDEX.exec(line) : null;
  const iteration = batch === null && untotalled === null ? ITERATION.exec(line) : null;
  const marker = batch ?? untotalled ?? iteration;
  if (marker === null) return undefined;
  const meters = metersAfter(line, marker);
  if (!meters.some(([name, , averaged]) => averaged && namesLoss(name))) return undefined;
  if (untotalled !== null) return { step: Number(untotalled[2]), epoch: Number(untotalled[1]), untotalled: true, meters };
  if (batch === null) return { step: Number(marker[1]), meters };
  const epoch = Number(batch[1]);
  const batches = Number(batch[3]);
  return { step: epoch * batches + Number(batch[2]), epoch, batches, meters };
}

/** The meters written after `marker` on `line`: [name, current value, has an average]. */
function metersAfter(line: string, marker: RegExpExecArray): [string, number | undefined, boolean][] {
  const meters: [string, number | undefined, boolean][] = [];
  for (const match of line.slice(marker.index + marker[0].length).matchAll(METER)) {
    meters.push([match[1].replace(/[ \t]+/, ' '), parseNumber(match[2]) ?? undefined, match[3] !== undefined]);
  }
  return meters;
}

/** An evaluation pass's line: its batch index and its averaged meters (context meters left out); undefined for any other line. */
function readEvaluationLine(line: string): EvaluationLine | undefined {
  const marker = TEST_BATCH.exec(line);
  if (marker === null) return undefined;
  const averages: [string, number][] = [];
  let loss = false;
  for (const match of line.slice(marker.index + marker[0].length).matchAll(METER)) {
    const name = match[1].replace(/[ \t]+/, ' ');
    const average = match[3] === undefined ? undefined : parseNumber(match[3]);
    if (typeof average !== 'number' || CONTEXT_METER.test(name)) continue;
    averages.push([name, average]);
    loss ||= namesLoss(name);
  }
  return loss ? { index: Number(marker[1]), averages } : undefined;
}

interface EvaluationLine {
  readonly index: number;
  /** [name, the average since the pass began]. */
  readonly averages: readonly (readonly [string, number])[];
}

/** True when `text` holds at least MIN_TRAINING_LINES training lines of a MetricLogger log. */
export function isMetricLoggerText(text: string): boolean {
  let count = 0;
  for (const line of text.split(/\r?\n/)) {
    if (readTrainingLine(line) !== undefined && ++count >= MIN_TRAINING_LINES) return true;
  }
  return false;
}

/**
 * Reads a MetricLogger console log pushed in chunks (a long training's console log runs to
 * hundreds of MB: only the series are kept); `file` names it in messages.
 */
export class MetricLoggerParser extends LineStream {
  private readonly warnings: string[] = [];
  private readonly context = new Set<string>();
  /** The latest training line, where an evaluation pass after it is placed. */
  private training: TrainingLine | undefined;
  /** The evaluation pass being read: its latest line, and that line's number. */
  private pass: { last: EvaluationLine; line: number } | undefined;
  private passes = 0;
  private read = 0;
  private readonly untotalled = new UntotalledSteps();

  finish(): ParsedLog {
    this.endPass();
    const { file, warnings, context, read, passes } = this;
    // A run still writing leaves its last line cut off, perhaps mid-meter.
    const cut = this.cutOffLastLine();
    if (cut !== undefined && (EPOCH_AND_BATCH.test(cut) || SWIN_EPOCH_AND_BATCH.test(cut) || ITERATION.test(cut))) warnings.push(incompleteLastLineNote(file, this.lineNumber));
    if (read === 0) throw logError(file, "no MetricLogger training lines: expected lines such as 'Epoch: [0]  [10/400]  loss: 0.52 (0.61)' or 'iter: 20  loss: 1.0015 (1.5607)'");
    const notes = [
      `a PyTorch MetricLogger console log: ${read} training line${read === 1 ? '' : 's'} read, each meter's current value (the window median or last batch), not the running average in brackets, which lags` +
        (passes === 0 ? '' : `; ${passes} evaluation pass${passes === 1 ? '' : 'es'} ('Test: [i/N]') read as the validation split, val_<meter> the average on each pass's last line, at the end of the training epoch before it`) +
        '; other lines (configuration, summaries) passed by' +
        (context.size === 0 ? '' : `; not series: ${[...context].join(', ')}`),
    ];
    const series = this.builder.finish(file, warnings, notes);
    return { format: 'metric-logger', series, warnings, notes };
  }

  protected readLine(line: string): void {
    const read = readTrainingLine(this.lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line);
    const training = read?.untotalled === true && read.epoch !== undefined ? { ...read, step: this.untotalled.step(read.epoch, read.step) } : read;
    if (training === undefined) {
      const evaluation = readEvaluationLine(line);
      if (evaluation === undefined) return;
      // The batch index going back (or staying) begins another pass.
      if (this.pass !== undefined && evaluation.index <= this.pass.last.index) this.endPass();
      this.pass = { last: evaluation, line: this.lineNumber };
      return;
    }
    this.endPass();
    this.training = training;
    this.builder.line = this.lineNumber;
    this.read++;
    const epoch = training.epoch === undefined ? {} : { epoch: training.epoch };
    for (const [name, value] of training.meters) {
      if (CONTEXT_METER.test(name)) this.context.add(name);
      else if (value !== undefined) this.builder.add(name, { step: training.step, ...epoch, value });
    }
  }

  /** The pass being read is over: its last line's averages are one validation point (see the module comment). */
  private endPass(): void {
    const { pass, training } = this;
    this.pass = undefined;
    if (pass === undefined || training === undefined) return;
    const { epoch, batches } = training;
    const at = epoch === undefined || batches === undefined ? { step: training.step } : { step: epoch * batches + batches - 1, epoch };
    this.builder.line = pass.line;
    this.passes++;
    for (const [name, value] of pass.last.averages) this.builder.add(`val_${name}`, { ...at, value });
  }
}

/**
 * The steps of `Epoch: [e][i]` lines, which do not write the epoch's batches: each epoch goes on
 * from the last batch logged in the epoch before, one logging interval on (the interval: the first
 * gap between two batches of an epoch), as `e * N + i` would with N the epoch's batches rounded to
 * the interval. The epoch going back begins from 0 again: another training (`SeriesBuilder`).
 */
class UntotalledSteps {
  private epoch = -1;
  private offset = 0;
  private last = 0;
  private interval = 0;

  step(epoch: number, index: number): number {
    if (epoch !== this.epoch) {
      this.offset = epoch > this.epoch && this.epoch >= 0 ? this.offset + this.last + (this.interval || 1) : 0;
      this.epoch = epoch;
    } else if (this.interval === 0 && index > this.last) this.interval = index - this.last;
    this.last = index;
    return this.offset + index;
  }
}

/** Parses a MetricLogger console log whole (see the module comment); `file` names it in messages. */
export function parseMetricLoggerLog(text: string, file: string): ParsedLog {
  const parser = new MetricLoggerParser(file);
  parser.push(text);
  return parser.finish();
}
