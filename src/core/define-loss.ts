import {
  checkGradBuffer, readArrays, readGradArgument, readRequest, requireRecord, requireSeparateBuffers, type GradientRequest,
} from './call-arguments.js';
import { LossError, formatShape, invalid } from './errors.js';
import { hasNonFinite, requireFiniteResult } from './finite-results.js';
import { fastPathFor } from '../wasm/fast-path.js';
import { ownValue, resolveOptions, type OptionSpecs, type ResolvedOptions, type UserOptions } from './options.js';
import { NothingToAverage, checkReduction, type LossValue, type Reduction, type ValueFor } from './reduction.js';
import {
  dtypeOf, numel, requireFinite, toIntTensor, toTensor, zerosLike,
  type DType, type FloatArray, type IntTensor, type IntTensorInput, type NestedNumbers, type Tensor, type TensorInput,
} from './tensor.js';

/**
 * `compileLoss` turns the math of a loss (inputs, options, reductions, a fused kernel) into
 * `evaluate` and the two public call forms (plain function, fused value-and-gradient).
 * Validation of inputs, options and gradient buffers lives here, once, for every loss. The
 * description (prose, anchors, example, training use) is src/losses/define.ts's half.
 */

/**
 * What values an input takes. The contract tests push 'real' and 'logit' inputs to ±1e4 and
 * 'probability' inputs to exactly 0 and 1, and expect finite values and gradients there.
 */
export type InputDomain =
  | 'real' | 'logit' | 'probability' | 'log-probability' | 'positive' | 'non-negative' | 'label' | 'index';

export interface InputSpec {
  readonly name: string;
  readonly kind: 'float' | 'int';
  readonly domain: InputDomain;
  readonly differentiable: boolean;
  readonly optional: boolean;
  /** ±Infinity is meaningful here (e.g. log-probabilities of impossible classes). NaN never is. */
  readonly allowInfinite: boolean;
  readonly doc: string;
}

interface InputFlags { readonly optional?: boolean; readonly allowInfinite?: boolean; readonly domain?: InputDomain }

/** Flags override the constructor's defaults (a plain spread of a generic would intersect them). */
type WithFlags<B, F> = Omit<B, keyof F> & F;

// NoInfer: the flags' type must come from the argument, not from the array the call sits in
// (contextual typing would otherwise infer F = InputSpec and erase the literal types).
function withFlags<const B extends InputSpec, const F extends InputFlags>(base: B, flags: F | undefined): WithFlags<B, NoInfer<F>> {
  return { ...base, ...flags } as unknown as WithFlags<B, NoInfer<F>>;
}

/** Input constructors keeping the name's literal type (the kernel's argument keys). */
export const input = {
  /** A prediction-side float input the loss is differentiated with respect to. */
  prediction<const N extends string, const F extends InputFlags = object>(name: N, doc: string, flags?: F) {
    return withFlags({ name, kind: 'float', domain: 'real', differentiable: true, optional: false, allowInfinite: false, doc } as const, flags);
  },
  /** A float input with no gradient (targets, weights). */
  float<const N extends string, const F extends InputFlags = object>(name: N, doc: string, flags?: F) {
    return withFlags({ name, kind: 'float', domain: 'real', differentiable: false, optional: false, allowInfinite: false, doc } as const, flags);
  },
  /** An integer input (class indices, labels, lengths). */
  int<const N extends string, const F extends InputFlags = object>(name: N, doc: string, flags?: F) {
    return withFlags({ name, kind: 'int', domain: 'index', differentiable: false, optional: false, allowInfinite: false, doc } as const, flags);
  },
};

type TensorFor<S> = S extends { kind: 'int' } ? IntTensor : Tensor;
type MaybeMissing<S, T> = S extends { optional: true } ? T | undefined : T;

/** The validated inputs a kernel receives, keyed by input name. */
export type KernelInputs<I extends readonly InputSpec[]> = {
  readonly [S in I[number] as S['name']]: MaybeMissing<S, TensorFor<S>>;
};

export type DifferentiableName<I extends readonly InputSpec[]> = Extract<I[number], { differentiable: true }>['name'];

/** Gradient buffers a kernel writes (every element overwritten), present only when asked for. */
export type KernelGrads<I extends readonly InputSpec[]> = {
  readonly [K in DifferentiableName<I>]?: FloatArray;
};

export type KernelOptions<O extends OptionSpecs> = ResolvedOptions<O> & { readonly reduction: Reduction };

/** A worked example: run live by `losskit explain`, checked by the tests. */
export interface LossExample {
  readonly inputs: Readonly<Record<string, NestedNumbers>>;
  readonly options?: Readonly<Record<string, unknown>>;
  readonly note?: string;
}

/**
 * What a kernel is told besides its inputs, options and gradient buffers: the name of the loss
 * it runs for (so errors name the loss, also for a copy defined under another name).
 */
export interface KernelContext {
  readonly loss: string;
}

/** The math of a loss: everything `evaluate` needs, nothing a reader is told. */
export interface LossMath<I extends readonly InputSpec[], O extends OptionSpecs, D extends Reduction> {
  /** kebab-case registry name, e.g. `'bce-with-logits'`; kernels receive it as `context.loss`. */
  readonly name: string;
  readonly inputs: I;
  readonly options: O;
  readonly reductions: readonly Reduction[];
  readonly defaultReduction: D;
  /**
   * A random valid point away from kinks and ties (a few elements per input), drawn with
   * `random()` in [0, 1). The contract tests and the explorer use it.
   */
  readonly sample: (random: () => number) => LossExample;
  /**
   * Set when 'mean' is not 'sum' divided by the number of per-element ('none') values when
   * no weights are given; says what it divides by instead.
   */
  readonly meanDenominator?: string;
  /**
   * The finite-check rule, one for every kernel (TypeScript, custom, and the WASM kernels of
   * src/wasm/kernel-table.ts): evaluate scans an input for NaN and ±Infinity only where the
   * kernel's result could hide it. The inputs listed here (`true`: every float input) are ones
   * the result reveals: whenever one holds a NaN or ±Infinity, the result (the value of a scalar
   * reduction, the per-element values of 'none') comes out non-finite, by the loss's math
   * (plain elementwise sums) or because the kernel makes it so (a custom kernel tracks its
   * inputs' finiteness and returns NaN). They are scanned only when the result is non-finite:
   * to word the error, or to let a legitimate ±Infinity through. The other float inputs are
   * scanned before the kernel: most losses' maxima, clamps, masks and softmaxes over other
   * classes absorb a NaN or ±Infinity. The WASM kernels reveal every input (their sum is finite
   * only when every element they read was), so a finite WASM sum is scanned nowhere.
   */
  readonly valueRevealsNonFiniteInputs?: true | readonly I[number]['name'][];
  /**
   * Set when a finite scalar value implies finite gradients (true of the elementwise and
   * softmax kernels: their gradients are bounded, or overflow only where the value does).
   * evaluate then skips scanning the gradients for NaN and ±Infinity, a pass as costly as
   * the hot kernels themselves. The attack suite (test/attack) checks the claim.
   */
  readonly finiteValueMeansFiniteGradient?: boolean;
  /**
   * Validates shapes and domains, then computes the value and, for each buffer in `grads`,
   * the gradient of the reduced value (of the sum of the outputs for 'none').
   */
  readonly kernel: (
    inputs: KernelInputs<I>, options: KernelOptions<O>, grads: KernelGrads<I>, context: KernelContext,
  ) => LossValue;
}

export interface EvaluateRequest {
  /** Compute gradients for every differentiable input. */
  readonly grad?: boolean;
  /** Caller-owned gradient buffers (implies `grad`); lengths must match the inputs. */
  readonly grads?: Readonly<Record<string, FloatArray>>;
}

export interface EvaluateResult {
  /** A number for scalar reductions; per-element `{ data, shape }` for 'none'. */
  readonly value: LossValue;
  /** Gradient with respect to each differentiable input (empty unless requested). */
  readonly grads: Readonly<Record<string, Tensor>>;
  /** 'float32' when the prediction was float32, else 'float64'. */
  readonly dtype: DType;
}

type Positional<I extends readonly InputSpec[]> = I extends readonly [infer H, ...infer R extends readonly InputSpec[]]
  ? H extends { optional: true } ? Positional<R> : [H extends { kind: 'int' } ? IntTensorInput : TensorInput, ...Positional<R>]
  : [];

type OptionalInputs<I extends readonly InputSpec[]> = {
  readonly [S in Extract<I[number], { optional: true }> as S['name']]?: S extends { kind: 'int' } ? IntTensorInput : TensorInput;
};

export type CallOptions<I extends readonly InputSpec[], O extends OptionSpecs> = UserOptions<O> & OptionalInputs<I> & {
  readonly reduction?: Reduction;
};

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/** One buffer when the loss has one differentiable input, else a record of them. */
export type GradBuffers<I extends readonly InputSpec[]> = true extends IsUnion<DifferentiableName<I>>
  ? Partial<Record<DifferentiableName<I>, FloatArray>> | null
  : FloatArray | null;

/** `loss(input, target, options?)`: the value; the result type follows the reduction. */
export interface LossFunction<P extends unknown[], Opt, D extends Reduction> {
  (...args: [...P, options?: Opt & { readonly reduction?: undefined }]): ValueFor<D>;
  <R extends Reduction>(...args: [...P, options: Opt & { readonly reduction: R }]): ValueFor<R>;
}

/** The compiled math: the LossMath fields (the kernel aside) and the three ways to run it. */
export interface CompiledLoss<
  I extends readonly InputSpec[] = readonly InputSpec[],
  O extends OptionSpecs = OptionSpecs,
  D extends Reduction = Reduction,
> extends Omit<LossMath<I, O, D>, 'kernel'> {
  /** Names of the inputs gradients are computed for. */
  readonly differentiable: readonly string[];
  /** Validate, compute, and return the value and (if requested) gradients. */
  evaluate(inputs: Readonly<Record<string, unknown>>, options?: Readonly<Record<string, unknown>>, request?: EvaluateRequest): EvaluateResult;
  /** The plain function: `huber(input, target, { delta })`. */
  readonly call: LossFunction<Positional<I>, CallOptions<I, O>, D>;
  /** The fused kernel: writes gradients into the caller's buffer(s), returns the value. */
  readonly valueAndGrad: LossFunction<[...Positional<I>, grad: GradBuffers<I>], CallOptions<I, O>, D>;
}

type GenericSpec = LossMath<readonly InputSpec[], OptionSpecs, Reduction>;
const NO_GRADIENTS: GradientRequest = Object.freeze({ wanted: false, buffers: Object.freeze({}) });
type ReadInputs = Readonly<Record<string, Tensor | IntTensor | undefined>>;

function requireFiniteInput(spec: GenericSpec, s: InputSpec, inputs: ReadInputs): void {
  const tensor = inputs[s.name];
  if (s.kind === 'float' && tensor) requireFinite(spec.name, s.name, tensor as Tensor, s.allowInfinite);
}

/** Scans the float inputs for NaN (and ±Infinity unless allowed), skipping the names in `skip`. */
function requireFiniteInputs(spec: GenericSpec, inputs: ReadInputs, skip: readonly string[] = []): void {
  for (const s of spec.inputs) if (!skip.includes(s.name)) requireFiniteInput(spec, s, inputs);
}

/** False when the result (a scalar, or the per-element values of 'none') holds a NaN or ±Infinity. */
function finiteResult(value: LossValue): boolean {
  return typeof value === 'number' ? Number.isFinite(value) : !hasNonFinite(value.data);
}

function readInputs(spec: LossMath<readonly InputSpec[], OptionSpecs, Reduction>, given: Readonly<Record<string, unknown>>) {
  const loss = spec.name;
  const known = spec.inputs.map((s) => s.name);
  for (const name of Object.keys(given)) {
    if (!known.includes(name) && given[name] !== undefined) {
      throw new LossError('option', `${loss}: unknown input '${name}' (inputs: ${known.map((n) => `'${n}'`).join(', ')})`, loss, name);
    }
  }
  const inputs: Record<string, Tensor | IntTensor | undefined> = {};
  for (const s of spec.inputs) {
    const value = ownValue(given, s.name);
    if (value === undefined || value === null) {
      if (!s.optional) throw invalid('option', loss, s.name, 'is a required input', value);
      inputs[s.name] = undefined;
      continue;
    }
    inputs[s.name] = s.kind === 'int' ? toIntTensor(loss, s.name, value) : toTensor(loss, s.name, value);
  }
  return inputs;
}

export function compileLoss<
  const I extends readonly InputSpec[],
  const O extends OptionSpecs,
  const D extends Reduction,
>(spec: LossMath<I, O, D>): CompiledLoss<I, O, D> {
  const loss = spec.name;
  const generic = spec as unknown as LossMath<readonly InputSpec[], OptionSpecs, Reduction>;
  const differentiable = spec.inputs.filter((s) => s.differentiable).map((s) => s.name);
  const optionalNames = spec.inputs.filter((s) => s.optional).map((s) => s.name);
  const requiredNames = spec.inputs.filter((s) => !s.optional).map((s) => s.name);
  const gradientsFollowValue = spec.finiteValueMeansFiniteGradient === true;
  const floatNames = spec.inputs.filter((s) => s.kind === 'float').map((s) => s.name);
  const revealed: readonly string[] = spec.valueRevealsNonFiniteInputs === true ? floatNames : (spec.valueRevealsNonFiniteInputs ?? []);
  const fastPath = fastPathFor(generic);
  const inputsExpectation = `an object mapping input names (${spec.inputs.map((s) => `'${s.name}'`).join(', ')}) to tensors`;

  function evaluate(
    givenInputs: Readonly<Record<string, unknown>>,
    givenOptions: Readonly<Record<string, unknown>> = {},
    request?: EvaluateRequest,
  ): EvaluateResult {
    requireRecord(loss, 'inputs', givenInputs, inputsExpectation);
    requireRecord(loss, 'options', givenOptions, 'an object of named options');
    return evaluateChecked(givenInputs, givenOptions, readRequest(loss, request, differentiable));
  }

  /** evaluate after its arguments' types are checked (the call forms check their own). */
  function evaluateChecked(
    givenInputs: Readonly<Record<string, unknown>>,
    givenOptions: Readonly<Record<string, unknown>>,
    gradients: GradientRequest,
  ): EvaluateResult {
    const givenReduction = ownValue(givenOptions, 'reduction');
    const reduction = checkReduction(loss, givenReduction ?? spec.defaultReduction, spec.reductions);
    const options = resolveOptions(loss, spec.options, givenOptions, ['reduction']);
    const resolved = { ...options, reduction };
    const inputs = readInputs(generic, givenInputs);
    const prediction = inputs[differentiable[0] ?? ''] as Tensor | undefined;
    if (prediction && prediction.data.length === 0 && (reduction === 'mean' || reduction === 'batchmean')) {
      const alternative = spec.reductions.includes('sum') ? " ('sum' gives 0)" : '';
      throw new LossError('shape', `${loss}: nothing to average: '${differentiable[0]}' has no elements (shape ${formatShape(prediction.shape)}), and reduction '${reduction}' over nothing has no value${alternative}`, loss, differentiable[0]);
    }
    const grads = gradientBuffers(inputs, gradients);
    if (gradients.wanted) requireSeparateBuffers(loss, grads, readArrays(inputs, options));
    const dtype: DType = prediction ? dtypeOf(prediction.data) : 'float64';
    const raw = runKernel(inputs, resolved, grads, prediction);
    const value = typeof raw === 'number' && dtype === 'float32' ? Math.fround(raw) : raw;
    // Hint: the common case (a finite scalar of a loss whose gradients follow it) is one test.
    if (!(gradientsFollowValue && typeof value === 'number' && Number.isFinite(value))) {
      requireFiniteResult({ loss, inputs, options, prediction: differentiable[0] ?? '', gradientsFollowValue }, value, grads);
    }
    const gradTensors: Record<string, Tensor> = {};
    for (const [name, data] of Object.entries(grads)) {
      gradTensors[name] = { data, shape: (inputs[name] as Tensor).shape };
    }
    return { value, grads: gradTensors, dtype };
  }

  /** The caller's buffers (checked) and fresh ones for the other differentiable inputs, when asked. */
  function gradientBuffers(inputs: ReadInputs, request: GradientRequest): Record<string, FloatArray> {
    const grads: Record<string, FloatArray> = {};
    if (!request.wanted) return grads;
    for (const name of differentiable) {
      const tensor = inputs[name] as Tensor | undefined;
      const given = request.buffers[name];
      if (!tensor) {
        if (given) throw invalid('option', loss, `grad.${name}`, `has no input '${name}' to be the gradient of`, given);
        continue;
      }
      if (given) checkGradBuffer(loss, name, given, tensor);
      grads[name] = given ?? zerosLike(tensor.data, numel(tensor.shape));
    }
    return grads;
  }

  /**
   * The loss's WASM kernel when one applies (src/wasm/kernel-table.ts), else its TypeScript
   * kernel, under the finite-check rule (`valueRevealsNonFiniteInputs`): inputs the result may
   * hide are scanned before the kernel, the others only when its result comes out non-finite.
   * A WASM sum is finite only when every input was, so a finite one is scanned nowhere; any
   * other sends the call to TypeScript. 'nothing to average' is worded for this loss.
   */
  function runKernel(inputs: ReadInputs, resolved: KernelOptions<OptionSpecs>, grads: Record<string, FloatArray>, prediction: Tensor | undefined): LossValue {
    try {
      const fast = fastPath?.({ inputs, options: resolved, grads }, prediction) ?? null;
      if (fast !== null) return fast;
      requireFiniteInputs(generic, inputs, revealed);
      const raw = generic.kernel(inputs as never, resolved as never, grads as never, { loss });
      if (revealed.length > 0 && !finiteResult(raw)) requireFiniteInputs(generic, inputs);
      return raw;
    } catch (error) {
      if (!(error instanceof NothingToAverage)) throw error;
      throw new LossError(error.kind, `${loss}: ${error.message}, and an average over nothing has no value`, loss, error.argument || differentiable[0] || '');
    }
  }

  function splitArgs(args: readonly unknown[], extra: number) {
    const count = requiredNames.length + extra;
    if (args.length < count || args.length > count + 1) {
      throw new LossError('option', `${loss}: expected ${count} arguments (${[...requiredNames, ...(extra ? ['grad'] : [])].join(', ')}) and an optional options object, received ${args.length}`, loss);
    }
    const options = requireRecord(loss, 'options', args[count] ?? {}, 'an object of named options');
    const inputs: Record<string, unknown> = {};
    requiredNames.forEach((name, i) => { inputs[name] = args[i]; });
    const rest: Record<string, unknown> = {};
    for (const key of Object.keys(options)) {
      if (optionalNames.includes(key)) inputs[key] = options[key];
      else Object.defineProperty(rest, key, { value: options[key], enumerable: true, writable: true, configurable: true });
    }
    return { inputs, options: rest, grad: args[requiredNames.length] };
  }

  const call = ((...args: unknown[]) => {
    const { inputs, options } = splitArgs(args, 0);
    return evaluateChecked(inputs, options, NO_GRADIENTS).value;
  }) as unknown as CompiledLoss<I, O, D>['call'];

  const valueAndGrad = ((...args: unknown[]) => {
    const { inputs, options, grad } = splitArgs(args, 1);
    const grads = readGradArgument(loss, grad, differentiable);
    return evaluateChecked(inputs, options, grads ? { wanted: true, buffers: grads } : NO_GRADIENTS).value;
  }) as unknown as CompiledLoss<I, O, D>['valueAndGrad'];

  const { kernel: _kernel, ...metadata } = spec;
  void _kernel;
  return Object.freeze({ ...metadata, differentiable, evaluate, call, valueAndGrad });
}
