import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLoss } from '../../src/index.js';
import { setKernelBackend } from '../../src/wasm/index.js';
import { mismatch } from '../support/close.js';
import { loadFixture, toInput, toOptions } from '../support/fixtures.js';

/**
 * The reference fixtures of the four accelerated losses, re-run with the WASM kernels forced
 * (backend 'wasm' takes WASM even for a handful of elements). Float32 tolerances as in
 * test/fixtures.test.ts (rtol 1e-4, atol 1e-6); float64 cases of bce/cross-entropy run on
 * TypeScript (no float64 WASM kernel), mse/huber float64 on WASM with the case's tolerances.
 */
beforeAll(() => { setKernelBackend('wasm'); });
afterAll(() => { setKernelBackend('auto'); });

for (const file of ['mse.json', 'huber.json', 'bce-with-logits.json', 'cross-entropy.json']) {
  const fixture = loadFixture(file);
  describe(`fixtures with WASM kernels: ${file}`, () => {
    for (const c of fixture.cases) {
      for (const dtype of ['float64', 'float32'] as const) {
        it(`${c.id} [${dtype}]`, () => {
          const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, toInput(v, dtype)]));
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
  });
}
