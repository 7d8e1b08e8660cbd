import { beforeAll, describe, expect, it } from 'vitest';
import { wasmAvailable } from '../../src/wasm/index.js';
import { applyKernel, float32Grid, ulpError } from './ulp.js';

/**
 * The vectorised exp/log of wasm/assembly/vmath.ts against Math.exp/Math.log/Math.log1p
 * (float64, correctly rounded to well below a float32 ulp) over dense float32 grids: every
 * 397th float32 bit pattern of the range, ~3-10 million points each. The bounds are the
 * ones stated in vmath.ts.
 */

function worstUlp(xs: Float32Array, got: Float32Array, exact: (x: number) => number, keep: (e: number) => boolean) {
  let worst = 0;
  let at = NaN;
  for (let i = 0; i < xs.length; i++) {
    const e = exact(xs[i]!);
    if (!keep(e)) continue;
    const u = ulpError(got[i]!, e);
    if (u > worst) { worst = u; at = xs[i]!; }
  }
  return { worst, at };
}

const NORMAL = (e: number) => e >= 2 ** -126 && e <= 3.4028234663852886e38;

beforeAll(() => { expect(wasmAvailable(), 'WASM SIMD kernels must load in Node 20 (run npm run build:wasm)').toBe(true); });

describe('vexp', () => {
  it('is within 1 ulp for normal results and 1 subnormal ulp below', () => {
    for (const xs of [float32Grid(0x80000000, 0xc2d00000, 397), float32Grid(0, 0x42b17218, 397)]) {
      const got = applyKernel('expF32', xs);
      const normal = worstUlp(xs, got, Math.exp, NORMAL);
      expect(normal.worst, `worst at x = ${normal.at}`).toBeLessThan(1);
      for (let i = 0; i < xs.length; i++) {
        const e = Math.exp(xs[i]!);
        if (e < 2 ** -126) expect(Math.abs(got[i]! - e), `x = ${xs[i]}`).toBeLessThanOrEqual(2 ** -149);
      }
    }
  });

  it('has exact edges: exp(0) = 1, underflow to +0, overflow to Infinity, NaN', () => {
    const got = applyKernel('expF32', [0, -0, -Infinity, -104, -1e4, Infinity, 88.73, 1e4, NaN]);
    expect(Array.from(got)).toEqual([1, 1, 0, 0, 0, Infinity, Infinity, Infinity, NaN]);
  });

  it('gives the same bits in the vector lanes and the scalar tail', () => {
    const xs = Float32Array.from({ length: 23 }, (_, i) => -20 + i * 1.37);
    const all = applyKernel('expF32', xs);
    const tail = applyKernel('expF32', xs.subarray(0, 3)); // 3 < 4: scalar tail only
    expect(Array.from(tail)).toEqual(Array.from(all.subarray(0, 3)));
  });
});

describe('vexpNonPositive (softmax, bce, focal)', () => {
  it('is within 1 ulp for normal results, +0 below 2^-126 (flushed), exact at 0, NaN stays NaN', () => {
    const xs = float32Grid(0x80000000, 0xc2d00000, 397); // -0 down to -104
    const got = applyKernel('expNonPositiveF32', xs);
    const normal = worstUlp(xs, got, Math.exp, NORMAL);
    expect(normal.worst, `worst at x = ${normal.at}`).toBeLessThan(1);
    for (let i = 0; i < xs.length; i++) {
      if (Math.exp(xs[i]!) < 2 ** -126) expect(got[i], `x = ${xs[i]}`).toBe(0);
    }
    expect(Array.from(applyKernel('expNonPositiveF32', [0, -0, -Infinity, -87.3, -88, -1e4, NaN]).map((v, i) => (i === 3 ? Number(v > 0) : v))))
      .toEqual([1, 1, 0, 1, 0, 0, NaN]);
  });

  it('agrees with vexp to the bit where both are normal', () => {
    const xs = float32Grid(0x80000000, 0xc2aeac4f, 997); // -0 to -87.336
    const a = applyKernel('expNonPositiveF32', xs);
    const b = applyKernel('expF32', xs);
    let differ = 0;
    for (let i = 0; i < xs.length; i++) if (a[i] !== b[i] && b[i]! >= 2 ** -126) differ++;
    expect(differ).toBe(0);
  });
});

describe('vlog', () => {
  it('is within 1 ulp for every positive float32, subnormals included', () => {
    const xs = float32Grid(1, 0x7f7fffff, 397);
    const result = worstUlp(xs, applyKernel('logF32', xs), Math.log, () => true);
    expect(result.worst, `worst at x = ${result.at}`).toBeLessThan(1);
  });

  it('has exact edges', () => {
    const got = applyKernel('logF32', [1, 0, -0, -1, -Infinity, Infinity, NaN]);
    expect(Array.from(got)).toEqual([0, -Infinity, -Infinity, NaN, NaN, Infinity, NaN]);
  });
});

describe('vlog1pUnit', () => {
  it('is within 1.5 ulp on [0, 1], exact for tiny arguments', () => {
    const zs = float32Grid(0, 0x3f800000, 97);
    const got = applyKernel('log1pUnitF32', zs);
    const result = worstUlp(zs, got, Math.log1p, () => true);
    expect(result.worst, `worst at z = ${result.at}`).toBeLessThan(1.5);
    const tiny = [1e-45, 1e-38, 1e-20, 2 ** -30].map(Math.fround);
    expect(Array.from(applyKernel('log1pUnitF32', tiny))).toEqual(tiny);
  });
});
