import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workload } from '../workloads.js';
import type { Engine, Prepared } from './engine.js';
import { LineProcess, numberField, readFloats } from './subprocess.js';
import { scratchFile } from './scratch.js';

/**
 * The floors: bench/c/kernels.c compiled by the harness with the system's gcc, once with
 * `-O3 -march=native -fopenmp-simd` (engine `c`: the loops' `omp simd` pragmas let it
 * vectorise their sums) and once adding `-ffast-math` (engine `c-fast-math`: gcc may then
 * also call glibc's vectorised exp/log1p), and engine `c-fast-math-mt`: the latter with
 * `-fopenmp -DTHREADS`, the loops split across OpenMP threads (one per core), the floor for
 * losskit/threads. Each runs as one
 * long-lived process that draws its inputs with the shared generator and times itself with
 * clock_gettime, so the numbers contain neither IPC nor process start.
 */

const here = dirname(fileURLToPath(import.meta.url));
export const C_SOURCE_DIR = join(here, '..', 'c');
export const BUILD_DIR = join(here, '..', 'build');

const C_KERNELS = new Set(['mse', 'huber', 'bce-with-logits', 'softmax-ce']);

export function gccVersion(): string | null {
  try {
    return execFileSync('gcc', ['-dumpfullversion'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Compiles one C program into bench/build; returns the binary's path. Throws with gcc's message. */
export function compileC(source: string, output: string, flags: readonly string[]): string {
  mkdirSync(BUILD_DIR, { recursive: true });
  const binary = join(BUILD_DIR, output);
  execFileSync('gcc', [...flags, '-o', binary, join(C_SOURCE_DIR, source), '-lm'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return binary;
}

const FLAGS: Readonly<Record<CEngineName, readonly string[]>> = {
  'c': ['-O3', '-march=native', '-fopenmp-simd'],
  'c-fast-math': ['-O3', '-march=native', '-fopenmp-simd', '-ffast-math'],
  'c-fast-math-mt': ['-O3', '-march=native', '-fopenmp', '-ffast-math', '-DTHREADS'],
};
const LABELS: Readonly<Record<CEngineName, string>> = { 'c': 'C -O3', 'c-fast-math': 'C fast', 'c-fast-math-mt': 'C fast (threads)' };

export type CEngineName = 'c' | 'c-fast-math' | 'c-fast-math-mt';

export function cEngine(name: CEngineName): Engine {
  const flags = FLAGS[name];
  let proc: LineProcess | null = null;
  return {
    name,
    label: LABELS[name],
    async init() {
      if (!gccVersion()) return 'gcc not found: C floors skipped';
      try {
        proc = new LineProcess(compileC('kernels.c', `kernels-${name}`, flags), []);
        return null;
      } catch (error) {
        return `gcc failed: ${(error as { stderr?: Buffer }).stderr?.toString().trim() ?? String(error)}`;
      }
    },
    describe() {
      const threads = name === 'c-fast-math-mt' ? { threads: `OpenMP default (${availableParallelism()} cores)` } : {};
      return { compiler: `gcc ${gccVersion() ?? '?'}`, flags: flags.join(' '), ...threads };
    },
    supports(w) { return C_KERNELS.has(w.kernel); },
    async prepare(w: Workload): Promise<Prepared> {
      const p = proc;
      if (!p) throw new Error(`${name}: not started`);
      const [d0 = 0, d1 = 1] = w.kernel === 'softmax-ce' ? w.dims : [w.dims[0], 1];
      const arrays = w.arrays.map((a) => (a.kind === 'int' ? `I ${a.lo} ${a.count}` : `U ${a.lo} ${a.hi}`)).join(' ');
      await p.request(`prepare ${w.kernel} ${w.dtype} ${d0} ${d1} ${w.options.delta ?? 0} ${w.seed} ${w.arrays.length} ${arrays}`);
      return {
        async run(wantGrad) {
          const path = wantGrad ? scratchFile(`${name}-grad.bin`) : '-';
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
