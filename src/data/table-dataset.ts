/**
 * From a parsed user table to a `Dataset`: the target column chosen by name, the task inferred
 * when not given, and every other column planned as column-plans.ts describes (numeric kept
 * with missing values marked NaN plus an indicator, categories one-hot encoded with a
 * '(missing)' category, identifiers and free text excluded with a note). Only rows whose
 * TARGET is missing are dropped. `features` / `ignore` override the automatic choice.
 * Browser-safe.
 */
import { oneHotName, packDataset } from './dataset.js';
import { alphabetical, categorise, checkNumeric, numerical, planColumn, planFeatureNames, planNote, writeFeatures, type ColumnPlan } from './column-plans.js';
import { isMissingAt, MAX_DISTINCT_TEXTS, type ParsedTable, type TableColumn } from './table-columns.js';
import { parseTableText, tableError, type TableFormat } from './table-parse.js';
import type { Dataset, Task } from './types.js';

export { MAX_ONE_HOT_VALUES, MISSING_CATEGORY } from './column-plans.js';

/** Parses `text` as the table `file` (named in errors) of `format`, predicting `options.target`. */
export function parseTable(text: string, format: TableFormat, file: string, options: TableOptions): LoadedTable {
  return tableToDataset(parseTableText(text, format, file), file, options);
}

/** A numeric target with at most this many distinct integer values is taken as class labels. */
export const MAX_INFERRED_CLASSES = 20;

export interface TableOptions {
  /** The column to predict. */
  readonly target: string;
  /** Inferred when absent: text targets, or at most 20 distinct integers, are classes (2 → binary). */
  readonly task?: Task;
  /** Use exactly these columns as features (even identifiers or free text), instead of choosing. */
  readonly features?: readonly string[];
  /** Leave these columns out of the automatic choice. */
  readonly ignore?: readonly string[];
}

/** A user table as a `Dataset`, with what was done to it. */
export interface LoadedTable extends Dataset {
  /** Rows dropped because their target was missing (empty, NA, NaN, null, ?, ...). */
  readonly droppedRows: number;
  readonly oneHotColumns: readonly string[];
  /** Columns not used as features (excluded automatically or by `ignore`). */
  readonly ignoredColumns: readonly string[];
  /** The same columns with the reason for each. */
  readonly excluded: readonly { readonly column: string; readonly why: string }[];
  /** Numeric columns with missing values (imputed with the training median, plus an indicator). */
  readonly imputedColumns: readonly string[];
  /** One line per decision, for the CLI to print (task inferred, rows dropped, columns encoded or excluded). */
  readonly notes: readonly string[];
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

/** The rows (indices, ascending) whose `column` has a value. */
function rowsWithValue(table: ParsedTable, column: TableColumn): Uint32Array {
  const kept: number[] = [];
  for (let row = 0; row < table.rowCount; row++) if (!isMissingAt(column, row)) kept.push(row);
  return Uint32Array.from(kept);
}

/** Checks that every name in `names` (from option `option`) is a column other than the target. */
function checkNames(table: ParsedTable, names: readonly string[], option: string, target: string, file: string): void {
  for (const name of names) {
    if (name === target) throw tableError(`${file}: '${name}' is the target; it cannot be in ${option}`, file);
    if (!table.columns.includes(name)) {
      throw tableError(`${file}: ${option} names '${name}', which is not a column; columns are ${table.columns.map((c) => `'${c}'`).join(', ')}`, file);
    }
  }
}

/** The columns to plan: `features` as given, else every column but the target and `ignore`. */
function candidateColumns(table: ParsedTable, file: string, options: TableOptions, targetIndex: number): TableColumn[] {
  const { features, ignore = [], target } = options;
  if (features !== undefined && ignore.length) throw tableError(`${file}: give features or ignore, not both`, file);
  if (features !== undefined) {
    if (!features.length) throw tableError(`${file}: features must name at least one column`, file);
    checkNames(table, features, 'features', target, file);
    return features.map((name) => table.data[table.columns.indexOf(name)]);
  }
  checkNames(table, ignore, 'ignore', target, file);
  return table.data.filter((column, i) => i !== targetIndex && !ignore.includes(column.name));
}

/** `table` (parsed from `file`) as a dataset predicting column `options.target`. */
export function tableToDataset(table: ParsedTable, file: string, options: TableOptions): LoadedTable {
  const targetIndex = table.columns.indexOf(options.target);
  if (targetIndex < 0) {
    throw tableError(`${file}: no column '${options.target}' to predict; columns are ${table.columns.map((c) => `'${c}'`).join(', ')}`, file);
  }
  const notes: string[] = [];
  const targetColumn = table.data[targetIndex];
  // Only a missing target costs a row: a missing feature is imputed (see column-plans.ts).
  const rows = rowsWithValue(table, targetColumn);
  const dropped = table.rowCount - rows.length;
  if (rows.length === 0) throw tableError(`${file}: every row's target '${options.target}' is missing`, file);
  if (dropped > 0) {
    let first = 0;
    while (first < rows.length && rows[first] === first) first++;
    notes.push(`dropped ${dropped} of ${table.rowCount} rows whose target '${options.target}' is missing (first: ${table.where(first)})`);
  }

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

  const forced = options.features !== undefined;
  const plans: ColumnPlan[] = candidateColumns(table, file, options, targetIndex).map((column) => planColumn(table, column, rows, forced));
  for (const plan of plans) {
    const note = planNote(plan, rows.length);
    if (note) notes.push(note);
  }
  const ignoredByUser = (options.ignore ?? []).map((column) => ({ column, why: 'ignored as asked' }));
  const excluded = [...ignoredByUser, ...plans.flatMap((plan) => (plan.kind === 'excluded' ? [{ column: plan.column.name, why: plan.why }] : []))];
  const used = plans.filter((plan) => plan.kind !== 'excluded');
  const names = used.map((plan) => planFeatureNames(plan, oneHotName));
  const featureNames = names.flat();
  if (featureNames.length === 0) throw tableError(`${file}: no feature columns left besides the target '${options.target}'`, file);

  const width = featureNames.length;
  const features = new Float64Array(rows.length * width);
  let offset = 0;
  used.forEach((plan, i) => {
    writeFeatures(plan, rows, features, width, offset);
    offset += names[i].length;
  });
  const dataset = packDataset({
    name: file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''),
    task,
    featureNames,
    features,
    target,
    targetName: options.target,
    ...(classes === undefined ? {} : { classNames: classes.values }),
  });
  return {
    ...dataset, droppedRows: dropped, notes, excluded,
    oneHotColumns: used.filter((plan) => plan.kind === 'categorical').map((plan) => plan.column.name),
    ignoredColumns: excluded.map((entry) => entry.column),
    imputedColumns: used.filter((plan) => plan.kind === 'numeric' && plan.missing > 0).map((plan) => plan.column.name),
  };
}
