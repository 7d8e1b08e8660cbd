import { defineCustomLoss, type CustomLossDefinition, type DualOps, type DualValue, type LossEntry } from '../../src/index.js';

/**
 * Built-in losses re-derived as custom formulas (the docs/custom-losses.md tutorial's), with
 * the fixture file each must reproduce and the fixture options it understands.
 */
export interface Rederived {
  readonly builtin: string;
  readonly definition: CustomLossDefinition;
  /** Fixture cases using other options (class weights, ignoreIndex, posWeight) are skipped. */
  readonly options: readonly string[];
}

export const REDERIVED: readonly Rederived[] = [
  { builtin: 'mse', options: [], definition: { name: 'formula-mse', formula: '(input - target)^2', task: 'regression' } },
  {
    builtin: 'huber', options: ['delta'],
    definition: {
      name: 'formula-huber', task: 'regression',
      formula: 'where(abs(input - target) < delta, 0.5 * (input - target)^2, delta * (abs(input - target) - 0.5 * delta))',
      options: { delta: { default: 1, min: 0, exclusiveMin: true } },
    },
  },
  { builtin: 'log-cosh', options: [], definition: { name: 'formula-log-cosh', formula: 'log(cosh(input - target))', task: 'regression' } },
  {
    builtin: 'bce-with-logits', options: [],
    definition: { name: 'formula-bce-with-logits', formula: '(1 - target) * input + softplus(-input)', task: 'binary' },
  },
  {
    builtin: 'sigmoid-focal', options: ['alpha', 'gamma'],
    definition: {
      name: 'formula-sigmoid-focal', task: 'binary',
      formula: 'where(alpha >= 0, alpha * target + (1 - alpha) * (1 - target), 1)'
        + ' * (target * sigmoid(-input) + (1 - target) * sigmoid(input))^gamma'
        + ' * ((1 - target) * input + softplus(-input))',
      options: { alpha: { default: 0.25, max: 1 }, gamma: { default: 2, min: 0 } },
    },
  },
  {
    builtin: 'poly1', options: ['epsilon'],
    definition: {
      name: 'formula-poly1', task: 'multiclass',
      formula: '-log_softmax_c(input)[target] + epsilon * (1 - softmax_c(input)[target])',
      options: { epsilon: { default: 1, min: -1 } },
    },
  },
  {
    builtin: 'cross-entropy', options: ['labelSmoothing'],
    definition: {
      name: 'formula-cross-entropy', task: 'multiclass',
      formula: '-(1 - labelSmoothing) * log_softmax_c(input)[target] - labelSmoothing / num_classes * sum_c(log_softmax_c(input))',
      options: { labelSmoothing: { default: 0, min: 0, max: 1 } },
    },
  },
];

/**
 * Custom losses of every kind (elementwise and class-axis formulas, index and probability
 * targets, class-vector and several differentiable inputs, a JavaScript function), defined but
 * not registered: the contract suite holds them to the same contract as the built-ins.
 */
export function contractExamples(): LossEntry[] {
  return [
    { name: 'contract-asymmetric-huber', task: 'regression', options: { delta: 1, under: 3 },
      formula: 'where(abs(input - target) < delta, 0.5 * (input - target)^2, delta * (abs(input - target) - 0.5 * delta)) * where(input < target, under, 1)' },
    { name: 'contract-poly1', formula: '-log_softmax_c(input)[target] + epsilon * (1 - softmax_c(input)[target])', options: { epsilon: 2 } },
    { name: 'contract-soft-ce', formula: '-sum_c(target * log_softmax_c(input))', inputs: ['input', { name: 'target', domain: 'probability' }] },
    { name: 'contract-weighted-ce', formula: '-weight[target] * log_softmax_c(input)[target]',
      inputs: ['input', 'target', { name: 'weight', layout: 'class-vector', domain: 'positive' }] },
    { name: 'contract-gaussian', formula: '0.5 * (log(variance) + (input - target)^2 / variance)',
      inputs: ['input', 'target', { name: 'variance', domain: 'positive', differentiable: true }] },
    { name: 'contract-function', options: { scale: 2 },
      fn: (x: DualValue, t: DualValue, ops: DualOps, o: { scale: number }) => ops.mul(o.scale, ops.sub(ops.sqrt(ops.add(1, ops.mul(ops.sub(x, t), ops.sub(x, t)))), 1)) },
  ].map((definition) => defineCustomLoss(definition as CustomLossDefinition));
}
