import type { LossEntry, NumberOption, Reduction } from '../../src/index.js';
import { BASE_SEED, CALL_FORMS, basePoint, type Arg, type AttackCase } from './engine.js';
import {
  HOSTILE_BOOLEANS, HOSTILE_CHOICES, HOSTILE_OPTION_NUMBERS, PROTOTYPE_KEYS, beyond, detached, ownKey, show, type DTypeName,
} from './hostile.js';
import { DTYPES, copyInputs, makeCase, type Backend } from './cases-inputs.js';

/**
 * Options: every option of every entry at and beyond its range ends and at hostile values;
 * option keys that live on Object.prototype; inherited (not own) options; tensor options
 * scaled uniformly (a weighted mean must not move, a weighted sum must scale or raise).
 */

/** Range ends, the values just past them, and the ends of float64 for every number option. */
function numberValues(spec: NumberOption): unknown[] {
  const values: unknown[] = [...HOSTILE_OPTION_NUMBERS];
  if (spec.min !== undefined) values.push(spec.min, beyond(spec.min, -1));
  if (spec.max !== undefined) values.push(spec.max, beyond(spec.max, 1));
  if (spec.integer && spec.min !== undefined) values.push(spec.min - 1, spec.min + 0.5);
  return values;
}

/** A valid length for a tensor option, found by trying (class weights are [C], posWeight [C] or [...]). */
function validTensorLength(entry: LossEntry, name: string, inputs: Record<string, Arg>, options: Record<string, unknown>): number | null {
  for (let length = 1; length <= 64; length++) {
    try {
      const value = entry.evaluate(copyInputs(inputs), { ...options, [name]: new Float64Array(length).fill(1) }).value;
      if (typeof value === 'number' ? Number.isFinite(value) : true) return length;
    } catch {
      // not this length
    }
  }
  return null;
}

interface OptionAttack {
  readonly label: string;
  readonly expect: AttackCase['expect'];
  readonly names: readonly string[];
  readonly options: Record<string, unknown>;
  readonly reference?: () => number;
  readonly tolerance?: number;
}

/**
 * Uniform scales of a tensor option. At c = 2 the loss shows how it depends on the scale:
 * unchanged (a weighted mean) or doubled (a weighted sum); extreme scales must agree, or raise.
 */
function tensorScaleAttacks(
  entry: LossEntry, name: string, length: number, inputs: Record<string, Arg>, options: Record<string, unknown>, reduction: Reduction,
  dtype: DTypeName,
): OptionAttack[] {
  if (reduction === 'none') return [];
  const at = (c: number) => entry.evaluate(copyInputs(inputs), { ...options, reduction, [name]: new Float64Array(length).fill(c) }).value as number;
  let one: number;
  let two: number;
  try { one = at(1); two = at(2); } catch { return []; }
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(b), 1e-12);
  const mode = one === 0 ? null : near(two, one) ? 'invariant' : near(two, 2 * one) ? 'linear' : null;
  if (!mode) return [];
  return [1e308, 1e300, 1e-300, 1e-320, 5e-324].map((c) => ({
    label: `${name} uniformly ${c} (${mode} in its scale)`,
    expect: 'finite-or-error' as const,
    names: [name],
    options: { ...options, [name]: new Float64Array(length).fill(c) },
    // The float32 answer is the float64 one rounded (1e-300 times a loss is 0 in float32).
    reference: () => { const exact = mode === 'invariant' ? one : one * c; return dtype === 'float32' ? Math.fround(exact) : exact; },
    tolerance: 1e-6,
  }));
}

function optionAttacks(entry: LossEntry, inputs: Record<string, Arg>, base: Record<string, unknown>, reduction: Reduction, dtype: DTypeName): OptionAttack[] {
  const attacks: OptionAttack[] = [];
  const push = (label: string, expect: OptionAttack['expect'], names: string[], options: Record<string, unknown>) => attacks.push({ label, expect, names, options });
  for (const [name, spec] of Object.entries(entry.options)) {
    const set = (value: unknown) => ({ ...base, [name]: value });
    if (spec.kind === 'number') {
      for (const v of numberValues(spec)) push(`${name} = ${show(v)}`, 'finite-or-error', [name], set(v));
    } else if (spec.kind === 'boolean') {
      for (const v of HOSTILE_BOOLEANS) push(`${name} = ${show(v)}`, 'error', [name], set(v));
    } else if (spec.kind === 'choice') {
      for (const v of HOSTILE_CHOICES) push(`${name} = ${show(v)}`, 'error', [name], set(v));
    } else {
      const length = validTensorLength(entry, name, inputs, { ...base, reduction });
      if (length === null) continue;
      const filled = (edit: (a: Float64Array) => void) => { const a = new Float64Array(length).fill(1); edit(a); return a; };
      push(`${name}[0] = NaN`, 'error', [name], set(filled((a) => { a[0] = Number.NaN; })));
      push(`${name}[0] = Infinity`, 'finite-or-error', [name], set(filled((a) => { a[0] = Infinity; })));
      push(`${name}[0] = -1`, 'finite-or-error', [name], set(filled((a) => { a[0] = -1; })));
      push(`${name} all 0`, 'finite-or-error', [name], set(new Float64Array(length)));
      push(`${name} one value too many`, 'error', [name], set(new Float64Array(length + 1).fill(1)));
      push(`${name} BigInt64Array`, 'error', [name], set(new BigInt64Array(length)));
      push(`${name} detached`, 'error', [name], set(detached((k) => new Float64Array(k), length)));
      push(`${name} a string`, 'error', [name], set('abc'));
      for (const extreme of [1e308, 5e-324]) push(`${name} all ${extreme}`, 'finite-or-error', [name], set(new Float64Array(length).fill(extreme)));
      attacks.push(...tensorScaleAttacks(entry, name, length, inputs, base, reduction, dtype));
    }
  }
  for (const key of PROTOTYPE_KEYS) push(`own option key '${key}'`, 'error', [key], { ...base, ...ownKey(key, 1) });
  push('options is a string', 'error', ['options'], 'x' as never);
  push('options is an array', 'error', ['options'], [] as never);
  push('options is a number', 'error', ['options'], 5 as never);
  for (const r of ['avg', 'toString', 5, 'batchmean', '']) {
    if (entry.reductions.includes(r as Reduction)) continue;
    push(`reduction = ${JSON.stringify(r)}`, 'error', ['reduction'], { ...base, reduction: r });
  }
  return attacks;
}

/**
 * An inherited property is not an option: Object.create({ reduction: 'sum', ... }) must give
 * the value of the own options alone.
 */
function inheritedAttack(entry: LossEntry, inputs: Record<string, Arg>, base: Record<string, unknown>, reduction: Reduction): OptionAttack[] {
  const other = entry.reductions.find((r) => r !== reduction);
  if (!other) return [];
  const inherited = Object.assign(Object.create({ reduction: other, noSuchOption: 1 }) as Record<string, unknown>, base);
  return [{
    label: `inherited reduction '${other}' and inherited unknown key`,
    expect: 'finite-or-error', names: ['reduction'], options: inherited,
    reference: () => {
      const value = entry.evaluate(copyInputs(inputs), { ...base, reduction: entry.defaultReduction }).value;
      return typeof value === 'number' ? value : Number.NaN;
    },
    tolerance: 1e-12,
  }];
}

export function optionCases(entry: LossEntry, backend: Backend, seed = BASE_SEED): AttackCase[] {
  const cases: AttackCase[] = [];
  for (const dtype of DTYPES) {
    const { inputs, options } = basePoint(entry, dtype, seed);
    const reductions = [...new Set([entry.defaultReduction, 'none' as Reduction].filter((r) => entry.reductions.includes(r)))];
    for (const form of CALL_FORMS) {
      for (const reduction of reductions) {
        const attacks = optionAttacks(entry, inputs, options, reduction, dtype);
        for (const attack of attacks) {
          const built = makeCase(entry, { dtype, form, reduction }, backend, {
            label: attack.label, expect: attack.expect, names: attack.names, inputs: copyInputs(inputs), options: attack.options,
            ...(attack.reference ? { reference: attack.reference, tolerance: attack.tolerance ?? 1e-9 } : {}),
          }, 'options');
          const notAnObject = attack.options === null || typeof attack.options !== 'object' || Array.isArray(attack.options);
          cases.push(notAnObject ? { ...built, run: () => rawOptionsCall(entry, form, inputs, attack.options) } : built);
        }
        if (form === 'evaluate') {
          for (const attack of inheritedAttack(entry, inputs, options, reduction)) {
            cases.push({
              ...makeCase(entry, { dtype, form, reduction }, backend, { ...attack, inputs: copyInputs(inputs) }, 'options'),
              run: () => {
                const result = entry.evaluate(copyInputs(inputs), attack.options, { grad: true });
                return { value: result.value, grads: Object.values(result.grads).map((g) => g.data) };
              },
            });
          }
        }
      }
    }
  }
  return cases;
}

/** A call whose options argument is not an object at all. */
function rawOptionsCall(entry: LossEntry, form: string, inputs: Record<string, Arg>, options: unknown) {
  const fresh = copyInputs(inputs);
  if (form === 'evaluate') {
    const result = entry.evaluate(fresh, options as Record<string, unknown>);
    return { value: result.value, grads: [] };
  }
  const required = entry.inputs.filter((s) => !s.optional).map((s) => fresh[s.name]);
  if (form === 'call') return { value: (entry.call as (...args: unknown[]) => number)(...required, options), grads: [] };
  return { value: (entry.valueAndGrad as (...args: unknown[]) => number)(...required, null, options), grads: [] };
}
