/**
 * The WASM fast path defineLoss takes before a loss's TypeScript kernel: the kernel-table
 * entries of the loss (./kernel-table.ts), tried in order; the first that applies runs.
 */
import { InternalError } from '../core/errors.js';
import type { OptionSpecs } from '../core/options.js';
import type { LossValue } from '../core/reduction.js';
import type { Tensor } from '../core/tensor.js';
import { WASM_KERNELS, type CallArguments, type WasmKernel } from './kernel-table.js';
import { kernelBackend, kernels } from './module.js';
import { runKernel } from './runner.js';

/** Below this many elements the call and copy overhead outweighs SIMD (backend 'auto' only). */
export const WASM_MIN_ELEMENTS = 256;

/** The WASM value of one call, or null when no kernel ran to a finite sum (TypeScript then runs). */
export type FastPath = (call: CallArguments, prediction: Tensor | undefined) => LossValue | null;

const ARRAY_TYPE = { float32: Float32Array, float64: Float64Array } as const;

function sameDtype(entry: WasmKernel, arrays: readonly ({ readonly array: ArrayBufferView } | null)[]): boolean {
  const type = ARRAY_TYPE[entry.dtype];
  return arrays.every((a) => !a || a.array instanceof Int32Array || a.array.constructor === type);
}

/** What the fast path needs of a loss's math: its name, options and inputs. */
export interface FastPathLoss {
  readonly name: string;
  readonly options: OptionSpecs;
  readonly inputs: readonly { readonly name: string; readonly optional: boolean }[];
}

/**
 * When an entry applies, by the table's rule (./kernel-table.ts): every option of the loss the
 * kernel does not take is at its default, no optional input is given, and a float32 kernel's
 * options are finite in float32.
 */
function appliesTo(entry: WasmKernel, loss: FastPathLoss): (call: CallArguments) => boolean {
  const missing = entry.options.filter((name) => !Object.hasOwn(loss.options, name));
  if (missing.length) throw new InternalError(`${entry.export}: takes ${missing.join(', ')}, not option(s) of ${loss.name} (npm run generate)`);
  const defaults = Object.entries(loss.options).filter(([name]) => !entry.options.includes(name)).map(([name, spec]) => [name, spec.default] as const);
  const optionalInputs = loss.inputs.filter((s) => s.optional).map((s) => s.name);
  const float32Options = entry.dtype === 'float32' ? entry.options : [];
  return ({ inputs, options }) =>
    defaults.every(([name, value]) => options[name] === value)
    && optionalInputs.every((name) => inputs[name] === undefined)
    && float32Options.every((name) => Number.isFinite(Math.fround(options[name] as number)));
}

/** Losses whose fast path was handed out: each built-in's, once, when src/losses is loaded. */
const claimed = new Set<string>();

/**
 * The fast path of a loss, or null when no WASM kernel exists for it. Only the first loss
 * compiled under a name gets it: the built-ins are compiled when src/losses loads, before any
 * custom loss can be, so a custom loss that reuses a built-in's name (unregistered) keeps its
 * own kernel instead of silently running the built-in's.
 */
export function fastPathFor(math: FastPathLoss): FastPath | null {
  const loss = math.name;
  const declared = WASM_KERNELS.filter((entry) => entry.loss === loss);
  if (declared.length === 0 || claimed.has(loss)) return null;
  claimed.add(loss);
  const entries = declared.map((entry) => ({ entry, applies: appliesTo(entry, math) }));
  return (call, prediction) => {
    if (!prediction) return null;
    const k = kernels();
    const n = prediction.data.length;
    if (!k || n >= 2 ** 31 || (n < WASM_MIN_ELEMENTS && kernelBackend() === 'auto')) return null;
    const type = prediction.data.constructor;
    for (const { entry, applies } of entries) {
      if (type !== ARRAY_TYPE[entry.dtype] || !applies(call)) continue;
      const prepared = entry.prepare(call);
      if (!prepared || !sameDtype(entry, prepared.arrays)) continue;
      const sum = runKernel(k, entry, prepared);
      // The finite-check rule (./kernel-table.ts): anything but a finite sum goes to TypeScript.
      return sum !== null && Number.isFinite(sum) ? prepared.plan.finish(sum) : null;
    }
    return null;
  };
}
