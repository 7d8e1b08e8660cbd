/**
 * From a parsed user table to a `Dataset`: the target column chosen by name, the task inferred
 * when not given, numeric feature columns kept, text columns one-hot encoded, rows with missing
 * values dropped (and counted). Browser-safe.
 */
import { asNumber, createDataset, isMissing, oneHotName } from './dataset.js';
import type { Cell } from './dataset.js';
import { tableError } from './table-parse.js';
import type { ParsedTable, SourceRow } from './table-parse.js';
import type { Dataset, Task } from './types.js';

/** A numeric target with at most this many distinct integer values is taken as class labels. */
export const MAX_INFERRED_CLASSES = 20;
/** A text column with more distinct values than this (names, ids) is ignored, not one-hot encoded. */
export const MAX_ONE_HOT_VALUES = 50;
/** A column this numeric (share of its values) with a few text values is a typo, not a text column. */
const MOSTLY_NUMERIC = 0.9;

export interface TableOptions {
  /** The column to predict. */
  readonly target: string;
  /** Inferred when absent: text targets, or at most 20 distinct integers, are classes (2 → binary). */
  readonly task?: Task;
}

/** A user table as a `Dataset`, with what was done to it. */
export interface LoadedTable extends Dataset {
  /** Rows dropped because a used column was missing (empty, NA, NaN, null, ?, ...). */
  readonly droppedRows: number;
  readonly oneHotColumns: readonly string[];
  readonly ignoredColumns: readonly string[];
  /** One line per decision, for the CLI to print (task inferred, rows dropped, columns encoded). */
  readonly notes: readonly string[];
}

type ColumnKind = { kind: 'numeric' } | { kind: 'one-hot'; values: string[] } | { kind: 'ignored'; why: string };

/**
 * Throws at the first text value of a column that is otherwise (>= 90 %) numeric: a typo, not a
 * text column. Returns whether the column is entirely numeric.
 */
function checkNumeric(rows: readonly SourceRow[], index: number, name: string, file: string): boolean {
  let numbers = 0;
  let firstText: SourceRow | undefined;
  for (const row of rows) {
    if (asNumber(row.cells[index]) !== undefined) numbers++;
    else firstText ??= row;
  }
  if (firstText && numbers >= MOSTLY_NUMERIC * rows.length) {
    throw tableError(`${firstText.where}: column '${name}' holds ${JSON.stringify(firstText.cells[index])} among numbers; fix the value or mark it missing (empty or NA)`, file);
  }
  return firstText === undefined;
}

/** Numeric if every value is a number; text one-hot encoded if it has few distinct values; else ignored. */
function columnKind(rows: readonly SourceRow[], index: number, name: string, file: string): ColumnKind {
  if (checkNumeric(rows, index, name, file)) return { kind: 'numeric' };
  const distinct = new Set(rows.map((row) => String(row.cells[index])));
  if (distinct.size > MAX_ONE_HOT_VALUES) return { kind: 'ignored', why: `${distinct.size} distinct text values (more than ${MAX_ONE_HOT_VALUES})` };
  return { kind: 'one-hot', values: [...distinct].sort() };
}

/** Class labels in order: numbers numerically, text alphabetically (binary: [negative, positive]). */
function classLabels(cells: readonly Cell[]): string[] {
  const labels = [...new Set(cells.map((cell) => String(cell)))];
  const numeric = cells.every((cell) => asNumber(cell) !== undefined);
  return numeric ? labels.sort((a, b) => Number(a) - Number(b)) : labels.sort();
}

function inferTask(cells: readonly Cell[], target: string, file: string, notes: string[], given?: Task): Task {
  const numbers = cells.map(asNumber);
  const numeric = numbers.every((value) => value !== undefined);
  const distinct = new Set(cells.map((cell) => String(cell))).size;
  if (given !== undefined) {
    if (given === 'regression' && !numeric) throw tableError(`${file}: task 'regression' needs a numeric target; column '${target}' holds text`, file);
    if (given === 'binary' && distinct !== 2) throw tableError(`${file}: task 'binary' needs 2 distinct target values; column '${target}' has ${distinct}`, file);
    if (given === 'multiclass' && distinct < 2) throw tableError(`${file}: task 'multiclass' needs at least 2 target values; column '${target}' has ${distinct}`, file);
    return given;
  }
  const integers = numeric && numbers.every((value) => Number.isInteger(value));
  let task: Task;
  let why: string;
  if (numeric && !(integers && distinct <= MAX_INFERRED_CLASSES)) {
    task = 'regression';
    why = integers ? `more than ${MAX_INFERRED_CLASSES} distinct integers` : 'numeric values';
  } else {
    if (distinct < 2) throw tableError(`${file}: column '${target}' has a single value; nothing to predict`, file);
    task = distinct === 2 ? 'binary' : 'multiclass';
    why = `${distinct} distinct ${numeric ? 'integer' : 'text'} values`;
  }
  notes.push(`task inferred: ${task} (target '${target}' has ${why}; pass a task to override)`);
  return task;
}

/** `table` (parsed from `file`) as a dataset predicting column `options.target`. */
export function tableToDataset(table: ParsedTable, file: string, options: TableOptions): LoadedTable {
  const targetIndex = table.columns.indexOf(options.target);
  if (targetIndex < 0) {
    throw tableError(`${file}: no column '${options.target}' to predict; columns are ${table.columns.map((c) => `'${c}'`).join(', ')}`, file);
  }
  const notes: string[] = [];
  const ignored: string[] = [];
  // Columns with no value at all are left out rather than dropping every row.
  const used = table.columns.map((_, i) => i).filter((i) => {
    const empty = table.rows.every((row) => isMissing(row.cells[i]));
    if (empty && i !== targetIndex) ignored.push(table.columns[i]);
    if (empty && i !== targetIndex) notes.push(`ignored column '${table.columns[i]}' (no values)`);
    return !empty || i === targetIndex;
  });
  const rows = table.rows.filter((row) => used.every((i) => !isMissing(row.cells[i])));
  const dropped = table.rows.length - rows.length;
  if (dropped > 0) {
    const kept = new Set(rows);
    const first = table.rows.find((row) => !kept.has(row));
    notes.push(`dropped ${dropped} of ${table.rows.length} rows with a missing value (first: ${first?.where ?? '?'})`);
  }
  if (rows.length === 0) throw tableError(`${file}: every row has a missing value`, file);

  checkNumeric(rows, targetIndex, options.target, file);
  const targetCells = rows.map((row) => row.cells[targetIndex]);
  const task = inferTask(targetCells, options.target, file, notes, options.task);
  const labels = task === 'regression' ? [] : classLabels(targetCells);
  const target = targetCells.map((cell) => (task === 'regression' ? (asNumber(cell) as number) : labels.indexOf(String(cell))));

  const featureNames: string[] = [];
  const encoders: ((row: SourceRow) => number[])[] = [];
  const oneHot: string[] = [];
  for (const i of used) {
    if (i === targetIndex) continue;
    const name = table.columns[i];
    const kind = columnKind(rows, i, name, file);
    if (kind.kind === 'numeric') {
      featureNames.push(name);
      encoders.push((row) => [asNumber(row.cells[i]) as number]);
    } else if (kind.kind === 'one-hot') {
      featureNames.push(...kind.values.map((value) => oneHotName(name, value)));
      encoders.push((row) => kind.values.map((value) => (String(row.cells[i]) === value ? 1 : 0)));
      oneHot.push(name);
      notes.push(`one-hot encoded column '${name}' (${kind.values.length} values)`);
    } else {
      ignored.push(name);
      notes.push(`ignored column '${name}' (${kind.why})`);
    }
  }
  if (featureNames.length === 0) throw tableError(`${file}: no feature columns left besides the target '${options.target}'`, file);

  const dataset = createDataset({
    name: file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''),
    task,
    featureNames,
    featureRows: rows.map((row) => encoders.flatMap((encode) => encode(row))),
    target,
    targetName: options.target,
    ...(task === 'regression' ? {} : { classNames: labels }),
  });
  return { ...dataset, droppedRows: dropped, oneHotColumns: oneHot, ignoredColumns: ignored, notes };
}
