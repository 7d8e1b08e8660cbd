/**
 * The adapter's errors: typed LossErrors naming the argument (yTrue, yPred or an input), what
 * was expected and what came, with the way out when there is one.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LossError, getLoss } from '../../src/index.js';
import { tfLoss, tfLossInputs } from '../../src/tfjs/index.js';
import { useBackend } from './tfjs-support.js';

function error(run: () => unknown): LossError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(LossError);
    return e as LossError;
  }
  throw new Error('expected a LossError');
}

beforeAll(async () => {
  await useBackend('cpu');
});

describe('tfLoss errors', () => {
  const logits = () => tf.tensor2d([[2, -1, 0.5], [0.1, 0.2, 3]]);

  it('unknown loss names and options fail at creation, not in fit()', () => {
    expect(error(() => tfLoss('hubber')).message).toMatch(/unknown loss 'hubber'; did you mean 'huber'/);
    const option = error(() => tfLoss('huber', { delta: -1 }));
    expect(option.message).toBe("tfLoss('huber'): huber: 'delta' must be > 0, received -1");
    expect(option.argument).toBe('delta');
    expect(error(() => tfLoss('huber', { detla: 1 })).message).toMatch(/unknown option 'detla'/);
    expect(error(() => tfLoss('mse', { reduction: 'none' as 'mean' })).message).toMatch(/'reduction' must be one of 'mean', 'sum' \(a tfjs loss returns a scalar\), received "none"/);
  });

  it('losses without a (yTrue, yPred) form point to tfLossInputs', () => {
    expect(error(() => tfLoss('triplet-margin')).message).toMatch(/'anchor', 'positive', 'negative'.*tfLossInputs\('triplet-margin'\)/);
  });

  it('arguments that are not tensors are named', () => {
    const loss = tfLoss('mse');
    expect(error(() => loss(tf.tensor([1]), [1] as unknown as tf.Tensor)).message).toBe("tfLoss('mse'): yPred must be a tf.Tensor, received an array");
    expect(error(() => loss(null, tf.tensor([1]))).argument).toBe('yTrue');
  });

  it('element-wise shapes must match, up to size-1 axes ([N] and [N, 1] are one shape)', () => {
    const loss = tfLoss('mse');
    expect(error(() => loss(tf.tensor([1, 2, 3]), tf.tensor([1, 2]))).message).toMatch(/yTrue has shape \[3\] but yPred has shape \[2\]/);
    expect(loss(tf.tensor([1, 2]), tf.tensor2d([[1], [4]])).dataSync()[0]).toBe(2);
  });

  it('class-index losses take indices or exact one-hot rows, and say which when neither', () => {
    const loss = tfLoss('poly1');
    const byIndex = loss(tf.tensor1d([0, 2], 'int32'), logits()).dataSync()[0];
    expect(loss(tf.tensor2d([[0], [2]]), logits()).dataSync()[0]).toBe(byIndex);
    expect(loss(tf.tensor2d([[1, 0, 0], [0, 0, 1]]), logits()).dataSync()[0]).toBe(byIndex);
    const soft = error(() => loss(tf.tensor2d([[0.9, 0.1, 0], [0, 0, 1]]), logits()));
    expect(soft.message).toMatch(/row 0 is \[0.9, 0.1, 0\], not one 1 among 0s \(pass class indices of shape \[2\]/);
    expect(error(() => loss(tf.tensor1d([0, 1, 2]), logits())).message).toMatch(/class indices of shape \[2\] \(or \[2, 1\]\) or one-hot rows of shape \[2, 3\]/);
    expect(error(() => loss(tf.tensor1d([0, 3]), logits())).message).toMatch(/poly1: 'target' must be a class index in \[0, 3\), found 3/);
  });

  it('probability losses given logits say so and name the losses that take logits', () => {
    const bce = error(() => tfLoss('bce')(tf.tensor([1, 0]), tf.tensor([2.5, -1])));
    expect(bce.kind).toBe('domain');
    expect(bce.message).toMatch(/'input' must be a probability in \[0, 1\], found 2.5.*yPred is bce's 'input', yTrue its 'target'.*sigmoid or softmax.*'bce-with-logits'/);
    const focal = error(() => tfLoss('binary-focal-crossentropy')(tf.tensor([1, 0]), tf.tensor([2.5, -1])));
    expect(focal.message).toMatch(/pass \{ fromLogits: true \}/);
  });

  it('tensor options may be tf.Tensors', () => {
    const weight = [1, 2, 0.5];
    const labels = tf.tensor1d([0, 2], 'int32');
    const a = tfLoss('cross-entropy', { weight: tf.tensor(weight) })(labels, logits()).dataSync()[0]!;
    const b = getLoss('cross-entropy').evaluate({ input: [[2, -1, 0.5], [0.1, 0.2, 3]], target: [0, 2] }, { weight }).value as number;
    expect(a).toBeCloseTo(b, 6);
  });

  it('the function is named after the loss (tfjs names metrics by it)', () => {
    const loss = tfLoss('smooth_l1');
    expect(loss.name).toBe('smooth-l1');
    expect(loss.lossName).toBe('smooth-l1');
  });
});

describe('tfLossInputs errors', () => {
  it('unknown and missing inputs are named, with the list of inputs', () => {
    const loss = tfLossInputs('triplet-margin');
    const a = tf.zeros([2, 3]);
    expect(error(() => loss({ anchor: a, positive: a, negatve: a })).message).toMatch(/unknown input 'negatve' \(inputs: 'anchor', 'positive', 'negative'\)/);
    expect(error(() => loss({ anchor: a, positive: a })).message).toMatch(/'negative' must be a tf.Tensor, received undefined/);
    expect(error(() => loss(a as never)).message).toMatch(/expects an object of tensors keyed by input name/);
  });

  it('kernel shape errors keep the loss’s own input names', () => {
    const loss = tfLossInputs('triplet-margin');
    expect(error(() => loss({ anchor: tf.zeros([2, 3]), positive: tf.zeros([2, 3]), negative: tf.zeros([2, 4]) })).message)
      .toMatch(/^tfLossInputs\('triplet-margin'\): triplet-margin: 'negative'/);
  });
});
