import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LossError, getLoss, hasLoss } from '../src/index.js';
import { WASM_KERNELS } from '../src/wasm/kernel-table.js';
import { setKernelBackend, wasmAvailable, type KernelBackend } from '../src/wasm/index.js';
import { kernelCallCount } from '../src/wasm/runner.js';
import { mismatch } from './support/close.js';
import { fixtureFiles, loadFixture, noFiniteAnswer, toInput, toOptions, type FixtureCase } from './support/fixtures.js';

/**
 * Every case of every reference fixture, in float64 (the case's tolerances) and float32
 * (rtol 1e-4: inputs are exact in float32 and we accumulate in float64, so only the final
 * rounding to float32 differs; atol 1e-6 covers values that cancel to near zero), twice: with
 * the TypeScript kernels forced, and with the WASM kernels forced (backend 'wasm' takes a
 * loss's WASM kernel wherever its kernel-table entry applies, even for a handful of elements).
 * The error cases run in both dtypes, so a bad element that a WASM kernel's sum reveals must
 * still raise the same LossError. The last test checks that every kernel-table entry really
 * ran on some case.
 */
const FLOAT32_RTOL = 1e-4;
const FLOAT32_ATOL = 1e-6;

function runCase(lossName: string, c: FixtureCase, dtype: 'float32' | 'float64') {
  const entry = getLoss(lossName);
  const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, toInput(v, dtype)]));
  const wantGrad = c.expected.grad !== undefined;
  if (noFiniteAnswer(c)) {
    expect(() => entry.evaluate(inputs, toOptions(c.options, dtype), { grad: wantGrad }), `${c.id}: reference ${c.expected.value.data}`).toThrow(LossError);
    return;
  }
  const result = entry.evaluate(inputs, toOptions(c.options, dtype), { grad: wantGrad });
  const rtol = dtype === 'float64' ? c.rtol : Math.max(c.rtol, FLOAT32_RTOL);
  const atol = dtype === 'float64' ? c.atol : Math.max(c.atol, FLOAT32_ATOL);
  const expectedValue = c.expected.value;
  if (typeof result.value === 'number') {
    expect(expectedValue.shape, `${c.id}: scalar value but expected shape [${expectedValue.shape}]`).toEqual([]);
    expect(mismatch([result.value], expectedValue.data, rtol, atol), `${c.id} value (${dtype})`).toBeNull();
  } else {
    expect(result.value.shape, `${c.id} value shape`).toEqual(expectedValue.shape);
    expect(result.value.data.constructor.name, `${c.id} value dtype`).toBe(dtype === 'float32' ? 'Float32Array' : 'Float64Array');
    expect(mismatch(result.value.data, expectedValue.data, rtol, atol), `${c.id} value (${dtype})`).toBeNull();
  }
  for (const [name, grad] of Object.entries(c.expected.grad ?? {})) {
    const actual = result.grads[name];
    expect(actual, `${c.id}: no gradient for '${name}'`).toBeDefined();
    expect(actual!.shape, `${c.id} grad ${name} shape`).toEqual(grad.shape);
    expect(mismatch(actual!.data, grad.data, rtol, atol), `${c.id} grad ${name} (${dtype})`).toBeNull();
  }
}

function fixtureSuite(backend: KernelBackend): void {
  for (const file of fixtureFiles()) {
    const fixture = loadFixture(file);
    describe(`fixtures [${backend}]: ${file}`, () => {
      it('names a registered loss', () => {
        for (const name of new Set(fixture.cases.map((c) => c.loss ?? fixture.loss))) expect(hasLoss(name), name).toBe(true);
      });
      for (const c of fixture.cases) {
        const lossName = c.loss ?? fixture.loss;
        for (const dtype of ['float64', 'float32'] as const) {
          it(`${c.id} [${dtype}]`, () => runCase(lossName, c, dtype));
        }
      }
      for (const e of fixture.errors ?? []) {
        for (const dtype of ['float64', 'float32'] as const) {
          it(`${e.id} [${dtype}] raises LossError('${e.error}')`, () => {
            const inputs = Object.fromEntries(Object.entries(e.inputs).map(([k, v]) => [k, toInput(v, dtype)]));
            let thrown: unknown;
            try {
              getLoss(fixture.loss).evaluate(inputs, toOptions(e.options, dtype), { grad: true });
            } catch (error) {
              thrown = error;
            }
            expect(thrown, `${e.id} did not throw`).toBeInstanceOf(LossError);
            expect((thrown as LossError).kind, (thrown as LossError).message).toBe(e.error);
            expect((thrown as LossError).message).toMatch(new RegExp(`^${fixture.loss}: `));
          });
        }
      }
    });
  }
}

describe('fixtures with the TypeScript kernels forced', () => {
  beforeAll(() => { setKernelBackend('ts'); });
  afterAll(() => { setKernelBackend('auto'); });
  fixtureSuite('ts');
});

describe('fixtures with the WASM kernels forced', () => {
  const before = new Map<string, number>();
  beforeAll(() => {
    expect(wasmAvailable()).toBe(true);
    setKernelBackend('wasm');
    for (const entry of WASM_KERNELS) before.set(entry.export, kernelCallCount(entry.export));
  });
  afterAll(() => { setKernelBackend('auto'); });
  fixtureSuite('wasm');
  it('ran every kernel of the kernel table on some case', () => {
    for (const entry of WASM_KERNELS) {
      expect(kernelCallCount(entry.export) - before.get(entry.export)!, `${entry.loss} ${entry.dtype} (${entry.export})`).toBeGreaterThan(0);
    }
  });
});
