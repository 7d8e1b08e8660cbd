/**
 * Building `Dataset`s from tables of cells: the column-table format of the embedded data files,
 * missing-value tests and one-hot encoding, shared by the embedded datasets and user files.
 * Browser-safe (no Node built-ins).
 */
import { DataFileError } from '../core/errors.js';
import type { Dataset, FeatureScaling, Task } from './types.js';

/** One value of a table: a number, a string, a boolean, or null for a missing value. */
export type Cell = number | string | boolean | null;

/** A table as stored in `data/*.json`: column names and rows of cells. */
export interface ColumnTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Spellings of a missing value in CSV files and in the embedded data ('.' is the penguins' unknown sex). */
const MISSING_TOKENS: ReadonlySet<string> = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', '?', '.']);

export function isMissing(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'number') return !Number.isFinite(cell);
  if (typeof cell === 'string') return MISSING_TOKENS.has(cell.trim());
  return false;
}

/** The cell as a finite number, or undefined when it is not one ('3.5' counts; booleans are 0/1). */
export function asNumber(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'string' && cell.trim() !== '') {
    const value = Number(cell);
    return Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

/** The index of column `name` in `table`, or a clear error naming the file and the columns it has. */
export function columnIndex(table: ColumnTable, name: string, file: string): number {
  const index = table.columns.indexOf(name);
  if (index < 0) {
    throw new DataFileError(`no column '${name}'; columns are ${table.columns.map((c) => `'${c}'`).join(', ')}`, { file });
  }
  return index;
}

/** The name of the one-hot feature for `value` of `column`, e.g. 'origin=USA'. */
export function oneHotName(column: string, value: string): string {
  return `${column}=${value}`;
}

/** Distinct non-missing values of column `index`, as strings, sorted (so encodings are reproducible). */
export function categories(rows: readonly (readonly Cell[])[], index: number): string[] {
  const seen = new Set<string>();
  for (const row of rows) if (!isMissing(row[index])) seen.add(String(row[index]));
  return [...seen].sort();
}

export interface DatasetParts {
  readonly name: string;
  readonly task: Task;
  readonly featureNames: readonly string[];
  /** One array of feature values per row, each featureNames.length long. */
  readonly featureRows: readonly (readonly number[])[];
  readonly target: readonly number[];
  readonly targetName: string;
  readonly classNames?: readonly string[];
  readonly scaling?: FeatureScaling;
}

/** Packs rows of features into the row-major `Dataset` layout. */
export function createDataset(parts: DatasetParts): Dataset {
  const width = parts.featureNames.length;
  const rows = parts.featureRows.length;
  if (parts.target.length !== rows) {
    throw new DataFileError(`${parts.name}: ${rows} feature rows but ${parts.target.length} targets`);
  }
  const features = new Float64Array(rows * width);
  parts.featureRows.forEach((row, r) => {
    if (row.length !== width) {
      throw new DataFileError(`${parts.name}: row ${r} has ${row.length} features, expected ${width}`);
    }
    features.set(row, r * width);
  });
  const { featureRows: _rows, ...rest } = parts;
  return packDataset({ ...rest, features, target: Float64Array.from(parts.target) });
}

/** A `Dataset` from features already packed row-major (rows x featureNames.length). */
export function packDataset(parts: Omit<DatasetParts, 'featureRows' | 'target'> & { readonly features: Float64Array; readonly target: Float64Array }): Dataset {
  const width = parts.featureNames.length;
  const rows = parts.target.length;
  if (parts.features.length !== rows * width) {
    throw new DataFileError(`${parts.name}: ${parts.features.length} feature values for ${rows} targets of ${width} features`);
  }
  return {
    name: parts.name,
    task: parts.task,
    features: parts.features,
    rows,
    featureNames: parts.featureNames,
    target: parts.target,
    targetName: parts.targetName,
    ...(parts.classNames === undefined ? {} : { classNames: parts.classNames }),
    ...(parts.scaling === undefined ? {} : { scaling: parts.scaling }),
  };
}

/** The number of classes: the class names' count, else one more than the largest label. */
export function classTotal(dataset: Dataset): number {
  if (dataset.classNames) return dataset.classNames.length;
  let largest = -1;
  for (const label of dataset.target) largest = Math.max(largest, label);
  return largest + 1;
}

/** The number of rows of each class (classification targets are class indices). */
export function classCounts(dataset: Dataset): number[] {
  const counts = new Array<number>(classTotal(dataset)).fill(0);
  for (const label of dataset.target) counts[label]++;
  return counts;
}
