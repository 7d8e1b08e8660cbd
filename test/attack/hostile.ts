/**
 * The attack suite's fixture list: hostile values and input kinds, crossed with every registry
 * entry by the case builders (cases-*.ts). Adding a loss to the registry adds it to every
 * attack here; adding a hostile value here attacks every loss with it.
 *
 * A value is hostile when a careless kernel turns it into NaN, ±Infinity, a hang, a TypeError or
 * a wrong number: non-finite numbers, the ends of float64 and float32 (overflow when squared or
 * summed, underflow when divided by), signed zero, and the kinds of array a caller might hand in
 * by mistake (BigInt arrays, detached buffers, released WASM views, shapes that do not match).
 */

export type DTypeName = 'float32' | 'float64';

/** Values injected into one element, or filling a whole input, per dtype (float32 rounds 1e308 to Infinity). */
export const HOSTILE_VALUES: Readonly<Record<DTypeName, readonly number[]>> = {
  float64: [Number.NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, -0, 1e-320],
  float32: [Number.NaN, Infinity, -Infinity, 3.4e38, -3.4e38, 1e-45, -0, 1e-40],
};

/** Uniform scales applied to a whole input, to test invariances (cosine losses are scale-invariant). */
export const INPUT_SCALES: Readonly<Record<DTypeName, readonly number[]>> = {
  float64: [1e300, 2 ** 1000],
  float32: [1e30, 2 ** 100],
};

/** Values injected into an integer input (class indices, labels, lengths). */
export const HOSTILE_INTEGERS: readonly number[] = [-1, 2 ** 31, -(2 ** 31) - 1, 1.5, Number.NaN, Infinity, -0, 2 ** 53];

/** Shapes that no data can match, or whose extent no loop should walk. */
export const HUGE_SHAPES: readonly (readonly number[])[] = [[2 ** 40, 0], [0, 2 ** 40], [2 ** 31, 0], [2 ** 53, 0], [2 ** 40]];

/** `shape` values that are not shapes. */
export const BAD_SHAPES: readonly unknown[] = [[-1], [1.5], [Number.NaN], [Infinity], 'abc', null, [2 ** 53 + 2], [[2]], {}];

/** Whole-argument replacements that are not tensors at all. */
export function notATensor(): readonly { readonly label: string; readonly value: unknown }[] {
  return [
    { label: 'null', value: null },
    { label: 'string', value: 'abc' },
    { label: 'boolean', value: true },
    { label: 'empty object', value: {} },
    { label: 'data is a string', value: { data: 'xy', shape: [2] } },
    { label: 'data is a DataView', value: { data: new DataView(new ArrayBuffer(16)), shape: [2] } },
    { label: 'ragged nested array', value: [[1, 2], [3]] },
    { label: 'string element', value: [1, 'a'] },
    { label: 'bigint element', value: [1n, 2n] },
    { label: 'object element', value: [{}, 1] },
    { label: 'Map', value: new Map([[0, 1]]) },
  ];
}

/** A typed array whose buffer has been transferred away (as after postMessage, or a grown WASM memory). */
export function detached<T extends Float32Array | Float64Array | Int32Array>(make: (length: number) => T, length: number): T {
  const array = make(length);
  structuredClone(array.buffer, { transfer: [array.buffer as ArrayBuffer] });
  return array;
}

/** Number-option values tried on every number option, beyond its own range ends. */
export const HOSTILE_OPTION_NUMBERS: readonly unknown[] = [
  Number.NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, -5e-324, -0, 1e-300, 0.5, 2 ** 31, 2 ** 53, '1', null, true, [1], {},
];

/** Steps just past a range end: beyond the end by one part in 2^40 (and by one ulp-ish for 0). */
export function beyond(end: number, direction: 1 | -1): number {
  if (end === 0) return direction * 5e-324;
  return end + direction * Math.abs(end) * 2 ** -40;
}

export const HOSTILE_BOOLEANS: readonly unknown[] = ['true', 1, 0, null, {}, 'false'];
export const HOSTILE_CHOICES: readonly unknown[] = ['nope', '', null, 1, 'toString', '__proto__', 'constructor'];

/** Option keys that live on Object.prototype: an `in` lookup finds them on every object. */
export const PROTOTYPE_KEYS: readonly string[] = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];

/** An options object with `key` as an own property (JSON.parse makes `__proto__` an own key). */
export function ownKey(key: string, value: unknown): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  Object.defineProperty(options, key, { value, enumerable: true, configurable: true, writable: true });
  return options;
}

/** evaluate() request arguments that are not requests. */
export const BAD_REQUESTS: readonly { readonly label: string; readonly value: (buffer: Float64Array) => unknown }[] = [
  { label: 'null', value: () => null },
  { label: "'x'", value: () => 'x' },
  { label: '5', value: () => 5 },
  { label: 'array', value: () => [] },
  { label: '{ grads: 5 }', value: () => ({ grads: 5 }) },
  { label: "{ grads: 'x' }", value: () => ({ grads: 'x' }) },
  { label: '{ grads: { nope } }', value: (buffer) => ({ grads: { nope: buffer } }) },
  { label: "{ grad: 'yes' }", value: () => ({ grad: 'yes' }) },
  { label: '{ grad: 1 }', value: () => ({ grad: 1 }) },
  { label: '{ nope: 1 }', value: () => ({ nope: 1 }) },
  { label: '{ grads: { toString } }', value: (buffer) => ({ grads: ownKey('toString', buffer) }) },
];

/** Lengths the WASM allocator must refuse (not non-negative safe integers, or past 4 GiB). */
export const BAD_LENGTHS: readonly unknown[] = [-1, 1.5, Number.NaN, Infinity, -Infinity, 2 ** 31, 2 ** 32, 2 ** 53, '10', null, undefined, {}];
export const BAD_BYTE_COUNTS: readonly unknown[] = [-1, Number.NaN, Infinity, 1.5, 2 ** 33, 2 ** 53, '1', null, {}];
export const BAD_THREAD_OPTIONS: readonly Record<string, unknown>[] = [
  { threads: 0 }, { threads: -1 }, { threads: 1.5 }, { threads: Number.NaN }, { threads: Infinity }, { threads: '2' }, { threads: 65 },
  { minMicroseconds: -1 }, { minMicroseconds: Number.NaN }, { minMicroseconds: Infinity }, { minMicroseconds: '5' },
];

/** A value as a caller would type it: 'x' for strings, Infinity and -0 as such. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return JSON.stringify(value) ?? String(value);
}
