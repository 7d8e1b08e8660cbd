/**
 * Loading the kernels' WebAssembly module: feature detection, synchronous compilation where
 * the host allows it (Node; browsers only allow small modules on the main thread), an async
 * `initWasm()` for the rest, and the backend switch the tests use to compare both paths.
 */
import { invalid } from '../core/errors.js';
import { kernelBytes, sharedKernelBytes } from './bytes.js';
import type { DenseExports } from './dense.js';
import type { LossKernelName } from './kernel-table.js';

/**
 * The module's exports (wasm/assembly/index.ts). Pointers are byte offsets into `memory`. The
 * loss kernels' names come from their `@kernel` declarations (./kernel-declarations.ts);
 * the dense layers' from ./dense.ts.
 */
export type KernelExports = DenseExports & {
  readonly memory: WebAssembly.Memory;
  heapBase(): number;
  /** Vector math over n float32 values in place (tested on its own, test/wasm/vmath.test.ts). */
  expF32(ptr: number, n: number): void;
  expNonPositiveF32(ptr: number, n: number): void;
  logF32(ptr: number, n: number): void;
  log1pUnitF32(ptr: number, n: number): void;
} & { readonly [K in LossKernelName]: (...args: number[]) => number };

export type KernelBackend = 'ts' | 'wasm' | 'auto';

// (module (func (result v128) i32.const 0 i8x16.splat i8x16.popcnt drop ...)): validates only
// where fixed-width SIMD is supported (wasm-feature-detect's probe).
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

let instance: KernelExports | null = null;
/** The shared-memory variant while losskit/threads is on; it then replaces `instance`. */
let shared: SharedKernels | null = null;
/** 'unknown' until the first attempt; 'pending' when only async compilation is allowed. */
let state: 'unknown' | 'ready' | 'pending' | 'unavailable' = 'unknown';
let backend: KernelBackend = readEnvBackend();

function readEnvBackend(): KernelBackend {
  // No node: import: the library runs in browsers. LOSSKIT_KERNELS=ts|wasm|auto in Node.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.LOSSKIT_KERNELS;
  return value === 'ts' || value === 'wasm' || value === 'auto' ? value : 'auto';
}

function simdSupported(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

function instantiate(module: WebAssembly.Module): void {
  instance = new WebAssembly.Instance(module, {}).exports as unknown as KernelExports;
  state = 'ready';
}

/** Tries once to compile synchronously; browsers refuse large synchronous compiles (then 'pending'). */
function trySync(): void {
  if (state !== 'unknown') return;
  const bytes = kernelBytes();
  if (!bytes || !simdSupported()) { state = 'unavailable'; return; }
  try {
    instantiate(new WebAssembly.Module(bytes));
  } catch {
    state = 'pending';
  }
}

/**
 * Compiles the module asynchronously where synchronous compilation is not allowed (browser
 * main thread). Resolves true when the WASM kernels are usable. Safe to call repeatedly.
 */
export async function initWasm(): Promise<boolean> {
  trySync();
  if (state === 'pending') {
    const bytes = kernelBytes();
    try {
      if (!bytes) throw new Error('no module bytes');
      instantiate(await WebAssembly.compile(bytes));
    } catch {
      state = 'unavailable';
    }
  }
  return state === 'ready';
}

/** True when the WASM SIMD kernels are loaded (compiling them synchronously if allowed). */
export function wasmAvailable(): boolean {
  trySync();
  return state === 'ready';
}

/**
 * 'auto' (default): WASM where a kernel applies and the module loaded, else TypeScript.
 * 'ts': always the TypeScript kernels. 'wasm': like 'auto' but throws when the module is
 * unavailable (tests use it to be sure they exercise the WASM path).
 */
export function setKernelBackend(value: KernelBackend): void {
  if (value !== 'ts' && value !== 'wasm' && value !== 'auto') throw invalid('option', 'setKernelBackend', 'backend', "must be 'ts', 'wasm' or 'auto'", value);
  backend = value;
}

export function kernelBackend(): KernelBackend {
  return backend;
}

/** The instance whatever the backend (the allocator needs it under 'ts' too), or null. */
export function loadedKernels(): KernelExports | null {
  if (shared) return shared.exports;
  return wasmAvailable() ? instance : null;
}

/** The instance in use, without compiling anything (null before the module was first loaded). */
export function instanceInUse(): KernelExports | null {
  return shared ? shared.exports : instance;
}

/** The shared-memory variant: its compiled module and memory go to worker threads. */
export interface SharedKernels {
  readonly module: WebAssembly.Module;
  readonly memory: WebAssembly.Memory;
  readonly exports: KernelExports;
}

/**
 * Makes the shared-memory variant the kernels every loss uses (losskit/threads), over a new
 * shared memory that may grow to 4 GiB. The caller ensures no allocated view is live (they
 * belong to the previous memory). Throws when the variant is missing or shared memory is not
 * allowed here.
 */
export function useSharedKernels(): SharedKernels {
  if (shared) return shared;
  const bytes = sharedKernelBytes();
  if (!bytes || !simdSupported()) throw new Error('losskit: the shared-memory WASM kernels are unavailable (WebAssembly SIMD missing or module not built: npm run build:wasm)');
  const module = new WebAssembly.Module(bytes);
  const memory = new WebAssembly.Memory({ initial: 16, maximum: 65536, shared: true });
  const exports = new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as KernelExports;
  shared = { module, memory, exports };
  return shared;
}

/** Back to the module with its own memory (views of the shared memory stay valid but are no longer resident). */
export function useOwnKernels(): void {
  shared = null;
}

/** The instance when the WASM path may be taken, else null. */
export function kernels(): KernelExports | null {
  if (backend === 'ts') return null;
  if (shared) return shared.exports;
  if (wasmAvailable()) return instance;
  if (backend === 'wasm') throw new Error("losskit: setKernelBackend('wasm') but the WASM SIMD kernels are unavailable (no WebAssembly SIMD, module not built, or initWasm() not awaited in a browser)");
  return null;
}
