import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineProcess, numberField } from '../engines/subprocess.js';
import type { TrainingEngine, TrainingProblem } from './problem.js';

/**
 * numpy on the training workload (numpy_train.py): one long-lived python3, its BLAS pinned to
 * `threads` threads through the environment (OpenBLAS, OpenMP and MKL read theirs at start),
 * timed inside Python. Skipped with a note where python3 or numpy is missing.
 */
const script = join(dirname(fileURLToPath(import.meta.url)), 'numpy_train.py');

function pythonEnv(threads: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, OPENBLAS_NUM_THREADS: String(threads), OMP_NUM_THREADS: String(threads), MKL_NUM_THREADS: String(threads) };
  // Some sandboxes set these for other tools; they can make OpenBLAS mis-tune here.
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  return env;
}

export function numpyTrainer(threads = 1): TrainingEngine {
  const name = threads === 1 ? 'numpy' : `numpy-${threads}t`;
  let proc: LineProcess | null = null;
  let versions: Record<string, string> = {};
  return {
    name,
    async init() {
      const p = new LineProcess('python3', [script], pythonEnv(threads));
      try {
        const hello = await p.greeting();
        versions = Object.fromEntries(Object.entries(hello).map(([k, v]) => [k, String(v)]));
        proc = p;
        return null;
      } catch (error) {
        await p.close();
        return `${name} skipped: ${(error as Error).message}`;
      }
    },
    describe() { return versions; },
    async prepare(problem: TrainingProblem) {
      if (!proc) throw new Error(`${name}: not started`);
      const { rows, inputs, hidden, outputs, batchSize, learningRate, beta1, beta2, epsilon, files } = problem;
      await proc.request(JSON.stringify({ cmd: 'prepare', ...files, rows, inputs, hidden, outputs, batchSize, learningRate, beta1, beta2, epsilon }));
    },
    async epoch() {
      if (!proc) throw new Error(`${name}: not started`);
      const reply = await proc.request(JSON.stringify({ cmd: 'epoch' }));
      return { ms: numberField(reply, 'ms'), meanLoss: numberField(reply, 'meanLoss') };
    },
    async close() { await proc?.close(); },
  };
}
