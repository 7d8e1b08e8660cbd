/**
 * losskit/tfjs on real data at a realistic size: a tfjs MLP (784-64-10, Adam 1e-3, batch 64)
 * trained on 7,000 MNIST digits (the embedded `mnist` dataset) with tfjs's softmax cross-entropy, with
 * losskit's cross-entropy, Poly-1 and softmax focal loss through tfLoss, and validated on 1,500
 * other digits. Same seeded weights and batches for every loss.
 *
 *   npx tsx bench/tfjs-mnist.ts [--backend cpu|wasm] [--epochs 5]
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRandom, shuffleInPlace } from '../src/core/random.js';
import { getDataset } from '../src/data/index.js';
import { tfLoss } from '../src/tfjs/index.js';

const PIXELS = 784;
const TRAIN = 7000;
const VALIDATION = 1500;
const require = createRequire(import.meta.url);

function digits(): { images: Float32Array; labels: Int32Array } {
  const mnist = getDataset('mnist').load();
  const order = new Int32Array(mnist.rows).map((_, i) => i);
  shuffleInPlace(order, createRandom(1));
  const rows = TRAIN + VALIDATION;
  const x = new Float32Array(rows * PIXELS);
  const y = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    x.set(mnist.features.subarray(order[r]! * PIXELS, (order[r]! + 1) * PIXELS), r * PIXELS);
    y[r] = mnist.target[order[r]!]!;
  }
  return { images: x, labels: y };
}

async function main() {
  const { values } = parseArgs({ options: { backend: { type: 'string', default: 'cpu' }, epochs: { type: 'string', default: '5' } } });
  tf.env().set('PROD', true);
  if (values.backend === 'wasm') setWasmPaths(`${join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}/`);
  await tf.setBackend(values.backend!);
  const epochs = Number(values.epochs);
  const { images, labels } = digits();
  const x = tf.tensor2d(images, [TRAIN + VALIDATION, PIXELS]);
  const y = tf.oneHot(tf.tensor1d(labels, 'int32'), 10).toFloat();
  const [xTrain, xVal] = [x.slice(0, TRAIN), x.slice(TRAIN)];
  const [yTrain, yVal] = [y.slice(0, TRAIN), y.slice(TRAIN)];
  const losses: Array<[string, string | ((a: tf.Tensor, b: tf.Tensor) => tf.Tensor)]> = [
    ['tf.losses.softmaxCrossEntropy', (a, b) => tf.losses.softmaxCrossEntropy(a, b)],
    ["tfLoss('cross-entropy')", tfLoss('cross-entropy')],
    ["tfLoss('poly1', { epsilon: 1 })", tfLoss('poly1', { epsilon: 1 })],
    ["tfLoss('softmax-focal', { gamma: 2 })", tfLoss('softmax-focal', { gamma: 2 })],
  ];
  console.log(`MNIST ${TRAIN} train / ${VALIDATION} validation digits, MLP 784-64-10, Adam 1e-3, batch 64, ${epochs} epochs, ${values.backend} backend\n`);
  console.log('loss                                    final train loss  val accuracy  val CE   seconds');
  for (const [name, loss] of losses) {
    const model = tf.sequential({ layers: [
      tf.layers.dense({ inputShape: [PIXELS], units: 64, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
      tf.layers.dense({ units: 10, kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
    ] });
    model.compile({ optimizer: tf.train.adam(1e-3), loss });
    const started = performance.now();
    const history = await model.fit(xTrain, yTrain, { epochs, batchSize: 64, shuffle: false, verbose: 0 });
    const seconds = (performance.now() - started) / 1000;
    const [accuracy, ce] = tf.tidy(() => {
      const logits = model.predict(xVal) as tf.Tensor;
      const acc = logits.argMax(-1).equal(yVal.argMax(-1)).mean().dataSync()[0]!;
      return [acc, tf.losses.softmaxCrossEntropy(yVal, logits).dataSync()[0]!];
    });
    const last = (history.history['loss'] as number[]).at(-1)!;
    console.log(`${name.padEnd(40)}${last.toFixed(4).padStart(16)}${accuracy.toFixed(4).padStart(14)}${ce.toFixed(4).padStart(8)}${seconds.toFixed(1).padStart(10)}`);
    model.dispose();
  }
}

await main();
