/**
 * The losses' WASM kernels: one entry per (loss, dtype), the only place that knows which
 * losses have a WASM kernel, when it applies, and how its arguments are laid out. defineLoss
 * consults it (./fast-path.ts); loss files are pure math and know nothing of WASM.
 *
 * The entries come from the kernels' own declarations: a `@kernel` line above each loss kernel
 * exported by wasm/assembly, rendered into ./kernel-declarations.ts by `npm run generate`
 * (scripts/kernel-declarations.ts). An export has the signature (...pointers, count, ...rest)
 * -> float64 sum of the per-unit losses, where the pointers are byte offsets of the entry's
 * arrays (0: absent) and count is how many units (elements, or rows) to process. The call is
 * cut into chunks (./runner.ts), so a kernel must give the same bits on any split into whole
 * units. Elementwise kernels (x, y, grad, values, n, ...options, gradScale) are laid out by
 * `elementwise` below with no line of their own; row kernels have a hand-written `prepare` in
 * ROW_KERNELS.
 *
 * When a kernel applies (./fast-path.ts): it takes the options its parameters name and
 * declines any call where another option of the loss differs from its default, or an optional
 * input is given; a float32 kernel also declines options that overflow float32 (it may compute
 * them in float32). Its `prepare` may decline shapes and values it does not implement.
 *
 * The finite-check rule (the same for every kernel, src/core/define-loss.ts): a kernel's sum is
 * finite only when every element it read was finite and in the loss's domain. A finite sum is
 * the answer, and no input is scanned; any other sum (or an entry that does not apply) sends
 * the call to the TypeScript kernel, whose checks word the error (or which computes a
 * legitimate ±Infinity, e.g. kl-div of a -Infinity log-probability).
 *
 * Adding an elementwise WASM kernel: the export and its `@kernel` line in its wasm/assembly file.
 */
import { planReduction, type Reduction, type ReductionPlan } from '../core/reduction.js';
import type { DType, FloatArray, IntTensor, Tensor } from '../core/tensor.js';
import { classLayout, sameShape } from '../core/validate.js';
import { KERNEL_DECLARATIONS } from './kernel-declarations.js';

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
  /** The loss's options the kernel takes; any other must be at its default (./fast-path.ts). */
  readonly options: readonly string[];
  /** The call, or null when the kernel does not implement these shapes or values (TypeScript runs). */
  prepare(call: CallArguments): PreparedCall | null;
}

type Declaration = (typeof KERNEL_DECLARATIONS)[number];
type Declared<L extends Declaration['layout']> = Extract<Declaration, { layout: L }>;

/**
 * l_i = f(input_i, target_i) over inputs of equal shape: export(x, y, grad, values, n,
 * ...options, gradScale), the gradient with respect to `input`; 'batchmean' divides by the
 * batch (the first dimension).
 */
function elementwise(declared: Declared<'elementwise'>): WasmKernel<LossKernelName> {
  const names: readonly string[] = declared.options;
  return {
    ...declared,
    prepare({ inputs, options, grads }) {
      const x = inputs.input as Tensor;
      const y = inputs.target as Tensor;
      if (!sameShape(x.shape, y.shape)) return null;
      const n = x.data.length;
      const { reduction } = options;
      const denominator = reduction === 'batchmean' ? (x.shape.length === 0 ? 1 : x.shape[0]!) : n;
      const plan = planReduction(reduction, denominator, x.shape, x.data);
      return {
        plan, arrays: [input(x.data), input(y.data), output(grads.input), output(plan.values)], units: n, width: 1,
        rest: [...names.map((name) => options[name] as number), plan.gradScale],
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
 * Softmax cross-entropy over contiguous rows ([N, C] or [C]) with class-index targets (no
 * class weights, no label smoothing: the defaults): softmaxCeF32(x, targets, grad, values,
 * rows, classes, ignoreIndex, gradScale). Targets that are not integer class indices (or
 * ignoreIndex) make it decline, and TypeScript words the error.
 */
function softmaxCrossEntropy({ inputs, options, grads }: CallArguments): PreparedCall | null {
  const x = inputs.input as Tensor;
  const target = inputs.target as Tensor;
  const { ignoreIndex, reduction } = options as { ignoreIndex: number; reduction: Reduction };
  if (x.shape.length === 0) return null;
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
}

/**
 * triplet-margin (p = 2, no swap: the defaults) over rows [N, D] or [D]: tripletF32(a, p, n,
 * grad a, grad p, grad n, values, rows, dim, margin, eps, gradScale).
 */
function euclideanTriplet({ inputs, options, grads }: CallArguments): PreparedCall | null {
  const { anchor, positive, negative } = inputs as Record<string, Tensor>;
  const { margin, eps, reduction } = options as { margin: number; eps: number; reduction: Reduction };
  const { shape } = anchor!;
  if (shape.length !== 1 && shape.length !== 2) return null;
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
}

/** The hand-written layouts of the row kernels (their `@kernel` lines say layout=rows). */
const ROW_KERNELS: { readonly [E in Declared<'rows'>['export']]: WasmKernel['prepare'] } = {
  softmaxCeF32: softmaxCrossEntropy,
  tripletF32: euclideanTriplet,
};

/** Every loss kernel of the module, in the order of its declarations. */
export const WASM_KERNELS: readonly WasmKernel<LossKernelName>[] = KERNEL_DECLARATIONS.map((declared) =>
  declared.layout === 'elementwise' ? elementwise(declared) : { ...declared, prepare: ROW_KERNELS[declared.export] });

/** The loss kernels' export names, in the order jobs number them (./job.ts). */
export const KERNEL_EXPORTS: readonly LossKernelName[] = KERNEL_DECLARATIONS.map((k) => k.export);
export type LossKernelName = Declaration['export'];
