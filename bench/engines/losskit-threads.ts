import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wasmAvailable } from '../../src/wasm/index.js';
import type { Engine, Prepared } from './engine.js';
import { coveredByWasm } from './losskit-wasm.js';
import { scratchFile } from './scratch.js';
import { LineProcess, numberField, readFloats } from './subprocess.js';

/**
 * losskit-wasm-mt: the WASM kernels with losskit/threads on (one thread per core, this one
 * included), arrays in WASM memory (zero-copy), through the public API. It runs in its own
 * Node process (engines/losskit-threads-child.ts): threads switch the process to a shared
 * WASM memory, which the in-process losskit-wasm engines must not see.
 */
const here = dirname(fileURLToPath(import.meta.url));

export function losskitThreadsEngine(): Engine {
  let proc: LineProcess | null = null;
  let threads = 0;
  return {
    name: 'losskit-wasm-mt',
    label: 'losskit-wasm (threads)',
    async init() {
      if (!wasmAvailable()) return 'losskit-wasm-mt: WebAssembly SIMD unavailable (or the module not built)';
      proc = new LineProcess(process.execPath, ['--import', 'tsx', join(here, 'losskit-threads-child.ts')]);
      try {
        threads = numberField(await proc.greeting(), 'threads');
        return null;
      } catch (error) {
        return `losskit-wasm-mt: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
    describe() { return { kernels: `as losskit-wasm-zc, plus losskit/threads: ${threads} threads (this one included), own Node process` }; },
    supports: coveredByWasm,
    async prepare(w): Promise<Prepared> {
      const p = proc;
      if (!p) throw new Error('losskit-wasm-mt: not started');
      await p.request(`prepare ${JSON.stringify(w)}`);
      return {
        async run(wantGrad) {
          const path = wantGrad ? scratchFile('losskit-wasm-mt-grad.bin') : '-';
          const value = numberField(await p.request(`check ${path}`), 'value');
          return { value, grad: wantGrad ? readFloats(path, w.dtype) : null };
        },
        async time(calls) { return numberField(await p.request(`time ${calls}`), 'ms'); },
        async dispose() { await p.request('free'); },
      };
    },
    async close() { await proc?.close(); },
  };
}
