import type { InputDomain, InputSpec, LossExample } from '../core/define-loss.js';
import { defineLoss, type LossDescription, type LossEntry, type TrainingUse } from '../losses/index.js';
import { formatShape, LossError } from '../core/errors.js';
import type { OptionSpecs } from '../core/options.js';
import { hasNonFinite } from '../core/finite-results.js';
import { createRandom } from '../core/random.js';
import { planReduction } from '../core/reduction.js';
import { dtypeOf, nest, numel, type FloatArray, type IntTensor, type NestedNumbers, type Tensor } from '../core/tensor.js';
import { classLayout, requireSameShape, sameShape } from '../core/validate.js';
import { SAMPLE_WEIGHT } from './compile.js';
import { drawFromDomain, requireDomain, shapeFor } from './domains.js';
import type { CustomImplementation } from './implementations.js';
import type { Layout } from './schedule.js';

/**
 * The adapter between custom kernels and defineLoss: the one place a custom loss meets the
 * library's loss contract. It turns a custom loss into the math defineLoss compiles (inputs
 * with domains, options, reductions, a sample) and its description (prose, training uses, an
 * example), and its kernel into the math's kernel: shape checks by layout, domain checks, the
 * reduction plan, and the NaN result that reveals a tracked input's NaN or ±Infinity (the
 * finite-check rule). Everything else (option validation, tensor conversion, gradient
 * buffers, call forms) is defineLoss's, as for every built-in.
 */

export interface CustomInputMeta {
  readonly name: string;
  readonly layout: Layout;
  readonly domain: InputDomain;
  readonly differentiable: boolean;
  readonly doc: string;
}

/** What a custom loss says about itself: its name and options, LossDescription's prose fields, its inputs' layouts. */
export type CustomMeta = Pick<LossDescription, 'family' | 'title' | 'summary' | 'formula' | 'behaviour' | 'matches'> & {
  readonly name: string;
  readonly options: OptionSpecs;
  readonly inputs: readonly CustomInputMeta[];
  readonly training: readonly TrainingUse[];
  readonly example?: LossExample;
};

type AnyTensor = Tensor | IntTensor;


/** A random valid point: a few elements (or 1-3 rows of 3-4 classes) drawn from each input's domain. */
export function sampleFor(meta: CustomMeta, mode: 'elementwise' | 'class') {
  return (random: () => number): LossExample => {
    const rows = mode === 'class' ? 1 + Math.floor(random() * 3) : 2 + Math.floor(random() * 4);
    const classes = mode === 'class' ? 3 + Math.floor(random() * 2) : 1;
    const inputs: Record<string, NestedNumbers> = {};
    for (const spec of meta.inputs) {
      const shape = shapeFor(spec.layout, rows, classes);
      const flat = Array.from({ length: numel(shape) }, () => drawFromDomain(spec.domain, random, classes));
      inputs[spec.name] = nest(flat, shape);
    }
    return { inputs };
  };
}

function inputSpec(spec: CustomInputMeta): InputSpec {
  const kind = spec.layout === 'index' ? 'int' : 'float';
  return { name: spec.name, kind, domain: spec.domain, differentiable: spec.differentiable, optional: false, allowInfinite: false, doc: spec.doc };
}

const WEIGHT_SPEC: InputSpec = {
  name: SAMPLE_WEIGHT, kind: 'float', domain: 'non-negative', differentiable: false, optional: true, allowInfinite: false,
  doc: 'Optional weight of each element (each row for class-axis losses), as Keras sample_weight: multiplies the values; \'mean\' still divides by their count.',
};

/** Shapes by layout; returns the frame of the call (rows, classes, spatial, the shape of one value per row). */
function frame(meta: CustomMeta, impl: CustomImplementation, tensors: readonly AnyTensor[], weight: Tensor | undefined) {
  const loss = meta.name;
  const specs = impl.inputs;
  if (impl.mode === 'elementwise') {
    const ref = tensors[0]!;
    specs.forEach((spec, k) => { if (k > 0) requireSameShape(loss, spec.name, tensors[k]!, specs[0]!.name, ref); });
    if (weight) requireSameShape(loss, SAMPLE_WEIGHT, weight, specs[0]!.name, ref);
    return { ref: ref as Tensor, rows: numel(ref.shape), classes: 1, spatial: 1, outShape: ref.shape };
  }
  const refSlot = specs.findIndex((s) => s.layout === 'class');
  if (refSlot < 0) throw new LossError('option', `${loss}: a class-axis loss needs an input with one value per class`, loss);
  const ref = tensors[refSlot]!;
  const refName = specs[refSlot]!.name;
  const layout = classLayout(loss, refName, ref.shape);
  const expected = (l: Layout) => (l === 'class' ? ref.shape : l === 'class-vector' ? [layout.classes] : layout.positionShape);
  const check = (name: string, layoutOf: Layout, tensor: AnyTensor) => {
    const want = expected(layoutOf);
    if (!sameShape(tensor.shape, want)) {
      throw new LossError('shape', `${loss}: '${name}' has shape ${formatShape(tensor.shape)} but '${refName}' has shape ${formatShape(ref.shape)} (expected ${name} shape ${formatShape(want)})`, loss, name);
    }
  };
  specs.forEach((spec, k) => check(spec.name, spec.layout, tensors[k]!));
  if (weight) check(SAMPLE_WEIGHT, 'row', weight);
  return { ref: ref as Tensor, rows: layout.batch, classes: layout.classes, spatial: layout.spatial, outShape: layout.positionShape };
}

/**
 * A custom loss whose value or gradient came out non-finite from finite inputs: a LossError
 * naming the element and the subexpression (or ops call) that breaks there. Returns without
 * throwing when some input is itself non-finite: the call's own checks name that input.
 */
function breakError(
  impl: CustomImplementation, loss: string, inputs: Readonly<Record<string, AnyTensor>>, options: Readonly<Record<string, number>>,
  grads: ReadonlyArray<FloatArray | null>, frame: { rows: number; classes: number; spatial: number },
): void {
  const floats = Object.values(inputs).filter((t): t is Tensor => t !== undefined && !(t.data instanceof Int32Array));
  if (floats.some((t) => hasNonFinite(t.data))) return;
  // A flat index of a per-class array belongs to position n S + s of element (n, c, s).
  const { classes, spatial } = frame;
  const positionOf = (at: number) => (impl.mode === 'class' ? Math.floor(at / (classes * spatial)) * spatial + (at % spatial) : at);
  let what = '';
  let element = -1;
  impl.inputs.forEach((spec, slot) => {
    const g = grads[slot];
    const at = g ? g.findIndex((v) => !Number.isFinite(v)) : -1;
    if (element < 0 && g && at >= 0) {
      element = spec.layout === 'class' ? positionOf(at) : at;
      what = `gradient with respect to '${spec.name}' is ${g[at]}`;
    }
  });
  // The value of each element, to find a non-finite one (only on this failure path).
  const values = new Float64Array(frame.rows * frame.spatial);
  impl.run({
    arrays: [...impl.inputs.map((spec) => inputs[spec.name]!.data), undefined], options: Float64Array.from(Object.values(options)),
    grads: impl.inputs.map(() => null), values, out: new Float64Array(2 + impl.inputs.length), ...frame, gradScale: 1, dtype: 'float64',
  });
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) {
    element = bad;
    what = `value is ${values[bad]}`;
  }
  if (element < 0) return;
  const where = impl.mode === 'class' ? `row ${element}` : `element ${element}`;
  // The subexpression is named from the row's values, read contiguously (rows without spatial dims).
  const why = spatial === 1 ? `: ${impl.explain(inputs, options, element, classes)}` : '';
  throw new LossError('domain', `${loss}: the ${what} at ${where} (finite inputs)${why}`, loss, impl.differentiable[0]);
}

/** The registry entry of a custom loss. */
export function customEntry(meta: CustomMeta, impl: CustomImplementation): LossEntry {
  const loss = meta.name;
  const byName = new Map(meta.inputs.map((spec) => [spec.name, spec]));
  const optionNames = Object.keys(meta.options);
  const slots = impl.inputs.length;
  const sample = sampleFor(meta, impl.mode);
  const example: LossExample = meta.example ?? { ...sample(createRandom(7)), options: { reduction: 'none' } };
  const entry = defineLoss({
    name: loss,
    inputs: [...meta.inputs.map(inputSpec), WEIGHT_SPEC],
    options: meta.options,
    reductions: ['none', 'mean', 'sum'],
    defaultReduction: 'mean',
    sample,
    // The finite-check rule: the inputs the kernel tracks (or, for a formula that reveals every
    // input, all of them) are scanned only when the result comes out non-finite.
    valueRevealsNonFiniteInputs: impl.revealsNonFinite ? true : impl.checksFinite,
    // The kernels report whether every gradient they wrote was finite; the kernel below turns
    // a non-finite one into the call's LossError, so a finite value means finite gradients.
    finiteValueMeansFiniteGradient: true,
    kernel(given, options, grads) {
      const inputs = given as Readonly<Record<string, AnyTensor | undefined>>;
      const tensors = impl.inputs.map((spec) => inputs[spec.name]!);
      const weight = inputs[SAMPLE_WEIGHT] as Tensor | undefined;
      const { ref, rows, classes, spatial, outShape } = frame(meta, impl, tensors, weight);
      impl.inputs.forEach((spec, k) => requireDomain(loss, spec.name, byName.get(spec.name)!.domain, tensors[k]!, classes));
      if (weight) requireDomain(loss, SAMPLE_WEIGHT, 'non-negative', weight, classes);
      const plan = planReduction(options.reduction, numel(outShape), outShape, ref.data);
      const gradBuffers = impl.inputs.map((spec) => (grads as Readonly<Record<string, FloatArray | undefined>>)[spec.name] ?? null);
      const out = new Float64Array(2 + slots).fill(NaN);
      const sum = impl.run({
        arrays: [...tensors.map((t) => t.data), weight?.data],
        options: Float64Array.from(optionNames, (name) => Number((options as Record<string, unknown>)[name])),
        grads: gradBuffers, values: plan.values, out, rows, classes, spatial,
        gradScale: plan.gradScale, dtype: dtypeOf(ref.data),
      });
      // A tracked input held a NaN or ±Infinity: a NaN result, and evaluate's scan words it.
      if (impl.inputs.some((spec, k) => out[1 + k] !== 0 && impl.checksFinite.includes(spec.name))) return NaN;
      const gradientsBroken = gradBuffers.some((g) => g !== null) && out[1 + slots] !== 0;
      if (!Number.isFinite(sum) || gradientsBroken || (plan.values !== null && hasNonFinite(plan.values))) {
        const values = Object.fromEntries(optionNames.map((name) => [name, Number((options as Record<string, unknown>)[name])]));
        breakError(impl, loss, { ...given } as Readonly<Record<string, AnyTensor>>, values, gradBuffers, { rows, classes, spatial });
      }
      return plan.finish(sum);
    },
  }, {
    family: meta.family,
    title: meta.title,
    summary: meta.summary,
    formula: meta.formula,
    behaviour: meta.behaviour,
    matches: meta.matches,
    training: meta.training,
    example,
  });
  return entry as unknown as LossEntry;
}
