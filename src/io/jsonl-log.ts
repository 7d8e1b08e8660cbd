/**
 * JSON Lines training logs: one JSON object per line, in either of two shapes —
 *
 *   wide:  {"epoch": 1, "step": 400, "loss": 0.5, "val_loss": 0.6}     every numeric key a series
 *   long:  {"step": 400, "tag": "loss", "value": 0.5, "wall_time": 1.7e9}  one point per line
 *
 * Reserved keys: `step` (or `global_step`, or detectron2's `iteration`), `epoch`, `wall_time` /
 * `wallTime` / `timestamp` (seconds). Without a step the epoch is used (DETR's and DeiT's
 * `log.txt`: one record per epoch), and without either the line's record number.
 * Nested objects are flattened with '/' (`{"train": {"loss": 1}}` → 'train/loss'). Python's
 * `json.dumps` writes NaN, Infinity and -Infinity bare (not valid JSON): they are accepted, as are
 * the strings 'nan', 'inf', '-inf'. null is a missing value. A line that is not valid JSON, or not
 * an object, is damage: the records before it are kept and a warning names the file and line
 * (an unfinished last line, which a run still writing leaves behind, is just dropped with a
 * warning). MMCV's TextLoggerHook records (`"mode": "train"`, `"iter"` within the epoch) and MMEngine's validation records
 * counted by epoch are placed by mmcv-json-log.ts.
 * Browser-safe.
 */
import { MAX_RECORD_CHARS } from '../core/csv-scanner.js';
import { damageNote, logError, parseNumber, SeriesBuilder, type Damage } from './series.js';
import type { ParsedLog } from './types.js';
import { isMmcvMetaRecord, MMCV_RECORD_KEYS, MMCV_RUNNER_KEYS, MmengineSteps, mmcvModeOf, MmcvSteps, mmcvValidationName } from './mmcv-json-log.js';

const STEP_KEYS = ['step', 'global_step', 'iteration'];
const EPOCH_KEYS = ['epoch'];
/** Keys holding a record's wall time (seconds), not a series; the JSON record lists (json-log.ts) reserve them too. */
export const WALL_TIME_KEYS = ['wall_time', 'wallTime', 'timestamp'];
const RESERVED = new Set([...STEP_KEYS, ...EPOCH_KEYS, ...WALL_TIME_KEYS]);

/** Sentinels for Python's bare NaN/Infinity, swapped in before JSON.parse and back in the reviver. */
const BARE_SPECIALS: Record<string, string> = { NaN: '\u0000NaN', Infinity: '\u0000Infinity', '-Infinity': '\u0000-Infinity' };
const SENTINEL_VALUES = new Map<string, number>([['\u0000NaN', NaN], ['\u0000Infinity', Infinity], ['\u0000-Infinity', -Infinity]]);

/** Quotes bare NaN / Infinity / -Infinity tokens outside strings so JSON.parse accepts the line. */
function quoteBareSpecials(line: string): string {
  if (!/NaN|Infinity/.test(line)) return line;
  let out = '';
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (inString) {
      out += char;
      if (char === '\\') out += line[++i] ?? '';
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    const token = ['-Infinity', 'Infinity', 'NaN'].find((t) => line.startsWith(t, i));
    if (token !== undefined) {
      out += JSON.stringify(BARE_SPECIALS[token]);
      i += token.length - 1;
    } else out += char;
  }
  return out;
}

/** JSON.parse that also takes Python's bare NaN / Infinity / -Infinity (as `json.dumps` writes them). */
export function parsePythonJson(line: string): unknown {
  const quoted = quoteBareSpecials(line);
  // A reviver slows JSON.parse several times: only lines that had bare specials need one.
  if (quoted === line) return JSON.parse(line);
  return JSON.parse(quoted, (_key, value: unknown) =>
    typeof value === 'string' && SENTINEL_VALUES.has(value) ? SENTINEL_VALUES.get(value) : value);
}

/** A JSON value as a number: numbers as they are, special-value strings converted, else null / undefined. */
function numberOf(value: unknown): number | undefined | null {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const parsed = parseNumber(value);
    // Only the special spellings count: "0.5" as a string is a label, not a logged number.
    return typeof parsed === 'number' && !Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** The record's fields with nested objects flattened to 'a/b' keys (a Map: keys like '__proto__' stay data). */
function flatten(record: object, prefix: string, into: Map<string, unknown>): Map<string, unknown> {
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value as object, `${prefix}${key}/`, into);
    else into.set(prefix + key, value);
  }
  return into;
}

/** Reads a JSONL log pushed in chunks of text; `file` names it in warnings and errors. */
export class JsonlLogParser {
  private readonly builder = new SeriesBuilder();
  private readonly warnings: string[] = [];
  private readonly nonNumeric = new Map<string, number>();
  private numberedByRecord = 0;
  private records = 0;
  private lineNumber = 0;
  private rest = '';
  /** Where the file stopped being readable; nothing after it is read. */
  private damage: Damage | undefined;
  private readonly mmcv = new MmcvSteps();
  private mmcvRecords = 0;
  private mmcvMeta = false;
  private readonly mmengine = new MmengineSteps();

  constructor(readonly file: string) {}

  push(text: string): void {
    let start = 0;
    let rest = this.rest;
    for (let end = text.indexOf('\n'); end >= 0 && this.damage === undefined; end = text.indexOf('\n', start)) {
      const line = text.slice(start, end);
      this.line(rest.length > 0 ? rest + line : line, false);
      rest = '';
      start = end + 1;
    }
    if (this.damage !== undefined) {
      this.rest = '';
      return;
    }
    this.rest = rest + text.slice(start);
    if (this.rest.length > MAX_RECORD_CHARS) {
      throw logError(this.file, `a line longer than ${MAX_RECORD_CHARS} characters; not a JSON lines log`, this.lineNumber + 1);
    }
  }

  finish(): ParsedLog {
    if (this.rest.length > 0 && this.damage === undefined) this.line(this.rest, true);
    this.rest = '';
    const { file, warnings } = this;
    if (this.damage !== undefined) {
      // Damage before any record: this is not a JSON-lines log at all.
      if (this.records === 0) throw logError(file, this.damage.reason, this.damage.line);
      warnings.unshift(damageNote(file, this.damage, this.records, 'record'));
    }
    if (this.numberedByRecord > 0) {
      const count = this.numberedByRecord;
      warnings.push(`${file}: ${count} record${count === 1 ? ' has' : 's have'} no 'step' or 'epoch'; numbered by record from 0`);
    }
    for (const [key, line] of this.nonNumeric) {
      warnings.push(`${file}:${line}: '${key}' holds values that are not numbers; skipped`);
    }
    const notes: string[] = [];
    if (this.mmcvRecords > 0) {
      notes.push(`MMCV's TextLoggerHook log: ${this.mmcvMeta ? "the first record (the run's environment and configuration) passed by; " : ''}` +
        `${this.mmcv.countedOn > 0 ? "'iter' counts within each epoch, so each epoch's iterations follow the epochs before; " : ''}` +
        "'val' records' values read as val_<name> at the last training step, the learning rate and timings they repeat left out");
    }
    if (this.mmengine.validations > 0) {
      notes.push(`MMEngine's scalars: ${this.mmengine.validations} validation record${this.mmengine.validations === 1 ? '' : 's'} counted by epoch ('step' the epoch), ` +
        'read as val_<name> at the last training step before each, their timings left out');
    }
    const series = this.builder.finish(file, warnings, notes);
    return { format: 'jsonl', series, warnings, ...(notes.length > 0 && { notes }) };
  }

  /** An MMCV TextLoggerHook record (mmcv-json-log.ts) at its step: a training record by its epoch and iteration, an evaluation at the last. */
  private mmcvRecord(fields: ReadonlyMap<string, unknown>, mode: 'train' | 'val', lineNumber: number): void {
    this.records++;
    this.mmcvRecords++;
    const epoch = fields.get('epoch');
    const epochNumber = typeof epoch === 'number' ? epoch : Number.NaN;
    const began = mode === 'train' ? this.mmcv.newTraining(epochNumber) : undefined;
    if (began !== undefined) this.builder.startTraining(lineNumber, { what: began, why: 'a resume goes on from its checkpoint\'s epoch: another training appended to the same log' });
    const step = mode === 'train' ? this.mmcv.train(epochNumber, fields.get('iter') as number) : this.mmcv.current;
    if (mode === 'val') {
      this.validationFigures(fields, step, epochNumber, Number.NaN, lineNumber);
      return;
    }
    for (const [key, rawValue] of fields) {
      if (MMCV_RECORD_KEYS.has(key) || RESERVED.has(key)) continue;
      const value = numberOf(rawValue);
      if (value === null) this.noteNonNumeric(key, lineNumber);
      else if (value !== undefined) this.builder.columns(key).add(step, value, epochNumber, Number.NaN);
    }
  }

  /** An evaluation record's figures at training step `step`, as `val_<name>`; the runner's figures it repeats (learning rate, timings) left out. */
  private validationFigures(fields: ReadonlyMap<string, unknown>, step: number, epoch: number, wallTime: number, lineNumber: number): void {
    for (const [key, rawValue] of fields) {
      if (MMCV_RECORD_KEYS.has(key) || RESERVED.has(key) || MMCV_RUNNER_KEYS.has(key)) continue;
      const value = numberOf(rawValue);
      if (value === null) this.noteNonNumeric(key, lineNumber);
      else if (value !== undefined) this.builder.columns(mmcvValidationName(key)).add(step, value, epoch, wallTime);
    }
  }

  private noteNonNumeric(key: string, line: number): void {
    if (!this.nonNumeric.has(key)) this.nonNumeric.set(key, line);
  }

  private line(raw: string, last: boolean): void {
    const lineNumber = ++this.lineNumber;
    const line = raw.trim();
    if (line === '') return;
    let record: unknown;
    try {
      record = parsePythonJson(line);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (last) this.warnings.push(`${this.file}:${lineNumber}: unfinished last line (no final newline; the writer may still be running); ignored`);
      else this.damage = { line: lineNumber, reason: `not valid JSON (${message})` };
      return;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      this.damage = { line: lineNumber, reason: `expected an object such as {"epoch": 0, "loss": 0.5}, found ${Array.isArray(record) ? 'an array' : JSON.stringify(record)}` };
      return;
    }
    // Hint: a flat record (the usual case) is read as it is; only nested ones are flattened into a Map.
    const fields = isFlat(record) ? new Map(Object.entries(record)) : flatten(record, '', new Map());
    this.record(fields, lineNumber);
  }

  private record(fields: Map<string, unknown>, lineNumber: number): void {
    this.builder.line = lineNumber;
    if (this.records === 0 && isMmcvMetaRecord(Object.fromEntries(fields))) {
      this.mmcvMeta = true;
      this.records++;
      return;
    }
    const mode = mmcvModeOf(fields);
    if (mode !== undefined) {
      this.mmcvRecord(fields, mode, lineNumber);
      return;
    }
    const numberAt = (keys: readonly string[]) => {
      for (const key of keys) {
        const value = fields.get(key);
        if (typeof value === 'number') return value;
      }
      return undefined;
    };
    const epoch = numberAt(EPOCH_KEYS);
    const epochNumber = epoch ?? Number.NaN;
    const wallTime = numberAt(WALL_TIME_KEYS) ?? Number.NaN;
    let step = numberAt(STEP_KEYS) ?? epoch;
    if (step === undefined) {
      step = this.records;
      this.numberedByRecord++;
    }
    this.records++;
    const validationStep = this.mmengine.validationStep(fields, step);
    if (validationStep !== undefined) {
      this.validationFigures(fields, validationStep, step, wallTime, lineNumber);
      return;
    }
    const tag = fields.get('tag');
    if (typeof tag === 'string' && fields.has('value')) {
      const value = numberOf(fields.get('value'));
      if (value === null) this.noteNonNumeric(tag, lineNumber);
      else if (value !== undefined) this.builder.columns(tag).add(step, value, epochNumber, wallTime);
      return;
    }
    for (const [key, rawValue] of fields) {
      if (RESERVED.has(key)) continue;
      const value = numberOf(rawValue);
      if (value === null) this.noteNonNumeric(key, lineNumber);
      else if (value !== undefined) this.builder.columns(key).add(step, value, epochNumber, wallTime);
    }
  }
}

/** True when no field of the record is itself an object. */
function isFlat(record: object): boolean {
  for (const value of Object.values(record)) if (value !== null && typeof value === 'object' && !Array.isArray(value)) return false;
  return true;
}

/** Parses the whole text of a JSONL log; `file` names it in warnings and errors. */
export function parseJsonlLog(text: string, file: string): ParsedLog {
  const parser = new JsonlLogParser(file);
  parser.push(text);
  return parser.finish();
}
