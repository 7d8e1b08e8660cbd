/**
 * The layout of one chunked kernel call ("job"), shared by the thread that makes it
 * (src/wasm/runner.ts) and the worker threads that run parts of it (src/threads/worker.ts):
 * both import the slot names below, so renumbering the layout changes both sides at once.
 *
 * A job lives in a Float64Array: in a local array for a call on one thread, or in the shared
 * control buffer of losskit/threads, where the workers read it. The control buffer also holds
 * three int32 counters (sequence, done, failed) and one float64 slot per chunk for its sum.
 */

/** Slots of a job (float64 each). */
export const JOB = {
  /** Index of the kernel's export in the names list the workers were started with. */
  kernel: 0,
  /** How many pointer slots are used. */
  pointerCount: 1,
  /** MAX_POINTERS byte offsets of the kernel's arrays at `firstChunk` (0: absent). */
  pointers: 2,
  /** MAX_POINTERS strides: bytes per unit of each array. */
  strides: 10,
  /** Units of the whole call (elements, or rows). */
  units: 18,
  /** Units per chunk. */
  chunk: 19,
  restCount: 20,
  /** MAX_REST arguments after the count (e.g. delta and gradScale). */
  rest: 21,
  /** Threads sharing the chunks, this one included. */
  threads: 25,
  /** Chunks in this job: [firstChunk, firstChunk + chunks). */
  chunks: 26,
  /** The job's first chunk, numbered in the whole call (the pointers point at it). */
  firstChunk: 27,
} as const;

export const JOB_SLOTS = 32;
export const MAX_POINTERS = 8;
export const MAX_REST = 4;

/** Chunks per call at most (the control buffer's slots for chunk sums). */
export const MAX_CHUNKS = 4096;

/** int32 slots at the start of the control buffer. */
export const COUNTER = { sequence: 0, done: 1, failed: 2 } as const;
export const COUNTER_SLOTS = 16;
/** Byte offsets in the control buffer: the job, then the chunk sums. */
export const JOB_BYTE = 64;
export const SUMS_BYTE = 512;
export const CONTROL_BYTES = SUMS_BYTE + 8 * MAX_CHUNKS;

/** A kernel export as the job runner sees it: (...pointers, count, ...rest) -> chunk sum. */
export type ChunkKernel = (...args: number[]) => number;

/** The views of a control buffer, made the same way on every thread. */
export function controlViews(control: SharedArrayBuffer) {
  return {
    counters: new Int32Array(control, 0, COUNTER_SLOTS),
    job: new Float64Array(control, JOB_BYTE, JOB_SLOTS),
    sums: new Float64Array(control, SUMS_BYTE, MAX_CHUNKS),
  };
}

/**
 * Runs chunks [from, to) (numbered within the job) of `job` on `kernels`. With `sums`, stores
 * each chunk's sum at its slot and returns `total`; without, returns `total` plus the chunk
 * sums, added one by one in order (so batches of one call add up exactly as one job would).
 */
export function runChunkRange(
  kernels: readonly ChunkKernel[], job: Float64Array, from: number, to: number, sums: Float64Array | null, total = 0,
): number {
  const kernel = kernels[job[JOB.kernel]!]!;
  const pointerCount = job[JOB.pointerCount]!;
  const units = job[JOB.units]!;
  const chunk = job[JOB.chunk]!;
  const restCount = job[JOB.restCount]!;
  const first = job[JOB.firstChunk]!;
  const args: number[] = [];
  for (let c = from; c < to; c++) {
    const offset = c * chunk;
    args.length = 0;
    for (let i = 0; i < pointerCount; i++) {
      const pointer = job[JOB.pointers + i]!;
      // A zero pointer (absent array) stays zero.
      args.push(pointer === 0 ? 0 : pointer + offset * job[JOB.strides + i]!);
    }
    args.push(Math.min(chunk, units - (first + c) * chunk));
    for (let i = 0; i < restCount; i++) args.push(job[JOB.rest + i]!);
    const sum = kernel(...args);
    if (sums) sums[c] = sum;
    else total += sum;
  }
  return total;
}
