import { describe, expect, it } from 'vitest';
import {
  arcface, binaryFocalCrossentropy, categoricalCrossEntropyValueAndGrad, cosineEmbedding, cosineSimilarity, crossEntropy,
  crossEntropyValueAndGrad, ctcValueAndGrad, dice, diceValueAndGrad, emd, getLoss, klDiv, mse, nll, nllValueAndGrad, ntXent,
  sigmoidFocalValueAndGrad, sinkhorn, sinkhornValueAndGrad, tversky, wganCritic,
} from '../../src/index.js';
import { close, lossError } from './support.js';

/**
 * Issue 11, item 6: finite inputs and in-range options never give a silent NaN or a wrong
 * number. Each repro now computes the right finite answer (rescaled or normalised formulas),
 * or raises a LossError naming the option or value. Each test failed before its fix.
 */

describe('empty input: nothing to average is a shape error', () => {
  it("mse([], []) and every 'mean' / 'batchmean' over zero elements", () => {
    const error = lossError(() => mse([], []));
    expect(error.kind).toBe('shape');
    expect(error.message).toBe("mse: nothing to average: 'input' has no elements (shape [0]), and reduction 'mean' over nothing has no value ('sum' gives 0)");
    expect(lossError(() => klDiv([], [], { reduction: 'batchmean' })).kind).toBe('shape');
    expect(mse([], [], { reduction: 'sum' })).toBe(0);
  });

  it("binaryFocalCrossentropy([], [], { reduction: 'sum' }): one row whose mean over the last axis has no value", () => {
    const error = lossError(() => binaryFocalCrossentropy([], [], { reduction: 'sum' }));
    expect(error.kind).toBe('shape');
    expect(error.argument).toBe('input');
    expect(binaryFocalCrossentropy({ data: [], shape: [0, 3] }, { data: [], shape: [0, 3] }, { reduction: 'sum' })).toBe(0);
  });

  it('wganCritic([], [1, 2]): the mean of the empty side has no value', () => {
    const error = lossError(() => wganCritic([], [1, 2]));
    expect(error.argument).toBe('real');
    expect(error.message).toMatch(/nothing to average/);
    expect(lossError(() => wganCritic([1, 2], [])).argument).toBe('fake');
  });
});

describe('overflow: rescaled formulas give the finite answer', () => {
  it('cosineSimilarity and cosineEmbedding of 1e308 rows equal those of the unscaled rows', () => {
    expect(close(cosineSimilarity([[1e308, 1e308]], [[1, 2]]), cosineSimilarity([[1, 1]], [[1, 2]]))).toBe(true);
    // ATen's epsilon 1e-12 under the norms moves the unscaled value by ~1e-12 relative; at 1e308 it vanishes.
    expect(close(cosineEmbedding([[1e308, 1e308]], [[1, 2]], [1]), cosineEmbedding([[1, 1]], [[1, 2]], [1]), 1e-10)).toBe(true);
    expect(close(cosineSimilarity([[1, 2]], [[1e300, 3e300]]), cosineSimilarity([[1, 2]], [[1, 3]]))).toBe(true);
    const grad = new Float64Array(2);
    getLoss('cosine-similarity').evaluate({ input: [[1e308, 1e308]], target: [[1, 2]] }, {}, { grads: { input: grad } });
    expect(Array.from(grad).every(Number.isFinite)).toBe(true);
  });

  it('dice with 1e308: the input is a probability, so out of [0, 1] is a domain error (was -Infinity with a NaN gradient)', () => {
    const error = lossError(() => diceValueAndGrad([1e308, 1e308], [1, 0], new Float64Array(2)));
    expect(error.kind).toBe('domain');
    expect(error.argument).toBe('input');
    expect(dice([1, 0.5], [1, 0])).toBeCloseTo(1 - 2 / 2.5, 6);
  });

  it('sinkhorn with marginals 1e308 is 2e308 times the normalised problem (was NaN)', () => {
    const cost = [[0, 1], [1, 0]];
    const unit = sinkhorn(cost, [0.5, 0.5], [0.5, 0.5], { reg: 1 });
    expect(close(sinkhorn(cost, [1e308, 1e308], [1e308, 1e308], { reg: 1 }), 1e308 * (2 * unit), 1e-12)).toBe(true);
    const grad = new Float64Array(4);
    sinkhornValueAndGrad(cost, [1e308, 1e308], [1e308, 1e308], grad, { reg: 1 });
    expect(Array.from(grad).every(Number.isFinite)).toBe(true);
    expect(close(emd(cost, [1e308, 1.5e308], [1.25e308, 1.25e308]), 0.25e308, 1e-12)).toBe(true);
  });

  it('categoricalCrossEntropyValueAndGrad([[1e-320, 1e-320]], [[1, 0]]): the exact gradient (-5e319) overflows, so it is an error naming input', () => {
    const error = lossError(() => categoricalCrossEntropyValueAndGrad([[1e-320, 1e-320]], [[1, 0]], new Float64Array(2)));
    expect(error.kind).toBe('domain');
    expect(error.argument).toBe('input');
    expect(error.message).toMatch(/gradient with respect to 'input' came out/);
  });
});

describe('options: ranges exclude what cannot be computed, or the computation holds', () => {
  it('focal gamma, arcface scale, tversky alpha of Infinity are option errors', () => {
    expect(lossError(() => sigmoidFocalValueAndGrad([1, -1], [1, 0], new Float64Array(2), { gamma: Infinity })).argument).toBe('gamma');
    expect(lossError(() => arcface([[1, 0], [0, 1]], [[1, 0], [0, 1]], [0, 1], { scale: Infinity })).argument).toBe('scale');
    expect(lossError(() => tversky([0.5, 0.5], [1, 0], { alpha: Infinity })).argument).toBe('alpha');
  });

  it('tversky with alpha 1e308 gives its limit (loss 1, gradient finite), not NaN', () => {
    const value = tversky([0.5, 0.5], [1, 0], { alpha: 1e308 });
    expect(value).toBeCloseTo(1, 12);
  });

  it("ntXent with temperature 5e-324 raises naming 'temperature' (was NaN)", () => {
    const error = lossError(() => ntXent([[1, 0], [0, 1], [1, 1], [1, -1]], [0, 0, 1, 1], { temperature: 5e-324 }));
    expect(error.argument).toBe('temperature');
  });

  it("sinkhorn with reg 5e-324 or 1e-300 either matches emd or raises naming 'reg' (1e-300 returned 0.30 for 0.22)", () => {
    const cost = [[0.1, 0.9, 0.4], [0.7, 0.2, 0.5], [0.3, 0.6, 0.05]];
    const a = [0.2, 0.5, 0.3];
    const b = [0.4, 0.4, 0.2];
    for (const reg of [5e-324, 1e-300]) {
      const error = lossError(() => sinkhorn(cost, a, b, { reg }));
      expect(error.argument, String(reg)).toBe('reg');
      expect(error.message).toMatch(/did not converge/);
    }
    expect(Math.abs(sinkhorn(cost, a, b, { reg: 1e-3 }) - emd(cost, a, b))).toBeLessThan(1e-9);
  });
});

describe('class weights: a weighted mean does not depend on the weights\' scale', () => {
  const x = [[1, 2], [3, 4]];
  it('crossEntropy and nll with weights [1e308, 1e308] equal the unweighted value (were 0 and NaN)', () => {
    expect(crossEntropy(x, [0, 1], { weight: [1e308, 1e308] })).toBe(crossEntropy(x, [0, 1]));
    expect(crossEntropy(x, [0, 1])).toBeCloseTo(0.8133, 4);
    expect(nll(x, [0, 1], { weight: [1e308, 1e308] })).toBe(nll(x, [0, 1]));
  });

  it('weights of 1e-320 give the gradient of weights 1 (was NaN)', () => {
    const plain = new Float64Array(4);
    const tiny = new Float64Array(4);
    crossEntropyValueAndGrad(x, [0, 1], plain, { weight: [1, 1] });
    crossEntropyValueAndGrad(x, [0, 1], tiny, { weight: [1e-320, 1e-320] });
    tiny.forEach((g, i) => expect(close(g, plain[i]!, 1e-15), `${g} vs ${plain[i]}`).toBe(true));
    const nllTiny = new Float64Array(4);
    nllValueAndGrad(x, [0, 1], nllTiny, { weight: [1e-320, 1e-320] });
    [-0.5, 0, 0, -0.5].forEach((g, i) => expect(Math.abs(nllTiny[i]! - g)).toBeLessThanOrEqual(1e-15));
  });

  it("nll([[-1, -2]], [0], { weight: [0, 0] }) has nothing to average: a domain error naming 'weight' (was NaN)", () => {
    const error = lossError(() => nll([[-1, -2]], [0], { weight: [0, 0] }));
    expect(error.kind).toBe('domain');
    expect(error.argument).toBe('weight');
    expect(lossError(() => crossEntropy([[1, 2]], [-100])).argument).toBe('target');
  });
});

describe('ctc: no alignment means no finite loss', () => {
  it('log-probabilities of -Infinity with an empty target raise naming logProbs (were Infinity with a NaN gradient)', () => {
    const logProbs = { data: new Float64Array(6).fill(-Infinity), shape: [3, 1, 2] };
    const targets = { data: new Int32Array(0), shape: [1, 0] };
    const error = lossError(() => ctcValueAndGrad(logProbs, targets, [3], [0], new Float64Array(6)));
    expect(error.argument).toBe('logProbs');
    expect(error.message).toMatch(/zeroInfinity/);
    const grad = new Float64Array(6);
    expect(ctcValueAndGrad(logProbs, targets, [3], [0], grad, { zeroInfinity: true })).toBe(0);
    expect(Array.from(grad)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
