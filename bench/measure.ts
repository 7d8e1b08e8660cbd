import { generate, type FloatData, type InputArray } from './data.js';
import type { Engine, Prepared, RunResult } from './engines/engine.js';
import { buildCall, concatGrads, evaluateCall } from './engines/losskit.js';
import type { Workload } from './workloads.js';
import { maxOf } from '../src/core/extent.js';

/**
 * The protocol of one row: draw the inputs once, compute the reference, check every engine's
 * value and gradient against it, then time the engines interleaved round-robin, so drifts in
 * clock speed or memory state hit all engines alike, and report the median ms per call.
 */

export interface TimingConfig {
  /** Wall time each engine should get on a row (its batches over all rounds). */
  readonly budgetMs: number;
  readonly minRounds: number;
  readonly maxRounds: number;
  /** A calibration batch is grown until it takes this long. */
  readonly calibrateMs: number;
}

export interface Cell {
  readonly engine: string;
  readonly status: 'timed' | 'unsupported' | 'skipped' | 'failed';
  readonly note?: string;
  readonly medianMs?: number;
  /** ms per call of each round (a round times `callsPerRound` back-to-back calls). */
  readonly samplesMs?: readonly number[];
  readonly callsPerRound?: number;
  readonly value?: number;
  /** |value - reference| / |reference|. */
  readonly valueError?: number;
  /** max |grad - reference| / max |reference| over all differentiable inputs; null when not checked. */
  readonly gradError?: number | null;
  readonly accurate?: boolean;
}

export interface RowResult {
  readonly workload: Workload;
  readonly reference: { readonly value: number; readonly source: string };
  readonly cells: readonly Cell[];
}

/**
 * float32: 1e-4 (~1700 eps32) passes any float32 computation whose sums are pairwise or
 * wider, and flags a formula slip or a sequential float32 sum over millions of terms
 * (tfjs-wasm's mean is off by ~1e-2 at 1e7). float64: 1e-9 (~4.5e6 eps64), the same idea.
 */
export const TOLERANCE = { float32: 1e-4, float64: 1e-9 } as const;

/** Above this many elements the float32 reference is losskit itself (no float64 copies). */
const UPCAST_LIMIT = 3e7;

function upcast(arrays: readonly InputArray[]): InputArray[] {
  return arrays.map((a) => (a instanceof Float32Array ? Float64Array.from(a) : a));
}

/** The reference: losskit on float64 copies of the inputs (float64 math, float64 sums). */
function reference(w: Workload, inputs: readonly InputArray[]): { value: number; grad: FloatData | null; source: string } {
  const big = w.elements > UPCAST_LIMIT;
  const arrays = w.dtype === 'float32' && !big ? upcast(inputs) : inputs;
  const call = buildCall(w, arrays);
  const value = evaluateCall(call);
  if (big) return { value, grad: null, source: 'losskit float32 (row too large for float64 copies; gradients not compared)' };
  return { value, grad: concatGrads(call), source: 'losskit on float64 copies of the inputs' };
}

function relativeGradError(got: FloatData, want: FloatData): number {
  if (got.length !== want.length) return Infinity;
  let maxDiff = 0;
  let maxRef = 0;
  for (let i = 0; i < want.length; i++) {
    const d = Math.abs(got[i]! - want[i]!);
    if (!(d <= maxDiff)) maxDiff = d; // NaN-safe: a NaN difference becomes the maximum
    maxRef = Math.max(maxRef, Math.abs(want[i]!));
  }
  return maxRef === 0 ? maxDiff : maxDiff / maxRef;
}

function check(w: Workload, ref: { value: number; grad: FloatData | null }, got: RunResult) {
  const valueError = Math.abs(got.value - ref.value) / Math.max(Math.abs(ref.value), Number.MIN_VALUE);
  const gradError = ref.grad && got.grad ? relativeGradError(got.grad, ref.grad) : null;
  const tolerance = TOLERANCE[w.dtype];
  const accurate = valueError <= tolerance && (gradError === null || gradError <= tolerance);
  return { value: got.value, valueError, gradError, accurate };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * ms per call, from batches grown until one takes `calibrateMs`. The check call before it
 * was the first warm-up; a first batch already that long (tfjs-cpu at 1e7: seconds) is
 * taken as is rather than repeated.
 */
async function calibrate(p: Prepared, cfg: TimingConfig): Promise<number> {
  let calls = 1;
  for (;;) {
    const ms = await p.time(calls);
    if (ms >= cfg.calibrateMs || calls >= 1e7) return ms / calls;
    calls = Math.ceil(calls * Math.min(100, Math.max(2, (1.2 * cfg.calibrateMs) / Math.max(ms, 1e-3))));
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

export async function measureRow(w: Workload, engines: readonly Engine[], cfg: TimingConfig): Promise<RowResult> {
  const inputs = generate(w);
  const ref = reference(w, inputs);
  const cells = new Map<string, Cell>();
  const live: { engine: Engine; prepared: Prepared; perCall: number; accuracy: ReturnType<typeof check> }[] = [];

  for (const engine of engines) {
    if (w.onlyEngines && !w.onlyEngines.names.includes(engine.name)) {
      cells.set(engine.name, { engine: engine.name, status: 'skipped', note: w.onlyEngines.reason });
      continue;
    }
    if (!engine.supports(w)) {
      cells.set(engine.name, { engine: engine.name, status: 'unsupported' });
      continue;
    }
    let prepared: Prepared | null = null;
    try {
      prepared = await engine.prepare(w, inputs);
      const accuracy = check(w, ref, await prepared.run(ref.grad !== null));
      live.push({ engine, prepared, perCall: await calibrate(prepared, cfg), accuracy });
    } catch (error) {
      if (prepared) await prepared.dispose().catch(() => undefined);
      cells.set(engine.name, { engine: engine.name, status: 'failed', note: message(error) });
    }
  }

  // One round count for all (set by the slowest engine's call), then each engine's batch
  // size fills its budget over those rounds.
  const slowest = maxOf(live.map((e) => e.perCall), 0);
  const rounds = Math.min(cfg.maxRounds, Math.max(cfg.minRounds, Math.floor(cfg.budgetMs / Math.max(slowest, 1e-6))));
  const batch = live.map((e) => Math.max(1, Math.round(cfg.budgetMs / (rounds * e.perCall))));
  const samples: number[][] = live.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < live.length; k++) {
      const i = (k + r) % live.length; // rotate the order each round
      samples[i]!.push((await live[i]!.prepared.time(batch[i]!)) / batch[i]!);
    }
  }

  for (const [i, { engine, prepared, accuracy }] of live.entries()) {
    cells.set(engine.name, {
      engine: engine.name, status: 'timed', medianMs: median(samples[i]!), samplesMs: samples[i]!, callsPerRound: batch[i]!, ...accuracy,
    });
    await prepared.dispose();
  }
  return { workload: w, reference: { value: ref.value, source: ref.source }, cells: engines.map((e) => cells.get(e.name)!) };
}
