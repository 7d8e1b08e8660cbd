/**
 * The whole model's gradient (every parameter, through the link and the loss) against central
 * differences, for the linear model and both MLP activations, with regression and classification
 * losses and every link the trainer applies.
 */
import { describe, expect, it } from 'vitest';
import type { LossEntry } from '../../src/losses/index.js';
import type { Task } from '../../src/data/types.js';
import { getLoss } from '../../src/registry.js';
import { resolveLoss, resolveLossEntry, type LossUse } from '../../src/train/loss-binding.js';
import { createLayout, initialiseParameters, type Activation } from '../../src/train/model.js';
import { batchLossAndGradient, createBatchBuffers } from '../../src/train/runner-typescript.js';
import { createRandom, normal } from '../../src/core/random.js';

const ROWS = 6;
const FEATURES = 3;
/** Central-difference step: truncation error O(h^2) ~ 1e-10, rounding error O(eps / h) ~ 2e-11. */
const STEP = 1e-5;
/** Agreement demanded (relative, or absolute below 1): four orders above both error terms. */
const TOLERANCE = 1e-6;

interface Case { readonly name: string; readonly lossUse: LossUse; readonly task: Task; readonly outputs: number }

/** mse with a sigmoid link on 0/1 targets: exercises the sigmoid chain rule (no registry loss uses it until bce gets its metadata). */
function sigmoidMse(): LossUse {
  const entry = { ...getLoss('mse'), training: [{ task: 'binary', link: 'sigmoid', target: 'zero-one' }] } as LossEntry;
  return resolveLossEntry(entry, 'binary');
}

const cases: Case[] = [
  { name: 'mse (regression, identity)', lossUse: resolveLoss('mse', 'regression'), task: 'regression', outputs: 1 },
  { name: 'huber (regression, identity)', lossUse: resolveLoss('huber', 'regression', { delta: 0.5 }), task: 'regression', outputs: 1 },
  { name: 'cross-entropy (multiclass, identity, label smoothing)', lossUse: resolveLoss('cross-entropy', 'multiclass', { labelSmoothing: 0.1 }), task: 'multiclass', outputs: 4 },
  { name: 'nll (log-softmax link)', lossUse: resolveLoss('nll', 'multiclass'), task: 'multiclass', outputs: 4 },
  { name: 'categorical-cross-entropy (softmax link, one-hot)', lossUse: resolveLoss('categorical-cross-entropy', 'multiclass'), task: 'multiclass', outputs: 4 },
  { name: 'generalized-cross-entropy (softmax link, index)', lossUse: resolveLoss('generalized-cross-entropy', 'multiclass'), task: 'multiclass', outputs: 4 },
  { name: 'soft-margin (binary, plus-minus-one)', lossUse: resolveLoss('soft-margin', 'binary'), task: 'binary', outputs: 1 },
  { name: 'mse through a sigmoid link', lossUse: sigmoidMse(), task: 'binary', outputs: 1 },
  { name: 'bce (sigmoid link)', lossUse: resolveLoss('bce', 'binary'), task: 'binary', outputs: 1 },
  { name: 'bce-with-logits (posWeight)', lossUse: resolveLoss('bce-with-logits', 'binary', { posWeight: [3] }), task: 'binary', outputs: 1 },
  { name: 'sigmoid-focal', lossUse: resolveLoss('sigmoid-focal', 'binary'), task: 'binary', outputs: 1 },
  { name: 'binary-focal-crossentropy (fromLogits)', lossUse: resolveLoss('binary-focal-crossentropy', 'binary'), task: 'binary', outputs: 1 },
  { name: 'softmax-focal', lossUse: resolveLoss('softmax-focal', 'multiclass'), task: 'multiclass', outputs: 4 },
  { name: 'categorical-focal-crossentropy (fromLogits)', lossUse: resolveLoss('categorical-focal-crossentropy', 'multiclass'), task: 'multiclass', outputs: 4 },
];

const models: Array<{ name: string; hidden: number[]; activation: Activation }> = [
  { name: 'linear', hidden: [], activation: 'relu' },
  { name: 'mlp tanh [5]', hidden: [5], activation: 'tanh' },
  { name: 'mlp relu [5, 4]', hidden: [5, 4], activation: 'relu' },
];

describe('model gradient vs central differences', () => {
  for (const { name, lossUse, task, outputs } of cases) {
    for (const model of models) {
      it(`${model.name}, ${name}`, () => {
        const random = createRandom(3);
        const layout = createLayout(FEATURES, outputs, model.hidden, model.activation);
        const params = initialiseParameters(layout, random);
        // Random biases and weights too, so no gradient is trivially zero (a linear model starts at 0).
        for (let k = 0; k < params.length; k++) params[k] += 0.3 * normal(random);
        const batch = createBatchBuffers(layout, lossUse, ROWS);
        for (let k = 0; k < batch.x.length; k++) batch.x[k] = normal(random);
        for (let r = 0; r < ROWS; r++) {
          batch.targets[r] = task === 'regression' ? normal(random) : r % (task === 'binary' ? 2 : outputs);
        }
        const grad = new Float64Array(layout.parameterCount);
        batchLossAndGradient(layout, params, batch, grad);
        const scratch = new Float64Array(layout.parameterCount);
        const lossAt = (k: number, delta: number) => {
          const saved = params[k];
          params[k] = saved + delta;
          const value = batchLossAndGradient(layout, params, batch, scratch);
          params[k] = saved;
          return value;
        };
        for (let k = 0; k < params.length; k++) {
          const numeric = (lossAt(k, STEP) - lossAt(k, -STEP)) / (2 * STEP);
          expect(Math.abs(grad[k] - numeric), `parameter ${k}: analytic ${grad[k]}, numeric ${numeric}`).toBeLessThan(TOLERANCE * Math.max(1, Math.abs(numeric)));
        }
      });
    }
  }
});
