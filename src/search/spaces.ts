/**
 * The search spaces by name (`--space families|formula|both`) and how a trial's settings read.
 */
import { LossError } from '../core/errors.js';
import { defaultLabel } from '../compare/index.js';
import type { PreparedTask } from './objective.js';
import { familiesForTask, familiesSpace, LEARNING_RATE, SGD_LEARNING_RATE, type SearchSpace } from './space.js';
import type { Params, SpaceName, TrialConfig } from './types.js';

export function searchSpaceFor(name: SpaceName, task: PreparedTask): SearchSpace {
  const learningRate = task.spec.train.optimizer === 'sgd' ? SGD_LEARNING_RATE : LEARNING_RATE;
  if (name === 'families') return familiesSpace(familiesForTask(task.task), learningRate);
  throw new LossError('option', `search: --space ${name} needs custom losses (formulas), which losskit does not have yet (issue 13); use --space families`, 'search', 'space');
}

function short(value: number): string {
  return value === 0 ? '0' : Math.abs(value) >= 1e-3 && Math.abs(value) < 1e4 ? String(Number(value.toPrecision(3))) : value.toExponential(1);
}

/** 'huber (delta 1.3), lr 0.0042, wd 1.2e-5'. */
export function describeConfig(config: TrialConfig): string {
  return `${defaultLabel(config.loss, config.lossOptions)}, lr ${short(config.learningRate)}, wd ${short(config.weightDecay)}`;
}

/** The same text from a trial's parameters alone (journal lines, reports): 'loss', 'loss.option', 'learningRate', 'weightDecay'. */
export function describeParams(params: Params): string {
  const loss = String(params.loss ?? '?');
  const lossOptions: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.startsWith(`${loss}.`) && value !== 'none') lossOptions[name.slice(loss.length + 1)] = value;
  }
  const number = (value: unknown) => (typeof value === 'number' ? value : Number.NaN);
  return describeConfig({ loss, lossOptions, learningRate: number(params.learningRate), weightDecay: number(params.weightDecay) });
}
