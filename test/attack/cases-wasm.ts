import {
  allocateFloat32, allocateFloat64, releaseWasmArray, reserveWasmMemory, type LossEntry,
} from '../../src/index.js';
import { Defect, basePoint, callEntry, type Arg, type AttackCase, type Outcome } from './engine.js';
import { BAD_BYTE_COUNTS, BAD_LENGTHS, type DTypeName } from './hostile.js';
import { copyInputs } from './cases-inputs.js';

/**
 * The WASM allocator: bad lengths and byte counts, releases of what is not a live view (twice,
 * an ordinary array at a live view's offset, a subarray), growth under a live view, and
 * released or detached views handed to every loss. Cases run in order and allocate when they
 * run, since each leaves the allocator as it found it (or says how it did not).
 */

type View = Float32Array | Float64Array;

function allocate(dtype: DTypeName, length: number): View {
  return dtype === 'float32' ? allocateFloat32(length) : allocateFloat64(length);
}

function overlaps(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

function releaseQuietly(...views: View[]): void {
  for (const v of views) {
    try { releaseWasmArray(v); } catch { /* already released or never live */ }
  }
}

const NOTHING: Outcome = { value: 0, grads: [] };

function allocatorCase(target: string, label: string, expect: AttackCase['expect'], names: string[], run: () => Outcome | void): AttackCase {
  return {
    area: 'wasm-allocator', target, label, expect, names, readOnly: [], infiniteInputs: false,
    run: () => {
      try {
        return run() ?? NOTHING;
      } catch (error) {
        // A message about live views when none is live sends the caller the wrong way.
        if (error instanceof Error && / 0 live view/.test(error.message)) throw new Defect(`misleading message: ${error.message}`);
        throw error;
      }
    },
  };
}

/** Allocator misuse that does not involve a loss. */
export function allocatorCases(): AttackCase[] {
  const cases: AttackCase[] = [];
  for (const length of BAD_LENGTHS) {
    cases.push(allocatorCase('allocateFloat32', `length ${String(length)}`, 'error', ['length'], () => { allocateFloat32(length as number); }));
    cases.push(allocatorCase('allocateFloat64', `length ${String(length)}`, 'error', ['length'], () => { allocateFloat64(length as number); }));
  }
  for (const bytes of BAD_BYTE_COUNTS) {
    cases.push(allocatorCase('reserveWasmMemory', `bytes ${String(bytes)}`, 'error', ['bytes'], () => { reserveWasmMemory(bytes as number); }));
  }
  for (const [label, value] of [['null', null], ['undefined', undefined], ['5', 5], ['{}', {}], ['an array', [1, 2]], ["'x'", 'x'], ['a fresh Float32Array', new Float32Array(4)]] as const) {
    cases.push(allocatorCase('releaseWasmArray', label, 'error', ['view', 'array'], () => { releaseWasmArray(value as never); }));
  }
  cases.push(allocatorCase('releaseWasmArray', 'released twice, after its block went to another array', 'error', ['view', 'array'], () => {
    const a = allocateFloat32(16);
    releaseWasmArray(a);
    const b = allocateFloat32(16);
    try {
      releaseWasmArray(a);
    } finally {
      const c = allocateFloat32(16);
      const aliased = overlaps(b, c);
      releaseQuietly(b, c);
      if (aliased) throw new Defect('the second release freed a live block: a later allocation aliases a live array');
    }
  }));
  cases.push(allocatorCase('releaseWasmArray', "an ordinary Float32Array at a live view's byteOffset", 'error', ['view', 'array'], () => {
    const a = allocateFloat32(8);
    const impostor = new Float32Array(new ArrayBuffer(a.byteOffset + 32), a.byteOffset, 8);
    try {
      releaseWasmArray(impostor);
    } finally {
      const b = allocateFloat32(8);
      const aliased = overlaps(a, b);
      releaseQuietly(a, b);
      if (aliased) throw new Defect("releasing a look-alike freed the live view's block");
    }
  }));
  cases.push(allocatorCase('releaseWasmArray', 'a subarray of a live view', 'error', ['view', 'array'], () => {
    const a = allocateFloat32(8);
    try {
      releaseWasmArray(a.subarray(1));
    } finally {
      const b = allocateFloat32(8);
      const aliased = overlaps(a, b);
      releaseQuietly(a, b);
      if (aliased) throw new Defect("releasing a subarray freed the live view's block");
    }
  }));
  cases.push(allocatorCase('allocateFloat32', 'growth needed while a view is live', 'error', ['length'], () => {
    const a = allocateFloat32(16);
    try {
      const b = allocateFloat32(2 ** 26);
      releaseQuietly(b);
      if (a.length === 0) throw new Defect('the allocation grew the memory and detached a live view');
    } finally {
      releaseQuietly(a);
    }
  }));
  return cases;
}

/** A WASM view of the input's data: live, released, a subarray of a released one, or detached by growth. */
type ViewState = 'live' | 'released' | 'released subarray' | 'detached by growth';
const STATES: readonly ViewState[] = ['live', 'released', 'released subarray', 'detached by growth'];

/** Every float input of `entry`, as a WASM view in each state, in each dtype. */
export function releasedViewCases(entry: LossEntry): AttackCase[] {
  const cases: AttackCase[] = [];
  for (const dtype of ['float32', 'float64'] as const) {
    const { inputs: base, options } = basePoint(entry, dtype);
    const reference = (): number => {
      const value = entry.evaluate(copyInputs(base), { ...options, reduction: entry.defaultReduction }).value;
      return typeof value === 'number' ? value : Number.NaN;
    };
    for (const spec of entry.inputs) {
      const arg = base[spec.name];
      if (spec.kind !== 'float' || !arg || arg.data.length === 0) continue;
      for (const state of STATES) {
        const live = state === 'live';
        cases.push({
          area: 'wasm-allocator', target: entry.name, label: `${spec.name} is a ${state} WASM view | ${dtype}`,
          expect: live ? 'finite-or-error' : 'error', names: [spec.name], readOnly: [], infiniteInputs: false,
          ...(live && entry.defaultReduction !== 'none' ? { reference, tolerance: dtype === 'float32' ? 1e-6 : 1e-12 } : {}),
          run: () => runWithView(entry, base, options, spec.name, arg, dtype, state),
        });
      }
    }
  }
  return cases;
}

function runWithView(entry: LossEntry, base: Record<string, Arg>, options: Record<string, unknown>, name: string, arg: Arg, dtype: DTypeName, state: ViewState): Outcome {
  const n = arg.data.length;
  const view = allocate(dtype, state === 'released subarray' ? n + 1 : n);
  view.set(arg.data);
  const memoryBytes = view.buffer.byteLength;
  const data = state === 'released subarray' ? view.subarray(0, n) : view;
  if (state !== 'live') releaseWasmArray(view);
  // More than the whole memory holds: the memory must grow, which detaches every old view.
  if (state === 'detached by growth') reserveWasmMemory(memoryBytes + 65536);
  try {
    return callEntry(entry, 'evaluate', { ...copyInputs(base), [name]: { data, shape: arg.shape } }, { ...options, reduction: entry.defaultReduction });
  } finally {
    if (state === 'live') releaseQuietly(view);
  }
}
