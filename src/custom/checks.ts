import type { LossExample } from '../core/define-loss.js';
import type { LossEntry } from '../losses/index.js';
import { LossError } from '../core/errors.js';
import type { NestedNumbers, Tensor } from '../core/tensor.js';
import { extremesOf } from './domains.js';
import { createRandom } from '../core/random.js';
import type { CustomMeta } from './entry.js';
import type { CustomImplementation } from './implementations.js';
import { maxOf } from '../core/extent.js';

/**
 * The checks every custom loss passes at definition, before any use:
 *  - its gradient agrees with central differences at points drawn from its input domains
 *    (points on a kink, where the left and right slopes differ, are skipped and counted);
 *  - value and gradient are finite at extreme inputs (±1e4 for real and logit inputs, the
 *    edges for bounded domains), else a warning naming the subexpression that breaks.
 * Shapes and domains are then enforced on every call (entry.ts).
 */

export interface CheckReport {
  /** Sample points drawn. */
  readonly points: number;
  /** Gradient entries compared with a central difference. */
  readonly compared: number;
  /** Entries skipped because the point sits on a kink. */
  readonly kinks: number;
  /** Extreme inputs tried. */
  readonly extremes: number;
  readonly warnings: readonly string[];
}

const SAMPLES = 4;
const RTOL = 1e-4;

type Inputs = Record<string, Tensor | { data: Int32Array; shape: number[] }>;

function flatten(value: NestedNumbers): { data: number[]; shape: number[] } {
  const shape: number[] = [];
  let probe: NestedNumbers = value;
  while (Array.isArray(probe)) { shape.push(probe.length); probe = probe[0] as NestedNumbers; }
  return { data: (Array.isArray(value) ? (value as unknown[]).flat(Infinity) : [value]) as number[], shape };
}

function tensors(entry: LossEntry, example: LossExample): Inputs {
  const out: Inputs = {};
  for (const spec of entry.inputs) {
    const value = example.inputs[spec.name];
    if (value === undefined) continue;
    const { data, shape } = flatten(value);
    out[spec.name] = spec.kind === 'int' ? { data: Int32Array.from(data), shape } : { data: Float64Array.from(data), shape };
  }
  return out;
}

/** Per-element (per-row) values and gradients straight from the kernel, non-finite ones included. */
interface RawResult {
  readonly values: Float64Array;
  readonly grads: ReadonlyMap<string, Float64Array>;
}

/**
 * Runs the kernel itself on valid sample inputs, bypassing the call's guards: the checks want
 * to see an Infinity or a NaN (the call would turn it into a LossError) to say where it comes from.
 */
function runRaw(impl: CustomImplementation, inputs: Inputs, options: Float64Array): RawResult {
  const ref = impl.inputs.find((s) => s.layout === 'class') ?? impl.inputs[0]!;
  const shape = inputs[ref.name]!.shape;
  const classes = impl.mode === 'class' ? shape[shape.length - 1]! : 1;
  const rows = impl.mode === 'class' ? inputs[ref.name]!.data.length / classes : inputs[ref.name]!.data.length;
  const values = new Float64Array(rows);
  const grads = new Map(impl.differentiable.map((name) => [name, new Float64Array(inputs[name]!.data.length)]));
  impl.run({
    arrays: [...impl.inputs.map((spec) => inputs[spec.name]!.data), undefined],
    options, grads: impl.inputs.map((spec) => grads.get(spec.name) ?? null), values,
    out: new Float64Array(1 + impl.inputs.length), rows, classes, spatial: 1, gradScale: 1, dtype: 'float64',
  });
  return { values, grads };
}

const sumOf = (values: Float64Array) => values.reduce((a, b) => a + b, 0);

function describePoint(inputs: Inputs, element: number, mode: 'elementwise' | 'class', names: readonly string[]): string {
  return names.map((name) => {
    const t = inputs[name]!;
    if (mode === 'elementwise') return `${name} = ${t.data[element]}`;
    return `${name} = [${Array.from(t.data).slice(0, 6).join(', ')}${t.data.length > 6 ? ', …' : ''}]`;
  }).join(', ');
}

/**
 * Compares the gradient with central differences, element by element, at SAMPLES points.
 * An element is skipped (counted as a kink) where the left and right slopes differ or the
 * central differences at h and h / 4 disagree: a kink or a jump within h. A non-finite value
 * at a sample point is reported once, as where the formula breaks there.
 */
/**
 * Compares the gradient with central differences, element by element, at SAMPLES points.
 * An element is skipped (counted as a kink) where the left and right slopes differ or the
 * central differences at h and h / 4 disagree: a kink or a jump within h. A non-finite value
 * or gradient at a sample point is reported once, with where the formula breaks there.
 */
function gradientCheck(entry: LossEntry, impl: CustomImplementation, options: Float64Array, explain: (inputs: Inputs, element: number) => string) {
  let compared = 0;
  let kinks = 0;
  const warnings: string[] = [];
  const names = impl.inputs.map((s) => s.name);
  for (let seed = 1; seed <= SAMPLES; seed++) {
    const inputs = tensors(entry, entry.sample(createRandom(seed)));
    const { grads } = runRaw(impl, inputs, options);
    for (const name of impl.differentiable) {
      const input = inputs[name] as Tensor;
      const grad = grads.get(name)!;
      const rowOf = (i: number) => (impl.mode === 'class' ? Math.floor(i / input.shape[input.shape.length - 1]!) : i);
      const scale = maxOf(Array.from(grad, Math.abs).filter(Number.isFinite), 1e-3);
      for (let i = 0; i < input.data.length; i++) {
        const x = input.data[i]!;
        const h = 1e-6 * Math.max(1, Math.abs(x));
        const at = (v: number) => {
          const data = Float64Array.from(input.data);
          data[i] = v;
          return sumOf(runRaw(impl, { ...inputs, [name]: { data, shape: input.shape } }, options).values);
        };
        const [below, here, above] = [at(x - h), at(x), at(x + h)];
        const analytic = grad[i]!;
        if ((!Number.isFinite(here) || !Number.isFinite(analytic)) && !warnings.length) {
          const what = Number.isFinite(here) ? `gradient ${analytic} for ${name}` : `value ${here}`;
          warnings.push(`${entry.name}: ${what} at the sample point ${describePoint(inputs, rowOf(i), impl.mode, names)}: ${explain(inputs, rowOf(i))}`);
        }
        if (![below, here, above, analytic].every(Number.isFinite)) continue;
        const left = (here - below) / h;
        const right = (above - here) / h;
        const numeric = (above - below) / (2 * h);
        const finer = (at(x + h / 4) - at(x - h / 4)) / (h / 2);
        const smooth = Math.abs(left - right) <= 1e-3 * Math.max(1, Math.abs(left), Math.abs(right))
          && Math.abs(numeric - finer) <= 1e-4 * Math.max(1, Math.abs(numeric));
        if (!smooth) { kinks++; continue; }
        compared++;
        if (!(Math.abs(analytic - numeric) <= 1e-4 * scale + 1e-7 + RTOL * Math.max(Math.abs(analytic), Math.abs(numeric)))) {
          const hint = impl.kind === 'function' ? ' (inside fn, JavaScript operators and Math.* drop the derivative: use ops.add, ops.exp, ...)' : '';
          throw new LossError('option', `${entry.name}: gradient check failed at ${describePoint(inputs, i, impl.mode, names)}: d/d${name}[${i}] is ${analytic} but the central difference gives ${numeric}${hint}`, entry.name, name);
        }
      }
    }
  }
  return { compared, kinks, warnings };
}

function defaultOptions(meta: CustomMeta): Record<string, number> {
  return Object.fromEntries(Object.entries(meta.options).map(([n, spec]) => [n, spec.default as number]));
}

/** Value and gradient at the extremes of each differentiable input's domain; a warning per failure. */
function extremeCheck(entry: LossEntry, meta: CustomMeta, impl: CustomImplementation, options: Float64Array, explain: (inputs: Inputs, element: number) => string) {
  const warnings: string[] = [];
  let tried = 0;
  const names = impl.inputs.map((s) => s.name);
  for (const spec of meta.inputs) {
    if (!spec.differentiable) continue;
    for (const extreme of extremesOf(spec.domain)) {
      tried++;
      const inputs = tensors(entry, entry.sample(createRandom(11)));
      const input = inputs[spec.name] as Tensor;
      inputs[spec.name] = { data: input.data.map(() => extreme), shape: input.shape };
      const { values, grads } = runRaw(impl, inputs, options);
      const classes = impl.mode === 'class' ? input.shape[input.shape.length - 1]! : 1;
      let element = values.findIndex((v) => !Number.isFinite(v));
      let what = element >= 0 ? `value ${values[element]}` : '';
      for (const g of grads.values()) {
        const k = g.findIndex((v) => !Number.isFinite(v));
        if (element >= 0 || k < 0) continue;
        element = impl.mode === 'class' ? Math.floor(k / classes) : k;
        what = `gradient ${g[k]}`;
      }
      if (element < 0) continue;
      warnings.push(`${entry.name}: ${what} at ${describePoint(inputs, element, impl.mode, names)}: ${explain(inputs, element)}`);
    }
  }
  return { warnings, tried };
}

export function checkCustomLoss(entry: LossEntry, meta: CustomMeta, impl: CustomImplementation): CheckReport {
  const options = defaultOptions(meta);
  const optionValues = Float64Array.from(Object.keys(meta.options), (name) => options[name]!);
  const classesOf = (inputs: Inputs) => {
    const ref = impl.inputs.find((s) => s.layout === 'class');
    return ref ? inputs[ref.name]!.shape[inputs[ref.name]!.shape.length - 1]! : 1;
  };
  const explain = (inputs: Inputs, element: number) => impl.explain(inputs, options, element, classesOf(inputs));
  const { compared, kinks, warnings: sampleWarnings } = gradientCheck(entry, impl, optionValues, explain);
  const { warnings, tried } = extremeCheck(entry, meta, impl, optionValues, explain);
  return { points: SAMPLES, compared, kinks, extremes: tried, warnings: [...sampleWarnings, ...warnings] };
}
