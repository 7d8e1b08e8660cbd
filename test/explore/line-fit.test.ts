/**
 * The explorer's line fits (IRLS on losskit's kernels) against independent answers: ordinary
 * least squares in closed form for MSE; for MAE, the least-absolute-deviations optimum, which
 * passes through two of the points (a vertex of the LP), found by trying every pair; for
 * Huber, the stationarity condition Σ ψ(r_i) (x_i, 1) = 0 with ψ the clipped residual.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLine } from '../../web/explorer/line-fit.js';

function ols(xs: Float64Array, ys: Float64Array): [number, number] {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0;
  for (let i = 0; i < n; i++) { sxy += (xs[i]! - mx) * (ys[i]! - my); sxx += (xs[i]! - mx) ** 2; }
  return [sxy / sxx, my - (sxy / sxx) * mx];
}

function meanAbs(xs: Float64Array, ys: Float64Array, a: number, b: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.abs(a * xs[i]! + b - ys[i]!);
  return s / xs.length;
}

/** The least-absolute-deviations minimum over lines through two points (where it lies). */
function ladMinimum(xs: Float64Array, ys: Float64Array): number {
  let best = Infinity;
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) {
    if (xs[i] === xs[j]) continue;
    const a = (ys[j]! - ys[i]!) / (xs[j]! - xs[i]!);
    best = Math.min(best, meanAbs(xs, ys, a, ys[i]! - a * xs[i]!));
  }
  return best;
}

/** |Σ ψ(r_i) x_i| + |Σ ψ(r_i)|, ψ the residual clipped to ±delta: 0 at Huber's minimum. */
function huberStationarity(fit: { slope: number; intercept: number }, xs: Float64Array, ys: Float64Array, delta: number): number {
  let ga = 0, gb = 0;
  for (let i = 0; i < xs.length; i++) {
    const psi = Math.max(-delta, Math.min(delta, fit.slope * xs[i]! + fit.intercept - ys[i]!));
    ga += psi * xs[i]!;
    gb += psi;
  }
  return Math.abs(ga) + Math.abs(gb);
}

/** Points as the page has them: x on a 0.1 grid in [0, 10] (at least three distinct), y in [-10, 30]. */
const points = fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 14 })
  .chain((grid) => fc.tuple(fc.constant(grid), fc.array(fc.double({ min: -10, max: 30, noNaN: true }), { minLength: grid.length, maxLength: grid.length })))
  .map(([grid, ys]) => ({ xs: Float64Array.from(grid, (g) => g / 10), ys: Float64Array.from(ys) }));

describe('explorer line fits', () => {
  it('mse gives the ordinary least-squares line', () => {
    fc.assert(fc.property(points, ({ xs, ys }) => {
      const fit = fitLine('mse', {}, xs, ys);
      const [a, b] = ols(xs, ys);
      expect(fit.slope).toBeCloseTo(a, 8);
      expect(fit.intercept).toBeCloseTo(b, 8);
    }), { numRuns: 50 });
  });

  it('mae reaches the least-absolute-deviations minimum', () => {
    fc.assert(fc.property(points, ({ xs, ys }) => {
      const fit = fitLine('mae', {}, xs, ys);
      const optimum = ladMinimum(xs, ys);
      expect(fit.loss).toBeCloseTo(meanAbs(xs, ys, fit.slope, fit.intercept), 10);
      expect(fit.loss - optimum).toBeLessThanOrEqual(1e-6 * Math.max(1, optimum));
    }), { numRuns: 50 });
  });

  it('mae reaches the optimum where IRLS alone stalls (a flake found by the property above)', () => {
    const xs = Float64Array.of(6.5, 6.1, 1.5, 1);
    const ys = Float64Array.of(-3.36, 0, 0, 0);
    const fit = fitLine('mae', {}, xs, ys);
    expect(fit.loss - ladMinimum(xs, ys)).toBeLessThanOrEqual(1e-12);
  });

  it('huber with a delta far below the residuals reaches stationarity (a fast-check counterexample: IRLS stopped early)', () => {
    const xs = Float64Array.of(0.4, 0.9, 0.3, 0.5, 0.2, 10, 0.6, 4.9, 9.8);
    const ys = Float64Array.of(0, 0, -0.20411423742728804, 0, -9.999999999441734, 29.999999999998447, 2.081668171172169e-16, 0, 0);
    const delta = 0.1;
    const fit = fitLine('huber', { delta }, xs, ys);
    // It stopped at 1.03e-4 before (a converged step was 1e-7 of the data, not 1e-12).
    expect(huberStationarity(fit, xs, ys, delta)).toBeLessThan(1e-6);
  });

  it('huber reaches stationarity where IRLS alone stops at its 500 iterations (fast-check counterexamples)', () => {
    const cases: [number[], number[], number][] = [
      [[0.5, 9.6, 0.1, 9.5], [0, 6.487921814619864, 0, 0], 0.1],
      [[3.2, 0, 7.7, 2.9, 2.3, 0.9, 2.1, 7.3, 4.3, 0.6], [0, -8.370245589851331, 11.369377476942784, 0, 0, -5.444223357867699, 0, 0, 0, 0], 0.3594843887512456],
    ];
    for (const [x, y, delta] of cases) {
      const xs = Float64Array.from(x), ys = Float64Array.from(y);
      // 1.2e-4 and 1.0e-4 before the Newton steps.
      expect(huberStationarity(fitLine('huber', { delta }, xs, ys), xs, ys, delta)).toBeLessThan(1e-9);
    }
  });

  it('huber satisfies its stationarity condition', () => {
    fc.assert(fc.property(points, fc.double({ min: 0.1, max: 10, noNaN: true }), ({ xs, ys }, delta) => {
      const fit = fitLine('huber', { delta }, xs, ys);
      expect(huberStationarity(fit, xs, ys, delta)).toBeLessThan(1e-6 * xs.length * 10 * Math.max(1, delta));
    }), { numRuns: Number(process.env.LINE_FIT_RUNS ?? 50) });
  });
});
