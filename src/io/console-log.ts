/**
 * Plain console training logs: the "name: value" lines users' own scripts, PyTorch's examples and
 * Keras' `fit` print (console-line.ts says which lines are read and how). This module places each
 * observation on the step axis:
 *
 *   - `epoch e` with a batch counter `i/N` (mnist's `Train Epoch: 1 [640/60000 (1%)]`, Keras'
 *     `1875/1875` under its `Epoch 3/10` header, `[batch 10/152, epoch 1/15]`): step `e * N + i`,
 *     the epoch kept, as metric-logger.ts does;
 *     a line whose total differs from the one before in the same epoch and whose step would go back
 *     (mnist-style scripts printing the last batch against another length) lands just after it;
 *     a `k/N` counter that goes on as the epoch moves on (OLMo's `[step=1193/2500,epoch=1]` after
 *     `[step=1192/2500,epoch=0]`) counts the whole training, N its planned steps: from then on k is
 *     the step (continuing from the line before), not e * N + k;
 *   - a step / iter / iteration / batch counter without a total: the step; one that goes back
 *     while the epoch moves on (`Epoch 1, Step 25` after `Epoch 0, Step 125`) counts within the
 *     epoch and continues from the previous epoch's last (125 + 25; a 0-based one's 0 one after it:
 *     `Epoch 00001 | Step 00000` after `Epoch 00000 | Step 00020` at 21), not read as a fresh training;
 *   - no counter (`Epoch 3/20, train loss: ...`, `[TRAIN] Total loss: ...`): the next step after the
 *     last training observation (1, 2, 3 ... when no line has one), the epoch kept where written
 *     or announced by a header;
 *   - a validation pair on a line without a counter of its own (mnist's `Test set: Average loss`,
 *     a per-epoch `Epoch 149, val loss is ...` after per-batch training lines): the last training
 *     step, in that training line's epoch when its own line names none; before any training line,
 *     its ordinal.
 *
 * The epoch (or counter) going back with no epoch moving on is another training appended to the
 * log: `SeriesBuilder` keeps trainings apart as every reader's. Streamed (push / finish) so that a
 * long log keeps only its series. Browser-safe.
 */
import { isConsoleLogText, readConsoleLine, underRecord, type ConsoleLine, type RecordHeader } from './console-line.js';
import { incompleteLastLineNote, logError, SeriesBuilder } from './series.js';
import type { ParsedLog } from './types.js';

export { isConsoleLogText };

type Observation = Extract<ConsoleLine, { kind: 'observation' }>;

/** Reads a plain console log pushed in chunks; `file` names it in messages. */
export class ConsoleLogParser {
  private readonly builder = new SeriesBuilder();
  private readonly warnings: string[] = [];
  private readonly names = new Set<string>();
  private rest = '';
  private lineNumber = 0;
  private read = 0;
  private records = 0;
  private components = 0;
  /** The latest epoch written on a line or announced by a header. */
  private epoch: number | undefined;
  private afterHeader = false;
  private record: RecordHeader | undefined;
  /** A counter without a total: its last value, that line's epoch, and what earlier epochs add to it. */
  private counter: { last: number; epoch: number | undefined; offset: number } | undefined;
  private lastTraining: { step: number; epoch: number | undefined } | undefined;
  private validationOrdinal = 0;
  /** Validation lines placed at the last training step (see the module comment). */
  private placed = 0;
  /** The last `k/N` counter's epoch, total, k and step; lines whose total changed within the epoch and went back. */
  private fraction: { epoch: number; total: number; value: number; step: number } | undefined;
  /** Set once a `k/N` counter went on across an epoch: k counts the whole training, this added to it. */
  private wholeTraining: number | undefined;
  private shifted = 0;

  constructor(private readonly file: string) {}

  push(chunk: string): void {
    const lines = (this.rest + chunk).split('\n');
    this.rest = lines.pop() ?? '';
    for (const line of lines) this.readLine(line);
  }

  finish(): ParsedLog {
    const { file, warnings, read } = this;
    if (this.rest !== '') {
      // A run still writing leaves its last line cut off, perhaps mid-number.
      this.lineNumber++;
      if (readConsoleLine(this.rest, this.afterHeader, this.read > 0, underRecord(this.rest, this.record))?.kind === 'observation') warnings.push(incompleteLastLineNote(file, this.lineNumber));
    }
    if (read === 0) throw logError(file, "no console training lines: expected lines such as 'Epoch 3/20, train loss: 0.512, val loss: 0.601', 'epoch=3 step=120 loss=0.51' or Keras' '1875/1875 [====] - 5s 2ms/step - loss: 0.2611'");
    const notes = [
      `a plain console log: ${read} observation line${read === 1 ? '' : 's'} read (${[...this.names].join(', ')})` +
        (this.records === 0 ? '' : `; ${this.records} line${this.records === 1 ? '' : 's'} reporting a record ('best', 'improved from', 'saving model') passed by`) +
        (this.components === 0 ? '' : `; ${this.components} bracketed component${this.components === 1 ? '' : 's'} after a total ('(cls: 0.74, ...)') not read`) +
        (this.placed === 0 ? '' : `; ${this.placed} validation line${this.placed === 1 ? '' : 's'} without a counter of ${this.placed === 1 ? 'its' : 'their'} own placed at the last training step before it`) +
        (this.shifted === 0 ? '' : `; ${this.shifted} line${this.shifted === 1 ? '' : 's'} whose 'k/N' counter changed its total within an epoch and went back (a last batch counted against another length) placed just after the line before`) +
        '; other lines (configuration, messages) passed by',
    ];
    const series = this.builder.finish(file, warnings, notes);
    return { format: 'console', series, warnings, notes };
  }

  private readLine(raw: string): void {
    this.lineNumber++;
    const text = this.lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw.replace(/\r$/, '');
    this.record = underRecord(text, this.record);
    const line = readConsoleLine(text, this.afterHeader, this.read > 0, this.record);
    if (line === undefined) return;
    if (line.kind === 'record-header') {
      this.record = line;
      return;
    }
    if (line.kind === 'header') {
      this.afterHeader = true;
      this.epoch = line.epoch;
      return;
    }
    if (line.kind === 'record') {
      this.records++;
      return;
    }
    this.observe(line);
  }

  private observe(line: Observation): void {
    const epoch = line.epoch ?? this.epoch;
    if (line.epoch !== undefined) this.epoch = line.epoch;
    const lineStep = line.counter === undefined ? undefined : this.stepOf(line.counter, epoch);
    this.builder.line = this.lineNumber;
    this.read++;
    this.components += line.components;
    const training = line.pairs.filter((pair) => !pair.validation);
    if (training.length > 0) {
      const last = this.lastTraining;
      // The epoch going back begins another training: its steps start again.
      const again = last !== undefined && epoch !== undefined && last.epoch !== undefined && epoch < last.epoch;
      const step = lineStep ?? (last === undefined || again ? 1 : last.step + 1);
      this.lastTraining = { step, epoch };
      for (const { name, value } of training) this.add(name, step, epoch, value);
    }
    const validation = line.pairs.filter((pair) => pair.validation);
    if (validation.length === 0) return;
    if (lineStep === undefined && this.lastTraining !== undefined) this.placed++;
    const step = lineStep ?? this.lastTraining?.step ?? ++this.validationOrdinal;
    // Placed at the last training step, a validation value takes that step's epoch unless its line names one.
    const at = line.epoch ?? (lineStep === undefined ? this.lastTraining?.epoch ?? epoch : epoch);
    for (const { name, value } of validation) this.add(name, step, at, value);
  }

  /** The step of a line's counter (see the module comment). */
  private stepOf(counter: { value: number; total?: number }, epoch: number | undefined): number {
    if (counter.total !== undefined && epoch !== undefined) {
      const last = this.fraction;
      if (last !== undefined && epoch < last.epoch) this.wholeTraining = undefined;
      // k going on as the epoch moves on (OLMo's `[step=1193/2500,epoch=1]` after `[step=1192/2500,epoch=0]`): N is the training's.
      else if (last !== undefined && epoch > last.epoch && counter.value > last.value) this.wholeTraining ??= last.step - last.value;
      const step = (this.wholeTraining === undefined ? epoch * counter.total : this.wholeTraining) + counter.value;
      // Another total within the epoch going back (a script printing its last batch against another
      // length, `[5600/5640 (99%)]` after `[8320/9024 (92%)]`): that batch ends the epoch, not a restart.
      const shifted = last !== undefined && last.epoch === epoch && last.total !== counter.total && step <= last.step;
      if (shifted) this.shifted++;
      this.fraction = { epoch, total: counter.total, value: counter.value, step: shifted ? last.step + 1 : step };
      return this.fraction.step;
    }
    const previous = this.counter;
    let offset = previous?.offset ?? 0;
    if (previous !== undefined && epoch !== undefined && previous.epoch !== undefined) {
      // A 0-based counter's 0 would land on the previous epoch's last step: one after it.
      if (epoch > previous.epoch && counter.value <= previous.last) offset += previous.last + (counter.value === 0 ? 1 : 0);
      else if (epoch < previous.epoch) offset = 0;
    }
    this.counter = { last: counter.value, epoch, offset };
    return offset + counter.value;
  }

  private add(name: string, step: number, epoch: number | undefined, value: number): void {
    this.names.add(name);
    this.builder.add(name, epoch === undefined ? { step, value } : { step, epoch, value });
  }
}

/** Parses a plain console log whole (see the module comment); `file` names it in messages. */
export function parseConsoleLog(text: string, file: string): ParsedLog {
  const parser = new ConsoleLogParser(file);
  parser.push(text);
  return parser.finish();
}
