/**
 * What each column of a user's table becomes, decided as a careful data scientist would before
 * modelling (docs/compare.md, "Your own table"):
 *  - numeric: kept; missing values become NaN, imputed later with the TRAINING median
 *    (prepareSplit), plus a 0/1 indicator column — scikit-learn's
 *    `SimpleImputer(strategy='median', add_indicator=True)`;
 *  - categorical (text with few distinct values): one-hot encoded, with a '(missing)' category
 *    when values are missing — `OneHotEncoder` after `SimpleImputer(strategy='constant')`;
 *  - excluded, with the reason: no values, an identifier (one distinct integer per row, or an
 *    id-like name with one distinct value per row), or free text (names, tickets, cabin codes:
 *    too many distinct values to one-hot encode).
 * Works on the typed columns of table-columns.ts. Browser-safe.
 */
import { cellAt, isMissingAt, MAX_DISTINCT_TEXTS, NOT_TEXT, OTHER_TEXT, type ParsedTable, type TableColumn } from './table-columns.js';
import { tableError } from './table-parse.js';

/** A text column with more distinct values than this is free text, not a category. */
export const MAX_ONE_HOT_VALUES = 50;
/** ... and so is one whose distinct values exceed this share of its filled rows (but at least 10 values). */
const FREE_TEXT_SHARE = 0.5;
const FREE_TEXT_MIN_VALUES = 10;
/** A numeric column with one distinct integer per row is an identifier only in tables at least this long. */
const MIN_ROWS_FOR_ID = 20;
/** Names that announce an identifier: 'id', 'PassengerId', 'customer_id', 'ID', 'index', 'Unnamed: 0' (not 'paid'). */
const ID_NAMES = [/^(id|index|unnamed: ?\d+)$/i, /(^|[_ -])id([_ -]|$)/i, /[a-z0-9](Id|ID)$/];
/** A column this numeric (share of its filled cells) with a few text values is a typo, not a text column. */
const MOSTLY_NUMERIC = 0.9;
/** The category of missing values in a one-hot encoded column, and the suffix of a numeric column's indicator. */
export const MISSING_CATEGORY = '(missing)';
const NO_VALUES = 'no values';

/** The distinct values of a column over some rows, as text, and each present row's index among them. */
export interface Categories {
  readonly values: string[];
  /** Index of the row's value in `values` (rows with a value only). */
  slotOf(row: number): number;
}

/**
 * The distinct present values of `column` over `rows` ('3', 'red', 'true'), in the order `sort`
 * gives, or undefined when there are more than `limit`. Hint: text cells are counted by their
 * codes and numbers by value, so no string is made per row.
 */
export function categorise(column: TableColumn, rows: Uint32Array, sort: (values: string[]) => string[], limit = Infinity): Categories | undefined {
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

export const alphabetical = (values: string[]): string[] => values.sort();
export const numerical = (values: string[]): string[] => values.sort((a, b) => Number(a) - Number(b));

/**
 * Throws at the first text value of a column whose filled cells are otherwise (>= 90 %) numbers:
 * a typo, not a text column. Returns whether every filled cell over `rows` is a number.
 */
export function checkNumeric(table: ParsedTable, column: TableColumn, rows: Uint32Array): boolean {
  let numbers = 0;
  let filled = 0;
  let firstText = -1;
  for (const row of rows) {
    if (isMissingAt(column, row)) continue;
    filled++;
    if (!Number.isNaN(column.numbers[row])) numbers++;
    else if (firstText < 0) firstText = row;
  }
  if (firstText >= 0 && numbers >= MOSTLY_NUMERIC * filled) {
    throw tableError(`${table.where(firstText)}: column '${column.name}' holds ${JSON.stringify(cellAt(column, firstText))} among numbers; fix the value or mark it missing (empty or NA)`, table.file);
  }
  return firstText < 0;
}

export type ColumnPlan =
  | { readonly kind: 'numeric'; readonly column: TableColumn; readonly missing: number }
  | { readonly kind: 'categorical'; readonly column: TableColumn; readonly categories: Categories; readonly missing: number }
  | { readonly kind: 'excluded'; readonly column: TableColumn; readonly why: string };

/** The name of the missing-value indicator of a numeric column. */
export function missingIndicatorName(column: string): string {
  return `${column} ${MISSING_CATEGORY}`;
}

function missingCount(column: TableColumn, rows: Uint32Array): number {
  let missing = 0;
  for (const row of rows) if (isMissingAt(column, row)) missing++;
  return missing;
}

/** Why a column with a value in every row is an identifier, or undefined when it is not one. */
function identifierReason(column: TableColumn, rows: Uint32Array, numeric: boolean): string | undefined {
  if (ID_NAMES.some((pattern) => pattern.test(column.name))) {
    const distinct = categorise(column, rows, (values) => values, rows.length)?.values.length;
    return distinct === rows.length ? 'an identifier: one distinct value per row and an id-like name' : undefined;
  }
  if (!numeric || rows.length < MIN_ROWS_FOR_ID) return undefined;
  const seen = new Set<number>();
  for (const row of rows) {
    const value = column.numbers[row];
    if (!Number.isInteger(value) || seen.has(value)) return undefined;
    seen.add(value);
  }
  return 'an identifier: one distinct integer per row';
}

function isFreeText(distinct: number, filled: number): boolean {
  return distinct > MAX_ONE_HOT_VALUES || (distinct >= FREE_TEXT_MIN_VALUES && distinct > FREE_TEXT_SHARE * filled);
}

/**
 * The plan for `column` over `rows`. `forced` (the user listed it in `features`) keeps a column
 * that would be excluded as an identifier or free text: numeric stays numeric, text is one-hot encoded.
 */
export function planColumn(table: ParsedTable, column: TableColumn, rows: Uint32Array, forced: boolean): ColumnPlan {
  const missing = missingCount(column, rows);
  if (missing === rows.length) return { kind: 'excluded', column, why: NO_VALUES };
  const numeric = checkNumeric(table, column, rows);
  if (!forced && missing === 0) {
    const identifier = identifierReason(column, rows, numeric);
    if (identifier) return { kind: 'excluded', column, why: identifier };
  }
  if (numeric) return { kind: 'numeric', column, missing };
  const filled = rows.length - missing;
  const categories = categorise(column, rows, alphabetical, forced ? Infinity : MAX_ONE_HOT_VALUES);
  if (!forced && (categories === undefined || isFreeText(categories.values.length, filled))) {
    const distinct = categories?.values.length ?? categorise(column, rows, (values) => values)?.values.length;
    return { kind: 'excluded', column, why: `free text: ${distinct ?? `more than ${MAX_DISTINCT_TEXTS}`} distinct values in ${filled} filled rows` };
  }
  if (categories === undefined) {
    throw tableError(`${table.file}: column '${column.name}' has more than ${MAX_DISTINCT_TEXTS} distinct values; too many to one-hot encode`, table.file);
  }
  return { kind: 'categorical', column, categories, missing };
}

/** The plan's note for the user, or undefined for a plain numeric column with no missing value. */
export function planNote(plan: ColumnPlan, rows: number): string | undefined {
  const name = plan.column.name;
  const share = (missing: number) => `${missing} of ${rows} missing, ${((100 * missing) / rows).toFixed(1)} %`;
  if (plan.kind === 'excluded') {
    const hint = plan.why === NO_VALUES ? '' : '; list it in --features to use it';
    return `excluded column '${name}' (${plan.why}${hint})`;
  }
  if (plan.kind === 'numeric') {
    return plan.missing ? `column '${name}': ${share(plan.missing)}; imputed with the training median, plus the indicator '${missingIndicatorName(name)}'` : undefined;
  }
  const missing = plan.missing ? `; ${share(plan.missing)}, given the category '${MISSING_CATEGORY}'` : '';
  return `one-hot encoded column '${name}' (${plan.categories.values.length} values${missing})`;
}

/** Feature names of a plan: the column and its indicator, or one per category. */
export function planFeatureNames(plan: ColumnPlan, oneHotName: (column: string, value: string) => string): string[] {
  const name = plan.column.name;
  if (plan.kind === 'excluded') return [];
  if (plan.kind === 'numeric') return plan.missing ? [name, missingIndicatorName(name)] : [name];
  return [...plan.categories.values, ...(plan.missing ? [MISSING_CATEGORY] : [])].map((value) => oneHotName(name, value));
}

/**
 * Writes the plan's features of `rows` into `features` (row-major, `width` wide) from column
 * `offset` on: the value (NaN when missing) and its indicator, or a 1 in the row's category.
 */
export function writeFeatures(plan: ColumnPlan, rows: Uint32Array, features: Float64Array, width: number, offset: number): void {
  const { column } = plan;
  rows.forEach((row, r) => {
    const at = r * width + offset;
    const missing = isMissingAt(column, row);
    if (plan.kind === 'numeric') {
      features[at] = column.numbers[row];
      if (plan.missing) features[at + 1] = missing ? 1 : 0;
    } else if (plan.kind === 'categorical') {
      features[at + (missing ? plan.categories.values.length : plan.categories.slotOf(row))] = 1;
    }
  });
}
