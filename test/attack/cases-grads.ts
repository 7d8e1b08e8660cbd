import type { LossEntry } from '../../src/index.js';
import { BASE_SEED, arraysIn, basePoint, holdsInfinity, type Arg, type AttackCase, type Outcome } from './engine.js';
import { BAD_REQUESTS, detached, ownKey, type DTypeName } from './hostile.js';
import { DTYPES, copyInputs, type Backend } from './cases-inputs.js';

/**
 * Gradient buffers and evaluate requests: buffers that overlap an input, an option tensor or
 * each other (by the same buffer or by overlapping byte ranges), of the wrong length or type,
 * detached; gradient records with unknown keys; requests that are not requests. Also the
 * argument lists themselves: inputs that are not an object, too few or too many arguments.
 */

type FloatArray = Float32Array | Float64Array;

function make(dtype: DTypeName, length: number): FloatArray {
  return dtype === 'float32' ? new Float32Array(length) : new Float64Array(length);
}

/** Positional call with the grad argument exactly as given. */
function valueAndGradRaw(entry: LossEntry, inputs: Record<string, unknown>, grad: unknown, options: Record<string, unknown>): number {
  const required = entry.inputs.filter((s) => !s.optional).map((s) => inputs[s.name]);
  const optional = Object.fromEntries(entry.inputs.filter((s) => s.optional && inputs[s.name] !== undefined).map((s) => [s.name, inputs[s.name]]));
  return (entry.valueAndGrad as (...args: unknown[]) => number)(...required, grad, { ...options, ...optional });
}

interface GradAttack {
  readonly label: string;
  readonly expect: AttackCase['expect'];
  readonly inputs: Record<string, unknown>;
  /** Record of buffers (evaluate's request.grads; valueAndGrad gets the lone buffer when there is one). */
  readonly grads: unknown;
  readonly options?: Record<string, unknown>;
  /** Pass `grads` to valueAndGrad exactly as is (not unwrapped). */
  readonly raw?: boolean;
}

function gradAttacks(entry: LossEntry, base: Record<string, Arg>, options: Record<string, unknown>, dtype: DTypeName): GradAttack[] {
  const attacks: GradAttack[] = [];
  const diff = entry.differentiable.filter((name) => base[name] !== undefined);
  const zeros = () => Object.fromEntries(diff.map((name) => [name, make(dtype, base[name]!.data.length)]));
  for (const name of diff) {
    const arg = base[name]!;
    const n = arg.data.length;
    if (n === 0) continue;
    const inputs = () => copyInputs(base) as Record<string, unknown>;
    const withGrad = (label: string, grad: unknown, expect: GradAttack['expect'] = 'error', edit?: (i: Record<string, unknown>) => void) => {
      const i = inputs();
      edit?.(i);
      attacks.push({ label: `grad.${name}: ${label}`, expect, inputs: i, grads: { ...zeros(), [name]: grad } });
    };
    // The very array of the input.
    {
      const i = inputs();
      const data = (i[name] as Arg).data;
      attacks.push({ label: `grad.${name} is the input's own array`, expect: 'error', inputs: i, grads: { ...zeros(), [name]: data } });
    }
    // Offset by one element inside one buffer: mseValueAndGrad(b.subarray(0, n), y, b.subarray(1))
    // (a one-element input can only overlap at offset 0).
    {
      const shift = n > 1 ? 1 : 0;
      const buffer = make(dtype, n + shift);
      buffer.set(arg.data as FloatArray);
      const i = inputs();
      i[name] = { data: buffer.subarray(0, n), shape: arg.shape };
      attacks.push({ label: `grad.${name} overlaps '${name}' offset by ${shift} element(s)`, expect: 'error', inputs: i, grads: { ...zeros(), [name]: buffer.subarray(shift, shift + n) } });
    }
    for (const [other, otherArg] of Object.entries(base)) {
      if (other === name || otherArg.data.length === 0) continue;
      const m = otherArg.data.length;
      const i = inputs();
      if (otherArg.data instanceof Int32Array) {
        const shared = new ArrayBuffer(4 * m + n * (dtype === 'float32' ? 4 : 8) + 8);
        const ints = new Int32Array(shared, 0, m);
        ints.set(otherArg.data);
        i[other] = { data: ints, shape: otherArg.shape };
        const grad = dtype === 'float32' ? new Float32Array(shared, 4 * (m - 1), n) : new Float64Array(shared, 8 * Math.floor((4 * (m - 1)) / 8), n);
        attacks.push({ label: `grad.${name} overlaps integer input '${other}'`, expect: 'error', inputs: i, grads: { ...zeros(), [name]: grad } });
        continue;
      }
      const buffer = make(dtype, m + n);
      buffer.set(otherArg.data as FloatArray);
      i[other] = { data: buffer.subarray(0, m), shape: otherArg.shape };
      attacks.push({ label: `grad.${name} overlaps '${other}' by one element`, expect: 'error', inputs: i, grads: { ...zeros(), [name]: buffer.subarray(m - 1, m - 1 + n) } });
    }
    for (const [option, value] of Object.entries(options)) {
      if (!(Array.isArray(value) || ArrayBuffer.isView(value))) continue;
      const flat = (Array.isArray(value) ? value.flat(Infinity) : Array.from(value as unknown as ArrayLike<number>)) as number[];
      const buffer = make(dtype, n + flat.length);
      const grad = buffer.subarray(0, n);
      const tensor = buffer.subarray(n - 1, n - 1 + flat.length);
      tensor.set(flat);
      attacks.push({ label: `grad.${name} overlaps option '${option}'`, expect: 'error', inputs: inputs(), grads: { ...zeros(), [name]: grad }, options: { ...options, [option]: tensor } });
    }
    withGrad('one element short', make(dtype, n - 1));
    withGrad('one element long', make(dtype, n + 1));
    withGrad('Int32Array', new Int32Array(n));
    withGrad('BigInt64Array', new BigInt64Array(n));
    withGrad('plain array', Array.from({ length: n }, () => 0));
    withGrad('DataView', new DataView(new ArrayBuffer(8 * n)));
    withGrad('detached', detached((k) => make(dtype, k), n));
    withGrad('the number 5', 5);
    withGrad('prefilled with NaN (must be overwritten)', make(dtype, n).fill(Number.NaN), 'finite-or-error');
    withGrad(`other dtype (${dtype === 'float32' ? 'float64' : 'float32'})`, make(dtype === 'float32' ? 'float64' : 'float32', n), 'finite-or-error');
  }
  if (diff.length >= 2) {
    const [a, b] = diff as [string, string];
    const na = base[a]!.data.length;
    const nb = base[b]!.data.length;
    if (na > 0 && nb > 0) {
      const buffer = make(dtype, na + nb - 1);
      attacks.push({ label: `grad.${a} and grad.${b} overlap by one element`, expect: 'error', inputs: copyInputs(base), grads: { ...zeros(), [a]: buffer.subarray(0, na), [b]: buffer.subarray(na - 1) } });
      const same = make(dtype, Math.max(na, nb));
      if (na === nb) attacks.push({ label: `grad.${a} and grad.${b} are one array`, expect: 'error', inputs: copyInputs(base), grads: { ...zeros(), [a]: same, [b]: same } });
    }
  }
  const first = diff[0];
  if (first) {
    const buffer = make(dtype, base[first]!.data.length);
    attacks.push({ label: 'grad record with unknown key', expect: 'error', inputs: copyInputs(base), grads: { ...zeros(), nope: buffer }, raw: true });
    attacks.push({ label: "grad record with own key 'toString'", expect: 'error', inputs: copyInputs(base), grads: { ...zeros(), ...ownKey('toString', buffer) }, raw: true });
    attacks.push({ label: `grad record with ${first}: 5`, expect: 'error', inputs: copyInputs(base), grads: { ...zeros(), [first]: 5 }, raw: true });
    attacks.push({ label: "grad argument 'x'", expect: 'error', inputs: copyInputs(base), grads: 'x', raw: true });
    attacks.push({ label: 'grad argument true', expect: 'error', inputs: copyInputs(base), grads: true, raw: true });
  }
  return attacks;
}

const GRAD_NAMES = (entry: LossEntry) => ['grad', 'grads', 'request', ...entry.differentiable.flatMap((n) => [n, `grad.${n}`]), 'nope', 'toString'];

function toCase(entry: LossEntry, dtype: DTypeName, backend: Backend, form: 'valueAndGrad' | 'evaluate', attack: GradAttack): AttackCase {
  const options = { ...(attack.options ?? {}), reduction: entry.defaultReduction };
  const readOnly = arraysIn(attack.inputs, options);
  const buffers = attack.grads && typeof attack.grads === 'object' && !ArrayBuffer.isView(attack.grads) ? attack.grads as Record<string, unknown> : null;
  const run = (): Outcome => {
    if (form === 'evaluate') {
      const result = entry.evaluate(attack.inputs, options, { grads: attack.grads as Record<string, Float64Array> });
      return { value: result.value, grads: Object.values(result.grads).map((g) => g.data) };
    }
    const single = !attack.raw && buffers && entry.differentiable.length === 1 ? buffers[entry.differentiable[0]!] : attack.grads;
    const value = valueAndGradRaw(entry, attack.inputs, single, options);
    const written = buffers ? Object.values(buffers).filter((b): b is FloatArray => b instanceof Float32Array || b instanceof Float64Array) : [];
    return { value, grads: written };
  };
  return {
    area: 'gradient-buffers', target: entry.name, label: `${attack.label} | ${dtype} ${form} ${backend}`,
    expect: attack.expect, names: GRAD_NAMES(entry), readOnly, infiniteInputs: holdsInfinity(attack.inputs), run,
  };
}

/** Requests, input records and argument counts that are not what the call forms take. */
function requestCases(entry: LossEntry, base: Record<string, Arg>, options: Record<string, unknown>, dtype: DTypeName, backend: Backend): AttackCase[] {
  const cases: AttackCase[] = [];
  const push = (area: AttackCase['area'], label: string, names: string[], run: () => unknown) => cases.push({
    area, target: entry.name, label: `${label} | ${dtype} ${backend}`, expect: 'error', names, readOnly: arraysIn(base), infiniteInputs: false,
    run: () => { run(); return { value: 0, grads: [] }; },
  });
  const buffer = new Float64Array(4);
  for (const request of BAD_REQUESTS) {
    push('gradient-buffers', `evaluate request ${request.label}`, GRAD_NAMES(entry),
      () => entry.evaluate(copyInputs(base), options, request.value(buffer) as never));
  }
  for (const [label, inputs] of [['null', null], ["'x'", 'x'], ['5', 5], ['an array', []]] as const) {
    push('api-inputs', `evaluate(${label})`, ['inputs'], () => entry.evaluate(inputs as never));
  }
  const required = entry.inputs.filter((s) => !s.optional).map((s) => copyInputs(base)[s.name]);
  push('api-inputs', 'call() without arguments', [], () => (entry.call as () => unknown)());
  push('api-inputs', 'call with one argument too few', [], () => (entry.call as (...a: unknown[]) => unknown)(...required.slice(1)));
  push('api-inputs', 'call with one argument too many', [], () => (entry.call as (...a: unknown[]) => unknown)(...required, {}, {}));
  push('api-inputs', 'valueAndGrad without its grad argument', [], () => (entry.valueAndGrad as (...a: unknown[]) => unknown)(...required));
  return cases;
}

export function gradCases(entry: LossEntry, backend: Backend, seed = BASE_SEED): AttackCase[] {
  const cases: AttackCase[] = [];
  for (const dtype of DTYPES) {
    const { inputs, options } = basePoint(entry, dtype, seed);
    for (const form of ['valueAndGrad', 'evaluate'] as const) {
      for (const attack of gradAttacks(entry, inputs, options, dtype)) cases.push(toCase(entry, dtype, backend, form, { ...attack, options: attack.options ?? options }));
    }
    cases.push(...requestCases(entry, inputs, options, dtype, backend));
  }
  return cases;
}
