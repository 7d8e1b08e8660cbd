import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LossError, listLosses, type LossEntry, type Tensor } from '../src/index.js';
import { seededRandom } from './support/close.js';
import { contractExamples } from './support/custom-examples.js';

/**
 * The contract every registry entry keeps, checked at random valid points drawn by the
 * entry's own `sample`: gradients agree with central differences, reductions agree with
 * each other (value and gradient scaled alike), float32 agrees with float64, extreme inputs
 * stay finite, inputs are never written, and malformed inputs raise LossError.
 */

type Inputs = Record<string, unknown>;
// CONTRACT_RUNS=300 npx vitest run test/contract.test.ts shakes out samples that land on a kink.
const RUNS = Number(process.env.CONTRACT_RUNS ?? 12);

function asArrays(inputs: Inputs, float: 'float32' | 'float64', entry: LossEntry): Inputs {
  const out: Inputs = {};
  for (const spec of entry.inputs) {
    const value = inputs[spec.name];
    if (value === undefined) continue;
    const tensor = nestedToTensor(value);
    out[spec.name] = spec.kind === 'int'
      ? { data: Int32Array.from(tensor.data), shape: tensor.shape }
      : { data: float === 'float32' ? Float32Array.from(tensor.data) : Float64Array.from(tensor.data), shape: tensor.shape };
  }
  return out;
}

function nestedToTensor(value: unknown): { data: number[]; shape: number[] } {
  if (typeof value === 'object' && value !== null && 'data' in value && 'shape' in value) {
    const t = value as { data: ArrayLike<number>; shape: number[] };
    return { data: Array.from(t.data), shape: [...t.shape] };
  }
  const shape: number[] = [];
  let probe = value;
  while (Array.isArray(probe)) { shape.push(probe.length); probe = probe[0]; }
  return { data: (Array.isArray(value) ? (value as unknown[]).flat(Infinity) : [value]) as number[], shape };
}

/** float32-rounded inputs, and the same values as float64: both dtypes see identical numbers. */
function samplePair(entry: LossEntry, seed: number) {
  const example = entry.sample(seededRandom(seed));
  const f32 = asArrays(example.inputs, 'float32', entry);
  const f64: Inputs = {};
  for (const [k, v] of Object.entries(f32)) {
    const t = v as { data: Float32Array | Int32Array; shape: number[] };
    f64[k] = t.data instanceof Float32Array ? { data: Float64Array.from(t.data), shape: t.shape } : t;
  }
  return { f32, f64, options: example.options ?? {} };
}

function total(value: number | Tensor): number {
  if (typeof value === 'number') return value;
  let s = 0;
  for (const x of value.data) s += x;
  return s;
}

function withReduction(entry: LossEntry, options: Readonly<Record<string, unknown>>, reduction: string) {
  return { ...options, reduction };
}

const scalarReduction = (entry: LossEntry) => (entry.reductions.includes('sum') ? 'sum' : entry.reductions.includes('mean') ? 'mean' : entry.defaultReduction);

function relClose(a: number, b: number, rtol: number, atol: number) {
  return a === b || Math.abs(a - b) <= atol + rtol * Math.max(Math.abs(a), Math.abs(b));
}

// Custom losses (formulas and functions) keep the same contract as the built-ins.
for (const entry of [...listLosses(), ...contractExamples()]) {
  describe(`contract: ${entry.name}`, () => {
    it('has complete metadata', () => {
      for (const field of ['title', 'summary', 'formula', 'behaviour', 'matches'] as const) {
        expect(entry[field].length, `${entry.name}.${field}`).toBeGreaterThan(3);
      }
      expect(entry.reductions).toContain(entry.defaultReduction);
      expect(entry.differentiable.length).toBeGreaterThan(0);
      for (const [name, spec] of Object.entries(entry.options)) expect(spec.doc.length, `option ${name} doc`).toBeGreaterThan(3);
      for (const spec of entry.inputs) expect(spec.doc.length, `input ${spec.name} doc`).toBeGreaterThan(3);
    });

    it('evaluates its worked example', () => {
      const result = entry.evaluate(entry.example.inputs, entry.example.options ?? {}, { grad: true });
      expect(Number.isFinite(total(result.value))).toBe(true);
    });

    it('gradient matches central finite differences', () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { f64, options } = samplePair(entry, seed);
        for (const reduction of entry.reductions) {
          const opts = withReduction(entry, options, reduction);
          const { grads } = entry.evaluate(f64, opts, { grad: true });
          for (const name of entry.differentiable) {
            const input = f64[name] as { data: Float64Array; shape: number[] } | undefined;
            if (!input) continue;
            const grad = grads[name]!.data;
            const scale = Math.max(1e-3, ...Array.from(grad, Math.abs));
            for (let i = 0; i < input.data.length; i++) {
              const x = input.data[i]!;
              const h = 1e-6 * Math.max(1, Math.abs(x));
              const at = (v: number) => {
                const data = Float64Array.from(input.data);
                data[i] = v;
                return total(entry.evaluate({ ...f64, [name]: { data, shape: input.shape } }, opts).value);
              };
              const numeric = (at(x + h) - at(x - h)) / (2 * h);
              if (!relClose(numeric, grad[i]!, 1e-4, 1e-4 * scale + 1e-7)) {
                throw new Error(`${entry.name} [${reduction}] d/d${name}[${i}]: analytic ${grad[i]}, numeric ${numeric} (seed ${seed})`);
              }
            }
          }
        }
      }), { numRuns: RUNS });
    });

    it("'none' sums to 'sum'; 'mean' scales value and gradient by one denominator", () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { f64, options } = samplePair(entry, seed);
        const has = (r: string) => entry.reductions.includes(r as never);
        const sum = has('sum') ? entry.evaluate(f64, withReduction(entry, options, 'sum'), { grad: true }) : null;
        if (has('none') && sum) {
          const none = entry.evaluate(f64, withReduction(entry, options, 'none'), { grad: true });
          expect(relClose(total(none.value), sum.value as number, 1e-12, 1e-12)).toBe(true);
          for (const name of Object.keys(sum.grads)) {
            const a = none.grads[name]!.data;
            const b = sum.grads[name]!.data;
            for (let i = 0; i < a.length; i++) expect(relClose(a[i]!, b[i]!, 1e-12, 1e-14)).toBe(true);
          }
        }
        if (has('mean') && sum) {
          const mean = entry.evaluate(f64, withReduction(entry, options, 'mean'), { grad: true });
          const ratio = (sum.value as number) / (mean.value as number);
          const hasTensorOptions = Object.values(options).some((v) => typeof v === 'object' && v !== null);
          if (has('none') && !entry.meanDenominator && !hasTensorOptions) {
            const none = entry.evaluate(f64, withReduction(entry, options, 'none'));
            const count = typeof none.value === 'number' ? 1 : none.value.data.length;
            expect(relClose(mean.value as number, (sum.value as number) / count, 1e-12, 1e-15)).toBe(true);
          }
          // A custom mean (per target length, per positive pair) weights samples unequally,
          // so only a plain denominator makes the mean gradient a rescaled sum gradient.
          if (!entry.meanDenominator && Number.isFinite(ratio) && Math.abs(mean.value as number) > 1e-12) {
            for (const name of Object.keys(sum.grads)) {
              const a = mean.grads[name]!.data;
              const b = sum.grads[name]!.data;
              for (let i = 0; i < a.length; i++) expect(relClose(a[i]! * ratio, b[i]!, 1e-10, 1e-13)).toBe(true);
            }
          }
        }
      }), { numRuns: RUNS });
    });

    it('float32 agrees with float64 and keeps its dtype', () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { f32, f64, options } = samplePair(entry, seed);
        for (const reduction of entry.reductions) {
          const opts = withReduction(entry, options, reduction);
          const single = entry.evaluate(f32, opts, { grad: true });
          const double = entry.evaluate(f64, opts, { grad: true });
          expect(single.dtype).toBe('float32');
          const pairs: Array<[ArrayLike<number>, ArrayLike<number>]> = [];
          if (typeof single.value === 'number') pairs.push([[single.value], [double.value as number]]);
          else {
            expect(single.value.data).toBeInstanceOf(Float32Array);
            pairs.push([single.value.data, (double.value as Tensor).data]);
          }
          for (const name of Object.keys(single.grads)) {
            expect(single.grads[name]!.data).toBeInstanceOf(Float32Array);
            pairs.push([single.grads[name]!.data, double.grads[name]!.data]);
          }
          for (const [a, b] of pairs) {
            const scale = Math.max(...Array.from(b, Math.abs));
            for (let i = 0; i < a.length; i++) {
              if (!relClose(a[i]!, b[i]!, 1e-5, 1e-6 * scale + 1e-30)) {
                throw new Error(`${entry.name} [${reduction}] float32 ${a[i]} vs float64 ${b[i]} (seed ${seed})`);
              }
            }
          }
        }
      }), { numRuns: RUNS });
    });

    it('stays finite at extreme inputs (±1e4 logits, probabilities exactly 0 and 1)', () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const random = seededRandom(seed ^ 0x5bd1e995);
        const { f64, options } = samplePair(entry, seed);
        const extreme: Inputs = { ...f64 };
        let touched = false;
        for (const spec of entry.inputs) {
          const input = f64[spec.name] as { data: Float64Array; shape: number[] } | undefined;
          if (!spec.differentiable || !input) continue;
          if (spec.domain === 'real' || spec.domain === 'logit') {
            extreme[spec.name] = { data: input.data.map(() => (random() < 0.5 ? -1e4 : 1e4)), shape: input.shape };
            touched = true;
          } else if (spec.domain === 'probability') {
            extreme[spec.name] = { data: input.data.map(() => (random() < 0.5 ? 0 : 1)), shape: input.shape };
            touched = true;
          }
        }
        if (!touched) return;
        for (const reduction of entry.reductions) {
          let result;
          try {
            result = entry.evaluate(extreme, withReduction(entry, options, reduction), { grad: true });
          } catch (error) {
            // A probability row that cannot be normalised may be rejected, clearly; so may an
            // iterative solver that cannot converge within its budget at costs of 1e4 (sinkhorn).
            if (error instanceof LossError && (error.kind === 'domain' || error.argument === 'maxIterations')) continue;
            throw error;
          }
          const values = typeof result.value === 'number' ? [result.value] : Array.from(result.value.data);
          expect(values.every(Number.isFinite), `${entry.name} [${reduction}] value ${values}`).toBe(true);
          for (const [name, g] of Object.entries(result.grads)) {
            expect(Array.from(g.data).every(Number.isFinite), `${entry.name} [${reduction}] grad ${name}`).toBe(true);
          }
        }
      }), { numRuns: RUNS });
    });

    it('never writes to its inputs', () => {
      const { f64, f32, options } = samplePair(entry, 7);
      for (const inputs of [f64, f32]) {
        const before = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, Array.from((v as { data: ArrayLike<number> }).data)]));
        for (const reduction of entry.reductions) entry.evaluate(inputs, withReduction(entry, options, reduction), { grad: true });
        for (const [k, v] of Object.entries(inputs)) expect(Array.from((v as { data: ArrayLike<number> }).data)).toEqual(before[k]);
      }
    });

    it('writes into caller-provided gradient buffers, overwriting what they held', () => {
      const { f64, options } = samplePair(entry, 11);
      const opts = withReduction(entry, options, scalarReduction(entry));
      const fresh = entry.evaluate(f64, opts, { grad: true });
      const buffers = Object.fromEntries(Object.entries(fresh.grads).map(([k, g]) => [k, new Float64Array(g.data.length).fill(123.25)]));
      entry.evaluate(f64, opts, { grads: buffers });
      for (const [k, g] of Object.entries(fresh.grads)) expect(Array.from(buffers[k]!)).toEqual(Array.from(g.data));
    });

    it('rejects malformed input: unknown reduction, NaN values, data not matching shape', () => {
      const { f64, options } = samplePair(entry, 3);
      const kindOf = (f: () => unknown) => {
        try { f(); } catch (error) { return error instanceof LossError ? error.kind : `not a LossError: ${String(error)}`; }
        return 'no error';
      };
      expect(kindOf(() => entry.evaluate(f64, { ...options, reduction: 'avg' }))).toBe('option');
      expect(kindOf(() => entry.evaluate(f64, { ...options, noSuchOption: 1 }))).toBe('option');
      const first = entry.differentiable[0]!;
      const input = f64[first] as { data: Float64Array; shape: number[] };
      const poisoned = Float64Array.from(input.data);
      poisoned[0] = NaN;
      expect(kindOf(() => entry.evaluate({ ...f64, [first]: { data: poisoned, shape: input.shape } }, options))).toBe('domain');
      expect(kindOf(() => entry.evaluate({ ...f64, [first]: { data: input.data.subarray(1), shape: input.shape } }, options))).toBe('shape');
      const missing = { ...f64 };
      delete missing[first];
      expect(kindOf(() => entry.evaluate(missing, options))).toBe('option');
    });
  });
}
