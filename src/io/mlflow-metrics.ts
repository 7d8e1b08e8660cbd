/**
 * One metric file of MLflow's file store (`mlruns/<experiment>/<run>/metrics/<name>`), as
 * mlflow/store/tracking/file_store.py writes and reads it: one line per logged value,
 *
 *   <timestamp in ms> <value> <step>      e.g. "1646451201484 0.41327980160713196 0"
 *   <timestamp in ms> <value>             MLflow before 1.0, which logged no step
 *
 * the value as Python prints a float ('nan', 'inf', '-inf' included). Lines are appended in the
 * order they were logged, so steps may repeat (a value logged twice at one step, a run resumed
 * from a checkpoint) or go back. The series is sorted by step with one point per step, and at a
 * step logged more than once the latest value is kept: the one with the latest timestamp, and
 * of equal timestamps the later line (MLflow's own `get_metric` picks the latest the same way,
 * and its charts show the latest value). A note says how many steps were logged more than once
 * with different values.
 * A file with no step on any line (MLflow reads every such value at step 0) is read in line
 * order: step i for the i-th value, with a note. So is a file whose values, several and not all
 * equal, were all logged at one step (`mlflow.log_metric('loss', v)` with no `step=` writes step 0
 * every time): the step gives them no order, so they are read in timestamp order (MLflow's charts
 * offer a wall-time x-axis; of equal timestamps the earlier line first) as steps 0 to n-1, with a
 * note, instead of the one latest value. The timestamp is the point's wall time.
 *
 * A malformed line keeps the values before it and ignores the rest of the file, with a warning
 * naming the file and line (an unfinished last line, the writer still running, is only
 * dropped). Browser-safe: takes text, in chunks.
 */
import { nextCapacity } from '../core/growth.js';
import { damageNote, incompleteLastLineNote, parseNumber, type Damage } from './series.js';
import type { ScalarSeries } from './types.js';

const INTEGER = /^[+-]?\d+$/;
const FIRST_CAPACITY = 64;
/**
 * A metric line is under 60 characters (13-digit timestamp, a float's repr, a step); a longer one
 * is damage. Hint: without a bound, a file with no newline would be re-split with every chunk.
 */
export const MAX_METRIC_LINE_CHARS = 1024;

/** A metric file's series (absent when it holds no value), with its warnings and notes. */
export interface MlflowMetric {
  readonly series?: ScalarSeries;
  readonly warnings: string[];
  readonly notes: string[];
}

/** Reads one metric file pushed in chunks of text; `name` is the metric's key, `file` names it in messages. */
export class MlflowMetricParser {
  private steps = new Float64Array(FIRST_CAPACITY);
  private values = new Float64Array(FIRST_CAPACITY);
  private times = new Float64Array(FIRST_CAPACITY);
  private length = 0;
  private pending = '';
  private line = 0;
  private withStep = 0;
  private damage: Damage | undefined;
  private readonly warnings: string[] = [];

  constructor(private readonly name: string, private readonly file: string) {}

  push(text: string): void {
    if (this.damage !== undefined) return;
    const lines = (this.pending + text).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      this.readLine(line);
      if (this.damage !== undefined) return;
    }
    if (this.pending.length > MAX_METRIC_LINE_CHARS) {
      this.damage = { line: this.line + 1, reason: `a line longer than ${MAX_METRIC_LINE_CHARS} characters (MLflow's metric lines are '<timestamp> <value> <step>')` };
      this.pending = '';
    }
  }

  finish(): MlflowMetric {
    if (this.damage === undefined && this.pending.trim() !== '') {
      // The last line has no newline: a value being written, or the file's last complete line.
      const last = this.pending;
      this.pending = '';
      const before = this.length;
      // Two fields where the other lines have three: the step is still to come.
      const cut = this.withStep > 0 && last.trim().split(/\s+/).length === 2;
      if (!cut) this.readLine(last);
      else this.line++;
      if (cut || (this.damage !== undefined && this.length === before)) {
        this.damage = undefined;
        this.warnings.push(incompleteLastLineNote(this.file, this.line));
      }
    }
    if (this.damage !== undefined) this.warnings.unshift(damageNote(this.file, this.damage, this.length, 'record'));
    const notes: string[] = [];
    if (this.length === 0) {
      if (this.damage === undefined) notes.push(`'${this.name}' is empty: no value was logged`);
      return { warnings: this.warnings, notes };
    }
    if (this.withStep === 0) {
      for (let i = 0; i < this.length; i++) this.steps[i] = i;
      notes.push(`'${this.name}' has no steps (written by MLflow before 1.0): its ${this.length} values are placed in line order, steps 0 to ${this.length - 1}`);
    } else if (this.allAtOneStep()) {
      notes.push(`'${this.name}': all ${this.length} values were logged at step ${this.steps[0]} (no step given), so the step gives no order: they are read in timestamp order as steps 0 to ${this.length - 1}`);
      this.placeInTimeOrder();
    }
    return { series: this.latestPerStep(notes), warnings: this.warnings, notes };
  }

  private readLine(text: string): void {
    this.line++;
    const line = text.trim();
    if (line === '') return;
    const fields = line.split(/\s+/);
    const value = fields.length >= 2 ? parseNumber(fields[1]) : undefined;
    if ((fields.length !== 2 && fields.length !== 3) || !INTEGER.test(fields[0]) || typeof value !== 'number' || (fields.length === 3 && !INTEGER.test(fields[2]))) {
      this.damage = { line: this.line, reason: `expected '<timestamp> <value> <step>' (MLflow's metric line), found '${line.slice(0, 80)}'` };
      return;
    }
    if (this.length === this.steps.length) this.grow();
    // MLflow reads a line without a step at step 0 (file_store.py `_get_metric_from_line`).
    this.steps[this.length] = fields.length === 3 ? Number(fields[2]) : 0;
    if (fields.length === 3) this.withStep++;
    this.values[this.length] = value;
    this.times[this.length] = Number(fields[0]) / 1000;
    this.length++;
  }

  /** Several values, not all equal, all at one step (see the module comment). */
  private allAtOneStep(): boolean {
    const { steps, values } = this;
    let differ = false;
    for (let i = 1; i < this.length; i++) {
      if (steps[i] !== steps[0]) return false;
      differ ||= !Object.is(values[i], values[0]);
    }
    return differ;
  }

  /** Sorts the points by timestamp (ties in line order) and numbers them 0 to n-1. */
  private placeInTimeOrder(): void {
    const n = this.length;
    const { times, values } = this;
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => times[a] - times[b] || a - b);
    this.values = Float64Array.from(order, (i) => values[i]);
    this.times = Float64Array.from(order, (i) => times[i]);
    this.steps = Float64Array.from(order, (_, k) => k);
  }

  private grow(): void {
    const capacity = nextCapacity(this.steps.length);
    const grown = (from: Float64Array) => {
      const to = new Float64Array(capacity);
      to.set(from.subarray(0, this.length));
      return to;
    };
    this.steps = grown(this.steps);
    this.values = grown(this.values);
    this.times = grown(this.times);
  }

  /** The points sorted by step, the latest at each step kept (see the module comment). */
  private latestPerStep(notes: string[]): ScalarSeries {
    const n = this.length;
    const { steps, times } = this;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = steps[i] > steps[i - 1];
    const cut = (column: Float64Array) => column.subarray(0, n);
    if (sorted) return { length: n, steps: cut(steps), values: cut(this.values), wallTimes: cut(times) };
    // Hint: an index sort keeps the columns typed; ties fall back to line order (the index).
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => steps[a] - steps[b] || times[a] - times[b] || a - b);
    const kept: number[] = [];
    for (let k = 0; k < n; k++) {
      const i = order[k];
      if (kept.length > 0 && steps[kept[kept.length - 1]] === steps[i]) kept[kept.length - 1] = i;
      else kept.push(i);
    }
    // A step logged again with the same value (Lightning logs 'epoch' with its training and its
    // validation metrics) loses nothing; only values that differ from the one kept are counted.
    const { values } = this;
    let dropped = 0;
    const repeated = new Set<number>();
    for (let k = 0, group = 0; k < kept.length; k++) {
      for (; group < n && steps[order[group]] === steps[kept[k]]; group++) {
        const i = order[group];
        if (i !== kept[k] && !Object.is(values[i], values[kept[k]])) {
          dropped++;
          repeated.add(steps[i]);
        }
      }
    }
    if (repeated.size > 0) {
      notes.push(`'${this.name}': ${repeated.size} step${repeated.size === 1 ? ' was' : 's were'} logged more than once with different values (${dropped} earlier value${dropped === 1 ? '' : 's'}); the latest value at each step is kept, as MLflow shows it`);
    }
    const pick = (column: Float64Array) => Float64Array.from(kept, (i) => column[i]);
    return { length: kept.length, steps: pick(steps), values: pick(this.values), wallTimes: pick(times) };
  }
}

/** Parses a whole metric file's text (see `MlflowMetricParser`). */
export function parseMlflowMetric(text: string, name: string, file: string): MlflowMetric {
  const parser = new MlflowMetricParser(name, file);
  parser.push(text);
  return parser.finish();
}
