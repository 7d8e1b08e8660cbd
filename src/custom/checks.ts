import type { LossEntry, LossExample } from '../core/define-loss.js';
import { LossError } from '../core/errors.js';
import type { NestedNumbers, Tensor } from '../core/tensor.js';
import type { Node } from './ast.js';
import type { CompiledFormula } from './compile.js';
import { extremesOf } from './domains.js';
import { DualPool, dualOps, watchedOps } from './dual.js';
import { createRandom } from '../core/random.js';
import type { CustomMeta } from './entry.js';
import { findBreak, type RowValue } from './evaluate.js';
import type { CustomImplementation } from './implementations.js';
import { formatFormula } from './print.js';

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

const total = (value: number | Tensor) => (typeof value === 'number' ? value : Array.from(value.data).reduce((a, b) => a + b, 0));

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
function gradientCheck(entry: LossEntry, impl: CustomImplementation, explain: (inputs: Inputs, element: number) => string) {
  let compared = 0;
  let kinks = 0;
  const warnings: string[] = [];
  const names = impl.inputs.map((s) => s.name);
  for (let seed = 1; seed <= SAMPLES; seed++) {
    const inputs = tensors(entry, entry.sample(createRandom(seed)));
    const options = { reduction: 'sum' };
    const f = (given: Inputs) => total(entry.evaluate(given, options).value);
    const { grads } = entry.evaluate(inputs, options, { grad: true });
    for (const name of impl.differentiable) {
      const input = inputs[name] as Tensor;
      const grad = grads[name]!.data;
      const scale = Math.max(1e-3, ...Array.from(grad, Math.abs).filter(Number.isFinite));
      for (let i = 0; i < input.data.length; i++) {
        const x = input.data[i]!;
        const h = 1e-6 * Math.max(1, Math.abs(x));
        const at = (v: number) => {
          const data = Float64Array.from(input.data);
          data[i] = v;
          return f({ ...inputs, [name]: { data, shape: input.shape } });
        };
        const [below, here, above] = [at(x - h), at(x), at(x + h)];
        if (!Number.isFinite(here) && !warnings.length) {
          const element = impl.mode === 'class' ? Math.floor(i / input.shape[input.shape.length - 1]!) : i;
          warnings.push(`${entry.name}: value ${here} at the sample point ${describePoint(inputs, element, impl.mode, names)}: ${explain(inputs, element)}`);
        }
        if (![below, here, above].every(Number.isFinite)) continue;
        const left = (here - below) / h;
        const right = (above - here) / h;
        const numeric = (above - below) / (2 * h);
        const finer = (at(x + h / 4) - at(x - h / 4)) / (h / 2);
        const smooth = Math.abs(left - right) <= 1e-3 * Math.max(1, Math.abs(left), Math.abs(right))
          && Math.abs(numeric - finer) <= 1e-4 * Math.max(1, Math.abs(numeric));
        if (!smooth) { kinks++; continue; }
        const analytic = grad[i]!;
        if (!Number.isFinite(analytic)) {
          // Finite value, finite slopes, a non-finite gradient: the chain rule met 0 * Infinity
          // (a division by zero whose result is then flattened, say). Torch would give the
          // same; it is the formula's, reported rather than refused.
          const element = impl.mode === 'class' ? Math.floor(i / input.shape[input.shape.length - 1]!) : i;
          if (!warnings.some((w) => w.includes('gradient'))) {
            warnings.push(`${entry.name}: gradient ${analytic} for ${name} at the sample point ${describePoint(inputs, element, impl.mode, names)}, where the value is finite: ${explain(inputs, element)}`);
          }
          continue;
        }
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

function rowEnv(inputs: Inputs, impl: CustomImplementation, options: ReadonlyMap<string, number>, element: number, classes: number) {
  const values = new Map<string, RowValue>();
  for (const spec of impl.inputs) {
    const data = inputs[spec.name]!.data;
    if (impl.mode === 'elementwise' || spec.layout === 'row' || spec.layout === 'index') values.set(spec.name, data[element]!);
    else if (spec.layout === 'class-vector') values.set(spec.name, Float64Array.from(data));
    else values.set(spec.name, Float64Array.from(data.subarray(element * classes, (element + 1) * classes)));
  }
  return { inputs: values, options, classes };
}

/** Which subexpression (formula) or which ops call (function) first turns finite into non-finite. */
function whereItBreaks(impl: CustomImplementation, compiled: CompiledFormula | undefined, inputs: Inputs, options: Readonly<Record<string, number>>, element: number, classes: number): string {
  if (compiled) {
    const env = rowEnv(inputs, impl, new Map(Object.entries(options)), element, classes);
    const trees: Array<[string, Node]> = [['the value', compiled.simplified], ...[...compiled.gradients].map(([n, g]): [string, Node] => [`the gradient for ${n}`, g])];
    for (const [what, tree] of trees) {
      const broken = findBreak(tree, env);
      if (broken) {
        const args = broken.args.map((a) => (typeof a === 'number' ? String(a) : `[${Array.from(a).join(', ')}]`));
        const value = typeof broken.value === 'number' ? String(broken.value) : 'non-finite values';
        return `in ${what}, ${formatFormula(broken.node)} = ${value}${args.length ? ` (arguments ${args.join(', ')})` : ''}`;
      }
    }
    return 'no single subexpression (the kernel overflows where the formula does not)';
  }
  let found = '';
  const pool = new DualPool();
  const ops = watchedOps(dualOps(pool), (op, args, result) => {
    if (!found) found = `ops.${op}(${args.join(', ')}) = ${result.value} (derivative ${result.derivative})`;
  });
  const args: unknown[] = impl.inputs.map((spec) => inputs[spec.name]!.data[element]);
  const slot = impl.inputs.findIndex((s) => s.name === impl.differentiable[0]);
  args[slot] = pool.make(args[slot] as number, 1);
  impl.fn?.(...args, ops, options);
  return found || 'no single ops call (a JavaScript operator or Math.* call overflowed)';
}

function defaultOptions(meta: CustomMeta): Record<string, number> {
  return Object.fromEntries(Object.entries(meta.options).map(([n, spec]) => [n, spec.default as number]));
}

function extremeCheck(entry: LossEntry, meta: CustomMeta, impl: CustomImplementation, compiled: CompiledFormula | undefined) {
  const warnings: string[] = [];
  let tried = 0;
  const options = defaultOptions(meta);
  for (const spec of meta.inputs) {
    if (!spec.differentiable) continue;
    for (const extreme of extremesOf(spec.domain)) {
      tried++;
      const inputs = tensors(entry, entry.sample(createRandom(11)));
      const input = inputs[spec.name] as Tensor;
      inputs[spec.name] = { data: input.data.map(() => extreme), shape: input.shape };
      const result = entry.evaluate(inputs, { reduction: 'none' }, { grad: true });
      const values = (result.value as Tensor).data;
      const classes = impl.mode === 'class' ? input.shape[input.shape.length - 1]! : 1;
      let element = values.findIndex((v) => !Number.isFinite(v));
      let what = element >= 0 ? `value ${values[element]}` : '';
      for (const g of Object.values(result.grads)) {
        const k = g.data.findIndex((v) => !Number.isFinite(v));
        if (element >= 0 || k < 0) continue;
        element = impl.mode === 'class' ? Math.floor(k / classes) : k;
        what = `gradient ${g.data[k]}`;
      }
      if (element < 0) continue;
      const point = describePoint(inputs, element, impl.mode, impl.inputs.map((s) => s.name));
      warnings.push(`${entry.name}: ${what} at ${point}: ${whereItBreaks(impl, compiled, inputs, options, element, classes)}`);
    }
  }
  return { warnings, tried };
}

export function checkCustomLoss(entry: LossEntry, meta: CustomMeta, impl: CustomImplementation, compiled?: CompiledFormula): CheckReport {
  const options = defaultOptions(meta);
  const classesOf = (inputs: Inputs) => {
    const ref = impl.inputs.find((s) => s.layout === 'class');
    return ref ? inputs[ref.name]!.shape[inputs[ref.name]!.shape.length - 1]! : 1;
  };
  const explain = (inputs: Inputs, element: number) => whereItBreaks(impl, compiled, inputs, options, element, classesOf(inputs));
  const { compared, kinks, warnings: sampleWarnings } = gradientCheck(entry, impl, explain);
  const { warnings, tried } = extremeCheck(entry, meta, impl, compiled);
  return { points: SAMPLES, compared, kinks, extremes: tried, warnings: [...sampleWarnings, ...warnings] };
}
