/**
 * The losses' WASM kernels: one entry per (loss, dtype), the only place that knows which
 * losses have a WASM kernel, when it applies, and how its arguments are laid out. defineLoss
 * consults it (./fast-path.ts); loss files are pure math and know nothing of WASM.
 *
 * Each entry names an export of wasm/assembly (every kernel file is exported whole from
 * wasm/assembly/index.ts) with the signature (...pointers, count, ...rest) -> float64 sum of
 * the per-unit losses, where the pointers are byte offsets of the entry's arrays (0: absent)
 * and count is how many units (elements, or rows) to process. The call is cut into chunks
 * (./runner.ts), so a kernel must give the same bits on any split into whole units.
 *
 * The one finite-check rule: a kernel's sum is finite only when every element it read was
 * finite and in the loss's domain. A finite sum is the answer, and no input is scanned; any
 * other sum (or an entry that does not apply) sends the call to the TypeScript kernel, whose
 * checks word the error (or which computes a legitimate ±Infinity, e.g. kl-div of a -Infinity
 * log-probability).
 *
 * Adding a WASM kernel: the export in its wasm/assembly file, and one entry below.
 */
import { planReduction, type Reduction, type ReductionPlan } from '../core/reduction.js';
import type { DType, FloatArray, IntTensor, Tensor } from '../core/tensor.js';
import { classLayout, sameShape } from '../core/validate.js';

export type WasmArray = FloatArray | Int32Array;

/** One array of a kernel call: read by the kernel (`output` false) or written by it. */
export interface KernelArray {
  readonly array: WasmArray;
  readonly output: boolean;
}

const input = (array: WasmArray): KernelArray => ({ array, output: false });
const output = (array: WasmArray | null | undefined): KernelArray | null => (array ? { array, output: true } : null);

/** The validated inputs, resolved options and gradient buffers of one call, by name. */
export interface CallArguments {
  readonly inputs: Readonly<Record<string, Tensor | IntTensor | undefined>>;
  readonly options: Readonly<Record<string, unknown>> & { readonly reduction: Reduction };
  readonly grads: Readonly<Record<string, FloatArray | undefined>>;
}

/** A call's arrays and arguments, in the kernel's order. */
export interface KernelLayout {
  /**
   * Up to 8 arrays in the export's argument order (null: absent, pointer 0). Each holds
   * `units` units of equal size: its bytes per unit are its byteLength / units.
   */
  readonly arrays: readonly (KernelArray | null)[];
  /** Elements, or rows. */
  readonly units: number;
  /** Elements per unit (1, or the row length). */
  readonly width: number;
  /** The arguments after the count, at most 4 (e.g. delta and gradScale). */
  readonly rest: readonly number[];
}

/** A call laid out for the kernel, and the reduction that finishes it. */
export interface PreparedCall extends KernelLayout {
  readonly plan: ReductionPlan;
}

export interface WasmKernel<E extends string = string> {
  /** The loss's registry name. */
  readonly loss: string;
  /** The dtype of every float array of the call. */
  readonly dtype: DType;
  /** The export in wasm/assembly. */
  readonly export: E;
  /** One-thread cost, ns per element (float32 in cache, 2-core AMD EPYC, Node 20): whether a call is worth waking worker threads. */
  readonly nsPerElement: number;
  /** The call, or null when the kernel does not implement these shapes or options (TypeScript runs). */
  prepare(call: CallArguments): PreparedCall | null;
}

/** The largest finite float32: kernels that compute an option in float32 need it finite there. */
const F32_MAX = 3.4028234663852886e38;

interface ElementwiseKernel<E extends string> {
  readonly loss: string;
  readonly dtype: DType;
  readonly export: E;
  readonly nsPerElement: number;
  /** Options the kernel does not implement make it decline. */
  readonly applies?: (options: CallArguments['options']) => boolean;
  /** The arguments between the count and gradScale. */
  readonly rest?: (options: CallArguments['options']) => readonly number[];
  /** What 'mean' ('batchmean') divides by, when not the number of elements. */
  readonly denominator?: (input: Tensor, reduction: Reduction) => number;
}

/**
 * l_i = f(input_i, target_i) over inputs of equal shape: export(x, y, grad, values, n, ...rest,
 * gradScale), the gradient with respect to `input`.
 */
function elementwise<const E extends string>(spec: ElementwiseKernel<E>): WasmKernel<E> {
  const { applies, rest, denominator } = spec;
  return {
    loss: spec.loss, dtype: spec.dtype, export: spec.export, nsPerElement: spec.nsPerElement,
    prepare({ inputs, options, grads }) {
      const x = inputs.input as Tensor;
      const y = inputs.target as Tensor;
      if ((applies && !applies(options)) || !sameShape(x.shape, y.shape)) return null;
      const n = x.data.length;
      const plan = planReduction(options.reduction, denominator ? denominator(x, options.reduction) : n, x.shape, x.data);
      return {
        plan, arrays: [input(x.data), input(y.data), output(grads.input), output(plan.values)], units: n, width: 1,
        rest: [...(rest ? rest(options) : []), plan.gradScale],
      };
    },
  };
}

/**
 * ignoreIndex as an int32 the kernel can compare: targets are in [0, C) or equal to
 * ignoreIndex, so when it does not fit an int32 no target equals it and -1 (never a class) serves.
 */
function ignoreAsInt32(ignoreIndex: number): number {
  return ignoreIndex === (ignoreIndex | 0) ? ignoreIndex : -1;
}

/**
 * Softmax cross-entropy over contiguous rows ([N, C] or [C]) with class-index targets, no
 * class weights, no label smoothing: softmaxCeF32(x, targets, grad, values, rows, classes,
 * ignoreIndex, gradScale). Targets that are not integer class indices (or ignoreIndex) make it
 * decline, and TypeScript words the error.
 */
const softmaxCrossEntropy: WasmKernel<'softmaxCeF32'> = {
  loss: 'cross-entropy', dtype: 'float32', export: 'softmaxCeF32', nsPerElement: 2.1,
  prepare({ inputs, options, grads }) {
    const x = inputs.input as Tensor;
    const target = inputs.target as Tensor;
    const { weight, labelSmoothing, ignoreIndex, reduction } = options as { weight?: Tensor; labelSmoothing: number; ignoreIndex: number; reduction: Reduction };
    if (weight || labelSmoothing !== 0 || x.shape.length === 0) return null;
    const layout = classLayout('cross-entropy', 'input', x.shape);
    if (layout.spatial !== 1 || !sameShape(target.shape, layout.positionShape)) return null;
    const rows = layout.batch;
    const targets = new Int32Array(rows);
    let counted = 0;
    for (let r = 0; r < rows; r++) {
      const t = target.data[r]!;
      if (t === ignoreIndex) {
        targets[r] = ignoreAsInt32(ignoreIndex);
        continue;
      }
      if (!(Number.isInteger(t) && t >= 0 && t < layout.classes)) return null;
      targets[r] = t;
      counted++;
    }
    // Every target ignored: TypeScript says why a mean has nothing to average.
    if (counted === 0) return null;
    const plan = planReduction(reduction, counted, layout.positionShape, x.data);
    return {
      plan, arrays: [input(x.data), input(targets), output(grads.input), output(plan.values)], units: rows, width: layout.classes,
      rest: [layout.classes, ignoreAsInt32(ignoreIndex), plan.gradScale],
    };
  },
};

/**
 * triplet-margin with p = 2 and no swap over rows [N, D] or [D]: tripletF32(a, p, n, grad a,
 * grad p, grad n, values, rows, dim, margin, eps, gradScale).
 */
const euclideanTriplet: WasmKernel<'tripletF32'> = {
  loss: 'triplet-margin', dtype: 'float32', export: 'tripletF32', nsPerElement: 3,
  prepare({ inputs, options, grads }) {
    const { anchor, positive, negative } = inputs as Record<string, Tensor>;
    const { p, swap, margin, eps, reduction } = options as { p: number; swap: boolean; margin: number; eps: number; reduction: Reduction };
    const { shape } = anchor!;
    if (p !== 2 || swap || (shape.length !== 1 && shape.length !== 2)) return null;
    if (!sameShape(positive!.shape, shape) || !sameShape(negative!.shape, shape)) return null;
    const [rows, dim] = shape.length === 1 ? [1, shape[0]!] : [shape[0]!, shape[1]!];
    const plan = planReduction(reduction, rows, shape.length === 1 ? [] : [rows], anchor!.data);
    return {
      plan,
      arrays: [
        input(anchor!.data), input(positive!.data), input(negative!.data),
        output(grads.anchor), output(grads.positive), output(grads.negative), output(plan.values),
      ],
      units: rows, width: dim, rest: [dim, margin, eps, plan.gradScale],
    };
  },
};

const delta = (options: CallArguments['options']) => [options.delta as number];

/** Every loss kernel of the module. */
export const WASM_KERNELS = [
  elementwise({ loss: 'mse', dtype: 'float32', export: 'mseF32', nsPerElement: 0.27 }),
  elementwise({ loss: 'mse', dtype: 'float64', export: 'mseF64', nsPerElement: 0.45 }),
  elementwise({ loss: 'huber', dtype: 'float32', export: 'huberF32', nsPerElement: 0.5, rest: delta }),
  elementwise({ loss: 'huber', dtype: 'float64', export: 'huberF64', nsPerElement: 0.6, rest: delta }),
  elementwise({
    loss: 'bce-with-logits', dtype: 'float32', export: 'bceLogitsF32', nsPerElement: 4.3,
    applies: (options) => !options.weight && !options.posWeight,
  }),
  elementwise({
    loss: 'kl-div', dtype: 'float32', export: 'klDivF32', nsPerElement: 2,
    applies: (options) => !options.logTarget,
    denominator: (x, reduction) => (reduction === 'batchmean' ? (x.shape.length === 0 ? 1 : x.shape[0]!) : x.data.length),
  }),
  elementwise({
    loss: 'sigmoid-focal', dtype: 'float32', export: 'sigmoidFocalF32', nsPerElement: 7,
    // The kernel computes in float32, where a larger gamma is Infinity (and Infinity times a
    // focal factor of 0 is NaN): those run on TypeScript, in float64.
    applies: (options) => (options.gamma as number) <= F32_MAX,
    rest: (options) => [options.alpha as number, options.gamma as number],
  }),
  softmaxCrossEntropy,
  euclideanTriplet,
] as const;

/** The loss kernels' export names, in the order jobs number them (./job.ts). */
export const KERNEL_EXPORTS: readonly LossKernelName[] = [...new Set(WASM_KERNELS.map((k) => k.export))];
export type LossKernelName = (typeof WASM_KERNELS)[number]['export'];
