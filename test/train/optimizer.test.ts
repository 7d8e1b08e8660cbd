/** Optimizer and weight-decay steps on hand-worked examples. */
import { describe, expect, it } from 'vitest';
import { addWeightDecay, createAdam, createSgd } from '../../src/train/optimizer.js';
import { createLayout, weightMask } from '../../src/train/model.js';

/** Hand-worked values carry a few roundings of float64 arithmetic. */
const EPS = 1e-15;

describe('sgd with momentum', () => {
  it('v <- 0.9 v + g; w <- w - lr v, by hand', () => {
    const sgd = createSgd(1, 0.9);
    const w = Float64Array.of(1);
    sgd.step(w, Float64Array.of(0.5), 0.1); // v = 0.5, w = 1 - 0.05
    expect(w[0]).toBeCloseTo(0.95, 15);
    sgd.step(w, Float64Array.of(0.5), 0.1); // v = 0.45 + 0.5 = 0.95, w = 0.95 - 0.095
    expect(w[0]).toBeCloseTo(0.855, 15);
  });

  it('momentum 0 is plain sgd', () => {
    const sgd = createSgd(2, 0);
    const w = Float64Array.of(1, -1);
    sgd.step(w, Float64Array.of(2, -4), 0.25);
    sgd.step(w, Float64Array.of(2, -4), 0.25);
    expect(Array.from(w)).toEqual([0, 1]);
  });
});

describe('adam', () => {
  it('first steps with bias correction, by hand', () => {
    const adam = createAdam(1);
    const w = Float64Array.of(1);
    // t = 1, g = 0.5: m = 0.05, s = 0.00025; m^ = 0.5, s^ = 0.25; w -= 0.1 * 0.5 / (0.5 + 1e-8)
    adam.step(w, Float64Array.of(0.5), 0.1);
    expect(Math.abs(w[0] - (1 - 0.05 / (0.5 + 1e-8)))).toBeLessThan(EPS);
    // t = 2, g = -1: m = 0.045 - 0.1 = -0.055, s = 0.00024975 + 0.001 = 0.00124975
    // m^ = -0.055 / 0.19, s^ = 0.00124975 / 0.001999
    const before = w[0];
    adam.step(w, Float64Array.of(-1), 0.1);
    const expected = before - (0.1 * (-0.055 / 0.19)) / (Math.sqrt(0.00124975 / 0.001999) + 1e-8);
    expect(Math.abs(w[0] - expected)).toBeLessThan(1e3 * EPS);
    expect(w[0]).toBeCloseTo(0.93661, 5);
  });

  it('the first step moves every parameter by about lr, whatever the gradient scale', () => {
    const adam = createAdam(3);
    const w = new Float64Array(3);
    adam.step(w, Float64Array.of(1e-3, 5, -200), 0.01);
    for (const [i, sign] of [-1, -1, 1].entries()) expect(w[i]).toBeCloseTo(sign * 0.01, 6);
  });
});

describe('L2 weight decay', () => {
  it('adds weightDecay * w to weights only, never to biases', () => {
    const layout = createLayout(2, 1, [], 'relu'); // w0, w1, b
    const mask = weightMask(layout);
    expect(Array.from(mask)).toEqual([1, 1, 0]);
    const grad = Float64Array.of(1, 1, 1);
    addWeightDecay(grad, Float64Array.of(2, -4, 10), mask, 0.5);
    expect(Array.from(grad)).toEqual([2, -1, 1]);
  });
});
