/**
 * JSON Lines training logs: one JSON object per line, in either of two shapes —
 *
 *   wide:  {"epoch": 1, "step": 400, "loss": 0.5, "val_loss": 0.6}     every numeric key a series
 *   long:  {"step": 400, "tag": "loss", "value": 0.5, "wall_time": 1.7e9}  one point per line
 *
 * Reserved keys: `step` (or `global_step`), `epoch`, `wall_time` / `wallTime` / `timestamp`
 * (seconds). Without a step the epoch is used, and without either the line's record number.
 * Nested objects are flattened with '/' (`{"train": {"loss": 1}}` → 'train/loss'). Python's
 * `json.dumps` writes NaN, Infinity and -Infinity bare (not valid JSON): they are accepted, as are
 * the strings 'nan', 'inf', '-inf'. null is a missing value. A line that is not valid JSON, or not
 * an object, is damage: the records before it are kept and a warning names the file and line
 * (an unfinished last line, which a run still writing leaves behind, is just dropped with a
 * warning). Browser-safe.
 */
import { damageNote, logError, parseNumber, SeriesBuilder, type Damage } from './series.js';
import type { ParsedLog, ScalarPoint } from './types.js';

const STEP_KEYS = ['step', 'global_step'];
const EPOCH_KEY = 'epoch';
const WALL_TIME_KEYS = ['wall_time', 'wallTime', 'timestamp'];
const RESERVED = new Set([...STEP_KEYS, EPOCH_KEY, ...WALL_TIME_KEYS]);

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

function parseLine(line: string): unknown {
  return JSON.parse(quoteBareSpecials(line), (_key, value: unknown) =>
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

function flatten(record: Record<string, unknown>, prefix: string, into: Map<string, unknown>): void {
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) flatten(value as Record<string, unknown>, `${prefix}${key}/`, into);
    else into.set(prefix + key, value);
  }
}

/** Parses the text of a JSONL log; `file` names it in warnings and errors. */
export function parseJsonlLog(text: string, file: string): ParsedLog {
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  const nonNumeric = new Map<string, number>();
  let numberedByRecord = 0;
  let records = 0;
  let damage: Damage | undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length && damage === undefined; index++) {
    const line = lines[index].trim();
    const where = `${file}:${index + 1}`;
    if (line === '') continue;
    let record: unknown;
    try {
      record = parseLine(line);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (index === lines.length - 1) warnings.push(`${where}: unfinished last line (no final newline; the writer may still be running); ignored`);
      else damage = { line: index + 1, reason: `not valid JSON (${message})` };
      continue;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      damage = { line: index + 1, reason: `expected an object such as {"epoch": 0, "loss": 0.5}, found ${Array.isArray(record) ? 'an array' : JSON.stringify(record)}` };
      continue;
    }
    const fields = new Map<string, unknown>();
    flatten(record as Record<string, unknown>, '', fields);
    const stepKey = STEP_KEYS.find((key) => typeof fields.get(key) === 'number');
    const epoch = fields.get(EPOCH_KEY);
    const wallTimeKey = WALL_TIME_KEYS.find((key) => typeof fields.get(key) === 'number');
    let step = stepKey !== undefined ? (fields.get(stepKey) as number) : typeof epoch === 'number' ? epoch : undefined;
    if (step === undefined) {
      step = records;
      numberedByRecord++;
    }
    records++;
    const place = {
      step,
      ...(typeof epoch === 'number' && { epoch }),
      ...(wallTimeKey !== undefined && { wallTime: fields.get(wallTimeKey) as number }),
    };
    const tag = fields.get('tag');
    if (typeof tag === 'string' && fields.has('value')) {
      const value = numberOf(fields.get('value'));
      if (value === null) {
        if (!nonNumeric.has(tag)) nonNumeric.set(tag, index + 1);
      }
      else if (value !== undefined) builder.add(tag, { ...place, value } satisfies ScalarPoint);
      continue;
    }
    for (const [key, rawValue] of fields) {
      if (RESERVED.has(key)) continue;
      const value = numberOf(rawValue);
      if (value === null) {
        if (!nonNumeric.has(key)) nonNumeric.set(key, index + 1);
      } else if (value !== undefined) builder.add(key, { ...place, value });
    }
  }
  if (damage !== undefined) {
    // Damage before any record: this is not a JSON-lines log at all.
    if (records === 0) throw logError(`${file}:${damage.line}`, damage.reason);
    warnings.unshift(damageNote(file, damage, records, 'record'));
  }
  if (numberedByRecord > 0) {
    warnings.push(`${file}: ${numberedByRecord} record${numberedByRecord === 1 ? ' has' : 's have'} no 'step' or 'epoch'; numbered by record from 0`);
  }
  for (const [key, line] of nonNumeric) {
    warnings.push(`${file}:${line}: '${key}' holds values that are not numbers; skipped`);
  }
  const series = builder.finish(file, warnings);
  return { format: 'jsonl', series, warnings };
}
