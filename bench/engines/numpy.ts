import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workload } from '../workloads.js';
import type { Engine, Prepared } from './engine.js';
import { LineProcess, numberField, readFloats } from './subprocess.js';
import { scratchFile } from './scratch.js';

/**
 * numpy as a peer: ONE long-lived python3 process (numpy-engine.py) running idiomatic
 * vectorised value+gradient code, timed inside Python with time.perf_counter. Skipped with
 * a note where python3 or numpy is missing.
 */

const script = join(dirname(fileURLToPath(import.meta.url)), 'numpy-engine.py');

/**
 * The process's environment: without OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE, which some
 * sandboxes set for other tools and which can make OpenBLAS refuse to load or mis-tune here.
 */
function pythonEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  return env;
}

export function numpyEngine(): Engine {
  let proc: LineProcess | null = null;
  let versions: Record<string, string> = {};
  return {
    name: 'numpy',
    label: 'numpy',
    async init() {
      const p = new LineProcess('python3', [script], pythonEnv());
      try {
        const hello = await p.greeting();
        versions = { numpy: String(hello.numpy), python: String(hello.python) };
        proc = p;
        return null;
      } catch (error) {
        await p.close();
        return `numpy skipped: ${(error as Error).message}`;
      }
    },
    describe() { return versions; },
    supports() { return true; },
    async prepare(w: Workload): Promise<Prepared> {
      const p = proc;
      if (!p) throw new Error('numpy: not started');
      const { kernel, dtype, dims, seed, arrays, options } = w;
      await p.request(JSON.stringify({ cmd: 'prepare', kernel, dtype, dims, seed, arrays, options }));
      return {
        async run(wantGrad) {
          const path = wantGrad ? scratchFile('numpy-grad.bin') : null;
          const value = numberField(await p.request(JSON.stringify({ cmd: 'check', gradPath: path })), 'value');
          return { value, grad: path ? readFloats(path, dtype) : null };
        },
        async time(calls) { return numberField(await p.request(JSON.stringify({ cmd: 'time', calls })), 'ms'); },
        async dispose() { await p.request(JSON.stringify({ cmd: 'free' })); },
      };
    },
    async close() { await proc?.close(); },
  };
}
