/**
 * From a parsed user table to a `Dataset`: the target column chosen by name, the task inferred
 * when not given, numeric feature columns kept, text columns one-hot encoded, rows with missing
 * values dropped (and counted). Browser-safe.
 */
import { oneHotName, packDataset } from './dataset.js';
import { cellAt, isMissingAt, MAX_DISTINCT_TEXTS, NOT_TEXT, OTHER_TEXT, type ParsedTable, type TableColumn } from './table-columns.js';
import { tableError } from './table-parse.js';
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

/** The distinct values of a column over some rows, as text, and each row's index among them. */
interface Categories {
  readonly values: string[];
  /** Index of the row's value in `values`. */
  slotOf(row: number): number;
}

/**
 * The distinct values of `column` over `rows` ('3', 'red', 'true'), in the order `sort` gives,
 * or undefined when there are more than `limit`. Hint: text cells are counted by their codes and
 * numbers by value, so no string is made per row.
 */
function categorise(column: TableColumn, rows: Uint32Array, sort: (values: string[]) => string[], limit = Infinity): Categories | undefined {
  const numbers = new Map<number, number>();
  const codeSeen = new Uint8Array(column.texts.length);
  let texts = 0;
  for (const row of rows) {
    const number = column.numbers[row];
    if (!Number.isNaN(number)) numbers.set(number, 0);
    else {
      const code = column.textCodes?.[row] ?? NOT_TEXT;
      if (code === OTHER_TEXT) return undefined;
      if (code >= 0 && codeSeen[code] === 0) {
        codeSeen[code] = 1;
        texts++;
      }
    }
    if (numbers.size + texts > limit) return undefined;
  }
  const numberText = (number: number) => (column.booleans ? String(number === 1) : String(number));
  const values = sort([...[...numbers.keys()].map(numberText), ...column.texts.filter((_, code) => codeSeen[code] === 1)]);
  const slot = new Map(values.map((value, i) => [value, i]));
  for (const number of numbers.keys()) numbers.set(number, slot.get(numberText(number)) ?? 0);
  const codeSlot = Int32Array.from(column.texts, (text) => slot.get(text) ?? 0);
  return {
    values,
    slotOf(row) {
      const number = column.numbers[row];
      return Number.isNaN(number) ? codeSlot[column.textCodes?.[row] ?? 0] : (numbers.get(number) ?? 0);
    },
  };
}

const alphabetical = (values: string[]) => values.sort();
const numerical = (values: string[]) => values.sort((a, b) => Number(a) - Number(b));

type ColumnKind = { kind: 'numeric' } | { kind: 'one-hot'; categories: Categories } | { kind: 'ignored'; why: string };

/**
 * Throws at the first text value of a column that is otherwise (>= 90 %) numeric: a typo, not a
 * text column. Returns whether the column is entirely numeric over `rows`.
 */
function checkNumeric(table: ParsedTable, column: TableColumn, rows: Uint32Array): boolean {
  let numbers = 0;
  let firstText = -1;
  for (const row of rows) {
    if (!Number.isNaN(column.numbers[row])) numbers++;
    else if (firstText < 0) firstText = row;
  }
  if (firstText >= 0 && numbers >= MOSTLY_NUMERIC * rows.length) {
    throw tableError(`${table.where(firstText)}: column '${column.name}' holds ${JSON.stringify(cellAt(column, firstText))} among numbers; fix the value or mark it missing (empty or NA)`, table.file);
  }
  return firstText < 0;
}

/** Numeric if every value is a number; text one-hot encoded if it has few distinct values; else ignored. */
function columnKind(table: ParsedTable, column: TableColumn, rows: Uint32Array): ColumnKind {
  if (checkNumeric(table, column, rows)) return { kind: 'numeric' };
  const categories = categorise(column, rows, alphabetical, MAX_ONE_HOT_VALUES);
  if (categories === undefined) {
    const count = categorise(column, rows, (values) => values)?.values.length;
    return { kind: 'ignored', why: `${count ?? `more than ${MAX_DISTINCT_TEXTS}`} distinct text values (more than ${MAX_ONE_HOT_VALUES})` };
  }
  return { kind: 'one-hot', categories };
}

function inferTask(table: ParsedTable, column: TableColumn, rows: Uint32Array, notes: string[], given?: Task): Task {
  const { file } = table;
  const target = column.name;
  let numeric = true;
  let integers = true;
  for (const row of rows) {
    const value = column.numbers[row];
    if (Number.isNaN(value)) numeric = false;
    else if (!Number.isInteger(value)) integers = false;
  }
  integers &&= numeric;
  // Counting stops past what any decision needs (the binary check says "has more than").
  const counted = categorise(column, rows, (values) => values, MAX_INFERRED_CLASSES);
  const distinct = counted?.values.length ?? MAX_INFERRED_CLASSES + 1;
  const distinctText = counted === undefined ? `more than ${MAX_INFERRED_CLASSES}` : String(distinct);
  if (given !== undefined) {
    if (given === 'regression' && !numeric) throw tableError(`${file}: task 'regression' needs a numeric target; column '${target}' holds text`, file);
    if (given === 'binary' && distinct !== 2) throw tableError(`${file}: task 'binary' needs 2 distinct target values; column '${target}' has ${distinctText}`, file);
    if (given === 'multiclass' && distinct < 2) throw tableError(`${file}: task 'multiclass' needs at least 2 target values; column '${target}' has ${distinctText}`, file);
    return given;
  }
  let task: Task;
  let why: string;
  if (numeric && !(integers && distinct <= MAX_INFERRED_CLASSES)) {
    task = 'regression';
    why = integers ? `more than ${MAX_INFERRED_CLASSES} distinct integers` : 'numeric values';
  } else {
    if (distinct < 2) throw tableError(`${file}: column '${target}' has a single value; nothing to predict`, file);
    task = distinct === 2 ? 'binary' : 'multiclass';
    why = `${distinctText} distinct ${numeric ? 'integer' : 'text'} values`;
  }
  notes.push(`task inferred: ${task} (target '${target}' has ${why}; pass a task to override)`);
  return task;
}

/** The rows (indices, ascending) with no missing value in any of `columns`. */
function completeRows(table: ParsedTable, columns: readonly TableColumn[]): Uint32Array {
  const missing = new Uint8Array(table.rowCount);
  for (const column of columns) {
    for (let row = 0; row < table.rowCount; row++) if (isMissingAt(column, row)) missing[row] = 1;
  }
  const kept = new Uint32Array(table.rowCount - missing.reduce((sum, flag) => sum + flag, 0));
  let count = 0;
  for (let row = 0; row < table.rowCount; row++) if (missing[row] === 0) kept[count++] = row;
  return kept;
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
  const used = table.data.filter((column, i) => {
    if (i === targetIndex) return true;
    for (let row = 0; row < table.rowCount; row++) if (!isMissingAt(column, row)) return true;
    ignored.push(column.name);
    notes.push(`ignored column '${column.name}' (no values)`);
    return false;
  });
  const rows = completeRows(table, used);
  const dropped = table.rowCount - rows.length;
  if (dropped > 0) {
    let first = 0;
    while (first < rows.length && rows[first] === first) first++;
    notes.push(`dropped ${dropped} of ${table.rowCount} rows with a missing value (first: ${table.where(first)})`);
  }
  if (rows.length === 0) throw tableError(`${file}: every row has a missing value`, file);

  const targetColumn = table.data[targetIndex];
  const numericTarget = checkNumeric(table, targetColumn, rows);
  if (targetColumn.distinctTexts >= MAX_DISTINCT_TEXTS) {
    throw tableError(`${file}: column '${options.target}' has ${MAX_DISTINCT_TEXTS} or more distinct text values; too many classes to predict`, file);
  }
  const task = inferTask(table, targetColumn, rows, notes, options.task);
  const classes = task === 'regression' ? undefined : categorise(targetColumn, rows, numericTarget && !targetColumn.booleans ? numerical : alphabetical);
  const target = new Float64Array(rows.length);
  rows.forEach((row, r) => {
    target[r] = classes === undefined ? targetColumn.numbers[row] : classes.slotOf(row);
  });

  const featureNames: string[] = [];
  const encoders: { column: TableColumn; categories?: Categories }[] = [];
  const oneHot: string[] = [];
  for (const column of used) {
    if (column === targetColumn) continue;
    const kind = columnKind(table, column, rows);
    if (kind.kind === 'numeric') {
      featureNames.push(column.name);
      encoders.push({ column });
    } else if (kind.kind === 'one-hot') {
      const { values } = kind.categories;
      for (const value of values) featureNames.push(oneHotName(column.name, value));
      encoders.push({ column, categories: kind.categories });
      oneHot.push(column.name);
      notes.push(`one-hot encoded column '${column.name}' (${values.length} values)`);
    } else {
      ignored.push(column.name);
      notes.push(`ignored column '${column.name}' (${kind.why})`);
    }
  }
  if (featureNames.length === 0) throw tableError(`${file}: no feature columns left besides the target '${options.target}'`, file);

  const width = featureNames.length;
  const features = new Float64Array(rows.length * width);
  let offset = 0;
  for (const { column, categories } of encoders) {
    rows.forEach((row, r) => {
      if (categories === undefined) features[r * width + offset] = column.numbers[row];
      else features[r * width + offset + categories.slotOf(row)] = 1;
    });
    offset += categories === undefined ? 1 : categories.values.length;
  }
  const dataset = packDataset({
    name: file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''),
    task,
    featureNames,
    features,
    target,
    targetName: options.target,
    ...(classes === undefined ? {} : { classNames: classes.values }),
  });
  return { ...dataset, droppedRows: dropped, oneHotColumns: oneHot, ignoredColumns: ignored, notes };
}
