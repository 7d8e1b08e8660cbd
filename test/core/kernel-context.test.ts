import { describe, expect, it } from 'vitest';
import { input, type LossMath } from '../../src/core/define-loss.js';
import { LossError } from '../../src/core/errors.js';
import { defineLoss, type LossDescription } from '../../src/losses/define.js';
import { elementwiseFrame } from '../../src/losses/shared/elementwise.js';

/**
 * Kernels receive the loss's name in their context instead of spelling it: a loss defined from
 * the same math under another name reports errors under its own name.
 */
const inputs = [input.prediction('input', 'Predictions.'), input.float('target', 'Targets, same shape.')] as const;

const squaredError: LossMath<typeof inputs, Record<string, never>, 'mean'> = {
  name: 'squared-error-original',
  inputs,
  options: {},
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  sample: () => ({ inputs: { input: [1, 2], target: [0, 0] } }),
  kernel({ input: x, target }, { reduction }, { input: grad }, { loss }) {
    const { n, plan } = elementwiseFrame(loss, x, target, reduction);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const e = x.data[i] - target.data[i];
      sum += e * e;
      if (plan.values) plan.values[i] = e * e;
      if (grad) grad[i] = 2 * e * plan.gradScale;
    }
    return plan.finish(sum);
  },
};

const description: LossDescription = {
  family: 'regression', title: 'Squared error', summary: 'Squared error.', formula: 'l = e^2',
  behaviour: 'A test loss.', matches: 'nothing', example: { inputs: { input: [1], target: [0] } },
};

function shapeError(entry: { evaluate(inputs: Readonly<Record<string, unknown>>): unknown }): LossError {
  try {
    entry.evaluate({ input: [1, 2, 3], target: [1, 2] });
  } catch (error) {
    return error as LossError;
  }
  throw new Error('no error');
}

describe('kernel context', () => {
  const original = defineLoss(squaredError, description);
  const copy = defineLoss({ ...squaredError, name: 'my-squared-error' }, { ...description, title: 'Copy' });

  it('a kernel names its loss from the context, so a copy reports under its own name', () => {
    expect(shapeError(original).message).toMatch(/^squared-error-original: /);
    const error = shapeError(copy);
    expect(error).toBeInstanceOf(LossError);
    expect(error.message).toMatch(/^my-squared-error: /);
    expect(error.message).not.toMatch(/squared-error-original/);
  });

  it('both compute the same values; the entry carries the math and the description', () => {
    expect(copy.call([1, 2], [0, 0])).toBe(original.call([1, 2], [0, 0]));
    expect(copy.name).toBe('my-squared-error');
    expect(copy.title).toBe('Copy');
    expect(copy.aliases).toEqual([]);
  });
});
