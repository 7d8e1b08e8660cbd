import { describe, expect, it } from 'vitest';
import { defineCustomLoss, getLoss, type EvaluateResult, type LossEntry, type Tensor } from '../../src/index.js';
import { mismatch } from '../support/close.js';
import { REDERIVED } from '../support/custom-examples.js';
import { loadFixture, toInput, toOptions, type FixtureCase } from '../support/fixtures.js';

/**
 * Built-in losses re-derived as formulas reproduce the built-ins on the shared reference
 * fixtures: to 1e-12 (relative) in float64 and 1e-6 in float32, values and gradients, and the
 * fixtures' own expectations at the fixtures' tolerances (the independent reference).
 */
const F64 = 1e-12;
const F32 = 1e-6;
/**
 * Differences below this are underflow-level, not disagreement: at a logit of 80 the formula's
 * gradient (1 - y) - sigmoid(-x) keeps -1.8e-35 where the built-in's sigmoid(x) - y rounds to 0.
 */
const FLOOR = 1e-30;

function flat(result: EvaluateResult): number[] {
  const value = typeof result.value === 'number' ? [result.value] : Array.from((result.value as Tensor).data);
  return [...value, ...Object.values(result.grads).flatMap((g) => Array.from(g.data))];
}

/** Largest |a - b| / max(|a|, |b|) over matching entries, differences under FLOOR aside. */
function relativeGap(a: readonly number[], b: readonly number[]): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y || (Number.isNaN(x) && Number.isNaN(y)) || Math.abs(x - y) <= FLOOR) continue;
    worst = Math.max(worst, Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y)));
  }
  return worst;
}

/** Cases using only options the formula has (no class weights, ignoreIndex, posWeight). */
function usable(c: FixtureCase, options: readonly string[]): boolean {
  return Object.keys(c.options).every((k) => k === 'reduction' || options.includes(k));
}

for (const { builtin, definition, options } of REDERIVED) {
  describe(`${definition.name} re-derives ${builtin}`, () => {
    const custom = defineCustomLoss(definition);
    const reference: LossEntry = getLoss(builtin);
    const fixture = loadFixture(`${builtin}.json`);
    // Class-axis formulas here take class indices: probability targets (the input's shape) are skipped.
    const cases = fixture.cases.filter((c) => usable(c, options) && (custom.custom.mode === 'elementwise' || c.inputs.target!.shape.length < c.inputs.input!.shape.length));

    it('has fixture cases to check and no registration warnings', () => {
      expect(cases.length).toBeGreaterThan(3);
      expect(custom.custom.warnings).toEqual([]);
    });

    for (const c of cases) {
      it(`${c.id}: float64 within ${F64} of the built-in and within the fixture's tolerance`, () => {
        const inputs = { input: toInput(c.inputs.input!, 'float64'), target: toInput(c.inputs.target!, 'float64') };
        const opts = toOptions(c.options, 'float64');
        const mine = custom.evaluate(inputs, opts, { grad: true });
        const theirs = reference.evaluate(inputs, opts, { grad: true });
        expect(relativeGap(flat(mine), flat(theirs)), `${c.id}: ${flat(mine)} vs ${flat(theirs)}`).toBeLessThanOrEqual(F64);
        const value = typeof mine.value === 'number' ? [mine.value] : Array.from(mine.value.data);
        expect(mismatch(value, c.expected.value.data, c.rtol, c.atol)).toBeNull();
        expect(mismatch(mine.grads.input!.data, c.expected.grad!.input!.data, c.rtol, c.atol)).toBeNull();
      });
      it(`${c.id}: float32 within ${F32} of the built-in`, () => {
        const inputs = { input: toInput(c.inputs.input!, 'float32'), target: toInput(c.inputs.target!, 'float32') };
        const opts = toOptions(c.options, 'float32');
        const mine = custom.evaluate(inputs, opts, { grad: true });
        const theirs = reference.evaluate(inputs, opts, { grad: true });
        expect(mine.dtype).toBe('float32');
        expect(relativeGap(flat(mine), flat(theirs)), `${c.id}`).toBeLessThanOrEqual(F32);
      });
    }
  });
}
