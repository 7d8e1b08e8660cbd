/**
 * Plain console training logs: the "name: value" lines users' own scripts, PyTorch's examples and
 * Keras' `fit` print (console-line.ts says which lines are read and how). This module places each
 * observation on the step axis:
 *
 *   - a line with a counter (`i/N` under an epoch, or a step / iter / iteration / batch number):
 *     the step console-steps.ts gives it;
 *   - no counter (`Epoch 3/20, train loss: ...`, `[TRAIN] Total loss: ...`): the next step after the
 *     last training observation (1, 2, 3 ... when no line has one), the epoch kept where written
 *     or announced by a header;
 *   - a validation pair on a line without a counter of its own: console-validation-place.ts;
 *   - a validation line with a batch counter of its own within an epoch: console-eval-pass.ts;
 *   - loss lines with nothing placing them (loguru's `... | __main__:train:35 - loss: 2.5035`): a
 *     run of them naming the same losses (console-line.ts' `UnplacedRun`), read as lines without a
 *     counter are;
 *   - validation lines naming no epoch in a notebook's cell after the training's cell and holding no
 *     training line (`model.evaluate(dl_val)`'s bar and result): an evaluation of the trained model,
 *     passed by;
 *   - PyTorch Lightning's progress bar and checkpoint messages: console-lightning.ts;
 *   - fastai's training table printed as text (epoch-table.ts): each row at its epoch, as the
 *     line `epoch 0, train_loss: 0.24, valid_loss: 0.12` would be;
 *   - per-epoch blocks under a split word alone (`Training:`, then `\tLoss:\t1.39969`,
 *     console-split-blocks.ts): each block's figures at its epoch, as one line of them would be;
 *   - evaluations printed a split per line (`train \t 2.1828`, then `dev \t 2.2324`, console-split-lines.ts):
 *     each evaluation's figures at its epoch, as one line of them would be;
 *   - a Hugging Face Trainer log dict (`{'loss': 0.69, ..., 'epoch': 0.04}`, hf-trainer-line.ts):
 *     its `step` if it has one, else its fractional epoch, as trainer_state.json's records are;
 *   - an epoch's average line (console-line.ts' `summary`) after per-batch training lines: the
 *     epoch's last training step. Training averages are then the training series under their own
 *     names, and the per-batch training series are renamed '<name>_step' (per-step granularity in
 *     the role table, so that the per-epoch series is taken first), as Lightning names its two.
 *
 * A split announced by a line (`Eval begin...`) holds until an epoch header, a line naming its
 * epoch, or a training line counting on from the training's own counter (`resumesTraining`).
 *
 * The epoch (or counter) going back with no epoch moving on is another training appended to the
 * log: `SeriesBuilder` keeps trainings apart as every reader's. In a text of sections (a
 * notebook's cells, notebook-log.ts), a section can also begin one (console-launch.ts' `CellRuns`:
 * a cell's lines with nothing to count by after an earlier cell's training, a cell's epochs
 * counted from the start again). Streamed (push / finish) so that a long log keeps only its
 * series. Browser-safe.
 */
import { lineText } from './console-line-text.js';
import { ResultsBlocks } from './results-block.js';
import { readConsoleLine, underRecord, type ConsoleLine, type Counter, type RecordHeader, type Unplaced } from './console-line.js';
import { isConsoleLogText, UnplacedRun } from './console-text.js';
import { CounterSteps } from './console-steps.js';
import { CellRuns, LaunchMarks, LaunchReader } from './console-launch.js';
import { readEpochTableHeader, readEpochTableRow, type EpochTable } from './epoch-table.js';
import { consoleReadNote } from './console-notes.js';
import { EvaluationBlock } from './console-eval-block.js';
import { EvaluationPasses } from './console-eval-pass.js';
import { ValidationPlaces, type TrainingPoint } from './console-validation-place.js';
import { averageKey, averagesNamed, plainName } from './console-averages.js';
import { LightningLines } from './console-lightning.js';
import { SplitBlocks, type SplitBlock } from './console-split-blocks.js';
import { SplitValueLines } from './console-split-lines.js';
import { incompleteLastLineNote, logError, SeriesBuilder } from './series.js';
import type { ParsedLog } from './types.js';
import type { LaunchMark } from './series-columns.js';

export { isConsoleLogText };

type Observation = Extract<ConsoleLine, { kind: 'observation' }>;
type LoopLine = Unplaced & { readonly epoch: number | undefined };

/** Keras' header of a fit called with `epochs=1`, alone on its line. */
const ONE_EPOCH_FIT = /^\s*Epoch 1\/1\s*$/;

/** Reads a plain console log pushed in chunks; `file` names it in messages. */
export class ConsoleLogParser {
  private readonly builder = new SeriesBuilder();
  private readonly warnings: string[] = [];
  private readonly names = new Set<string>();
  private steps = new CounterSteps();
  /** The counts of the trainings' step readers before the last launch (each launch starts a new one). */
  private readonly stepsBefore = { rounded: 0, shifted: 0 };
  private readonly launchMarks = new LaunchMarks();
  /** Observations read since the last launch mark (console-launch.ts). */
  private sinceLaunch = 0;
  /** Each launch mark's first point decides whether it starts a training or resumes one. */
  private readonly launches = new LaunchReader(this.builder);
  private rest = '';
  private lineNumber = 0;
  private read = 0;
  private records = 0;
  private components = 0;
  /** The latest epoch written on a line or announced by a header. */
  private epoch: number | undefined;
  private afterHeader = false;
  /** The epoch of the last header while no observation came after it (see `ONE_EPOCH_FIT`). */
  private headedEpoch: number | undefined;
  /** Keras one-epoch fits placed at their loop's epoch. */
  private loopedFits = 0;
  private record: RecordHeader | undefined;
  /** The split a line announced (`Eval begin...`) until an epoch header, another announcement or the training going on. */
  private announced: string | undefined;
  private readonly evaluationBlock = new EvaluationBlock();
  private lastTraining: TrainingPoint | undefined;
  /** The named counter of the last training line, to see a line going on from it (`resumesTraining`). */
  private lastTrainingCounter: Counter | undefined;
  /** Validation lines without a counter (console-validation-place.ts). */
  private readonly validations = new ValidationPlaces(this.names, (name, step, epoch, value) => this.add(name, step, epoch, value));
  /** Per-batch evaluation lines (console-eval-pass.ts). */
  private readonly evaluationPasses = new EvaluationPasses((name, step, epoch, value) => this.add(name, step, epoch, value));
  /** Validation lines in a cell after the training's, passed by (an evaluation of the trained model). */
  private evaluations = 0;
  /** Training names of lines with a batch counter, and whether a training epoch average was read. */
  private readonly batchNames = new Set<string>();
  private averages = false;
  /** Hugging Face Trainer end-of-training summaries passed by (hf-trainer-line.ts). */
  private trainerSummaries = 0;
  /** Trainer log dicts read since the last launch, the last one's epoch, and whether a summary ended the training (see `trainerRecord`). */
  private trainerLogs = { count: 0, epoch: Number.NaN, ended: false };
  /** Trainer evaluation dicts after a summary, passed by. */
  private trainerEvaluations = 0;
  /** Loss lines with nothing placing them, read as a run of them (console-line.ts' `UnplacedRun`), each with its loop's epoch. */
  private readonly unplaced = new UnplacedRun<LoopLine>();
  /**
   * The epoch of a loop's `epoch: 3` line (a record header of an epoch alone) for the lines after it that name no epoch
   * and no counter, until a section, a header, another training or a line placing itself (readers-118: YSDA's loops print `epoch: 3`, the validation's `print_metrics`
   * block, then the epoch's mean training `loss: 2.83`; read one step each, the validation was a step behind).
   */
  private loopEpoch: number | undefined;
  private unplacedLines = 0;
  /** fastai's training table printed as text, once its header was read (epoch-table.ts). */
  private epochTable: EpochTable | undefined;
  /** Sections that begin a training again (console-launch.ts). */
  private readonly cellRuns = new CellRuns();
  /** Lightning's progress bar and checkpoint messages (console-lightning.ts). */
  private readonly lightning = new LightningLines((line) => this.observe(line), () => this.read);
  /** Per-epoch blocks under `Training:` and `Validation:` headers (console-split-blocks.ts). */
  private readonly splitBlocks = new SplitBlocks();
  /** Evaluations printed a split per line (console-split-lines.ts). */
  private readonly splitLines = new SplitValueLines();
  /** `print_metrics` blocks under a `results:` header (results-block.ts). */
  private readonly resultsBlocks = new ResultsBlocks();

  /** `sections`: the first lines of a text's sections (a notebook's cells), empty for a log file. */
  constructor(private readonly file: string, private readonly sections: ReadonlySet<number> = new Set()) {}

  push(chunk: string): void {
    const lines = (this.rest + chunk).split('\n');
    this.rest = lines.pop() ?? '';
    for (const line of lines) this.readLine(line);
  }

  finish(): ParsedLog {
    for (const block of [...this.splitBlocks.finish(), ...this.splitLines.finish()]) this.observeBlock(block);
    this.lightning.finishBar();
    this.evaluationPasses.end();
    this.validations.trainingEnded();
    const { file, warnings, read } = this;
    if (this.rest !== '') {
      // A run still writing leaves its last line cut off, perhaps mid-number.
      this.lineNumber++;
      if (readConsoleLine(this.rest, this.afterHeader, this.read > 0, underRecord(this.rest, this.record))?.kind === 'observation') warnings.push(incompleteLastLineNote(file, this.lineNumber));
    }
    if (read === 0) throw logError(file, "no console training lines: expected lines such as 'Epoch 3/20, train loss: 0.512, val loss: 0.601', 'epoch=3 step=120 loss=0.51' or Keras' '1875/1875 [====] - 5s 2ms/step - loss: 0.2611'");
    const notes = [consoleReadNote({
      read, names: this.names, unplacedLines: this.unplacedLines, trainerSummaries: this.trainerSummaries, trainerEvaluations: this.trainerEvaluations, loopedFits: this.loopedFits, records: this.records, tests: this.validations.tests,
      components: this.components, splitBlocks: this.splitBlocks.read, splitLines: this.splitLines.read, placed: this.validations.placed, averagedBatchNames: this.averages ? this.batchNames : undefined, dropped: this.evaluationPasses.dropped,
      passes: this.evaluationPasses.passes, evaluations: this.evaluations, roundedSteps: this.stepsBefore.rounded + this.steps.rounded, shiftedSteps: this.stepsBefore.shifted + this.steps.shifted,
    })];
    const checkpointNote = this.lightning.note();
    if (checkpointNote !== undefined) notes.push(checkpointNote);
    this.launches.finish(file, notes);
    const series = this.builder.finish(file, warnings, notes);
    return { format: 'console', series: this.averages ? averagesNamed(series, this.batchNames) : series, warnings, notes };
  }

  private readLine(raw: string): void {
    this.lineNumber++;
    const unmarked = this.lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw.replace(/\r$/, '');
    // What a terminal shows of the line, read by the table, block and header readers below; a results block's
    // lines name their split only in the header above them (results-block.ts), and are read as rewritten.
    const unmarkedShown = lineText(unmarked);
    const rewritten = this.resultsBlocks.rewrite(unmarkedShown);
    const text = rewritten ?? unmarked;
    if (this.sections.has(this.lineNumber)) {
      // A block open at a cell's end is that cell's.
      for (const block of [...this.splitBlocks.sectionBegan(), ...this.splitLines.sectionBegan()]) this.observeBlock(block);
      this.cellRuns.opened(this.lineNumber);
      this.builder.sectionBegan();
      this.loopEpoch = undefined;
    }
    const mark = this.launchMarks.starts(text, this.sinceLaunch > 0);
    if (mark !== undefined) {
      // A Lightning bar's last epoch belongs to the training before the mark.
      this.lightning.finishBar();
      this.launch(mark);
    }
    const shown = rewritten ?? unmarkedShown;
    // The lines a split block takes are its own; a block is read only from lines the reader would leave unread.
    const blocks = this.splitBlocks.take(shown, () => readConsoleLine(text, this.afterHeader, this.read > 0, underRecord(text, this.record), this.announced) === undefined);
    for (const block of blocks.blocks) this.observeBlock(block);
    if (blocks.taken) return;
    const evaluations = this.splitLines.take(shown, () => readConsoleLine(text, this.afterHeader, this.read > 0, underRecord(text, this.record), this.announced));
    for (const block of evaluations.blocks) this.observeBlock(block);
    if (evaluations.taken) return;
    if (this.lightning.take(text)) return;
    const table = readEpochTableHeader(shown);
    if (table !== undefined) {
      this.epochTable = table;
      return;
    }
    const row = this.epochTable === undefined ? undefined : readEpochTableRow(shown, this.epochTable);
    if (row !== undefined) return this.observe({ kind: 'observation', pairs: row.pairs, components: 0, summary: false, epoch: row.epoch });
    this.record = underRecord(text, this.record);
    const block = this.evaluationBlock.take(shown);
    if (block.opens) return;
    let line = readConsoleLine(text, this.afterHeader, this.read > 0, this.record, block.split ?? this.announced);
    // A line counting on from the training's own counter ends the evaluation a line announced, as an epoch does
    // (readers-99: a Relation Network's `Testing...`, `test accuracy:85.2%`, then `episode:400    loss:0.0676`).
    if (block.split === undefined && this.announced !== undefined && line?.kind === 'observation' && resumesTraining(line.counter, this.lastTrainingCounter)) {
      this.announced = undefined;
      line = readConsoleLine(text, this.afterHeader, this.read > 0, this.record);
    }
    if (line === undefined) return;
    // An evaluation's running figures, at its own batch counter (console-eval-block.ts).
    if (block.split !== undefined && line.kind === 'observation' && line.counter !== undefined) return;
    if (line.kind === 'split') {
      this.announced = line.word === 'train' ? undefined : line.word;
      return;
    }
    if (line.kind === 'record-header') {
      this.record = line;
      this.loopEpoch = line.counter === undefined ? line.epoch : undefined;
      // An epoch alone on its line (`Epoch: 3`) is an epoch header too: the evaluation a line announced is over.
      if (line.counter === undefined && line.epoch !== undefined) this.announced = undefined;
      // In a log of evaluations alone, a record's epoch going back begins another training, as a line's own does.
      if (line.epoch !== undefined && this.lastTraining === undefined) this.validations.epochRecorded(line.epoch);
      return;
    }
    if (line.kind === 'header') {
      // Keras' `Epoch 1/1` under a loop's own epoch header, nothing read between them (Deep Learning with Python's
      // text-generation loop prints `epoch 2`, then calls fit(epochs=1), readers-90): each fit goes on training
      // the same model, so its point is the loop's epoch, not a training started again.
      if (this.headedEpoch !== undefined && ONE_EPOCH_FIT.test(shown)) {
        this.loopedFits++;
        return;
      }
      this.headedEpoch = line.epoch;
      this.loopEpoch = undefined;
      const again = this.cellRuns.headed(line.epoch, this.lastTraining?.epoch);
      if (again !== undefined) this.launch(again.mark, again.line);
      this.afterHeader = true;
      this.announced = line.split;
      this.epoch = line.epoch;
      return;
    }
    if (line.kind === 'record') {
      this.records++;
      return;
    }
    if (line.kind === 'unplaced') {
      for (const { pairs, components, epoch } of this.unplaced.take({ ...line, epoch: this.loopEpoch })) {
        this.unplacedLines++;
        this.observeInLoop({ kind: 'observation', pairs, components, summary: false }, epoch);
      }
      return;
    }
    if (line.kind === 'trainer-summary') {
      this.trainerSummaries++;
      this.trainerLogs.ended = true;
      return;
    }
    if (line.kind === 'trainer-record') {
      this.trainerRecord(line);
      return;
    }
    this.observeInLoop(line, this.loopEpoch);
  }

  /**
   * An observation in a loop's epoch (see `loopEpoch`) where its line names no epoch and no counter; a validation
   * line read before its epoch's training line lands at the step that line will take, one step an epoch (its
   * training lines may be held back, `UnplacedRun`, while the validation lines, their split word placing them, are not).
   */
  private observeInLoop(line: Observation, loopEpoch: number | undefined): void {
    if (line.epoch !== undefined || line.counter !== undefined) {
      // A line placing itself: the epoch line above was a header of a log that counts on its lines.
      this.loopEpoch = undefined;
      return this.observe(line);
    }
    if (loopEpoch === undefined) return this.observe(line);
    const last = this.lastTraining?.epoch;
    const validationOnly = line.pairs.every(({ validation }) => validation);
    this.observe({ ...line, epoch: loopEpoch }, { ahead: validationOnly && last !== undefined && loopEpoch > last ? loopEpoch - last : 0 });
  }

  /** Another training begins on this line (console-launch.ts): its steps and epochs start again. */
  private launch(mark: LaunchMark, line = this.lineNumber): void {
    this.evaluationPasses.end();
    this.validations.trainingEnded();
    this.launches.launched(line, mark);
    this.sinceLaunch = 0;
    this.stepsBefore.rounded += this.steps.rounded;
    this.stepsBefore.shifted += this.steps.shifted;
    this.steps = new CounterSteps();
    this.lastTraining = undefined;
    this.epoch = undefined;
    this.loopEpoch = undefined;
    this.afterHeader = false;
    this.trainerLogs = { count: 0, epoch: Number.NaN, ended: false };
  }

  /**
   * A Trainer log dict: its numbers at its `step`, as the trainer_state reader places `log_history`. The printed dict
   * has none, and its epoch is rounded to 2 decimals (transformers before 4.44), so a run logging every step prints
   * `'epoch': 0.01` on a hundred lines (the 55th corpus' c08 and c12, readers-103). The dicts are then placed by
   * their count, in the order the Trainer logged them (an evaluation's after the training record of its step); the
   * epoch goes with every point, and is the axis where it increases record by record. A dict whose epoch went back
   * starts the count again: a new training, as a step going back says. An evaluation's dict after the end-of-training
   * summary is `trainer.evaluate()` on the trained model (the best one, with `load_best_model_at_end`): no point of
   * its run (the 51st corpus' d03).
   */
  private trainerRecord(line: Extract<ConsoleLine, { kind: 'trainer-record' }>): void {
    const logs = this.trainerLogs;
    if (logs.ended && line.evaluation) {
      this.trainerEvaluations++;
      return;
    }
    logs.ended = false;
    this.builder.line = this.lineNumber;
    this.read++;
    this.sinceLaunch++;
    if (line.epoch < logs.epoch) logs.count = 0;
    logs.count++;
    logs.epoch = line.epoch;
    for (const [name, value] of line.values) this.add(name, line.step ?? logs.count, line.epoch, value);
  }

  /** A split block's figures (console-split-blocks.ts, console-split-lines.ts): one line of them at its epoch. */
  private observeBlock({ pairs, epoch }: SplitBlock): void {
    this.observe({ kind: 'observation', pairs, components: 0, summary: false, epoch });
  }

  /**
   * `inLoop`: the line's epoch is its loop's (see `loopEpoch`), the line itself naming none; `ahead`: for a validation
   * line read before its epoch's training line, how many epochs that is after the last training line's, else 0.
   */
  private observe(line: Observation, inLoop?: { ahead: number }): void {
    this.headedEpoch = undefined;
    const trains = line.pairs.some((pair) => !pair.validation);
    if (trains && line.counter?.named === true) this.lastTrainingCounter = line.counter;
    // Validation figures in a later cell than the training's, naming no epoch (torchkeras' `model.evaluate(dl_val)`
    // printing its bar and `{'val_loss': 0.48, ...}`, readers-65): an evaluation of the trained model, no point of its run.
    if (!trains && line.epoch === undefined && this.cellRuns.afterTraining()) {
      this.evaluations++;
      return;
    }
    const validatedAgain = !trains && line.epoch !== undefined ? this.cellRuns.validated(line.epoch, this.lastTraining?.epoch) : undefined;
    if (validatedAgain !== undefined) this.launch(validatedAgain.mark, validatedAgain.line);
    const uncounted = line.counter === undefined && (line.epoch === undefined || inLoop !== undefined);
    const cellLaunch = this.cellRuns.observed(trains, uncounted, line.epoch, this.lastTraining);
    if (cellLaunch !== undefined) this.launch(cellLaunch.mark, cellLaunch.line);
    const epoch = line.epoch ?? this.epoch;
    if (line.epoch !== undefined) this.epoch = line.epoch;
    // A line naming its epoch is no longer in the evaluation a line announced.
    if (line.epoch !== undefined) this.announced = undefined;
    this.builder.line = this.lineNumber;
    this.read++;
    this.sinceLaunch++;
    this.components += line.components;
    const training = line.pairs.filter((pair) => !pair.validation);
    const last = this.lastTraining;
    if (last !== undefined && training.length === 0 && line.counter !== undefined && epoch !== undefined && !line.summary) {
      // A per-batch evaluation line (`[Eval][Epoch 1][Iter: 10/25]`): its counter counts the pass's batches, not training steps.
      return this.evaluationPasses.batch(last.step, epoch, line.pairs);
    }
    // A training average with no per-batch line before it (PySlowFast's `train_epoch` records alone) is the epoch's training line.
    if (line.summary && last !== undefined && (this.batchNames.size > 0 || training.length === 0)) {
      // An epoch's average (`[Train][Epoch 1/400][Avg]`, `END epoch:1 val loss_avg`): at the epoch's last training step.
      this.evaluationPasses.averaged(training.length === 0);
      for (const { name, value, validation } of line.pairs) {
        this.averages ||= !validation;
        this.add(validation ? name : averageKey(this.batchNames.has(averaged(name)) ? averaged(name) : name), last.step, epoch, value);
      }
      return;
    }
    this.evaluationPasses.end();
    const lineStep = line.counter === undefined ? undefined : this.steps.stepOf(line.counter, epoch);
    // The epoch going back begins another training: its steps start again.
    const again = last !== undefined && epoch !== undefined && last.epoch !== undefined && epoch < last.epoch;
    if (training.length > 0) {
      this.validations.trainingRead(again);
      const step = lineStep ?? (last === undefined || again ? 1 : last.step + 1);
      this.lastTraining = { step, epoch };
      for (const { name, value } of training) {
        if (lineStep !== undefined) this.batchNames.add(name);
        this.add(name, step, epoch, value);
      }
    }
    const validation = line.pairs.filter((pair) => pair.validation);
    if (validation.length === 0) return;
    // Without a counter of its own, a validation line lands where console-validation-place.ts says; with one, at its step.
    if (lineStep === undefined) return this.validations.place(validation, { written: line.epoch, current: epoch, lastTraining: this.lastTraining, ahead: inLoop?.ahead ?? 0 });
    for (const { name, value } of validation) this.add(name, lineStep, epoch, value);
  }

  private add(name: string, step: number, epoch: number | undefined, value: number): void {
    this.launches.point(step);
    this.names.add(plainName(name));
    this.builder.add(name, epoch === undefined ? { step, value } : { step, epoch, value });
  }
}

/** Parses a plain console log whole (see the module comment); `file` names it in messages, `sections` are its sections' first lines. */
export function parseConsoleLog(text: string, file: string, sections?: ReadonlySet<number>): ParsedLog {
  const parser = new ConsoleLogParser(file, sections);
  parser.push(text);
  return parser.finish();
}

/**
 * True when a line's named counter goes on from the last training line's: higher, and out of the same
 * total (or both without one). An evaluation's own counter starts again (Paddle hapi's `Eval begin...`,
 * then `step 10/157` after the training's `step 900/938`).
 */
function resumesTraining(counter: Counter | undefined, lastTraining: Counter | undefined): boolean {
  return counter?.named === true && lastTraining !== undefined && counter.value > lastTraining.value && counter.total === lastTraining.total;
}

/**
 * An epoch average's name without its average word (`average_loss` -> `loss`): the per-batch series it
 * averages when one is logged under that name (readers-101: a loop's `Batch 1000/5321 - Loss: 0.0151`
 * lines, then `Average Loss: 0.0265` at the epoch's end, the 54th corpus' d07 and d08).
 */
function averaged(name: string): string {
  return name.replace(/^average_|_average$/, '');
}
