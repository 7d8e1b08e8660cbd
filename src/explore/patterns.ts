/**
 * The train/validation lesson's runs: small seeded models trained by losskit's trainer on the
 * embedded Boston housing data, each set up to show one pattern the article names ("if training
 * loss keeps falling while validation loss starts to rise, the model is overfitting; if both
 * stall, the learning rate may be wrong or the model too small"), and what `diagnose` says
 * about it. Real runs, not drawn curves: the page shows whatever these runs did.
 */
import { getDataset, prepareSplit, type PrepareOptions } from '../data/index.js';
import { History, diagnose } from '../monitor/index.js';
import { train, type TrainConfig } from '../train/index.js';
import type { PatternRun } from './types.js';

interface PatternSpec {
  readonly id: string;
  readonly title: string;
  readonly lesson: string;
  readonly split: PrepareOptions;
  readonly config: TrainConfig;
}

const SEED = 1;
const BASE: TrainConfig = { loss: 'mse', model: 'mlp', hidden: [16], optimizer: 'adam', batchSize: 128, seed: SEED };

export const PATTERNS: readonly PatternSpec[] = [
  {
    id: 'good-fit', title: 'A good fit',
    lesson: 'Both curves fall and level off together, validation a little above training: the model learned what generalises, and training stopped near the validation minimum.',
    split: { seed: SEED }, config: { ...BASE, learningRate: 0.01, epochs: 80 },
  },
  {
    id: 'overfitting', title: 'Overfitting',
    lesson: 'Training loss keeps falling while validation loss bottoms out and rises: a large model (two layers of 64) on only 100 rows memorises them. Early stopping would keep the weights of the validation minimum.',
    split: { seed: SEED, maxRows: 100 }, config: { ...BASE, hidden: [64, 64], learningRate: 0.003, batchSize: 256, epochs: 400 },
  },
  {
    id: 'lr-too-high', title: 'Learning rate too high',
    lesson: 'The loss drops fast, then bounces from epoch to epoch instead of settling: each step overshoots the minimum. Lower the learning rate (or reduce it on plateau).',
    split: { seed: SEED }, config: { ...BASE, learningRate: 0.3, epochs: 200 },
  },
  {
    id: 'lr-too-low', title: 'Learning rate too low',
    lesson: 'Both curves fall slowly and steadily and are still high after 200 epochs: each step is too small. Raise the learning rate (the good fit is the same model at 0.01).',
    split: { seed: SEED }, config: { ...BASE, learningRate: 1e-4, epochs: 200 },
  },
];

function describeSetup(spec: PatternSpec, rows: number): string {
  const c = spec.config;
  const model = c.model === 'mlp' ? `MLP with hidden layers of ${(c.hidden ?? []).join(' and ')}` : 'linear model';
  return `Boston housing, ${rows} training rows, ${model}, ${c.loss} loss, ${c.optimizer} at learning rate ${String(c.learningRate)}, batch ${String(c.batchSize)}, seed ${String(c.seed)}`;
}

/** Six significant digits are plenty for a chart and keep the page's JSON small. */
function significant(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
}

/** Trains every pattern's run (about two seconds on one core). */
export function patternRuns(onRun: (title: string) => void = () => {}): PatternRun[] {
  const boston = getDataset('boston').load();
  return PATTERNS.map((spec) => {
    onRun(spec.title);
    const split = prepareSplit(boston, spec.split);
    const result = train(split, spec.config);
    const findings = diagnose(History.fromEpochs(result.history)).map((f) => ({ kind: f.kind, severity: f.severity, message: f.message }));
    return {
      id: spec.id, title: spec.title, lesson: spec.lesson,
      setup: describeSetup(spec, split.train.rows),
      epochs: result.history.map((r) => ({ epoch: r.epoch, train: significant(r.trainLoss), validation: significant(r.validationLoss) })),
      bestEpoch: result.bestEpoch,
      findings,
    };
  });
}
