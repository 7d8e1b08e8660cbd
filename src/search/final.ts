/**
 * The honest ending of a search: is the loss it found really better than the task's default?
 *
 * The search chose its winner on validation rows; the test rows, never seen by it, judge. The
 * winner and the default loss (mse / bce / cross-entropy with its default options and the
 * user's training settings: what one trains without a search) are each retrained on k seeds
 * (initialisation and batch order; the split stays the one the search held its test rows out
 * of) and scored on the test rows.
 *
 * Uncertainty has two sources here: which seed training had, and which rows the test set
 * happens to hold. compare's corrected resampled t-test reads both from evaluations with
 * different test rows; the test rows here are fixed (any other rows were used to choose the
 * winner), so both sources are resampled directly: a paired bootstrap that draws k seeds and
 * n test rows with replacement and recomputes the metric of both models on the same draw
 * (Efron & Tibshirani 1993, ch. 16; the row-level paired bootstrap compare's notes name, with
 * the seeds added as a second level). The difference's percentile interval decides: 'better'
 * or 'worse' only when it excludes 0, otherwise 'no significant difference'.
 */
import { createStream } from '../core/random.js';
import { accuracy, predictedClasses, prAuc, rmse } from '../metrics/index.js';
import { taskMetrics, train } from '../train/index.js';
import { trainConfig, type PreparedTask } from './objective.js';
import { DEFAULT_LOSS } from './space.js';
import type { FinalComparison, ModelScores, TrialConfig } from './types.js';

export const DEFAULT_REPEATS = 5;
export const BOOTSTRAP_RESAMPLES = 1000;
export const CONFIDENCE = 0.95;
/** Seeds of the retrained models: the study seed plus 1000 + j, apart from the seed every trial trained with. */
const RETRAIN_SEED_OFFSET = 1000;
const BOOTSTRAP_STREAM = 7;

/** The default loss with its default options, at the user's learning rate and weight decay. */
export function baselineConfig(task: PreparedTask, learningRate: number, weightDecay: number): TrialConfig {
  return { loss: DEFAULT_LOSS[task.task], lossOptions: {}, learningRate, weightDecay };
}

/** The primary metric on rows `rows` (indices into the test set, repeats allowed). */
export function metricOnRows(task: PreparedTask, predictions: Float64Array, rows: ArrayLike<number>): number {
  const y = task.split.test.target;
  const n = rows.length;
  const yTrue = new Float64Array(n);
  const width = task.task === 'multiclass' ? task.classes : 1;
  const picked = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    const row = rows[i] as number;
    yTrue[i] = y[row] as number;
    for (let c = 0; c < width; c++) picked[i * width + c] = predictions[row * width + c] as number;
  }
  switch (task.metric.name) {
    case 'rmse': return rmse(yTrue, picked);
    case 'prAuc': return yTrue.some((v) => v === 1) ? prAuc(yTrue, picked) : Number.NaN;
    case 'accuracy': return accuracy(yTrue, predictedClasses(picked, n, width));
    default: return taskMetrics(task.task, yTrue, picked, n, task.classes)[task.metric.name] ?? Number.NaN;
  }
}

function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const position = q * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}

/** Trains `config` on each seed and returns its test-set task predictions. */
export function retrain(task: PreparedTask, config: TrialConfig, seeds: readonly number[]): Float64Array[] {
  return seeds.map((seed) => {
    const model = train(task.split, trainConfig(task, config, seed));
    return model.predictTask(task.split.test.features, task.split.test.rows);
  });
}

/** Retrains both, bootstraps the difference and says which is better, if either. */
export function finalComparison(
  task: PreparedTask, best: { label: string; config: TrialConfig }, baseline: { label: string; config: TrialConfig },
  repeats = DEFAULT_REPEATS, onModel?: (done: number, total: number) => void,
): FinalComparison {
  const seeds = Array.from({ length: repeats }, (_, j) => task.spec.seed + RETRAIN_SEED_OFFSET + j);
  const a: Float64Array[] = [];
  const b: Float64Array[] = [];
  seeds.forEach((seed, j) => {
    for (const score of retrain(task, best.config, [seed])) a.push(score);
    onModel?.(2 * j + 1, 2 * repeats);
    for (const score of retrain(task, baseline.config, [seed])) b.push(score);
    onModel?.(2 * j + 2, 2 * repeats);
  });
  const n = task.split.test.rows;
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const scoresA = a.map((p) => metricOnRows(task, p, all));
  const scoresB = b.map((p) => metricOnRows(task, p, all));
  const random = createStream(task.spec.seed, BOOTSTRAP_STREAM);
  const meansA: number[] = [];
  const meansB: number[] = [];
  const differences: number[] = [];
  const rows = new Int32Array(n);
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    for (let i = 0; i < n; i++) rows[i] = Math.floor(random() * n);
    let sumA = 0;
    let sumB = 0;
    for (let s = 0; s < repeats; s++) {
      const j = Math.floor(random() * repeats);
      sumA += metricOnRows(task, a[j] as Float64Array, rows);
      sumB += metricOnRows(task, b[j] as Float64Array, rows);
    }
    // A draw without positives has no PR-AUC: it is left out (counted in `resamples`).
    if (Number.isNaN(sumA) || Number.isNaN(sumB)) continue;
    meansA.push(sumA / repeats);
    meansB.push(sumB / repeats);
    differences.push((sumA - sumB) / repeats);
  }
  const tail = (1 - CONFIDENCE) / 2;
  const sorted = (values: number[]) => [...values].sort((x, y) => x - y);
  const [sa, sb, sd] = [sorted(meansA), sorted(meansB), sorted(differences)];
  const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const summary = (label: string, config: TrialConfig, scores: number[], draws: number[]): ModelScores => ({
    label, config, scores, mean: mean(scores), low: percentile(draws, tail), high: percentile(draws, 1 - tail),
  });
  const low = percentile(sd, tail);
  const high = percentile(sd, 1 - tail);
  const below = sd.filter((d) => d <= 0).length / sd.length;
  const above = sd.filter((d) => d >= 0).length / sd.length;
  const pValue = Math.min(1, 2 * Math.min(below, above));
  const improves = task.metric.higherIsBetter ? low > 0 : high < 0;
  const worsens = task.metric.higherIsBetter ? high < 0 : low > 0;
  return {
    metric: task.metric.name, higherIsBetter: task.metric.higherIsBetter, seeds, testRows: n,
    best: summary(best.label, best.config, scoresA, sa),
    baseline: summary(baseline.label, baseline.config, scoresB, sb),
    difference: { mean: mean(scoresA) - mean(scoresB), low, high, pValue, confidence: CONFIDENCE, resamples: sd.length },
    verdict: improves ? 'better' : worsens ? 'worse' : 'no significant difference',
    method: `paired bootstrap over ${repeats} seeds × ${n} test rows (${sd.length} resamples), ${CONFIDENCE * 100} % percentile interval`,
  };
}
