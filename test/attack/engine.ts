import vm from 'node:vm';
import { LossError, type LossEntry } from '../../src/index.js';
import { seededRandom } from '../support/close.js';
import type { DTypeName } from './hostile.js';

/**
 * The attack suite's engine: a case is one call with hostile input; its verdict says whether
 * the library held. Held ('handled') means a correct finite answer (checked against a
 * reference where the case has one) or a LossError naming the argument at fault. Everything
 * else is a defect, by kind:
 *   type-error         a TypeError or RangeError (the engine's, not the library's)
 *   untyped-error      another exception that is not a LossError (a plain Error)
 *   hang               no answer within the time limit
 *   silent-non-finite  NaN anywhere in the result, or ±Infinity from finite inputs
 *   input-written      an input (or option tensor) changed during the call
 *   wrong-value        finite, but not the reference value
 *   accepted           the call should have raised and returned instead
 *   unnamed-error      a LossError that does not name the argument at fault
 */

export type Area = 'api-inputs' | 'options' | 'gradient-buffers' | 'wasm-allocator' | 'threads';
export const AREAS: readonly Area[] = ['api-inputs', 'options', 'gradient-buffers', 'wasm-allocator', 'threads'];
export type Verdict = 'handled' | 'type-error' | 'untyped-error' | 'hang' | 'silent-non-finite' | 'input-written' | 'wrong-value' | 'accepted' | 'unnamed-error';

/** What a call returned, in one shape for every call form. */
export interface Outcome {
  readonly value: number | { readonly data: ArrayLike<number> };
  /** Gradient arrays the call wrote (evaluate's grads, or the caller's buffers). */
  readonly grads: readonly ArrayLike<number>[];
}

export interface AttackCase {
  readonly area: Area;
  /** Registry entry (or the function attacked, e.g. 'allocateFloat32'). */
  readonly target: string;
  readonly label: string;
  /** 'error': only a LossError holds; 'finite-or-error': a finite answer or a LossError. */
  readonly expect: 'error' | 'finite-or-error';
  /** Arguments a LossError may name (empty: any LossError). */
  readonly names: readonly string[];
  /** Arrays the call must not write (inputs, option tensors). */
  readonly readOnly: readonly ArrayBufferView[];
  /** Some input holds ±Infinity on purpose: an infinite value (never NaN) may then be the answer. */
  readonly infiniteInputs: boolean;
  run(): Outcome;
  /** When set, a finite answer must equal this (within `tolerance`, relative). */
  readonly reference?: () => number;
  readonly tolerance?: number;
  /** Extra check after a successful call; returns a defect description or null. */
  readonly after?: (outcome: Outcome) => string | null;
}

export interface Result {
  readonly area: Area;
  readonly target: string;
  readonly label: string;
  readonly verdict: Verdict;
  readonly detail: string;
}

/** Thrown by a case's own checks (aliasing memory, a misleading message): a 'wrong-value' defect. */
export class Defect extends Error {
  override readonly name = 'Defect';
}

function snapshot(arrays: readonly ArrayBufferView[]): (Uint8Array | null)[] {
  return arrays.map((a) => (a.byteLength > 0 ? new Uint8Array(a.buffer, a.byteOffset, a.byteLength).slice() : null));
}

function written(arrays: readonly ArrayBufferView[], before: readonly (Uint8Array | null)[]): boolean {
  return arrays.some((a, i) => {
    const old = before[i];
    if (!old || a.byteLength !== old.length) return false;
    const now = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    for (let k = 0; k < old.length; k++) if (now[k] !== old[k]) return true;
    return false;
  });
}

function valuesOf(outcome: Outcome): number[] {
  const out = typeof outcome.value === 'number' ? [outcome.value] : Array.from(outcome.value.data);
  for (const g of outcome.grads) out.push(...Array.from(g));
  return out;
}

/** True when the LossError names one of `names` (as its argument, or quoted in the message). */
export function namesArgument(error: LossError, names: readonly string[]): boolean {
  if (names.length === 0) return true;
  return names.some((name) => error.argument === name || error.argument.startsWith(`${name}.`) || error.message.includes(`'${name}'`));
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 160)}`;
  return `thrown ${String(error)}`;
}

/** TypeError, RangeError and the like: the JavaScript engine's own complaints. */
export function engineError(error: unknown): boolean {
  return error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError || error instanceof SyntaxError;
}

function isLossError(error: unknown): error is LossError {
  return error instanceof LossError;
}

/** Classifies one case (never throws, except the uncatchable termination of a hang). */
export function classify(c: AttackCase): Result {
  const before = snapshot(c.readOnly);
  const result = (verdict: Verdict, detail = ''): Result => ({ area: c.area, target: c.target, label: c.label, verdict, detail });
  let outcome: Outcome;
  try {
    outcome = c.run();
  } catch (error) {
    if (written(c.readOnly, before)) return result('input-written', `then ${describe(error)}`);
    if (error instanceof Defect) return result('wrong-value', error.message);
    if (!isLossError(error)) return result(engineError(error) ? 'type-error' : 'untyped-error', describe(error));
    if (!namesArgument(error, c.names)) return result('unnamed-error', `expected one of ${c.names.join(', ')}: ${error.message.slice(0, 160)}`);
    return result('handled');
  }
  if (written(c.readOnly, before)) return result('input-written');
  if (c.expect === 'error') return result('accepted', `returned ${String(valuesOf(outcome).slice(0, 3))}`);
  const values = valuesOf(outcome);
  const nan = values.findIndex((v) => Number.isNaN(v));
  if (nan >= 0) return result('silent-non-finite', `NaN at output ${nan}`);
  const infinite = values.findIndex((v) => !Number.isFinite(v));
  if (infinite >= 0 && !c.infiniteInputs) return result('silent-non-finite', `${values[infinite]} at output ${infinite} from finite inputs`);
  if (c.reference && typeof outcome.value === 'number') {
    const expected = c.reference();
    const tolerance = c.tolerance ?? 1e-9;
    if (!(Math.abs(outcome.value - expected) <= tolerance * Math.max(Math.abs(expected), 1e-300))) {
      return result('wrong-value', `${outcome.value}, expected ${expected}`);
    }
  }
  const extra = c.after?.(outcome);
  if (extra) return result('wrong-value', extra);
  return result('handled');
}

// One vm context: script.runInContext(..., { timeout }) interrupts synchronous code, loops in
// functions from this realm included, which is how a hang becomes a verdict, not a stuck run.
const context = vm.createContext({ run: null as null | (() => void) });
const script = new vm.Script('run()');

function isTimeout(error: unknown): boolean {
  return (error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

/**
 * Runs the cases, each under `perCaseMs` when given (a watchdog per call: slower, for
 * measuring code that may hang), else all under one `batchMs` limit, resuming after a hang.
 */
export function runCases(cases: readonly AttackCase[], limits: { perCaseMs?: number; batchMs?: number } = {}): Result[] {
  // Most cases end in an error; capturing a stack trace for each is most of their cost.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return runAll(cases, limits);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function runAll(cases: readonly AttackCase[], limits: { perCaseMs?: number; batchMs?: number }): Result[] {
  const results: Result[] = [];
  let i = 0;
  while (i < cases.length) {
    const timeout = limits.perCaseMs ?? limits.batchMs ?? 120_000;
    const single = limits.perCaseMs !== undefined;
    context.run = () => {
      for (; i < cases.length; i++) {
        results[i] = classify(cases[i]!);
        if (single) { i++; return; }
      }
    };
    try {
      script.runInContext(context, { timeout });
    } catch (error) {
      if (!isTimeout(error)) throw error;
      const c = cases[i]!;
      results[i] = { area: c.area, target: c.target, label: c.label, verdict: 'hang', detail: `no answer in ${timeout} ms` };
      i++;
    }
  }
  return results;
}

/** A tensor argument as the cases pass it: typed data and its shape. */
export interface Arg {
  readonly data: Float32Array | Float64Array | Int32Array;
  readonly shape: readonly number[];
}

function nestedToArg(value: unknown, kind: 'float' | 'int', dtype: DTypeName): Arg {
  const shape: number[] = [];
  let probe = value;
  while (Array.isArray(probe)) { shape.push(probe.length); probe = probe[0]; }
  const flat = (Array.isArray(value) ? (value as unknown[]).flat(Infinity) : [value]) as number[];
  const data = kind === 'int' ? Int32Array.from(flat) : dtype === 'float32' ? Float32Array.from(flat) : Float64Array.from(flat);
  return { data, shape };
}

/** The seed of the valid point every attack starts from (another may be chosen to reach a WASM path). */
export const BASE_SEED = 17;

/** A valid point of the entry (its own sampler, fixed seed), as typed arrays of `dtype`. */
export function basePoint(entry: LossEntry, dtype: DTypeName, seed = BASE_SEED): { inputs: Record<string, Arg>; options: Record<string, unknown> } {
  const example = entry.sample(seededRandom(seed));
  const inputs: Record<string, Arg> = {};
  for (const spec of entry.inputs) {
    const value = example.inputs[spec.name];
    if (value !== undefined) inputs[spec.name] = nestedToArg(value, spec.kind, dtype);
  }
  return { inputs, options: { ...(example.options ?? {}) } };
}

export type CallForm = 'call' | 'valueAndGrad' | 'evaluate';
export const CALL_FORMS: readonly CallForm[] = ['call', 'valueAndGrad', 'evaluate'];

/** Zeroed gradient buffers for the differentiable inputs that are typed arrays of known length. */
export function freshGrads(entry: LossEntry, inputs: Readonly<Record<string, unknown>>, dtype: DTypeName): Record<string, Float32Array | Float64Array> {
  const grads: Record<string, Float32Array | Float64Array> = {};
  for (const name of entry.differentiable) {
    const arg = inputs[name] as Arg | undefined;
    const length = arg && typeof arg === 'object' && ArrayBuffer.isView(arg.data) ? arg.data.length : 0;
    if (!arg) continue;
    grads[name] = dtype === 'float32' ? new Float32Array(length) : new Float64Array(length);
  }
  return grads;
}

/**
 * One call of `entry` in `form`: positional required inputs, optional inputs inside the
 * options (as the plain function takes them), gradient buffers when the form writes them.
 */
export function callEntry(
  entry: LossEntry, form: CallForm, inputs: Readonly<Record<string, unknown>>, options: Readonly<Record<string, unknown>>,
  grads?: unknown,
): Outcome {
  if (form === 'evaluate') {
    const result = entry.evaluate(inputs, options, grads === undefined ? { grad: true } : { grads: grads as Record<string, Float64Array> });
    return { value: result.value, grads: Object.values(result.grads).map((g) => g.data) };
  }
  const required = entry.inputs.filter((s) => !s.optional).map((s) => inputs[s.name]);
  const optional = Object.fromEntries(entry.inputs.filter((s) => s.optional && inputs[s.name] !== undefined).map((s) => [s.name, inputs[s.name]]));
  const allOptions = { ...options, ...optional };
  if (form === 'call') return { value: (entry.call as (...args: unknown[]) => number)(...required, allOptions), grads: [] };
  const buffers = grads ?? freshGrads(entry, inputs, 'float64');
  const record = buffers as Record<string, ArrayLike<number>>;
  const single = entry.differentiable.length === 1 && !!buffers && typeof buffers === 'object' && !ArrayBuffer.isView(buffers)
    ? record[entry.differentiable[0]!] ?? null : buffers;
  const value = (entry.valueAndGrad as (...args: unknown[]) => number)(...required, single, allOptions);
  const written = buffers && typeof buffers === 'object' && !ArrayBuffer.isView(buffers)
    ? Object.values(record).filter((b) => ArrayBuffer.isView(b)) : ArrayBuffer.isView(buffers) ? [buffers as unknown as ArrayLike<number>] : [];
  return { value, grads: written };
}

/** Typed arrays reachable from inputs and options (what the call must not write). */
export function arraysIn(...records: Readonly<Record<string, unknown>>[]): ArrayBufferView[] {
  const out: ArrayBufferView[] = [];
  const visit = (value: unknown) => {
    if (ArrayBuffer.isView(value)) out.push(value);
    else if (value && typeof value === 'object' && !Array.isArray(value) && 'data' in value) visit((value as { data: unknown }).data);
  };
  for (const record of records) for (const value of Object.values(record)) visit(value);
  return out;
}

/** Some typed array among the inputs holds ±Infinity. */
export function holdsInfinity(inputs: Readonly<Record<string, unknown>>): boolean {
  return arraysIn(inputs).some((a) => {
    if (a instanceof BigInt64Array || a instanceof BigUint64Array || a instanceof DataView) return false;
    const values = a as unknown as ArrayLike<number>;
    for (let i = 0; i < values.length; i++) if (values[i] === Infinity || values[i] === -Infinity) return true;
    return false;
  });
}

/** Tallies per area: tried, handled, bad, and bad by verdict. */
export function tally(results: readonly Result[]) {
  const byArea = new Map<Area, { tried: number; handled: number; bad: number; kinds: Map<Verdict, number> }>();
  for (const area of AREAS) byArea.set(area, { tried: 0, handled: 0, bad: 0, kinds: new Map() });
  for (const r of results) {
    const t = byArea.get(r.area)!;
    t.tried++;
    if (r.verdict === 'handled') t.handled++;
    else {
      t.bad++;
      t.kinds.set(r.verdict, (t.kinds.get(r.verdict) ?? 0) + 1);
    }
  }
  return byArea;
}
