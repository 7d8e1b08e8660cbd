import type { FloatArray } from '../core/tensor.js';
import type { CompiledFormula } from './compile.js';
import { Dual, DualPool, dualOps, type DualOps, type DualValue } from './dual.js';
import type { KernelInput } from './schedule.js';
import { explainFormula, explainFunction, type ExplainInputs } from './diagnose.js';

/**
 * The two ways a custom loss computes: a compiled formula, or a JavaScript function run with
 * dual numbers. Both present the same call to the adapter (entry.ts): arrays by input slot,
 * gradient buffers by slot, and the sum of the per-element (per-row) values back.
 */

export interface KernelCall {
  /** Input arrays by slot; the last slot is the sample weight (absent: not weighted). */
  readonly arrays: ReadonlyArray<ArrayLike<number> | undefined>;
  readonly options: Float64Array;
  /** Gradient buffers by slot (null: not wanted). */
  readonly grads: ReadonlyArray<FloatArray | null>;
  readonly values: FloatArray | null;
  /**
   * Receives [sum, then per input slot: 0 when every element read was finite, ..., last: 0 when
   * every gradient written was finite]; unset entries stay as they were (NaN: unknown).
   */
  readonly out: Float64Array;
  readonly rows: number;
  readonly classes: number;
  readonly spatial: number;
  readonly gradScale: number;
  readonly dtype: 'float32' | 'float64';
}

export interface CustomImplementation {
  readonly kind: 'formula' | 'function';
  readonly mode: 'elementwise' | 'class';
  /** The loss's inputs (the sample weight comes after them). */
  readonly inputs: readonly KernelInput[];
  readonly differentiable: readonly string[];
  /** Inputs whose finiteness the kernel reports through `out` on every call. */
  readonly checksFinite: readonly string[];
  /** A non-finite input always gives a non-finite value (no scan needed while the value is finite). */
  readonly revealsNonFinite: boolean;
  run(call: KernelCall): number;
  /** Where the loss breaks at one element (row): the subexpression or ops call, in words. */
  explain(inputs: ExplainInputs, options: Readonly<Record<string, number>>, element: number, classes: number): string;
}

/** A compiled formula behind the common call. */
export function formulaImplementation(compiled: CompiledFormula): CustomImplementation {
  const grad = compiled.program({ grad: true, weighted: false });
  const checksFinite = grad.checked.map((slot) => compiled.inputs[slot]!.name);
  return {
    kind: 'formula', mode: compiled.mode, inputs: compiled.inputs, differentiable: compiled.differentiable, checksFinite,
    revealsNonFinite: compiled.revealsNonFinite,
    explain: (inputs, options, element, classes) => explainFormula(compiled, inputs, options, element, classes),
    run(call) {
      const weighted = call.arrays[compiled.inputs.length] !== undefined;
      const wantsGrad = call.grads.some((g) => g !== null);
      const kernel = compiled.kernel({ grad: wantsGrad, weighted, dtype: call.dtype });
      return kernel(call.arrays as ArrayLike<number>[], call.options, call.grads, call.values, call.out, call.rows, call.classes, call.spatial, call.gradScale);
    },
  };
}

export type LossFunctionBody = (...args: unknown[]) => DualValue;

/**
 * A JavaScript loss function behind the common call: for each element, the function runs once
 * per differentiable input with that input as a dual number (forward mode), the others as numbers.
 */
export function functionImplementation(
  fn: LossFunctionBody, inputs: readonly KernelInput[], differentiable: readonly string[], optionNames: readonly string[], loss: string,
): CustomImplementation {
  const pool = new DualPool();
  const ops: DualOps = dualOps(pool);
  const width = inputs.length;
  const args: unknown[] = new Array<unknown>(width + 2);
  const options: Record<string, number> = Object.create(null) as Record<string, number>;
  const slotsOf = differentiable.map((name) => inputs.findIndex((i) => i.name === name));
  args[width] = ops;
  args[width + 1] = options;
  const result = (value: DualValue, element: number): Dual | number => {
    if (value instanceof Dual || typeof value === 'number') return value;
    throw new TypeError(`${loss}: the loss function returned ${value === null ? 'null' : typeof value} for element ${element}; it must return a number or an ops result`);
  };
  return {
    kind: 'function', mode: 'elementwise', inputs, differentiable, checksFinite: inputs.map((i) => i.name), revealsNonFinite: false,
    explain: (given, options, element) => explainFunction(fn, inputs, differentiable[0]!, given, options, element),
    run(call) {
      optionNames.forEach((name, k) => { options[name] = call.options[k]!; });
      const { arrays, grads, values, out, rows, gradScale } = call;
      const weight = arrays[width];
      const checks = new Float64Array(width);
      let sum = 0;
      let gradients = 0;
      for (let i = 0; i < rows; i++) {
        for (let k = 0; k < width; k++) {
          const v = arrays[k]![i]!;
          checks[k] += v - v;
          args[k] = v;
        }
        const w = weight ? weight[i]! : 1;
        pool.rewind();
        let value = NaN;
        let first = true;
        for (let d = 0; d < slotsOf.length; d++) {
          const slot = slotsOf[d]!;
          const g = grads[slot];
          if (!first && !g) continue;
          pool.rewind();
          args[slot] = pool.make(arrays[slot]![i]!, g ? 1 : 0);
          const r = result(fn(...args) as DualValue, i);
          if (first) value = typeof r === 'number' ? r : r.value;
          if (g) {
            const derivative = typeof r === 'number' ? 0 : r.derivative;
            g[i] = derivative * w * gradScale;
            gradients += derivative * 0;
          }
          args[slot] = arrays[slot]![i]!;
          first = false;
        }
        if (slotsOf.length === 0) value = Number(result(fn(...args) as DualValue, i));
        sum += w * value;
        if (values) values[i] = w * value;
      }
      out[0] = sum;
      out[out.length - 1] = gradients;
      for (let k = 0; k < width; k++) out[1 + k] = checks[k]!;
      return sum;
    },
  };
}
