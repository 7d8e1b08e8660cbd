/**
 * Synthetic comparison results (regression, binary, multiclass) for the report tests: shaped
 * like `compareLosses` output, made up by a seeded generator so no training runs in these tests.
 */
import type { Baseline, ComparisonResult, ComparisonRun, ComparisonSettings, EvaluationDesign, MetricSummary, Verdict } from '../../src/compare/types.js';
import type { Task } from '../../src/data/types.js';
import type { EpochRecord } from '../../src/train/types.js';
import type { Family } from '../../src/losses/index.js';

/** mulberry32: a tiny seeded generator (same seed, same results). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function history(random: () => number, epochs: number, start: number, floor: number, metric: string): EpochRecord[] {
  return Array.from({ length: epochs }, (_, i) => {
    const decay = Math.exp(-i / 4);
    return {
      epoch: i + 1,
      trainLoss: floor * 0.8 + (start - floor) * decay + random() * 0.02 * start,
      validationLoss: floor + (start - floor) * decay + random() * 0.03 * start,
      learningRate: 0.01,
      metrics: { [metric]: 0.5 + 0.4 * (1 - decay) },
      seconds: 0.01,
    };
  });
}

function settings(epochs: number, extra: Partial<ComparisonSettings> = {}): ComparisonSettings {
  const base: ComparisonSettings = {
    model: 'linear', hidden: [], activation: 'relu', optimizer: 'adam', learningRate: 0.01, momentum: 0, weightDecay: 0,
    batchSize: 32, epochs, seed: 1, precision: 'float32', outliers: 0, imbalance: 1, trainRows: 140, validationRows: 30, testRows: 30,
  };
  return Object.assign(base, extra);
}

const FOLDS = 5;

/** Five made-up fold values around each metric, with a made-up interval. */
function summaries(random: () => number, test: Readonly<Record<string, number>>): Record<string, MetricSummary> {
  return Object.fromEntries(Object.entries(test).map(([name, mean]) => {
    const halfWidth = Math.abs(mean) * (0.01 + 0.04 * random());
    const values = Array.from({ length: FOLDS }, (_, j) => mean + (j - 2) * halfWidth / 4);
    return [name, { mean, halfWidth, low: mean - halfWidth, high: mean + halfWidth, values }];
  }));
}

/** The fields a run has beyond its first fold's: per-fold copies, summaries, an empty diagnosis. */
function folded(random: () => number, run: Omit<ComparisonRun, 'summary' | 'evaluations' | 'diagnosis'>): ComparisonRun {
  const evaluations = Array.from({ length: FOLDS }, (_, evaluation) => ({ evaluation, history: run.history, bestEpoch: run.bestEpoch, seconds: run.seconds / FOLDS, test: run.test }));
  return { ...run, summary: summaries(random, run.test), evaluations, diagnosis: [] };
}

const DESIGN: EvaluationDesign = { folds: FOLDS, repeats: 1, evaluations: FOLDS, trainRows: 130, validationRows: 30, testRows: 40, stratified: false, patience: 10 };

function baselineOf(random: () => number, test: Readonly<Record<string, number>>): Baseline {
  return { label: 'made-up baseline', test, summary: summaries(random, test) };
}

function winnerVerdict(winner: string): Verdict {
  return { kind: 'winner', text: `Winner: ${winner} (made up)`, comparisons: [] };
}

interface RunSpec { readonly loss: string; readonly label: string; readonly family: Family; readonly lossOptions?: Record<string, unknown> }

function classificationRun(random: () => number, spec: RunSpec, classes: number, rows: number, epochs: number, skill: number): ComparisonRun {
  const yTrue = Array.from({ length: rows }, (_, r) => r % classes);
  const probabilities = yTrue.map((truth) => {
    const logits = Array.from({ length: classes }, (_, c) => (c === truth ? skill : 0) + 2 * (random() - 0.5) * 2);
    const max = Math.max(...logits);
    const exps = logits.map((z) => Math.exp(z - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
  let correct = 0;
  probabilities.forEach((row, r) => { if (row.indexOf(Math.max(...row)) === yTrue[r]) correct++; });
  return folded(random, {
    loss: spec.loss, lossOptions: spec.lossOptions ?? {}, label: spec.label, family: spec.family,
    history: history(random, epochs, 0.7 + random(), 0.2 + random() * 0.1, 'accuracy'),
    bestEpoch: epochs - 1, seconds: 0.5 + random(),
    test: { accuracy: correct / rows, f1Macro: correct / rows - 0.01, logLoss: 0.3 + random() * 0.1 },
    predictions: { kind: 'classification', yTrue, probabilities },
  });
}

function winnerOf(runs: readonly ComparisonRun[], metric: string, higherIsBetter: boolean): string {
  const sorted = [...runs].sort((a, b) => ((a.test[metric] ?? 0) - (b.test[metric] ?? 0)) * (higherIsBetter ? -1 : 1));
  return sorted[0]?.label ?? '';
}

function classification(task: Task, title: string, classNames: string[], specs: RunSpec[]): ComparisonResult {
  const random = generator(task === 'binary' ? 2 : 3);
  const epochs = 12;
  const runs = specs.map((spec, i) => classificationRun(random, spec, classNames.length, 120, epochs, 2 + i * 0.5));
  return {
    title,
    dataset: { name: `synthetic-${task}`, title: `Synthetic ${task} <data> & "friends"`, task, rows: 200, features: 4, featureNames: ['a', 'b', 'c', 'd'], targetName: 'class', classNames },
    settings: settings(epochs, task === 'binary' ? { imbalance: 0.2, imbalanceClass: 1 } : {}),
    runs,
    evaluation: { ...DESIGN, stratified: true },
    baseline: baselineOf(random, { accuracy: 1 / classNames.length, f1Macro: 0.1, logLoss: Math.log(classNames.length) }),
    primaryMetric: { name: 'accuracy', higherIsBetter: true },
    winner: winnerOf(runs, 'accuracy', true),
    verdict: winnerVerdict(winnerOf(runs, 'accuracy', true)),
    comparable: true,
    note: 'All losses are of the classification family; the winner is chosen by the test accuracy.',
  };
}

/** Four regression losses on made-up house prices with 10 % outliers. */
export function syntheticRegression(): ComparisonResult {
  const random = generator(1);
  const epochs = 20;
  const specs: RunSpec[] = [
    { loss: 'mse', label: 'mse', family: 'regression' },
    { loss: 'mae', label: 'mae', family: 'regression' },
    { loss: 'huber', label: 'huber (delta 1)', family: 'regression', lossOptions: { delta: 1 } },
    { loss: 'log-cosh', label: 'log-cosh', family: 'regression' },
  ];
  const runs = specs.map((spec, i): ComparisonRun => {
    const yTrue = Array.from({ length: 80 }, () => 10 + random() * 40);
    const yPred = yTrue.map((t) => t + (random() - 0.5) * (8 - i));
    const rmse = Math.sqrt(yTrue.reduce((a, t, r) => a + ((yPred[r] as number) - t) ** 2, 0) / yTrue.length);
    return folded(random, {
      loss: spec.loss, lossOptions: spec.lossOptions ?? {}, label: spec.label, family: spec.family,
      history: history(random, epochs, 5 + 10 * random(), 1 + random(), 'rmse'),
      bestEpoch: epochs - 2, seconds: 0.1 + random() * 0.1,
      test: { rmse, mae: rmse * 0.8, r2: 1 - rmse / 20 },
      predictions: { kind: 'regression', yTrue, yPred },
    });
  });
  return {
    title: 'House prices <with> 10 % outliers',
    dataset: { name: 'synthetic-houses', title: 'Synthetic houses', task: 'regression', rows: 200, features: 3, featureNames: ['rooms', 'age', 'tax'], targetName: 'price' },
    settings: settings(epochs, { outliers: 0.1, model: 'mlp', hidden: [16] }),
    runs,
    evaluation: DESIGN,
    baseline: baselineOf(random, { rmse: 12, mae: 10, r2: 0 }),
    primaryMetric: { name: 'rmse', higherIsBetter: false },
    winner: winnerOf(runs, 'rmse', false),
    verdict: winnerVerdict(winnerOf(runs, 'rmse', false)),
    comparable: true,
    note: 'All losses are of the regression family, but each has its own scale.',
  };
}

/** Three binary losses on made-up imbalanced data. */
export function syntheticBinary(): ComparisonResult {
  return classification('binary', 'Imbalanced binary', ['rest', 'Chinstrap'], [
    { loss: 'bce-with-logits', label: 'bce-with-logits', family: 'classification' },
    { loss: 'bce-with-logits', label: 'bce-with-logits (posWeight 4)', family: 'classification', lossOptions: { posWeight: 4 } },
    { loss: 'sigmoid-focal', label: 'sigmoid-focal', family: 'classification' },
  ]);
}

/** Four multiclass losses on made-up ten-class data (including a margin loss: not comparable). */
export function syntheticMulticlass(): ComparisonResult {
  const result = classification('multiclass', 'Digits', ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], [
    { loss: 'cross-entropy', label: 'cross-entropy', family: 'classification' },
    { loss: 'cross-entropy', label: 'cross-entropy (labelSmoothing 0.1)', family: 'classification', lossOptions: { labelSmoothing: 0.1 } },
    { loss: 'poly1', label: 'poly1', family: 'classification' },
    { loss: 'multi-margin', label: 'multi-margin', family: 'margin' },
  ]);
  return { ...result, comparable: false, note: 'Losses of different families (classification; margin) are not comparable by loss value.' };
}
