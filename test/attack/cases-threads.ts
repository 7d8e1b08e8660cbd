import { LossError, allocateFloat32, getLoss, releaseWasmArray, setKernelBackend, wasmAvailable } from '../../src/index.js';
import { disableThreads, enableThreads } from '../../src/threads/index.js';
import { Defect, engineError, namesArgument, type Result, type Verdict } from './engine.js';
import { BAD_THREAD_OPTIONS, show } from './hostile.js';

/**
 * losskit/threads: bad options, allocations racing enableThreads()/disableThreads() (in the
 * same tick and in the next microtask), and non-finite inputs in a worker's share of a call.
 * Async, so these run outside the vm watchdog: a hang is a promise that does not settle in time.
 */

interface AsyncCase {
  readonly label: string;
  readonly expect: 'error' | 'finite-or-error';
  readonly names: readonly string[];
  run(): Promise<void>;
}

function overlaps(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

/** After a race: the survivor must live in the memory the kernels now use, and blocks must not alias. */
function checkMemory(survivor: Float32Array | null, shared: boolean): void {
  const probes = [allocateFloat32(64), allocateFloat32(64)];
  try {
    if (survivor) {
      const inShared = survivor.buffer instanceof SharedArrayBuffer;
      if (inShared !== shared) throw new Defect(`an array allocated during the switch lives in the ${inShared ? 'shared' : 'own'} memory, the kernels use the other`);
      if (probes.some((p) => overlaps(p, survivor))) throw new Defect('a later allocation aliases the array allocated during the switch');
      releaseWasmArray(survivor);
    }
    const again = allocateFloat32(64);
    const aliased = probes.some((p) => overlaps(p, again));
    releaseWasmArray(again);
    if (aliased) throw new Defect('after releasing the racing array, a new allocation aliases a live one');
  } finally {
    for (const p of probes) releaseWasmArray(p);
  }
}

/** Allocates in the same tick (sync) or the next microtask after starting a switch. */
async function race(switchTo: 'on' | 'off', when: 'same tick' | 'next microtask'): Promise<void> {
  if (switchTo === 'off') await enableThreads({ threads: 2 });
  let survivor: Float32Array | null = null;
  let raised: unknown = null;
  const attempt = () => {
    try { survivor = allocateFloat32(64); } catch (error) { raised = error; }
  };
  const switching = switchTo === 'on' ? enableThreads({ threads: 2 }) : disableThreads();
  if (when === 'same tick') attempt();
  else queueMicrotask(attempt);
  let switchError: unknown = null;
  try { await switching; } catch (error) { switchError = error; }
  if (switchError && !survivor) throw switchError;
  if (switchError && survivor) {
    releaseWasmArray(survivor);
    throw switchError;
  }
  checkMemory(survivor, switchTo === 'on');
  await disableThreads();
  if (raised) throw raised;
}

/** A NaN in the last element: inside the last worker's share of the chunks. */
function nanInWorkerShare(loss: string): () => Promise<void> {
  return async () => {
    await enableThreads({ threads: 2, minMicroseconds: 0 });
    const n = 3 * 16384 + 13;
    const x = allocateFloat32(n);
    const y = allocateFloat32(n);
    try {
      for (let i = 0; i < n; i++) { x[i] = Math.sin(i); y[i] = (i % 3) / 2; }
      x[n - 1] = Number.NaN;
      getLoss(loss).evaluate({ input: x, target: y }, {}, { grad: true });
    } finally {
      releaseWasmArray(x);
      releaseWasmArray(y);
      await disableThreads();
    }
  };
}

function cases(): AsyncCase[] {
  const list: AsyncCase[] = [];
  for (const options of BAD_THREAD_OPTIONS) {
    const [key] = Object.keys(options);
    list.push({ label: `enableThreads({ ${key}: ${show(options[key!])} })`, expect: 'error', names: [key!], run: () => enableThreads(options as never).then(() => undefined) });
  }
  for (const switchTo of ['on', 'off'] as const) {
    for (const when of ['same tick', 'next microtask'] as const) {
      list.push({ label: `allocation in the ${when} after ${switchTo === 'on' ? 'enableThreads()' : 'disableThreads()'}`, expect: 'finite-or-error', names: [], run: () => race(switchTo, when) });
    }
  }
  list.push({
    label: 'enableThreads() while a view is live', expect: 'error', names: [],
    run: async () => {
      const live = allocateFloat32(8);
      try { await enableThreads({ threads: 2 }); } finally { releaseWasmArray(live); await disableThreads(); }
    },
  });
  for (const loss of ['mse', 'huber', 'bce-with-logits', 'kl-div', 'sigmoid-focal']) {
    list.push({ label: `${loss}: NaN in the last worker's share`, expect: 'error', names: ['input'], run: nanInWorkerShare(loss) });
  }
  return list;
}

async function settle(c: AsyncCase, limitMs: number): Promise<{ verdict: Verdict; detail: string }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'hang'>((resolve) => { timer = setTimeout(() => resolve('hang'), limitMs); });
  try {
    const outcome = await Promise.race([c.run().then(() => 'ok' as const), timeout]);
    if (outcome === 'hang') return { verdict: 'hang', detail: `no answer in ${limitMs} ms` };
    return c.expect === 'error' ? { verdict: 'accepted', detail: 'no error' } : { verdict: 'handled', detail: '' };
  } catch (error) {
    if (error instanceof Defect) return { verdict: 'wrong-value', detail: error.message };
    if (!(error instanceof LossError)) return { verdict: engineError(error) ? 'type-error' : 'untyped-error', detail: `${(error as Error).name}: ${(error as Error).message}` };
    if (!namesArgument(error, c.names)) return { verdict: 'unnamed-error', detail: error.message };
    return { verdict: 'handled', detail: '' };
  } finally {
    clearTimeout(timer);
  }
}

/** Every threads case, in order (each leaves threads off). Skipped (empty) without WASM. */
export async function threadResults(limitMs = 20_000): Promise<Result[]> {
  if (!wasmAvailable()) return [];
  setKernelBackend('wasm');
  const results: Result[] = [];
  for (const c of cases()) {
    const { verdict, detail } = await settle(c, limitMs);
    results.push({ area: 'threads', target: 'losskit/threads', label: c.label, verdict, detail });
    try { await disableThreads(); } catch { /* a case left views live; the next case reports what follows */ }
  }
  setKernelBackend('auto');
  return results;
}
