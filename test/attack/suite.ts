import { listLosses, setKernelBackend, wasmAvailable, type LossEntry } from '../../src/index.js';
import { KERNEL_EXPORTS } from '../../src/wasm/kernel-table.js';
import { kernelCallCount } from '../../src/wasm/runner.js';
import { inputCases, type Backend } from './cases-inputs.js';
import { optionCases } from './cases-options.js';
import { gradCases } from './cases-grads.js';
import { allocatorCases, releasedViewCases } from './cases-wasm.js';
import { threadResults } from './cases-threads.js';
import { AREAS, BASE_SEED, basePoint, runCases, tally, type AttackCase, type Result } from './engine.js';

/**
 * The whole attack: every registry entry crossed with every hostile fixture, in every call
 * form and dtype, on TypeScript and (where the entry has one) its WASM path, plus the WASM
 * allocator and losskit/threads. Used by the
 * standing test (attack.test.ts) and by the report (report.ts), which prints the counts.
 */

/** ATTACK_FULL=1: every reduction in every call form, and the WASM backend from the default point too. */
export const FULL = process.env.ATTACK_FULL === '1';

function wasmCalls(): number {
  return KERNEL_EXPORTS.reduce((sum, kernel) => sum + kernelCallCount(kernel), 0);
}

/** Calls of the entry (every reduction, both dtypes) at one sample point made WASM kernel calls. */
function runsWasm(entry: LossEntry, seed: number): boolean {
  const before = wasmCalls();
  for (const dtype of ['float32', 'float64'] as const) {
    const { inputs, options } = basePoint(entry, dtype, seed);
    for (const reduction of entry.reductions) {
      try { entry.evaluate(inputs, { ...options, reduction }, { grad: true }); } catch { /* a sample may be rejected on some reduction */ }
    }
  }
  return wasmCalls() > before;
}

/**
 * A sample seed whose point runs a WASM kernel (forced backend, so size does not matter), or
 * null when the entry has no WASM path. The 'wasm' backend attacks that point: WASM kernels
 * take only some options (cross-entropy without weights, triplet with p = 2), so the default
 * point may never reach one. Detected, not listed: a loss that gains a WASM kernel is attacked
 * on it automatically.
 */
export function wasmSeed(entry: LossEntry): number | null {
  if (!wasmAvailable()) return null;
  setKernelBackend('wasm');
  try {
    for (const seed of [BASE_SEED, ...Array.from({ length: 60 }, (_, i) => i + 1)]) if (runsWasm(entry, seed)) return seed;
    return null;
  } finally {
    setKernelBackend('auto');
  }
}

/** Every synchronous case of one entry (all areas) under one backend, from the point of `seed`. */
export function entryCases(entry: LossEntry, backend: Backend, seed = BASE_SEED): AttackCase[] {
  return [...inputCases(entry, backend, seed), ...optionCases(entry, backend, seed), ...gradCases(entry, backend, seed)];
}

export interface RunLimits { readonly perCaseMs?: number; readonly batchMs?: number }

/**
 * Runs one entry's cases on TypeScript, and on WASM from a point that reaches its WASM kernel
 * (with ATTACK_FULL=1, on WASM from the default point as well).
 */
export function attackEntry(entry: LossEntry, limits: RunLimits = {}): Result[] {
  const runs: [Backend, number][] = [['ts', BASE_SEED]];
  const seed = wasmSeed(entry);
  if (seed !== null) runs.push(['wasm', seed]);
  if (FULL && wasmAvailable() && seed !== BASE_SEED) runs.push(['wasm', BASE_SEED]);
  const results: Result[] = [];
  for (const [backend, at] of runs) {
    setKernelBackend(backend);
    try {
      results.push(...runCases(entryCases(entry, backend, at), limits));
    } finally {
      setKernelBackend('auto');
    }
  }
  return results;
}

export function attackAllocator(limits: RunLimits = {}): Result[] {
  if (!wasmAvailable()) return [];
  const cases = [...allocatorCases(), ...listLosses().flatMap((entry) => releasedViewCases(entry))];
  return runCases(cases, limits);
}

export async function attackEverything(limits: RunLimits = {}, onEntry?: (entry: LossEntry, results: Result[]) => void): Promise<Result[]> {
  const results: Result[] = [];
  for (const entry of listLosses()) {
    const r = attackEntry(entry, limits);
    onEntry?.(entry, r);
    results.push(...r);
  }
  results.push(...attackAllocator(limits));
  results.push(...await threadResults());
  return results;
}

/** The counts table: per area, tried / handled / bad, and the bad ones by kind. */
export function formatTally(results: readonly Result[]): string {
  const rows = [['area', 'tried', 'handled', 'bad', 'bad by kind']];
  let tried = 0;
  let handled = 0;
  for (const [area, t] of tally(results)) {
    tried += t.tried;
    handled += t.handled;
    const kinds = [...t.kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    rows.push([area, String(t.tried), String(t.handled), String(t.bad), kinds]);
  }
  rows.push(['all', String(tried), String(handled), String(tried - handled), '']);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

export { AREAS };
