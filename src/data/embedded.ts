/**
 * Loaders of the embedded tabular datasets (files in `data/`, see data/README.md): Boston
 * housing, Auto-MPG, Palmer penguins and iris. Each returns a fresh `Dataset`; the registry
 * caches them.
 */
import { InternalError } from '../core/errors.js';
import { asNumber, categories, columnIndex, createDataset, isMissing, oneHotName } from './dataset.js';
import type { ColumnTable } from './dataset.js';
import { readEmbeddedTable } from './files.js';
import type { Dataset } from './types.js';

function numberAt(table: ColumnTable, row: number, column: number, file: string): number {
  const value = asNumber(table.rows[row][column]);
  if (value === undefined) {
    throw new InternalError(`${file}: row ${row + 1}, column '${table.columns[column]}' is not a number`);
  }
  return value;
}

// ---------------------------------------------------------------- Boston housing

export const BOSTON_TARGET = 'medv';
/** The 12 features left after dropping `b` (see data/README.md). */
export const BOSTON_FEATURES = ['crim', 'zn', 'indus', 'chas', 'nox', 'rm', 'age', 'dis', 'rad', 'tax', 'ptratio', 'lstat'] as const;

export function loadBoston(): Dataset {
  const file = 'boston.json';
  const table = readEmbeddedTable(file);
  const featureColumns = BOSTON_FEATURES.map((name) => columnIndex(table, name, file));
  const targetColumn = columnIndex(table, BOSTON_TARGET, file);
  return createDataset({
    name: 'boston',
    task: 'regression',
    featureNames: BOSTON_FEATURES,
    featureRows: table.rows.map((_, r) => featureColumns.map((c) => numberAt(table, r, c, file))),
    target: table.rows.map((_, r) => numberAt(table, r, targetColumn, file)),
    targetName: BOSTON_TARGET,
  });
}

// ---------------------------------------------------------------- Auto-MPG (vega-datasets cars)

export const AUTO_MPG_TARGET = 'Miles_per_Gallon';
const AUTO_MPG_NUMERIC: readonly (readonly [feature: string, column: string])[] = [
  ['cylinders', 'Cylinders'],
  ['displacement', 'Displacement'],
  ['horsepower', 'Horsepower'],
  ['weight', 'Weight_in_lbs'],
  ['acceleration', 'Acceleration'],
];
/** Model years run 1970–1982; the file spells them as dates ('1970-01-01'). */
const YEAR_DIGITS = 4;
export const AUTO_MPG_ORIGINS = ['Europe', 'Japan', 'USA'] as const;
export const AUTO_MPG_FEATURES: readonly string[] = [
  ...AUTO_MPG_NUMERIC.map(([feature]) => feature),
  'year',
  ...AUTO_MPG_ORIGINS.map((origin) => oneHotName('origin', origin)),
];

/** Auto-MPG: the 392 of 406 cars with no missing value (8 lack mpg, 6 horsepower). */
export function loadAutoMpg(): Dataset {
  const file = 'cars.json';
  const table = readEmbeddedTable(file);
  const numeric = AUTO_MPG_NUMERIC.map(([, column]) => columnIndex(table, column, file));
  const year = columnIndex(table, 'Year', file);
  const origin = columnIndex(table, 'Origin', file);
  const target = columnIndex(table, AUTO_MPG_TARGET, file);
  const featureRows: number[][] = [];
  const targets: number[] = [];
  table.rows.forEach((row, r) => {
    if (row.some((cell) => isMissing(cell))) return;
    featureRows.push([
      ...numeric.map((c) => numberAt(table, r, c, file)),
      Number(String(row[year]).slice(0, YEAR_DIGITS)),
      ...AUTO_MPG_ORIGINS.map((name) => (row[origin] === name ? 1 : 0)),
    ]);
    targets.push(numberAt(table, r, target, file));
  });
  return createDataset({ name: 'auto-mpg', task: 'regression', featureNames: AUTO_MPG_FEATURES, featureRows, target: targets, targetName: AUTO_MPG_TARGET });
}

// ---------------------------------------------------------------- Palmer penguins

const PENGUIN_NUMERIC = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'] as const;
export const PENGUIN_SPECIES = ['Adelie', 'Chinstrap', 'Gentoo'] as const;
const PENGUIN_ISLANDS = ['Biscoe', 'Dream', 'Torgersen'] as const;
/** Sex is unknown ('.' or null) for 9 of the kept penguins: both indicators are then 0. */
const PENGUIN_SEXES = ['FEMALE', 'MALE'] as const;
export const PENGUIN_FEATURES: readonly string[] = [
  ...PENGUIN_NUMERIC,
  ...PENGUIN_ISLANDS.map((island) => oneHotName('Island', island)),
  ...PENGUIN_SEXES.map((sex) => oneHotName('Sex', sex)),
];
export const CHINSTRAP_CLASSES = ['not Chinstrap', 'Chinstrap'] as const;

/**
 * The 342 of 344 penguins with all four measurements; species as the class (multiclass), or
 * Chinstrap (68 birds, 19.9 %) against the rest (binary).
 */
export function loadPenguins(variant: 'species' | 'chinstrap' = 'species'): Dataset {
  const file = 'penguins.json';
  const table = readEmbeddedTable(file);
  const numeric = PENGUIN_NUMERIC.map((name) => columnIndex(table, name, file));
  const island = columnIndex(table, 'Island', file);
  const sex = columnIndex(table, 'Sex', file);
  const species = columnIndex(table, 'Species', file);
  const found = categories(table.rows, species);
  if (found.join() !== PENGUIN_SPECIES.join()) {
    throw new InternalError(`${file}: expected species ${PENGUIN_SPECIES.join(', ')}, found ${found.join(', ')}`);
  }
  const featureRows: number[][] = [];
  const targets: number[] = [];
  table.rows.forEach((row, r) => {
    if (numeric.some((c) => isMissing(row[c]))) return;
    featureRows.push([
      ...numeric.map((c) => numberAt(table, r, c, file)),
      ...PENGUIN_ISLANDS.map((name) => (row[island] === name ? 1 : 0)),
      ...PENGUIN_SEXES.map((name) => (row[sex] === name ? 1 : 0)),
    ]);
    const index = PENGUIN_SPECIES.indexOf(row[species] as (typeof PENGUIN_SPECIES)[number]);
    targets.push(variant === 'species' ? index : Number(PENGUIN_SPECIES[index] === 'Chinstrap'));
  });
  return createDataset({
    name: variant === 'species' ? 'penguins' : 'penguins-chinstrap',
    task: variant === 'species' ? 'multiclass' : 'binary',
    featureNames: PENGUIN_FEATURES,
    featureRows,
    target: targets,
    targetName: variant === 'species' ? 'species' : 'is Chinstrap',
    classNames: variant === 'species' ? PENGUIN_SPECIES : CHINSTRAP_CLASSES,
  });
}

// ---------------------------------------------------------------- Iris

export const IRIS_FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'] as const;
export const IRIS_SPECIES = ['setosa', 'versicolor', 'virginica'] as const;

export function loadIris(): Dataset {
  const file = 'iris.json';
  const table = readEmbeddedTable(file);
  const featureColumns = IRIS_FEATURES.map((name) => columnIndex(table, name, file));
  const species = columnIndex(table, 'species', file);
  return createDataset({
    name: 'iris',
    task: 'multiclass',
    featureNames: IRIS_FEATURES,
    featureRows: table.rows.map((_, r) => featureColumns.map((c) => numberAt(table, r, c, file))),
    target: table.rows.map((row) => {
      const index = IRIS_SPECIES.indexOf(row[species] as (typeof IRIS_SPECIES)[number]);
      if (index < 0) throw new InternalError(`${file}: unknown species ${String(row[species])}`);
      return index;
    }),
    targetName: 'species',
    classNames: IRIS_SPECIES,
  });
}
