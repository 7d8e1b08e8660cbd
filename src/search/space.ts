/**
 * The families search space, declared from the registry: every loss with a `training` use for
 * the task, each with the options its option specs make searchable, plus the learning rate and
 * weight decay, searched jointly. A loss added to the registry joins without a line here.
 *
 * Ranges come from the option specs (default, min, max, integer, kind):
 *  - numbers bounded on both sides: uniform over [min, max] (ends that the spec excludes are
 *    moved in by 0.1 % of the range), or log-uniform around the default when the range spans
 *    more than 100× the (positive) default, e.g. a clipping epsilon of 1e-7 in (0, 0.5];
 *  - numbers with one bound or none: log-uniform over [default / 10, default × 10] for a positive
 *    default (Huber δ, a margin); an only-max option with its default in [0, max] (sigmoid-focal
 *    α ≤ 1) over [0, max];
 *  - booleans and choices: categorical; integers bounded on both sides: the integers between;
 *  - tensor options of class weights (multiclass `weight`/`alpha`, binary `posWeight`): none or
 *    balanced (n / (C n_c), negatives / positives), as `compare` computes them;
 *  - skipped: options the training use fixes (`fromLogits`), unbounded integers (sentinels such as
 *    `ignoreIndex`), other tensors (element-wise weights).
 * Where a spec's valid range is much wider than the useful one, `KNOWN_RANGES` narrows it by
 * the option's name (only when the narrower range lies inside the valid one).
 */
import type { LossEntry, TrainingTask } from '../losses/index.js';
import type { OptionSpec } from '../core/options.js';
import { BALANCED } from '../compare/index.js';
import { listLosses } from '../registry.js';
import { TREE_CHOICE, TREE_DEPTH, type LossChoice } from './formula-space.js';
import type { Distribution, ParamValue, TrialConfig } from './types.js';

/** Narrower ranges for options whose valid range is much wider than the useful one. */
export const KNOWN_RANGES: Readonly<Record<string, Distribution>> = {
  // Label smoothing beyond ~0.3 mostly erases the target (PolyLoss/ecosystem notes: {0, .05, .1, .2}).
  labelSmoothing: { kind: 'float', low: 0, high: 0.3, log: false },
  // Focal γ: Lin et al. (2017) tried 0–5; γ = 2 is their default.
  gamma: { kind: 'float', low: 0, high: 5, log: false },
  // Poly-1 ε: ε ≥ −1 keeps the loss decreasing in p_t; the PolyLoss paper's best values lie in [−1, 4].
  epsilon: { kind: 'float', low: -1, high: 4, log: false },
};

const WIDE_RANGE_FACTOR = 100;
const AROUND_DEFAULT = 10;
const EXCLUSIVE_NUDGE = 1e-3;

/** Learning rates searched for Adam and for SGD, and weight decay (1e-7 is as good as none). */
export const LEARNING_RATE: Distribution = { kind: 'float', low: 1e-4, high: 0.1, log: true };
export const SGD_LEARNING_RATE: Distribution = { kind: 'float', low: 1e-3, high: 1, log: true };
export const WEIGHT_DECAY: Distribution = { kind: 'float', low: 1e-7, high: 1e-2, log: true };

/** The default loss of each task: what the searched loss must beat. */
export const DEFAULT_LOSS: Readonly<Record<TrainingTask, string>> = { regression: 'mse', binary: 'bce', multiclass: 'cross-entropy' };

function inside(inner: Distribution, spec: OptionSpec): boolean {
  if (inner.kind === 'categorical' || spec.kind !== 'number') return false;
  const { min, max, exclusiveMin, exclusiveMax } = spec;
  const aboveMin = min === undefined || (exclusiveMin ? inner.low > min : inner.low >= min);
  const belowMax = max === undefined || (exclusiveMax ? inner.high < max : inner.high <= max);
  return aboveMin && belowMax;
}

/** The distribution an option is searched over, or undefined when it is not searched (see the module comment). */
export function optionDistribution(name: string, spec: OptionSpec, task: TrainingTask): Distribution | undefined {
  switch (spec.kind) {
    case 'boolean': return { kind: 'categorical', choices: [false, true] };
    case 'choice': return { kind: 'categorical', choices: [...spec.choices] };
    case 'tensor': {
      const classWeights = task === 'multiclass' ? name === 'weight' || name === 'alpha' : task === 'binary' && name === 'posWeight';
      return classWeights ? { kind: 'categorical', choices: ['none', BALANCED] } : undefined;
    }
    case 'number': break;
  }
  const known = KNOWN_RANGES[name];
  if (known && inside(known, spec)) return known;
  const { min, max, exclusiveMin, exclusiveMax, integer } = spec;
  const fallback = spec.default;
  if (integer) return min !== undefined && max !== undefined && max > min ? { kind: 'int', low: min, high: max, step: 1, log: false } : undefined;
  if (min !== undefined && max !== undefined) {
    if (fallback !== undefined && fallback > 0 && max / fallback > WIDE_RANGE_FACTOR) {
      return { kind: 'float', low: Math.max(fallback / AROUND_DEFAULT, min), high: Math.min(fallback * AROUND_DEFAULT, max), log: true };
    }
    const nudge = (max - min) * EXCLUSIVE_NUDGE;
    return { kind: 'float', low: exclusiveMin ? min + nudge : min, high: exclusiveMax ? max - nudge : max, log: false };
  }
  if (fallback === undefined) return undefined;
  if (min === undefined && max !== undefined) return fallback >= 0 && fallback <= max && max > 0 ? { kind: 'float', low: 0, high: max, log: false } : undefined;
  if (fallback > 0) {
    const low = Math.max(fallback / AROUND_DEFAULT, min ?? 0);
    return low > 0 ? { kind: 'float', low, high: fallback * AROUND_DEFAULT, log: true } : undefined;
  }
  return undefined;
}

/** One family of the space: a loss and its searched options. */
export interface FamilySpace {
  readonly loss: string;
  readonly options: Readonly<Record<string, Distribution>>;
}

/** The searchable options of `entry` on `task` (none when it has no training use for it). */
export function familySpace(entry: LossEntry, task: TrainingTask): FamilySpace | undefined {
  const use = entry.training?.find((candidate) => candidate.task === task);
  if (!use) return undefined;
  const fixed = new Set(Object.keys(use.options ?? {}));
  const options: Record<string, Distribution> = {};
  for (const [name, spec] of Object.entries(entry.options)) {
    if (fixed.has(name)) continue;
    const distribution = optionDistribution(name, spec as OptionSpec, task);
    if (distribution) options[name] = distribution;
  }
  return { loss: entry.name, options };
}

/** Every registered loss that trains a model on `task`, with its searched options. */
export function familiesForTask(task: TrainingTask): FamilySpace[] {
  return listLosses().flatMap((entry) => familySpace(entry, task) ?? []);
}

export type Suggest = (name: string, distribution: Distribution) => ParamValue;

/** A conditional space: `define` asks `suggest` for each parameter it needs, in order (define-by-run). */
export interface SearchSpace {
  readonly description: string;
  /** Every parameter that may be asked for, for the report's importance table. */
  readonly parameters: Readonly<Record<string, Distribution>>;
  define(suggest: Suggest): TrialConfig;
}

/** The parameter name of a loss option: 'huber.delta'. */
export function optionParameter(loss: string, option: string): string {
  return `${loss}.${option}`;
}

/**
 * Families × their options (and formula kinds × their parameters, see formula-space.ts) ×
 * learning rate × weight decay: the `loss` parameter picks a family or a formula kind first.
 */
export function familiesSpace(families: readonly FamilySpace[], learningRate: Distribution = LEARNING_RATE, formulas: readonly LossChoice[] = []): SearchSpace {
  const lossChoice: Distribution = { kind: 'categorical', choices: [...families.map((family) => family.loss), ...formulas.map((choice) => choice.name)] };
  const parameters: Record<string, Distribution> = { loss: lossChoice, learningRate, weightDecay: WEIGHT_DECAY };
  for (const family of families) {
    for (const [option, distribution] of Object.entries(family.options)) parameters[optionParameter(family.loss, option)] = distribution;
  }
  for (const choice of formulas) Object.assign(parameters, choice.parameters);
  const parts = [
    ...(families.length ? [`${families.length} loss families (${families.map((f) => f.loss).join(', ')}) with their options`] : []),
    ...formulas.map((choice) => (choice.name === TREE_CHOICE ? `expression trees of depth ≤ ${TREE_DEPTH}` : 'PolyLoss-style coefficients ε1..ε3')),
  ];
  return {
    description: `${parts.join(', ')}; learning rate and weight decay`,
    parameters,
    define(suggest) {
      const choice = suggest('loss', lossChoice) as string;
      const formula = formulas.find((candidate) => candidate.name === choice);
      let loss = choice;
      let lossOptions: Record<string, unknown> = {};
      if (formula) ({ loss, lossOptions } = formula.define(suggest));
      else {
        const family = families.find((candidate) => candidate.loss === choice) as FamilySpace;
        for (const [option, distribution] of Object.entries(family.options)) {
          const value = suggest(optionParameter(choice, option), distribution);
          if (value !== 'none') lossOptions[option] = value;
        }
      }
      return {
        loss, lossOptions,
        learningRate: suggest('learningRate', learningRate) as number,
        weightDecay: suggest('weightDecay', WEIGHT_DECAY) as number,
      };
    },
  };
}
