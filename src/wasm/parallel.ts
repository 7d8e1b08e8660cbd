/**
 * Running a WASM kernel over chunks: on this thread, or split across worker threads when
 * losskit/threads has installed a worker group (Node; the main thread blocks on Atomics.wait).
 *
 * The bits never depend on the thread count: a call over `units` (elements, or rows for
 * cross-entropy) is cut into chunks whose size depends on `units` alone, each chunk's sum is
 * computed by one kernel call, and the chunk sums are added in chunk order, whichever thread
 * computed them. Chunk boundaries fall on multiples of 8 elements (elementwise kernels) or on
 * row boundaries (cross-entropy, triplet), so every element goes through the same vector
 * lanes as in one call over everything; only the last chunk has a scalar tail, which is also
 * why a kernel's static tail scratch is never used by two threads at once.
 *
 * The protocol lives in one SharedArrayBuffer ("control"): a job (kernel, pointers, strides,
 * counts, scalar arguments), a sequence number the workers wait on, a done counter this
 * thread waits on, and one float64 slot per chunk for the chunk sums.
 */
import { InternalError } from '../core/errors.js';
import type { KernelExports } from './module.js';

/** Kernels that run in chunks; all take (...pointers, count, ...rest). */
export const CHUNKED_KERNELS = ['mseF32', 'mseF64', 'huberF32', 'huberF64', 'bceLogitsF32', 'softmaxCeF32', 'klDivF32', 'sigmoidFocalF32', 'tripletF32'] as const;
export type ChunkedKernel = (typeof CHUNKED_KERNELS)[number];

export interface KernelJob {
  readonly kernel: ChunkedKernel;
  /** Up to 8 arrays, in the kernel's argument order (e.g. x, y, gradient, per-unit values); 0 = absent. */
  readonly pointers: readonly number[];
  /** Bytes per unit for each pointer. */
  readonly strides: readonly number[];
  /** Elements, or rows of `width` elements. */
  readonly units: number;
  /** Elements per unit (1, or the number of classes). */
  readonly width: number;
  /** Arguments after the count, at most 4 (e.g. delta and gradScale). */
  readonly rest: readonly number[];
}

/**
 * One-thread cost of each kernel, ns per element (float32 in cache, 2-core AMD EPYC, Node 20),
 * to decide whether a call is worth waking the workers (~50 µs when they sleep).
 */
const NS_PER_ELEMENT: Readonly<Record<ChunkedKernel, number>> = {
  mseF32: 0.27, mseF64: 0.45, huberF32: 0.5, huberF64: 0.6, bceLogitsF32: 4.3, softmaxCeF32: 2.1,
  klDivF32: 2, sigmoidFocalF32: 7, tripletF32: 3,
};

/** Elements per chunk at least (one kernel call each: ~0.1 µs of call against ~5 µs of work). */
const CHUNK_ELEMENTS = 16384;
/** Chunks per call at most (the control buffer's slots for chunk sums). */
export const MAX_CHUNKS = 4096;

// Job layout (float64 slots in the control buffer, and in the local job for one thread); the
// self-contained functions below spell these indices out.
const J_KERNEL = 0;
const J_POINTER_COUNT = 1;
const J_POINTERS = 2; // 8 slots
const J_STRIDES = 10; // 8 slots
const J_UNITS = 18;
const J_CHUNK = 19;
const J_REST_COUNT = 20;
const J_REST = 21; // 4 slots
const J_THREADS = 25;
const J_CHUNKS = 26;
const JOB_SLOTS = 32;

// Control buffer layout: int32 [sequence, done, failed] at 0, the job at 64, chunk sums at 512.
const SEQUENCE = 0;
const DONE = 1;
const FAILED = 2;
const JOB_BYTE = 64;
const SUMS_BYTE = 512;
export const CONTROL_BYTES = SUMS_BYTE + 8 * MAX_CHUNKS;

/** Units per chunk for a call over `units` units of `width` elements (depends on them only). */
export function chunkUnits(units: number, width: number): number {
  const size = Math.max(Math.floor(CHUNK_ELEMENTS / Math.max(width, 1)), Math.ceil(units / MAX_CHUNKS), 1);
  return width === 1 ? Math.ceil(size / 8) * 8 : size;
}

/**
 * Runs chunks [from, to) of the job in `job` on instance `k`. With `sums`, stores each chunk's
 * sum in its slot and returns 0; without, returns the chunk sums added in order.
 * Self-contained (no imports, no closures over module state): worker threads run its source.
 */
export function runChunkRange(
  k: Record<string, unknown>, names: readonly string[], job: Float64Array, from: number, to: number, sums: Float64Array | null,
): number {
  const kernel = k[names[job[0]!]!] as (...args: number[]) => number;
  const pointers = job[1]!;
  const units = job[18]!;
  const chunk = job[19]!;
  const restCount = job[20]!;
  const args: number[] = [];
  let total = 0;
  for (let c = from; c < to; c++) {
    const start = c * chunk;
    args.length = 0;
    // A zero pointer (absent array) stays zero.
    for (let i = 0; i < pointers; i++) args.push(job[2 + i] === 0 ? 0 : job[2 + i]! + start * job[10 + i]!);
    args.push(Math.min(chunk, units - start));
    for (let i = 0; i < restCount; i++) args.push(job[21 + i]!);
    const sum = kernel(...args);
    if (sums) sums[c] = sum;
    else total += sum;
  }
  return total;
}

/**
 * A worker thread's loop (self-contained, like runChunkRange, which must be defined beside it):
 * instantiate the shared-memory kernels, report ready, then wait for a new sequence number, run
 * this worker's share of the chunks, count itself done. A negative sequence number stops it.
 */
export function serveKernelJobs(
  data: { module: WebAssembly.Module; memory: WebAssembly.Memory; control: SharedArrayBuffer; index: number; names: readonly string[]; spin: number },
  ready: () => void,
): void {
  const k = new WebAssembly.Instance(data.module, { env: { memory: data.memory } }).exports as Record<string, unknown>;
  const control = new Int32Array(data.control, 0, 16);
  const job = new Float64Array(data.control, 64, 32);
  const sums = new Float64Array(data.control, 512);
  let seen = Atomics.load(control, 0);
  ready();
  for (;;) {
    let spins = 0;
    // Spin a little before sleeping: the next call often follows within microseconds.
    while (Atomics.load(control, 0) === seen) {
      if (++spins > data.spin) { Atomics.wait(control, 0, seen); spins = 0; }
    }
    seen = Atomics.load(control, 0);
    if (seen < 0) return;
    try {
      const threads = job[25]!;
      const chunks = job[26]!;
      if (data.index < threads) {
        runChunkRange(k, data.names, job, Math.floor((data.index * chunks) / threads), Math.floor(((data.index + 1) * chunks) / threads), sums);
      }
    } catch {
      Atomics.store(control, 2, 1);
    }
    Atomics.add(control, 1, 1);
    Atomics.notify(control, 1);
  }
}

/** Worker threads serving `exports`' memory, installed by losskit/threads. */
export interface WorkerGroup {
  /** The shared-memory instance the workers run; jobs for another instance stay on this thread. */
  readonly exports: KernelExports;
  readonly control: SharedArrayBuffer;
  /** Worker threads (this thread is one more). */
  readonly workers: number;
  /** Calls estimated to take less on one thread (NS_PER_ELEMENT) stay on this thread. */
  readonly minMicroseconds: number;
  /** Spins before sleeping on Atomics.wait. */
  readonly spin: number;
}

let group: WorkerGroup | null = null;
let sequence = 0;
/** Calls that ran on the worker group, and calls per kernel (tests check which path ran). */
let groupCalls = 0;
const kernelCalls = new Map<ChunkedKernel, number>();
const localJob = new Float64Array(JOB_SLOTS);

export function setWorkerGroup(next: WorkerGroup | null): void {
  group = next;
}

export function workerGroup(): WorkerGroup | null {
  return group;
}

export function workerGroupCalls(): number {
  return groupCalls;
}

export function kernelCallCount(kernel: ChunkedKernel): number {
  return kernelCalls.get(kernel) ?? 0;
}

/** Tells the group's workers to return from their loops. */
export function stopWorkers(g: WorkerGroup): void {
  const control = new Int32Array(g.control, 0, 16);
  Atomics.store(control, SEQUENCE, -1);
  Atomics.notify(control, SEQUENCE);
}

function writeJob(into: Float64Array, job: KernelJob, chunk: number, threads: number, chunks: number): void {
  into[J_KERNEL] = CHUNKED_KERNELS.indexOf(job.kernel);
  into[J_POINTER_COUNT] = job.pointers.length;
  for (let i = 0; i < job.pointers.length; i++) {
    into[J_POINTERS + i] = job.pointers[i]!;
    into[J_STRIDES + i] = job.strides[i]!;
  }
  into[J_UNITS] = job.units;
  into[J_CHUNK] = chunk;
  into[J_REST_COUNT] = job.rest.length;
  for (let i = 0; i < job.rest.length; i++) into[J_REST + i] = job.rest[i]!;
  into[J_THREADS] = threads;
  into[J_CHUNKS] = chunks;
}

/** Runs the job on `k` (this thread, or with the worker group) and returns the sum of its chunk sums. */
export function runKernel(k: KernelExports, job: KernelJob): number {
  kernelCalls.set(job.kernel, (kernelCalls.get(job.kernel) ?? 0) + 1);
  const chunk = chunkUnits(job.units, job.width);
  const chunks = Math.ceil(job.units / chunk);
  const g = group;
  if (!g || g.exports !== k || chunks < 2 || job.units * job.width * NS_PER_ELEMENT[job.kernel] < g.minMicroseconds * 1000) {
    writeJob(localJob, job, chunk, 1, chunks);
    return runChunkRange(k as unknown as Record<string, unknown>, CHUNKED_KERNELS, localJob, 0, chunks, null);
  }
  groupCalls++;
  const threads = Math.min(g.workers + 1, chunks);
  const control = new Int32Array(g.control, 0, 16);
  const sums = new Float64Array(g.control, SUMS_BYTE, chunks);
  writeJob(new Float64Array(g.control, JOB_BYTE, JOB_SLOTS), job, chunk, threads, chunks);
  Atomics.store(control, DONE, 0);
  Atomics.store(control, FAILED, 0);
  sequence = sequence >= 0x3fffffff ? 1 : sequence + 1;
  Atomics.store(control, SEQUENCE, sequence);
  Atomics.notify(control, SEQUENCE);
  // This thread is thread 0: the first share of the chunks.
  runChunkRange(k as unknown as Record<string, unknown>, CHUNKED_KERNELS, new Float64Array(g.control, JOB_BYTE, JOB_SLOTS), 0, Math.floor(chunks / threads), sums);
  waitForWorkers(control, g);
  let total = 0;
  for (let c = 0; c < chunks; c++) total += sums[c]!;
  return total;
}

/** Waits until every worker has counted itself done (all of them answer each sequence number). */
function waitForWorkers(control: Int32Array, g: WorkerGroup): void {
  let spins = 0;
  let slept = 0;
  for (let done = Atomics.load(control, DONE); done < g.workers; done = Atomics.load(control, DONE)) {
    if (++spins <= g.spin) continue;
    // 'timed-out' only when a worker stopped answering (killed from outside): fail loudly.
    if (Atomics.wait(control, DONE, done, 1000) === 'timed-out' && ++slept >= 60) {
      throw new Error('losskit/threads: a worker thread did not answer for 60 s (terminated?); call disableThreads()');
    }
  }
  if (Atomics.load(control, FAILED) !== 0) throw new InternalError('losskit/threads: a worker thread failed while running a kernel');
}
