import { LossError, formatValue, invalid } from './errors.js';
import { toTensor, requireFinite, type Tensor, type TensorInput } from './tensor.js';

/**
 * Option specifications: the registry's description of each hyper-parameter (default,
 * valid range, meaning). The CLI, the docs, the explorer and the validation all read them.
 */
export interface NumberOption<D extends number | undefined = number | undefined> {
  readonly kind: 'number';
  readonly default: D;
  readonly min?: number;
  readonly max?: number;
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
  readonly integer?: boolean;
  readonly doc: string;
}

export interface BooleanOption {
  readonly kind: 'boolean';
  readonly default: boolean;
  readonly doc: string;
}

/** A tensor-valued option (class weights, posWeight, per-class alpha); absent by default. */
export interface TensorOption {
  readonly kind: 'tensor';
  readonly default: undefined;
  readonly doc: string;
}

export interface ChoiceOption<C extends string = string> {
  readonly kind: 'choice';
  readonly choices: readonly C[];
  readonly default: C;
  readonly doc: string;
}

export type OptionSpec = NumberOption | BooleanOption | TensorOption | ChoiceOption;
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Option constructors, so specs stay one line each and keep their literal types. */
export const option = {
  number<const D extends number | undefined>(
    spec: Omit<NumberOption<D>, 'kind'>,
  ): NumberOption<D> {
    return { kind: 'number', ...spec };
  },
  boolean(defaultValue: boolean, doc: string): BooleanOption {
    return { kind: 'boolean', default: defaultValue, doc };
  },
  tensor(doc: string): TensorOption {
    return { kind: 'tensor', default: undefined, doc };
  },
  choice<const C extends string>(choices: readonly C[], defaultValue: C, doc: string): ChoiceOption<C> {
    return { kind: 'choice', choices, default: defaultValue, doc };
  },
};

/** The option values a kernel receives: defaults filled in, tensors converted. */
export type ResolvedOptions<O extends OptionSpecs> = {
  readonly [K in keyof O]: O[K] extends NumberOption<infer D>
    ? D extends number ? number : number | undefined
    : O[K] extends BooleanOption ? boolean
      : O[K] extends TensorOption ? Tensor | undefined
        : O[K] extends ChoiceOption<infer C> ? C
          : never;
};

/** The option values a caller may pass. */
export type UserOptions<O extends OptionSpecs> = {
  readonly [K in keyof O]?: O[K] extends NumberOption ? number
    : O[K] extends BooleanOption ? boolean
      : O[K] extends TensorOption ? TensorInput
        : O[K] extends ChoiceOption<infer C> ? C
          : never;
};

/** A human description of a number option's valid range, e.g. `> 0` or `in [0, 1]`. */
export function describeRange(spec: NumberOption): string {
  const { min, max, exclusiveMin, exclusiveMax, integer } = spec;
  const kind = integer ? 'an integer' : 'a number';
  if (min !== undefined && max !== undefined) {
    return `${kind} in ${exclusiveMin ? '(' : '['}${min}, ${max}${exclusiveMax ? ')' : ']'}`;
  }
  if (min !== undefined) return `${exclusiveMin ? '>' : '>='} ${min}`;
  if (max !== undefined) return `${exclusiveMax ? '<' : '<='} ${max}`;
  return integer ? kind : 'a finite number';
}

/**
 * Number options are finite: no option has a meaning at ±Infinity (gamma = Infinity zeroes a
 * focal loss and NaNs its gradient, scale = Infinity overflows every logit), so the ranges end
 * before it whatever their bounds say.
 */
function checkNumber(loss: string, name: string, spec: NumberOption, value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw invalid('option', loss, name, `must be ${describeRange(spec)}`, value);
  const { min, max, exclusiveMin, exclusiveMax, integer } = spec;
  const outside = !Number.isFinite(value)
    || (integer && !Number.isInteger(value))
    || (min !== undefined && (exclusiveMin ? value <= min : value < min))
    || (max !== undefined && (exclusiveMax ? value >= max : value > max));
  if (outside) throw invalid('option', loss, name, `must be ${Number.isFinite(value) ? '' : 'finite and '}${describeRange(spec)}`, value);
  return value;
}

/** The caller's own property `name` (never one inherited from Object.prototype or elsewhere). */
export function ownValue(given: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(given, name) ? given[name] : undefined;
}

/**
 * Fills defaults, converts tensor options and rejects unknown names, wrong types and values
 * outside the documented range — at the public boundary, once per call. Only own properties
 * count: `toString`, `constructor` or `__proto__` are unknown options, not inherited ones.
 */
export function resolveOptions<O extends OptionSpecs>(
  loss: string,
  specs: O,
  given: Readonly<Record<string, unknown>>,
  skip: readonly string[] = [],
): ResolvedOptions<O> {
  for (const name of Object.keys(given)) {
    if (!Object.prototype.hasOwnProperty.call(specs, name) && !skip.includes(name) && given[name] !== undefined) {
      const known = [...Object.keys(specs), ...skip].map((n) => `'${n}'`).join(', ');
      throw new LossError('option', `${loss}: unknown option '${name}' (known options: ${known})`, loss, name);
    }
  }
  const resolved: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = ownValue(given, name);
    if (value === undefined) {
      resolved[name] = spec.default;
      continue;
    }
    switch (spec.kind) {
      case 'number':
        resolved[name] = checkNumber(loss, name, spec, value);
        break;
      case 'boolean':
        if (typeof value !== 'boolean') throw invalid('option', loss, name, 'must be true or false', value);
        resolved[name] = value;
        break;
      case 'choice':
        if (typeof value !== 'string' || !(spec.choices as readonly string[]).includes(value)) {
          throw invalid('option', loss, name, `must be one of ${spec.choices.map((c) => formatValue(c)).join(', ')}`, value);
        }
        resolved[name] = value;
        break;
      case 'tensor': {
        const tensor = toTensor(loss, name, value);
        requireFinite(loss, name, tensor);
        resolved[name] = tensor;
        break;
      }
    }
  }
  return resolved as ResolvedOptions<O>;
}
