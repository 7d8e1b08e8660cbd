/**
 * Item 5, real runs: the trainer on a seeded 1,500-digit MNIST subsample, each run a known
 * failure, labelled by how it was set up (not by looking at the curve):
 *   - an unregularised MLP (64 ReLU units, Adam 3e-3, no weight decay, 20 epochs) overfits;
 *   - tanh MLP with SGD + momentum at learning rate 0.7 diverges (the loss climbs from epoch 2);
 *   - SGD at learning rate 1e-5 is too small to move the loss;
 *   - Adam at learning rate 0.05 bounces (learning rate too high).
 * The trainer is seeded, so the curves, and the findings, are the same on every run.
 */
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/data/registry.js';
import { prepareSplit } from '../../src/data/prepare.js';
import { train } from '../../src/train/trainer.js';
import type { TrainConfig } from '../../src/train/types.js';
import { History, diagnose, type FindingKind } from '../../src/monitor/index.js';
import { evaluate, scoreTable } from './evaluation-score.js';

const MNIST_ROWS = 1500;
/**
 * Allowed beside the expected kind: the bouncing run's validation loss sets its best at epoch 1
 * and none after it in 12 (no significant fall, no new best beyond twice its noise), a plateau
 * that rules-30 states beside the advice; before it the bounce hid that end. Allowed, not
 * expected: the run was labelled by its set-up, a learning rate too high.
 */
// tiny-lr's loss still comes down, slowly: still improving too (rules-36 states the end of a loss
// that barely moved; the synthetic lr-too-low family allows it alike).
const ALLOWED: Readonly<Record<string, FindingKind[]>> = { 'bouncing-lr': ['plateau'], 'tiny-lr': ['still-improving', 'plateau'] };
const RUNS: { id: string; expected: FindingKind[]; config: TrainConfig }[] = [
  { id: 'overfitting-mlp', expected: ['overfitting'], config: { loss: 'cross-entropy', model: 'mlp', hidden: [64], optimizer: 'adam', learningRate: 3e-3, epochs: 20, seed: 1 } },
  { id: 'diverging-lr', expected: ['divergence'], config: { loss: 'cross-entropy', model: 'mlp', hidden: [32], activation: 'tanh', optimizer: 'sgd', momentum: 0.9, learningRate: 0.7, epochs: 12, seed: 1 } },
  { id: 'tiny-lr', expected: ['lr-too-low'], config: { loss: 'cross-entropy', model: 'mlp', hidden: [32], optimizer: 'sgd', momentum: 0, learningRate: 1e-5, epochs: 12, seed: 1 } },
  { id: 'bouncing-lr', expected: ['lr-too-high'], config: { loss: 'cross-entropy', model: 'mlp', hidden: [32], optimizer: 'adam', learningRate: 0.05, epochs: 12, seed: 1 } },
];

describe('real runs from the trainer (MNIST subsample)', () => {
  const split = prepareSplit(getDataset('mnist').load(), { maxRows: MNIST_ROWS, seed: 0 });
  // The runs were labelled on the float64 reference trainer: a high learning rate makes float32
  // and float64 trajectories part after a few epochs (the bouncing run also overfits in float32).
  const labelled = RUNS.map((spec) => ({ ...spec, allowed: ALLOWED[spec.id] ?? [], history: History.fromEpochs(train(split, { ...spec.config, precision: 'float64' }).history) }));

  it.each(RUNS.map((spec) => [spec.id, spec.expected] as const))('%s: diagnosed as %j and nothing else but what is allowed', (id, expected) => {
    const run = labelled.find((candidate) => candidate.id === id)!;
    const findings = diagnose(run.history);
    console.log(`${id}: ${findings.map((finding) => `${finding.kind} — ${finding.message}`).join('\n  ') || 'no finding'}`);
    const kinds = findings.map((finding) => finding.kind);
    expect(kinds.filter((kind) => !run.allowed.includes(kind))).toEqual(expected);
  });

  it('precision and recall on the real runs', () => {
    const evaluation = evaluate(labelled);
    console.log(`diagnose on ${labelled.length} real trainer runs:\n${scoreTable(evaluation)}`);
    expect(evaluation.mistakes).toEqual([]);
  });
});
