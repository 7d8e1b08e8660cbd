/**
 * losskit/threads (Node): the losses' WASM kernels split large calls across worker threads.
 * The losses stay synchronous: this thread runs its share of the chunks, then blocks on
 * Atomics.wait until the workers have run theirs.
 *
 *   import { enableThreads } from 'losskit/threads';
 *   await enableThreads();             // one thread per core, this one included
 *   const x = allocateFloat32(n);      // arrays in the (now shared) WASM memory: no copies
 *   bceWithLogitsValueAndGrad(x, y, grad);
 *
 * Results are bit-identical with and without threads (see src/wasm/runner.ts). Node only:
 * a browser's main thread may not block on Atomics.wait, and shared memory needs a
 * cross-origin-isolated page there.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { LossError, invalid } from '../core/errors.js';
import { beginMemorySwitch, endMemorySwitch, liveViews } from '../wasm/memory.js';
import { useOwnKernels, useSharedKernels, wasmAvailable } from '../wasm/module.js';
import { CONTROL_BYTES } from '../wasm/job.js';
import { KERNEL_EXPORTS } from '../wasm/kernel-table.js';
import { setWorkerGroup, stopWorkers, workerGroup, type WorkerGroup } from '../wasm/runner.js';
import type { KernelWorkerData } from './worker.js';

export interface ThreadsOptions {
  /** Threads in all, this one included (default: the machine's available parallelism, at most 16). */
  readonly threads?: number;
  /**
   * Calls estimated to take less than this on one thread stay on it (default 150 µs: about
   * 5.5e5 elements of mse, 3e5 of huber, 3.5e4 of bce-with-logits, 7e4 logits of
   * cross-entropy). 0 sends every call of more than one chunk to the workers.
   */
  readonly minMicroseconds?: number;
}

export interface ThreadsInfo {
  readonly threads: number;
  readonly minMicroseconds: number;
}

/**
 * Measured on 2 cores with calls 2 ms apart (the workers asleep): waking them costs ~50 µs,
 * so calls of ~100 µs gain nothing, and from ~150 µs they gain 1.2-1.6x. Back-to-back calls
 * (workers still spinning) gain from ~30 µs.
 */
const DEFAULT_MIN_MICROSECONDS = 150;
/** Spins (~0.2 ms) before sleeping, on both sides: calls in a loop then never pay a futex wake-up. */
const SPIN = 100_000;

let workers: Worker[] = [];
let info: ThreadsInfo | null = null;
/** enable/disable calls run one after another (an overlapping pair would mix two groups). */
let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

function requireNoLiveViews(what: string): void {
  const live = liveViews();
  if (live > 0) {
    throw new LossError('option', `${what}: ${live} array(s) from allocateFloat32/allocateFloat64 are live; they belong to the current WASM memory, so release them (releaseWasmArray) first`, what);
  }
}

function checkOptions(options: ThreadsOptions): ThreadsInfo {
  if (typeof options !== 'object' || options === null) throw invalid('option', 'enableThreads', 'options', 'must be an object', options);
  const threads = options.threads ?? Math.min(availableParallelism(), 16);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw invalid('option', 'enableThreads', 'threads', 'must be an integer in [1, 64]', options.threads);
  const minMicroseconds = options.minMicroseconds ?? DEFAULT_MIN_MICROSECONDS;
  if (!(typeof minMicroseconds === 'number' && minMicroseconds >= 0 && Number.isFinite(minMicroseconds))) {
    throw invalid('option', 'enableThreads', 'minMicroseconds', 'must be a finite number >= 0', options.minMicroseconds);
  }
  return { threads, minMicroseconds };
}

/**
 * Runs a memory switch. Allocation is refused from this call on until the switch settles: an
 * array allocated in between (in the same tick, or a microtask later) would belong to the
 * memory being left behind, and its release would later free a block of the new one.
 */
function switchMemory<T>(what: string, check: () => void, task: () => Promise<T>): Promise<T> {
  try {
    check();
    requireNoLiveViews(what);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  beginMemorySwitch();
  return serialised(task).finally(endMemorySwitch);
}

/**
 * Starts one worker on ./worker.js (a real module file, beside this one in dist/). From the
 * TypeScript sources (tests, tsx) the entry is worker.ts, which Node 20 cannot load by itself:
 * typescript-worker.mjs then registers tsx in the thread and imports it.
 */
function startWorker(data: KernelWorkerData): Promise<Worker> {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url);
  // A worker inherits the process's Node options; --input-type (of `node -e`) is refused with a file entry.
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
  const worker = fromSources
    ? new Worker(new URL('./typescript-worker.mjs', import.meta.url), { execArgv, workerData: { ...data, typescriptEntry: entry.href } })
    : new Worker(entry, { execArgv, workerData: data });
  return new Promise((resolve, reject) => {
    worker.once('message', () => { worker.unref(); resolve(worker); });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`losskit/threads: a worker exited with code ${code} before it was ready`)));
  });
}

/**
 * Switches the kernels to a shared WASM memory and starts `threads - 1` worker threads.
 * Throws when arrays from allocateFloat32/allocateFloat64 are live (release them first) or
 * when the WASM kernels are unavailable. Calling it again restarts with the new options.
 */
export function enableThreads(options: ThreadsOptions = {}): Promise<ThreadsInfo> {
  let next: ThreadsInfo | null = null;
  return switchMemory('enableThreads', () => { next = checkOptions(options); }, () => start(next!));
}

async function start(next: ThreadsInfo): Promise<ThreadsInfo> {
  if (!wasmAvailable()) throw new Error('enableThreads: the WASM SIMD kernels are unavailable (no WebAssembly SIMD, or the module was not built)');
  await stop();
  // Checked again in the tick that switches: nothing may have been allocated since the call.
  requireNoLiveViews('enableThreads');
  const shared = useSharedKernels();
  const control = new SharedArrayBuffer(CONTROL_BYTES);
  const starting = Array.from({ length: next.threads - 1 }, (_, i) => startWorker({
    module: shared.module, memory: shared.memory, control, index: i + 1, names: KERNEL_EXPORTS, spin: SPIN,
  }));
  const started = await Promise.allSettled(starting);
  const failure = started.find((s) => s.status === 'rejected');
  if (failure) {
    await Promise.allSettled(started.flatMap((s) => (s.status === 'fulfilled' ? [s.value.terminate()] : [])));
    useOwnKernels();
    throw failure.reason;
  }
  workers = started.map((s) => (s as PromiseFulfilledResult<Worker>).value);
  const group: WorkerGroup = { exports: shared.exports, control, workers: workers.length, minMicroseconds: next.minMicroseconds, spin: SPIN };
  setWorkerGroup(group);
  info = next;
  return next;
}

/** Stops the workers and returns to the module with its own memory (no allocated view may be live). */
export function disableThreads(): Promise<void> {
  return switchMemory('disableThreads', () => undefined, stop);
}

async function stop(): Promise<void> {
  if (!info) return;
  requireNoLiveViews('disableThreads');
  const group = workerGroup();
  setWorkerGroup(null);
  if (group) stopWorkers(group);
  await Promise.allSettled(workers.map((w) => w.terminate()));
  workers = [];
  useOwnKernels();
  info = null;
}

/** The current settings, or null when threads are off. */
export function threadsInfo(): ThreadsInfo | null {
  return info;
}
