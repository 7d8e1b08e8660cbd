/**
 * Running a chunked WASM kernel over a call's arrays: on this thread, or split across worker
 * threads when losskit/threads has installed a worker group (Node; this thread blocks on
 * Atomics.wait while the workers run their share).
 *
 * Chunks: a call over `units` units (elements, or rows of `width` elements) is cut into chunks
 * whose size depends on `units` and `width` alone; each chunk's sum is one kernel call, and the
 * chunk sums are added in chunk order, whichever thread computed them and however the chunks
 * were batched. Chunk boundaries fall on multiples of 8 elements (elementwise kernels) or on
 * row boundaries, so every element goes through the same vector lanes as in one call over
 * everything; only the last chunk has a scalar tail (which is also why a kernel's static tail
 * scratch is never used by two threads at once). So the bits never depend on the thread count
 * nor on where the arrays live.
 *
 * Where the arrays live: arrays already in the module's memory (allocateFloat32/64) are used in
 * place. Other arrays are streamed through one scratch block per thread (SCRATCH_BYTES, or
 * LARGE_SCRATCH_BYTES for calls too large for the cache): per batch of chunks, the inputs are
 * copied in, the chunks run, and the outputs (gradients, per-element values) are copied out.
 * The WASM memory therefore does not grow with the size of plain arrays. On one thread the
 * copies cannot overlap the kernel, so a streamed call costs at least its copies plus its
 * kernel over the scratch block (docs/performance.md, "the copy floor"; the bench times both
 * halves apart through withStreamingPart).
 */
import { InternalError } from '../core/errors.js';
import {
  COUNTER, JOB, JOB_SLOTS, MAX_CHUNKS, MAX_POINTERS, MAX_REST, controlViews, runChunkRange, type ChunkKernel,
} from './job.js';
import { KERNEL_EXPORTS, type KernelLayout, type LossKernelName, type WasmKernel } from './kernel-table.js';
import { allocateBytes, releaseBytes } from './memory.js';
import type { KernelExports } from './module.js';

/** Elements per chunk at least (one kernel call each: ~0.1 µs of call against ~5 µs of work). */
const CHUNK_ELEMENTS = 16384;
/**
 * Streamed arrays' bytes per batch and thread, by where the call's arrays come from.
 * - SCRATCH_BYTES when they fit in the last-level cache (LARGE_CALL_BYTES and below): the
 *   copies are cache to cache and the kernel reads what they just wrote from L2.
 * - LARGE_SCRATCH_BYTES for larger calls, whose copies stream from and to DRAM: runs of at
 *   least 1 MiB per array per copy. Measured (2-core AMD EPYC, glibc 2.36): mse float32 at
 *   1e7, copies alone 9.4 -> 8.1 ms; float64 at 1e7, 28 -> 14 ms. glibc's memmove, which
 *   TypedArray.prototype.set runs, uses `rep movsb` below 1 MiB (rep_movsb_stop_threshold)
 *   and its vector loop above, and the vector loop streams DRAM about twice as fast here.
 */
const SCRATCH_BYTES = 1 << 19;
const LARGE_SCRATCH_BYTES = 1 << 22;
const LARGE_CALL_BYTES = 1 << 24;
const ALIGN = 16;

/** Units per chunk for a call over `units` units of `width` elements (depends on them only). */
export function chunkUnits(units: number, width: number): number {
  const size = Math.max(Math.floor(CHUNK_ELEMENTS / Math.max(width, 1)), Math.ceil(units / MAX_CHUNKS), 1);
  return width === 1 ? Math.ceil(size / 8) * 8 : size;
}

/** Worker threads serving `exports`' memory, installed by losskit/threads. */
export interface WorkerGroup {
  /** The shared-memory instance the workers run; calls on another instance stay on this thread. */
  readonly exports: KernelExports;
  readonly control: SharedArrayBuffer;
  /** Worker threads (this thread is one more). */
  readonly workers: number;
  /** Batches estimated to take less on one thread (the kernel's nsPerElement) stay on this thread. */
  readonly minMicroseconds: number;
  /** Spins before sleeping on Atomics.wait. */
  readonly spin: number;
}

let group: WorkerGroup | null = null;
let sequence = 0;
/** Calls that ran (at least partly) on the worker group, and calls per kernel (tests check which path ran). */
let groupCalls = 0;
const kernelCalls = new Map<string, number>();
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

export function kernelCallCount(kernel: LossKernelName): number {
  return kernelCalls.get(kernel) ?? 0;
}

/** Tells the group's workers to return from their loops. */
export function stopWorkers(g: WorkerGroup): void {
  const { counters } = controlViews(g.control);
  Atomics.store(counters, COUNTER.sequence, -1);
  Atomics.notify(counters, COUNTER.sequence);
}

/** The loss kernels of an instance, in KERNEL_EXPORTS order (a job names its kernel by index). */
const kernelLists = new WeakMap<KernelExports, readonly ChunkKernel[]>();
function kernelList(k: KernelExports): readonly ChunkKernel[] {
  let list = kernelLists.get(k);
  if (!list) {
    list = KERNEL_EXPORTS.map((name) => k[name]);
    kernelLists.set(k, list);
  }
  return list;
}

const roundUp = (bytes: number) => Math.ceil(bytes / ALIGN) * ALIGN;

/** One half of the streamed path, for the bench's floor columns; null: the whole call. */
export type StreamingPart = 'copies' | 'compute';
let part: StreamingPart | null = null;

/**
 * Measurement only (bench/): runs `f` with streamed calls doing one half of their work, with
 * the same scratch block and batches as a real call. 'copies': every streamed input is copied
 * in and every output out, and no kernel runs (the call sums to 0). 'compute': no copies; the
 * kernel runs over the scratch block, zeroed once, so its reads hit cache as in a real call
 * (the value is that of zeros). Calls on resident arrays run as usual. Never for results.
 */
export function withStreamingPart<T>(only: StreamingPart, f: () => T): T {
  part = only;
  try { return f(); } finally { part = null; }
}

/** The bytes of each instance's memory, for the copies (made again when the memory grew and replaced its buffer). */
const heaps = new WeakMap<KernelExports, Uint8Array>();
function heapBytes(k: KernelExports): Uint8Array {
  const buffer = k.memory.buffer;
  let heap = heaps.get(k);
  if (heap?.buffer !== buffer) heaps.set(k, (heap = new Uint8Array(buffer)));
  return heap;
}

/** A job names its kernel by its index in KERNEL_EXPORTS (the workers' list). */
const KERNEL_INDEX = new Map(KERNEL_EXPORTS.map((name, i) => [name as string, i]));

/**
 * Runs `kernel` over `call` on `k` and returns the float64 sum of its chunk sums, or null when
 * the streamed arrays' scratch block cannot be had (the memory may not grow under live
 * views): the caller then runs TypeScript.
 */
export function runKernel(k: KernelExports, kernel: WasmKernel, call: KernelLayout): number | null {
  const { units, width, arrays } = call;
  const name = kernel.export;
  if (arrays.length > MAX_POINTERS || call.rest.length > MAX_REST) throw new InternalError(`runKernel: ${name} has too many arguments`);
  kernelCalls.set(name, (kernelCalls.get(name) ?? 0) + 1);
  const chunk = chunkUnits(units, width);
  const chunks = Math.ceil(units / chunk);
  if (chunks === 0) return 0;
  const heapBuffer = k.memory.buffer;
  const g = group && group.exports === k ? group : null;
  const threads = g ? g.workers + 1 : 1;
  const ns = kernel.nsPerElement * width;
  const job: Job = {
    kernel: KERNEL_INDEX.get(name)!, pointers: [], strides: [], units, chunk, rest: call.rest, first: 0, count: chunks,
  };
  // Where each array starts (0: absent), and how far a batch moves it per unit: its stride when
  // used in place, 0 when streamed (each batch restarts at its scratch region).
  const starts: number[] = [];
  const advances: number[] = [];
  // Streamed arrays, by their index in `arrays`.
  const streamed: number[] = [];
  let unitBytes = 0;
  for (const a of arrays) {
    const stride = a ? a.array.byteLength / units : 0;
    const inPlace = !!a && a.array.buffer === heapBuffer;
    job.strides.push(stride);
    job.pointers.push(inPlace ? a.array.byteOffset : 0);
    starts.push(inPlace ? a.array.byteOffset : 0);
    advances.push(inPlace ? stride : 0);
    if (!a || inPlace) continue;
    streamed.push(starts.length - 1);
    unitBytes += stride;
  }
  if (streamed.length === 0) {
    const parallel = !!g && chunks >= 2 && units * ns >= g.minMicroseconds * 1000;
    if (parallel) groupCalls++;
    return parallel ? runOnGroup(k, g!, job, threads, 0) : runHere(k, job, 0);
  }

  const perThread = units * unitBytes > LARGE_CALL_BYTES ? LARGE_SCRATCH_BYTES : SCRATCH_BYTES;
  const perBatch = Math.min(chunks, Math.max(1, Math.floor((threads * perThread) / (unitBytes * chunk))));
  // Each streamed array gets a region of one batch's units (16-byte aligned).
  const batchUnits = Math.min(units, perBatch * chunk);
  let scratchBytes = 0;
  for (const i of streamed) scratchBytes += roundUp(job.strides[i]! * batchUnits);
  const scratch = allocateBytes(k, scratchBytes);
  if (scratch === null) return null;
  try {
    for (let s = 0, at = scratch; s < streamed.length; s++) {
      starts[streamed[s]!] = at;
      at += roundUp(job.strides[streamed[s]!]! * batchUnits);
    }
    const heap = heapBytes(k);
    const copies = part !== 'compute';
    const compute = part !== 'copies';
    if (!copies) heap.fill(0, scratch, scratch + scratchBytes);
    let total = 0;
    let usedGroup = false;
    for (let first = 0; first < chunks; first += perBatch) {
      const count = Math.min(perBatch, chunks - first);
      const from = first * chunk;
      const to = Math.min(units, (first + count) * chunk);
      for (let i = 0; i < starts.length; i++) job.pointers[i] = starts[i]! + from * advances[i]!;
      for (const i of copies ? streamed : []) {
        const { array, output } = arrays[i]!;
        if (!output) heap.set(new Uint8Array(array.buffer, array.byteOffset + from * job.strides[i]!, (to - from) * job.strides[i]!), starts[i]!);
      }
      job.first = first;
      job.count = count;
      const parallel = !!g && count >= 2 && (to - from) * ns >= g.minMicroseconds * 1000;
      if (compute) total = parallel ? runOnGroup(k, g!, job, threads, total) : runHere(k, job, total);
      usedGroup ||= parallel && compute;
      for (const i of copies ? streamed : []) {
        const { array, output } = arrays[i]!;
        const bytes = (to - from) * job.strides[i]!;
        if (output) new Uint8Array(array.buffer, array.byteOffset + from * job.strides[i]!, bytes).set(heap.subarray(starts[i]!, starts[i]! + bytes));
      }
    }
    if (usedGroup) groupCalls++;
    return total;
  } finally {
    releaseBytes(k, scratch, scratchBytes);
  }
}

/** A job as this thread builds it (written into a job array for runChunkRange and the workers). */
interface Job {
  readonly kernel: number;
  /** Byte offsets of the arrays at chunk `first` (0: absent). */
  readonly pointers: number[];
  readonly strides: number[];
  readonly units: number;
  readonly chunk: number;
  readonly rest: readonly number[];
  /** First chunk of this batch, and how many. */
  first: number;
  count: number;
}

function writeJob(into: Float64Array, job: Job, threads: number): void {
  into[JOB.kernel] = job.kernel;
  into[JOB.pointerCount] = job.pointers.length;
  for (let i = 0; i < job.pointers.length; i++) {
    into[JOB.pointers + i] = job.pointers[i]!;
    into[JOB.strides + i] = job.strides[i]!;
  }
  into[JOB.units] = job.units;
  into[JOB.chunk] = job.chunk;
  into[JOB.restCount] = job.rest.length;
  for (let i = 0; i < job.rest.length; i++) into[JOB.rest + i] = job.rest[i]!;
  into[JOB.threads] = threads;
  into[JOB.chunks] = job.count;
  into[JOB.firstChunk] = job.first;
}

/** The batch on this thread: `total` plus its chunk sums, in order. */
function runHere(k: KernelExports, job: Job, total: number): number {
  writeJob(localJob, job, 1);
  return runChunkRange(kernelList(k), localJob, 0, job.count, null, total);
}

/** The batch shared with the workers: `total` plus its chunk sums, added in chunk order. */
function runOnGroup(k: KernelExports, g: WorkerGroup, job: Job, groupThreads: number, total: number): number {
  const threads = Math.min(groupThreads, job.count);
  const { counters, job: shared, sums } = controlViews(g.control);
  writeJob(shared, job, threads);
  Atomics.store(counters, COUNTER.done, 0);
  Atomics.store(counters, COUNTER.failed, 0);
  sequence = sequence >= 0x3fffffff ? 1 : sequence + 1;
  Atomics.store(counters, COUNTER.sequence, sequence);
  Atomics.notify(counters, COUNTER.sequence);
  // This thread is thread 0: the first share of the chunks.
  runChunkRange(kernelList(k), shared, 0, Math.floor(job.count / threads), sums, 0);
  waitForWorkers(counters, g);
  let sum = total;
  for (let c = 0; c < job.count; c++) sum += sums[c]!;
  return sum;
}

/** Waits until every worker has counted itself done (all of them answer each sequence number). */
function waitForWorkers(counters: Int32Array, g: WorkerGroup): void {
  let spins = 0;
  let slept = 0;
  for (let done = Atomics.load(counters, COUNTER.done); done < g.workers; done = Atomics.load(counters, COUNTER.done)) {
    if (++spins <= g.spin) continue;
    // 'timed-out' only when a worker stopped answering (killed from outside): fail loudly.
    if (Atomics.wait(counters, COUNTER.done, done, 1000) === 'timed-out' && ++slept >= 60) {
      throw new Error('losskit/threads: a worker thread did not answer for 60 s (terminated?); call disableThreads()');
    }
  }
  if (Atomics.load(counters, COUNTER.failed) !== 0) throw new InternalError('losskit/threads: a worker thread failed while running a kernel');
}
