import type { CustomLossDefinition } from '../../src/index.js';

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
