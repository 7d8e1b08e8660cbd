/**
 * A losskit/threads worker thread (started by ./index.ts): instantiates the shared-memory
 * kernels over the memory it is given, reports ready, then serves jobs until told to stop.
 * Each job (layout in src/wasm/job.ts) is one chunked kernel call; this worker runs its share
 * of the chunks and writes their sums into the control buffer, which the calling thread adds
 * in chunk order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { COUNTER, JOB, controlViews, runChunkRange, type ChunkKernel } from '../wasm/job.js';

/** What ./index.ts hands each worker. */
export interface KernelWorkerData {
  readonly module: WebAssembly.Module;
  readonly memory: WebAssembly.Memory;
  readonly control: SharedArrayBuffer;
  /** This worker's thread number (the calling thread is 0). */
  readonly index: number;
  /** The chunked kernels' export names, in the order jobs number them. */
  readonly names: readonly string[];
  /** Spins before sleeping on Atomics.wait. */
  readonly spin: number;
}

function serve(data: KernelWorkerData, ready: () => void): void {
  const exports = new WebAssembly.Instance(data.module, { env: { memory: data.memory } }).exports;
  const kernels = data.names.map((name) => exports[name] as ChunkKernel);
  const { counters, job, sums } = controlViews(data.control);
  let seen = Atomics.load(counters, COUNTER.sequence);
  ready();
  for (;;) {
    let spins = 0;
    // Spin a little before sleeping: the next call often follows within microseconds.
    while (Atomics.load(counters, COUNTER.sequence) === seen) {
      if (++spins > data.spin) { Atomics.wait(counters, COUNTER.sequence, seen); spins = 0; }
    }
    seen = Atomics.load(counters, COUNTER.sequence);
    if (seen < 0) return;
    try {
      const threads = job[JOB.threads]!;
      const chunks = job[JOB.chunks]!;
      if (data.index < threads) {
        runChunkRange(kernels, job, Math.floor((data.index * chunks) / threads), Math.floor(((data.index + 1) * chunks) / threads), sums);
      }
    } catch {
      Atomics.store(counters, COUNTER.failed, 1);
    }
    Atomics.add(counters, COUNTER.done, 1);
    Atomics.notify(counters, COUNTER.done);
  }
}

const port = parentPort;
if (port) serve(workerData as KernelWorkerData, () => port.postMessage('ready'));
