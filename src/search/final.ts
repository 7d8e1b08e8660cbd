/**
 * The honest ending of a search: is the loss it found really better than the task's default?
 *
 * The search chose its winner on validation rows. The final comparison then measures, with
 * `compare`'s method and statistics (src/stats), three models by K-fold cross-validation over
 * the whole table (R repeats; within a fold every model trains from the same initialisation
 * on the same rows, for the search's epochs):
 *
 *  - the winner (its loss, options, learning rate and weight decay);
 *  - the default: the task's default loss (mse / bce / cross-entropy, default options) at the
 *    user's learning rate and weight decay — what one trains without a search;
 *  - the default at the winner's learning rate and weight decay — so a winner that won only
 *    through its learning rate is exposed (skipped when the winner is the default loss itself).
 *
 * Each model's test metric is a mean with its Nadeau–Bengio corrected interval; the winner is
 * compared with each default by the corrected resampled t-test on the paired per-fold
 * differences (Nadeau & Bengio 2003; the test `compare` crowns winners with). The verdict
 * against the default is 'better' or 'worse' only when the 95 % interval of the difference
 * excludes 0, otherwise 'no clear answer'.
 *
 * One caveat the method cannot remove: the folds' test rows include the rows the search used
 * for validation, so a winner chosen among many trials carries a small selection optimism
 * (about the validation share of each test fold); the default at the searched settings shares
 * that optimism only through its learning rate, which is why it is the stricter comparison.
 */
import { prepareSplit, type PreparedSplit } from '../data/index.js';
import { correctedResampledTTest, DEFAULT_CONFIDENCE, formatEstimate, resampledMean, type ResamplingDesign } from '../stats/index.js';
import { taskMetrics, train } from '../train/index.js';
import { trainConfig, type PreparedTask } from './objective.js';
import { DEFAULT_LOSS } from './space.js';
import type { FinalComparison, ModelScores, PairedDifference, TrialConfig, Verdict } from './types.js';

export const DEFAULT_FOLDS = 5;
export const DEFAULT_REPEATS = 1;

/** The default loss with its default options, at the given learning rate and weight decay. */
export function baselineConfig(task: PreparedTask, learningRate: number, weightDecay: number): TrialConfig {
  return { loss: DEFAULT_LOSS[task.task], lossOptions: {}, learningRate, weightDecay };
}

/** True when `config` is the task's default loss with its default options (whatever its lr/wd). */
export function isDefaultLoss(task: PreparedTask, config: TrialConfig): boolean {
  return config.loss === DEFAULT_LOSS[task.task] && Object.keys(config.lossOptions).length === 0;
}

/** The task's primary metric of `predictions` on a split's test rows. */
export function testMetric(task: PreparedTask, split: PreparedSplit, predictions: Float64Array): number {
  const { test } = split;
  return taskMetrics(task.task, test.target, predictions, test.rows, task.classes)[task.metric.name] ?? Number.NaN;
}

function trainOn(task: PreparedTask, split: PreparedSplit, config: TrialConfig, seed: number): number {
  const model = train(split, trainConfig(task, config, seed, split));
  if (model.divergedAtEpoch !== undefined) return Number.NaN;
  return testMetric(task, split, model.predictTask(split.test.features, split.test.rows));
}

function scores(label: string, config: TrialConfig, values: number[], design: ResamplingDesign): ModelScores {
  const summary = resampledMean(values, design);
  return { label, config, scores: values, mean: summary.mean, low: summary.low, high: summary.high, halfWidth: summary.halfWidth };
}

/** The paired corrected resampled t-test of `a` against `b`, and what it allows one to say. */
export function pairedDifference(a: ModelScores, b: ModelScores, higherIsBetter: boolean, design: ResamplingDesign): PairedDifference {
  const test = correctedResampledTTest(a.scores, b.scores, design);
  const excludesZero = test.low > 0 || test.high < 0;
  const gains = higherIsBetter ? test.mean > 0 : test.mean < 0;
  const verdict: Verdict = !excludesZero || Number.isNaN(test.mean) ? 'no clear answer' : gains ? 'better' : 'worse';
  return { against: b.label, mean: test.mean, low: test.low, high: test.high, halfWidth: test.halfWidth, t: test.t, pValue: test.pValue, verdict };
}

export interface FinalModels {
  readonly best: { readonly label: string; readonly config: TrialConfig };
  readonly baseline: { readonly label: string; readonly config: TrialConfig };
  /** The default loss at the winner's learning rate and weight decay (absent when the winner is the default loss). */
  readonly tunedBaseline?: { readonly label: string; readonly config: TrialConfig };
}

/** Cross-validates the models and decides (see the module comment). */
export function finalComparison(
  task: PreparedTask, models: FinalModels, folds = DEFAULT_FOLDS, repeats = DEFAULT_REPEATS,
  onModel?: (done: number, total: number) => void,
): FinalComparison {
  const list = [models.best, models.baseline, ...(models.tunedBaseline ? [models.tunedBaseline] : [])];
  const values = list.map((): number[] => []);
  const trainRows: number[] = [];
  const testRows: number[] = [];
  const total = folds * repeats * list.length;
  let done = 0;
  for (let repeat = 0; repeat < repeats; repeat++) {
    // As compare: each repeat deals other folds and starts from another initialisation; within one, every model shares both.
    const seed = task.spec.seed + repeat;
    for (let fold = 0; fold < folds; fold++) {
      const split = prepareSplit(task.dataset, { ...task.spec.prepare, seed, fold: { index: fold, count: folds } });
      trainRows.push(split.train.rows);
      testRows.push(split.test.rows);
      list.forEach((model, i) => {
        values[i]!.push(trainOn(task, split, model.config, seed));
        onModel?.(++done, total);
      });
    }
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const design: ResamplingDesign = { testRows: mean(testRows), trainRows: mean(trainRows), confidence: DEFAULT_CONFIDENCE };
  const [best, baseline, tuned] = list.map((model, i) => scores(model.label, model.config, values[i]!, design)) as [ModelScores, ModelScores, ModelScores | undefined];
  const { higherIsBetter } = task.metric;
  const difference = pairedDifference(best, baseline, higherIsBetter, design);
  const tunedDifference = tuned ? pairedDifference(best, tuned, higherIsBetter, design) : undefined;
  return {
    metric: task.metric.name, higherIsBetter, folds, repeats, evaluations: folds * repeats,
    trainRows: design.trainRows, testRows: design.testRows, confidence: DEFAULT_CONFIDENCE,
    best, baseline, ...(tuned ? { tunedBaseline: tuned } : {}),
    difference, ...(tunedDifference ? { tunedDifference } : {}),
    verdict: difference.verdict,
    explanation: explain(difference, tunedDifference, models),
    method: `${folds}-fold cross-validation${repeats > 1 ? ` × ${repeats} repeats` : ''} over every row, each model trained for the search's epochs from the same initialisation per fold; `
      + `means with Nadeau–Bengio corrected ${DEFAULT_CONFIDENCE * 100} % intervals, paired corrected resampled t-test (as losskit compare)`,
  };
}

const delta = (d: PairedDifference) => `Δ = ${formatEstimate(d.mean, d.halfWidth)}`;

/** One sentence on what the two comparisons together allow one to say. */
function explain(difference: PairedDifference, tuned: PairedDifference | undefined, models: FinalModels): string {
  const lrNote = models.tunedBaseline ? '' : ' The winner is the default loss itself: any gain is its learning rate and weight decay.';
  if (difference.verdict === 'worse') return `Worse than the default (${delta(difference)}): keep ${models.baseline.label}.${lrNote}`;
  if (difference.verdict === 'no clear answer') return `No clear answer: the searched loss and the default are within noise (${delta(difference)}).${lrNote}`;
  if (!tuned) return `Better than the default (${delta(difference)}).${lrNote}`;
  if (tuned.verdict === 'better') return `Better than the default (${delta(difference)}), and not through its learning rate alone: it also beats the default loss at the searched settings (${delta(tuned)}).`;
  if (tuned.verdict === 'worse') return `Better than the default as given (${delta(difference)}), but the default loss at the searched learning rate and weight decay is better still (${delta(tuned)}): the gain is the learning rate, not the loss.`;
  return `Better than the default as given (${delta(difference)}), but no clear answer against the default loss at the searched learning rate and weight decay (${delta(tuned)}): the gain may be the learning rate, not the loss.`;
}
