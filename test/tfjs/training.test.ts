/**
 * tfjs models trained with losskit losses through `model.compile({ loss: tfLoss(...) })`, on
 * embedded real data (Boston housing, Palmer penguins), on the cpu and wasm backends.
 *
 * Parity: the same model, the same initial weights and the same batches trained with tfjs's own
 * loss and with the losskit equivalent end at the same training loss. The gradients agree to
 * float32 rounding (the round-trip test), so the trajectories differ only by the order of the
 * float32 sums: measured at most 7e-7 relative after 20 epochs of Adam (PARITY_RTOL leaves 30x room).
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tfLoss } from '../../src/tfjs/index.js';
import { BACKENDS, useBackend } from './tfjs-support.js';
import { disposeSplit, mlp, splitTensors, type SplitTensors } from './tfjs-data.js';

const PARITY_RTOL = 2e-5;
const EPOCHS = 20;
const BATCH = 32;

type LossArg = string | ((yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor);

/** Trains a fresh seeded MLP; returns the last epoch's training loss and the model. */
async function fit(data: SplitTensors, loss: LossArg, activation: 'linear' | 'sigmoid' | 'softmax', epochs = EPOCHS, learningRate = 0.01) {
  const model = mlp(data.train.x.shape[1], data.train.y.shape[1], activation);
  model.compile({ optimizer: tf.train.adam(learningRate), loss });
  const history = await model.fit(data.train.x, data.train.y, { epochs, batchSize: BATCH, shuffle: false, verbose: 0 });
  const losses = history.history['loss'] as number[];
  return { model, first: losses[0]!, last: losses.at(-1)! };
}

/** Accuracy of argmax (multiclass) or of a 0.5 threshold on probabilities / 0 on logits (binary). */
function accuracy(model: tf.Sequential, data: SplitTensors['validation'], threshold: number): number {
  return tf.tidy(() => {
    const out = model.predict(data.x) as tf.Tensor2D;
    const predicted = out.shape[1] > 1 ? out.argMax(-1).dataSync() : out.greater(threshold).dataSync();
    let right = 0;
    predicted.forEach((p, i) => { if (p === data.target[i]) right++; });
    return right / predicted.length;
  });
}

const huberBuiltIn = (delta: number) => (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.losses.huberLoss(yTrue, yPred, undefined, delta);

for (const backend of BACKENDS) {
  describe(`training tfjs models with losskit losses (${backend})`, () => {
    let boston: SplitTensors;
    let penguins: SplitTensors;
    let chinstrap: SplitTensors;
    beforeAll(async () => {
      await useBackend(backend);
      boston = splitTensors('boston');
      penguins = splitTensors('penguins');
      chinstrap = splitTensors('penguins-chinstrap');
    });
    afterAll(() => {
      for (const split of [boston, penguins, chinstrap]) disposeSplit(split);
    });

    const parity: Array<[string, () => SplitTensors, LossArg, LossArg, 'linear' | 'sigmoid' | 'softmax']> = [
      ['mse vs meanSquaredError (Boston)', () => boston, tfLoss('mse'), 'meanSquaredError', 'linear'],
      ['huber delta 0.5 vs tf.losses.huberLoss (Boston)', () => boston, tfLoss('huber', { delta: 0.5 }), huberBuiltIn(0.5), 'linear'],
      ['bce vs binaryCrossentropy (penguins: Chinstrap or not)', () => chinstrap, tfLoss('bce'), 'binaryCrossentropy', 'sigmoid'],
      ['bce-with-logits vs tf.losses.sigmoidCrossEntropy (Chinstrap)', () => chinstrap, tfLoss('bce-with-logits'), tf.losses.sigmoidCrossEntropy, 'linear'],
      ['cross-entropy vs tf.losses.softmaxCrossEntropy (penguins, 3 species)', () => penguins, tfLoss('cross-entropy'), tf.losses.softmaxCrossEntropy, 'linear'],
      ['categorical-cross-entropy vs categoricalCrossentropy (penguins)', () => penguins, tfLoss('categorical-cross-entropy'), 'categoricalCrossentropy', 'softmax'],
    ];
    for (const [title, data, ours, theirs, activation] of parity) {
      it(`${title}: same final training loss`, async () => {
        await useBackend(backend);
        const a = await fit(data(), ours, activation);
        const b = await fit(data(), theirs, activation);
        expect(a.last, 'trained: the loss fell').toBeLessThan(0.7 * a.first);
        expect(Math.abs(a.last - b.last) / b.last, `losskit ${a.last} vs tfjs ${b.last}`).toBeLessThan(PARITY_RTOL);
        a.model.dispose();
        b.model.dispose();
      });
    }

    it('poly1, softmax-focal, generalized-cross-entropy and multiclass-hinge (no tfjs equivalent) classify penguins', async () => {
      await useBackend(backend);
      for (const [loss, activation] of [[tfLoss('poly1', { epsilon: 1 }), 'linear'], [tfLoss('softmax-focal', { gamma: 2 }), 'linear'],
        [tfLoss('generalized-cross-entropy', { q: 0.7 }), 'softmax'], [tfLoss('multiclass-hinge'), 'linear']] as const) {
        const run = await fit(penguins, loss, activation, 30);
        expect(run.last, `${loss.lossName} loss fell`).toBeLessThan(0.5 * run.first);
        expect(accuracy(run.model, penguins.validation, 0), `${loss.lossName} validation accuracy`).toBeGreaterThan(0.9);
        run.model.dispose();
      }
    });

    it('sigmoid-focal and tversky (no tfjs equivalent) find the Chinstrap penguins', async () => {
      await useBackend(backend);
      const focal = await fit(chinstrap, tfLoss('sigmoid-focal', { alpha: 0.75, gamma: 2 }), 'linear', 30);
      expect(focal.last).toBeLessThan(0.5 * focal.first);
      expect(accuracy(focal.model, chinstrap.validation, 0)).toBeGreaterThan(0.9);
      // Tversky is per sample over its pixels; the batch as one mask of N pixels ([1, N]) makes it a set-overlap loss.
      const tversky = tfLoss('tversky', { alpha: 0.3, beta: 0.7 });
      const run = await fit(chinstrap, (yTrue, yPred) => tversky(yTrue.reshape([1, -1]), yPred.reshape([1, -1])), 'sigmoid', 30);
      expect(run.last).toBeLessThan(0.5 * run.first);
      expect(accuracy(run.model, chinstrap.validation, 0.5)).toBeGreaterThan(0.9);
      focal.model.dispose();
      run.model.dispose();
    });

    it('quantile (no tfjs equivalent): the tau = 0.9 fit lies above ~90 % of the training targets', async () => {
      await useBackend(backend);
      const coverage: number[] = [];
      for (const tau of [0.1, 0.9]) {
        const run = await fit(boston, tfLoss('quantile', { tau }), 'linear', 60, 0.02);
        const above = tf.tidy(() => (run.model.predict(boston.train.x) as tf.Tensor).greaterEqual(boston.train.y).mean().dataSync()[0]!);
        coverage.push(above);
        run.model.dispose();
      }
      expect(coverage[0]).toBeGreaterThan(0.03);
      expect(coverage[0]).toBeLessThan(0.2);
      expect(coverage[1]).toBeGreaterThan(0.8);
      expect(coverage[1]).toBeLessThan(0.97);
    });

    it('optimizer.minimize and tf.grad take tfLoss too, and a fit step leaks no tensors', async () => {
      await useBackend(backend);
      const model = mlp(boston.train.x.shape[1], 1);
      const loss = tfLoss('huber');
      const optimizer = tf.train.sgd(0.05);
      const step = () => optimizer.minimize(() => loss(boston.train.y, model.predict(boston.train.x) as tf.Tensor), true)!;
      const first = step();
      const firstValue = first.dataSync()[0]!;
      first.dispose();
      const before = tf.memory().numTensors;
      for (let i = 0; i < 20; i++) step().dispose();
      expect(tf.memory().numTensors).toBe(before);
      const last = step();
      expect(last.dataSync()[0]).toBeLessThan(firstValue);
      last.dispose();
      model.compile({ optimizer: 'sgd', loss });
      await model.fit(boston.train.x, boston.train.y, { epochs: 1, batchSize: BATCH, verbose: 0 });
      const afterOne = tf.memory().numTensors;
      await model.fit(boston.train.x, boston.train.y, { epochs: 2, batchSize: BATCH, verbose: 0 });
      expect(tf.memory().numTensors).toBe(afterOne);
      model.dispose();
    });
  });
}

describe('rank-4 segmentation logits, classes last', () => {
  it('cross-entropy on [N, H, W, C] equals tf.losses.softmaxCrossEntropy, value and gradient', async () => {
    await useBackend('cpu');
    const logits = tf.randomNormal([2, 4, 5, 3], 0, 2, 'float32', 3);
    const labels = tf.oneHot(tf.randomUniform([2, 4, 5], 0, 3, 'int32', 4), 3).toFloat();
    const ours = tf.valueAndGrad((x: tf.Tensor) => tfLoss('cross-entropy')(labels, x))(logits);
    const theirs = tf.valueAndGrad((x: tf.Tensor) => tf.losses.softmaxCrossEntropy(labels, x))(logits);
    expect(ours.value.dataSync()[0]).toBeCloseTo(theirs.value.dataSync()[0]!, 5);
    expect(tf.max(tf.abs(tf.sub(ours.grad, theirs.grad))).dataSync()[0]).toBeLessThan(1e-7);
    tf.dispose([logits, labels, ours.value, ours.grad, theirs.value, theirs.grad]);
  });
});
