import type { LossEntry, Reduction } from '../../src/index.js';
import {
  BASE_SEED, CALL_FORMS, arraysIn, basePoint, callEntry, freshGrads, holdsInfinity,
  type Arg, type AttackCase, type CallForm,
} from './engine.js';
import {
  BAD_SHAPES, HOSTILE_INTEGERS, HOSTILE_VALUES, HUGE_SHAPES, INPUT_SCALES, detached, notATensor, show, type DTypeName,
} from './hostile.js';

/**
 * API inputs: every input of every entry, in every call form, reduction, dtype and kernel
 * backend, replaced by hostile values and hostile kinds of argument.
 */

export const DTYPES: readonly DTypeName[] = ['float32', 'float64'];
export type Backend = 'ts' | 'wasm';

export interface Setting {
  readonly dtype: DTypeName;
  readonly form: CallForm;
  readonly reduction: Reduction;
}

/**
 * The (dtype, form, reduction) settings a value attack runs in: every reduction through
 * evaluate, the default one through the plain function and valueAndGrad (the reductions share
 * their kernels across forms); with ATTACK_FULL=1 every reduction in every form.
 */
export function settings(entry: LossEntry): Setting[] {
  const full = process.env.ATTACK_FULL === '1';
  const out: Setting[] = [];
  for (const dtype of DTYPES) {
    for (const form of CALL_FORMS) {
      const reductions = full || form === 'evaluate' ? entry.reductions : [entry.defaultReduction];
      for (const reduction of reductions) out.push({ dtype, form, reduction });
    }
  }
  return out;
}

function copyArg(arg: Arg): Arg {
  return { data: arg.data.slice(), shape: [...arg.shape] };
}

export function copyInputs(inputs: Readonly<Record<string, Arg>>): Record<string, Arg> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, copyArg(v)]));
}

function floatArray(dtype: DTypeName, values: ArrayLike<number> | number): Float32Array | Float64Array {
  return dtype === 'float32' ? new Float32Array(values as number) : new Float64Array(values as number);
}

interface Attack {
  readonly label: string;
  readonly expect: AttackCase['expect'];
  readonly names: readonly string[];
  /** The inputs for this attack (fresh arrays), or null when it does not apply. */
  readonly inputs: Record<string, unknown>;
  readonly options?: Record<string, unknown>;
  readonly reference?: () => number;
  readonly tolerance?: number;
}

/** Builds one case of `attack` in `setting`: the call, its read-only arrays, gradient buffers. */
export function makeCase(entry: LossEntry, setting: Setting, backend: Backend, attack: Attack, area: AttackCase['area'] = 'api-inputs'): AttackCase {
  const { dtype, form, reduction } = setting;
  // An attack on 'reduction' itself keeps its own value.
  const given = attack.options ?? {};
  const options = Object.prototype.hasOwnProperty.call(given, 'reduction') ? { ...given } : { ...given, reduction };
  const grads = form === 'valueAndGrad' ? freshGrads(entry, attack.inputs, dtype) : undefined;
  return {
    area,
    target: entry.name,
    label: `${attack.label} | ${dtype} ${form} ${reduction} ${backend}`,
    expect: attack.expect,
    names: attack.names,
    readOnly: arraysIn(attack.inputs, options),
    infiniteInputs: holdsInfinity(attack.inputs),
    run: () => callEntry(entry, form, attack.inputs, options, grads),
    ...(attack.reference ? { reference: attack.reference, tolerance: attack.tolerance ?? 1e-9 } : {}),
  };
}

function replaceData(base: Record<string, Arg>, name: string, edit: (data: Arg['data']) => void): Record<string, unknown> {
  const inputs = copyInputs(base);
  edit(inputs[name]!.data);
  return inputs;
}

/** Attacks on one input's values: hostile numbers in one element and filling it. */
function valueAttacks(entry: LossEntry, base: Record<string, Arg>, dtype: DTypeName): Attack[] {
  const attacks: Attack[] = [];
  for (const spec of entry.inputs) {
    const arg = base[spec.name];
    if (!arg || arg.data.length === 0) continue;
    const name = spec.name;
    if (spec.kind === 'int') {
      for (const v of HOSTILE_INTEGERS) {
        const inputs = copyInputs(base);
        const data = Float64Array.from(arg.data);
        data[0] = v;
        inputs[name] = { data, shape: arg.shape };
        attacks.push({ label: `${name}[0] = ${show(v)}`, expect: 'finite-or-error', names: [name], inputs });
      }
      continue;
    }
    for (const v of HOSTILE_VALUES[dtype]) {
      const nonFinite = !Number.isFinite(v);
      const expect = Number.isNaN(v) || (nonFinite && !spec.allowInfinite) ? 'error' : 'finite-or-error';
      attacks.push({ label: `${name}[0] = ${show(v)}`, expect, names: [name], inputs: replaceData(base, name, (d) => { d[0] = v; }) });
      attacks.push({ label: `${name} filled with ${show(v)}`, expect, names: [name], inputs: replaceData(base, name, (d) => { d.fill(v); }) });
    }
  }
  return attacks;
}

/** Attacks replacing one input by a hostile kind of argument. */
function kindAttacks(entry: LossEntry, base: Record<string, Arg>, dtype: DTypeName): Attack[] {
  const attacks: Attack[] = [];
  for (const spec of entry.inputs) {
    const arg = base[spec.name];
    if (!arg) continue;
    const name = spec.name;
    const names = [name];
    const swap = (label: string, value: unknown, expect: Attack['expect'] = 'error') => {
      attacks.push({ label: `${name}: ${label}`, expect, names, inputs: { ...copyInputs(base), [name]: value } });
    };
    const n = arg.data.length;
    swap('BigInt64Array', new BigInt64Array(n));
    swap('{ data: BigInt64Array }', { data: new BigInt64Array(n), shape: arg.shape });
    swap('detached array', detached((k) => floatArray(dtype, k), n));
    swap('{ data: detached }', { data: detached((k) => floatArray(dtype, k), n), shape: arg.shape });
    swap('data one short of its shape', { data: arg.data.slice(1), shape: arg.shape });
    swap('data one longer than its shape', { data: floatArray(dtype, n + 1), shape: arg.shape });
    swap('Int32Array (raw)', Int32Array.from(arg.data), 'finite-or-error');
    swap('Uint8Array (raw)', Uint8Array.from(arg.data, (x) => Math.max(0, x)), 'finite-or-error');
    for (const shape of BAD_SHAPES) swap(`shape ${JSON.stringify(shape) ?? String(shape)}`, { data: arg.data.slice(), shape });
    for (const shape of HUGE_SHAPES) swap(`empty data, shape [${shape.join(', ')}]`, { data: floatArray(dtype, 0), shape });
    for (const { label, value } of notATensor()) {
      if (label === 'null' && spec.optional) continue;
      swap(label, value);
    }
  }
  return attacks;
}

/** Every input emptied along its first axis together (a batch of nothing), and huge empty shapes for all. */
function emptyAttacks(entry: LossEntry, base: Record<string, Arg>, dtype: DTypeName, reduction: Reduction): Attack[] {
  const names = Object.keys(base);
  const empty: Record<string, unknown> = {};
  const huge: Record<string, unknown> = {};
  for (const [name, arg] of Object.entries(base)) {
    const shape = arg.shape.length === 0 ? [0] : [0, ...arg.shape.slice(1)];
    const data = arg.data instanceof Int32Array ? new Int32Array(0) : floatArray(dtype, 0);
    empty[name] = { data, shape };
    huge[name] = { data: data.slice(), shape: [2 ** 40, 0, ...arg.shape.slice(2)] };
  }
  const prediction = entry.differentiable[0]!;
  // A mean over nothing has no value: the library raises 'nothing to average' (never NaN).
  const meanOfNothing = (reduction === 'mean' || reduction === 'batchmean') && base[prediction] !== undefined;
  return [
    { label: 'every input empty along axis 0', expect: meanOfNothing ? 'error' : 'finite-or-error', names, inputs: empty },
    { label: 'every input empty with 2^40 rows', expect: 'error', names, inputs: huge },
  ];
}

/**
 * Scaling an input the loss is invariant to (detected at scales 2 and 1/2 with a non-zero
 * gradient) must not change the value at extreme scales either, or must raise.
 */
function invarianceAttacks(entry: LossEntry, base: Record<string, Arg>, baseOptions: Record<string, unknown>, dtype: DTypeName, reduction: Reduction): Attack[] {
  if (reduction === 'none') return [];
  const attacks: Attack[] = [];
  const options = { ...baseOptions, reduction };
  const valueAt = (inputs: Record<string, unknown>) => entry.evaluate(inputs, options).value as number;
  for (const name of entry.differentiable) {
    const arg = base[name];
    if (!arg || !(arg.data instanceof Float32Array || arg.data instanceof Float64Array)) continue;
    const scaled = (c: number) => replaceData(base, name, (d) => { for (let i = 0; i < d.length; i++) d[i] *= c; });
    let invariant = false;
    try {
      const plain = entry.evaluate(copyInputs(base), options, { grad: true });
      const moves = Array.from(plain.grads[name]?.data ?? []).some((g) => Math.abs(g) > 1e-6);
      const v = plain.value as number;
      const close = (w: number) => Math.abs(w - v) <= 1e-6 * Math.max(Math.abs(v), 1e-3);
      invariant = moves && close(valueAt(scaled(2))) && close(valueAt(scaled(0.5)));
    } catch {
      invariant = false;
    }
    if (!invariant) continue;
    for (const c of INPUT_SCALES[dtype]) {
      attacks.push({
        label: `${name} scaled by ${c} (the loss is scale-invariant in it)`, expect: 'finite-or-error', names: [name], inputs: scaled(c),
        reference: () => valueAt(copyInputs(base)), tolerance: dtype === 'float32' ? 1e-5 : 1e-12,
      });
    }
  }
  return attacks;
}

/** Every api-inputs case of one entry under one kernel backend. */
export function inputCases(entry: LossEntry, backend: Backend, seed = BASE_SEED): AttackCase[] {
  const cases: AttackCase[] = [];
  for (const dtype of DTYPES) {
    const { inputs: base, options } = basePoint(entry, dtype, seed);
    const withOptions = (attacks: Attack[]) => attacks.map((a) => ({ ...a, options }));
    const perSetting = (setting: Setting) => [
      ...withOptions(valueAttacks(entry, base, dtype)),
      ...withOptions(emptyAttacks(entry, base, dtype, setting.reduction)),
      ...withOptions(invarianceAttacks(entry, base, options, dtype, setting.reduction)),
    ];
    for (const setting of settings(entry).filter((s) => s.dtype === dtype)) {
      for (const attack of perSetting(setting)) cases.push(makeCase(entry, setting, backend, attack));
    }
    // Kinds of argument do not depend on the reduction: one reduction per form.
    for (const form of CALL_FORMS) {
      const setting = { dtype, form, reduction: entry.defaultReduction };
      for (const attack of withOptions(kindAttacks(entry, base, dtype))) cases.push(makeCase(entry, setting, backend, attack));
    }
  }
  return cases;
}
