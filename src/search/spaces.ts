/**
 * The search spaces by name (`--space families|formula|both`) and how a trial's settings read.
 */
import { describeFormulaParams, formulaChoices, targetScale } from './formula-space.js';
import { defaultLabel } from '../compare/index.js';
import type { PreparedTask } from './objective.js';
import { familiesForTask, familiesSpace, LEARNING_RATE, SGD_LEARNING_RATE, type SearchSpace } from './space.js';
import type { Params, SpaceName, TrialConfig } from './types.js';

export function searchSpaceFor(name: SpaceName, task: PreparedTask): SearchSpace {
  const learningRate = task.spec.train.optimizer === 'sgd' ? SGD_LEARNING_RATE : LEARNING_RATE;
  const families = name === 'formula' ? [] : familiesForTask(task.task);
  const formulas = name === 'families' ? [] : formulaChoices(task.task, task.task === 'regression' ? targetScale(task.split.train.target) : 1);
  return familiesSpace(families, learningRate, formulas);
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
  const number = (value: unknown) => (typeof value === 'number' ? value : Number.NaN);
  const formula = describeFormulaParams(params);
  if (formula !== undefined) return `${formula}, lr ${short(number(params.learningRate))}, wd ${short(number(params.weightDecay))}`;
  const loss = String(params.loss ?? '?');
  const lossOptions: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.startsWith(`${loss}.`) && value !== 'none') lossOptions[name.slice(loss.length + 1)] = value;
  }
  return describeConfig({ loss, lossOptions, learningRate: number(params.learningRate), weightDecay: number(params.weightDecay) });
}
