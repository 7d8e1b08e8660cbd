/**
 * Times MNIST softmax regression (784 -> 10, batch 64, 10 epochs, Adam) on 7,000 training rows,
 * the issue's "in a few seconds on one core" target. Uses the embedded digits' raw pixels
 * (in [0, 1], not standardised) with its own split, not prepareSplit.
 *
 *   npx tsx bench/train-mnist.ts
 */
import { getDataset } from '../src/data/index.js';
import type { Dataset, PreparedSplit } from '../src/data/types.js';
import { train } from '../src/train/trainer.js';
import { createRandom, shuffleInPlace } from '../src/core/random.js';

const PIXELS = 784;
const TRAIN_ROWS = 7000;
const VALIDATION_ROWS = 1500;
const TEST_ROWS = 1500;

const mnist = getDataset('mnist').load();
const images = Array.from({ length: mnist.rows }, (_, row) => Float64Array.from(mnist.features.subarray(row * PIXELS, (row + 1) * PIXELS)));
const labels = Array.from(mnist.target);
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
