/**
 * The training group of `npm run bench` (`npm run bench:train` runs it alone): one epoch of the
 * 784 -> 64 -> 10 MLP (problem.ts) on losskit's WASM runner, its TypeScript float64 reference,
 * numpy on one thread, and TensorFlow.js on its cpu and wasm backends, interleaved round-robin;
 * then `train()`'s own epoch time and the trials per minute of a typical search trial.
 */
import { availableParallelism, loadavg } from 'node:os';
import { train } from '../../src/train/trainer.js';
import { losskitTypeScriptTrainer, losskitWasmTrainer } from './losskit.js';
import { numpyTrainer } from './numpy.js';
import { trainingProblem, type EpochResult, type TrainingEngine, type TrainingProblem } from './problem.js';
import { tfjsTrainer } from './tfjs.js';
import { measureTrials, type TrialResult } from './trials.js';

export interface TrainingConfig {
  readonly rows: number;
  /** Timed epochs per engine (after the checked first epoch). */
  readonly rounds: number;
  readonly trials: number;
}

export const TRAINING_FULL: TrainingConfig = { rows: Infinity, rounds: 7, trials: 3 };
export const TRAINING_QUICK: TrainingConfig = { rows: 1280, rounds: 3, trials: 1 };

/** Pairs printed as "how many times slower a is than b". */
export const TRAINING_RATIOS: readonly (readonly [string, string])[] = [
  ['losskit-wasm', 'numpy'],
  ['tfjs-wasm', 'losskit-wasm'],
  ['tfjs-cpu', 'losskit-wasm'],
  ['losskit-ts64', 'losskit-wasm'],
];

/**
 * The first epoch's mean loss may differ between engines by float32 rounding compounded over
 * ~110 Adam steps (measured: a few 1e-4 relative); a different model or optimizer (a missing
 * bias correction, another epsilon, the loss summed instead of averaged) moves it by > 1e-2.
 */
const LOSS_TOLERANCE = 3e-3;

interface EngineRow {
  readonly engine: string;
  readonly status: 'timed' | 'failed';
  readonly note?: string;
  readonly firstEpochLoss?: number;
  readonly lossError?: number;
  readonly medianMs?: number;
  readonly samplesMs?: readonly number[];
  readonly description?: Record<string, string>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** train()'s own epochs (EpochRecord.seconds) on the problem, no validation split. */
function publicEpochMs(problem: TrainingProblem, precision: 'float32' | 'float64', epochs: number): number {
  const empty = { ...problem.dataset, rows: 0, features: new Float64Array(0), target: new Float64Array(0) };
  const split = { train: problem.dataset, validation: empty, test: empty, standardisation: { mean: new Float64Array(0), std: new Float64Array(0) }, outlierRows: [], seed: 1 };
  const model = train(split, { loss: 'cross-entropy', model: 'mlp', hidden: [problem.hidden], activation: 'relu', optimizer: 'adam', learningRate: problem.learningRate, batchSize: problem.batchSize, epochs, precision });
  return median(model.history.map((record) => record.seconds * 1000));
}

export async function runTrainingBench(cfg: TrainingConfig, log: (line: string) => void) {
  // The 1-minute load average before and after: on a shared machine it says how contended the run was.
  const loadBefore = loadavg()[0]!;
  const problem = trainingProblem(cfg.rows);
  const engines: TrainingEngine[] = [losskitWasmTrainer, losskitTypeScriptTrainer, numpyTrainer(1), tfjsTrainer('cpu'), tfjsTrainer('wasm')];
  const notes: string[] = [];
  const live: { engine: TrainingEngine; first: EpochResult; samples: number[] }[] = [];
  const rows: EngineRow[] = [];
  for (const engine of engines) {
    const why = await engine.init();
    if (why) { notes.push(why); continue; }
    try {
      await engine.prepare(problem);
      live.push({ engine, first: await engine.epoch(), samples: [] });
    } catch (error) {
      rows.push({ engine: engine.name, status: 'failed', note: (error as Error).message.split('\n')[0]! });
    }
  }
  const reference = live.find((e) => e.engine.name === 'losskit-ts64')?.first.meanLoss ?? live[0]?.first.meanLoss ?? Number.NaN;
  for (let round = 0; round < cfg.rounds; round++) {
    for (let k = 0; k < live.length; k++) {
      const entry = live[(k + round) % live.length]!;
      entry.samples.push((await entry.engine.epoch()).ms);
    }
    log(`training round ${round + 1}/${cfg.rounds}: ${live.map((e) => `${e.engine.name} ${e.samples.at(-1)!.toFixed(1)} ms`).join(', ')}`);
  }
  for (const { engine, first, samples } of live) {
    const lossError = Math.abs(first.meanLoss - reference) / reference;
    rows.push({
      engine: engine.name, status: 'timed', firstEpochLoss: first.meanLoss, lossError, medianMs: median(samples), samplesMs: samples,
      description: engine.describe(),
      ...(lossError > LOSS_TOLERANCE ? { note: `first-epoch loss differs by ${lossError.toExponential(1)} (tolerance ${LOSS_TOLERANCE})` } : {}),
    });
    await engine.close();
  }
  const publicApi = { float32: publicEpochMs(problem, 'float32', 3), float64: publicEpochMs(problem, 'float64', 2) };
  log(`train() epoch: float32 ${publicApi.float32.toFixed(1)} ms, float64 ${publicApi.float64.toFixed(1)} ms`);
  const trials: TrialResult[] = measureTrials(cfg.trials, log);
  const load = { before: loadBefore, after: loadavg()[0]!, cores: availableParallelism() };
  return { problem: describeProblem(problem), rounds: cfg.rounds, lossTolerance: LOSS_TOLERANCE, engines: rows, publicApi, trials, load, notes };
}

function describeProblem(problem: TrainingProblem) {
  const { rows, inputs, hidden, outputs, batchSize, learningRate, beta1, beta2, epsilon } = problem;
  return {
    model: `${inputs} -> ${hidden} -> ${outputs} MLP, ReLU, softmax cross-entropy (batch mean), Adam (lr ${learningRate}, betas ${beta1}/${beta2}, eps ${epsilon}), float32`,
    data: `MNIST (mnist package) training split, standardised, ${rows} rows, batches of ${batchSize} (${Math.ceil(rows / batchSize)} steps per epoch)`,
  };
}

export type TrainingResults = Awaited<ReturnType<typeof runTrainingBench>>;

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** The printed section. */
export function trainingReport(results: TrainingResults): string {
  const { load } = results;
  const lines = [
    `training: one epoch, ${results.problem.model}`,
    `  on ${results.problem.data}; median of ${results.rounds} interleaved epochs`,
    `  load average ${load.before.toFixed(1)} before, ${load.after.toFixed(1)} after, on ${load.cores} cores`,
    '',
  ];
  const steps = Number(/\((\d+) steps/.exec(results.problem.data)?.[1] ?? 1);
  lines.push('engine         ms/epoch  ms/step  first-epoch loss  vs reference');
  for (const row of results.engines) {
    if (row.status !== 'timed') { lines.push(`${row.engine.padEnd(13)}  failed: ${row.note}`); continue; }
    const flag = row.note ? ' *' : '';
    lines.push(`${row.engine.padEnd(13)}  ${fmt(row.medianMs!).padStart(8)}  ${fmt(row.medianMs! / steps).padStart(7)}  ${row.firstEpochLoss!.toFixed(6).padStart(16)}  ${row.lossError!.toExponential(1)}${flag}`);
  }
  const ms = (name: string) => results.engines.find((r) => r.engine === name)?.medianMs;
  lines.push('', 'ratios (a/b = how many times slower a is than b):');
  for (const [a, b] of TRAINING_RATIOS) {
    const [x, y] = [ms(a), ms(b)];
    if (x !== undefined && y !== undefined) lines.push(`  ${a} / ${b}: ${(x / y).toFixed(2)}`);
  }
  lines.push('', `train() itself (EpochRecord.seconds, no validation): float32 ${fmt(results.publicApi.float32)} ms, float64 ${fmt(results.publicApi.float64)} ms per epoch`);
  lines.push('', 'trials per minute (one train() + test predictions, one thread):');
  for (const t of results.trials) lines.push(`  ${t.task.padEnd(18)} ${t.precision} (${t.kernels.padEnd(10)}): ${t.medianSeconds.toFixed(3)} s per trial, ${t.trialsPerMinute.toFixed(1)} trials/min`);
  return lines.join('\n');
}
