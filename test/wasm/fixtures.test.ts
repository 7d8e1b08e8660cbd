import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LossError, getLoss } from '../../src/index.js';
import { setKernelBackend } from '../../src/wasm/index.js';
import { mismatch } from '../support/close.js';
import { loadFixture, noFiniteAnswer, toInput, toOptions } from '../support/fixtures.js';

/**
 * The reference fixtures of the accelerated losses, re-run with the WASM kernels forced
 * (backend 'wasm' takes WASM even for a handful of elements). Float32 tolerances as in
 * test/fixtures.test.ts (rtol 1e-4, atol 1e-6); float64 cases of the float32-only kernels run
 * on TypeScript, mse/huber float64 on WASM with the case's tolerances. The error cases run in
 * float32 too: the WASM kernels of kl-div, sigmoid-focal and triplet-margin check the inputs
 * themselves, so these prove that a bad element still raises the same LossError.
 */
beforeAll(() => { setKernelBackend('wasm'); });
afterAll(() => { setKernelBackend('auto'); });

const ACCELERATED = ['mse.json', 'huber.json', 'bce-with-logits.json', 'cross-entropy.json', 'kl-div.json', 'sigmoid-focal.json', 'triplet-margin.json'];

for (const file of ACCELERATED) {
  const fixture = loadFixture(file);
  describe(`fixtures with WASM kernels: ${file}`, () => {
    for (const c of fixture.cases) {
      for (const dtype of ['float64', 'float32'] as const) {
        it(`${c.id} [${dtype}]`, () => {
          const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, toInput(v, dtype)]));
          if (noFiniteAnswer(c)) {
            expect(() => getLoss(c.loss ?? fixture.loss).evaluate(inputs, toOptions(c.options, dtype), { grad: true })).toThrow(LossError);
            return;
          }
          const result = getLoss(c.loss ?? fixture.loss).evaluate(inputs, toOptions(c.options, dtype), { grad: c.expected.grad !== undefined });
          const rtol = dtype === 'float64' ? c.rtol : Math.max(c.rtol, 1e-4);
          const atol = dtype === 'float64' ? c.atol : Math.max(c.atol, 1e-6);
          const got = typeof result.value === 'number' ? [result.value] : result.value.data;
          expect(mismatch(got, c.expected.value.data, rtol, atol), `${c.id} value`).toBeNull();
          for (const [name, grad] of Object.entries(c.expected.grad ?? {})) {
            expect(mismatch(result.grads[name]!.data, grad.data, rtol, atol), `${c.id} grad ${name}`).toBeNull();
          }
        });
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
        });
      }
    }
  });
}
