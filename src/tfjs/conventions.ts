/**
 * How each registry loss meets TensorFlow.js, read from its metadata and nothing else. This
 * is the adapter's only dependency on the shape of the registry's specs (LossEntry's inputs,
 * options, reductions, training uses and worked example), kept in one module so a change of
 * the metadata's layout is mended here.
 *
 * Keras's calling convention `(yTrue, yPred)` fits a loss with one required differentiable
 * input (yPred feeds it) and at most one required non-differentiable input (yTrue feeds it).
 * The target's encoding comes from the loss's own worked example: a target with the
 * prediction's shape is element-wise ('same-shape'); a target with one axis fewer holds class
 * indices ('class-index'), and then a one-hot yTrue of the prediction's shape (what
 * `model.fit` must be given for a custom loss) is turned into indices.
 */
import { getLoss, listLosses, type InputSpec, type LossEntry, type Reduction, type TrainingTask } from '../index.js';
import { resolveOptions } from '../core/options.js';

/**
 * Losses whose class axis is axis 1 (PyTorch's [N, C, d1, ...] layout); tfjs puts classes
 * last, so inputs of rank > 2 are moved to axis 1 for these and the gradient moved back.
 * The registry states this only in the inputs' doc text (`class axis 1`); the adapter's test
 * checks this list against that text for every loss.
 */
export const CLASS_AXIS_ONE: readonly string[] = ['cross-entropy', 'nll', 'lovasz-softmax'];

export type TargetEncoding = 'same-shape' | 'class-index';

/** The `(yTrue, yPred)` form of a loss. */
export interface KerasForm {
  /** The input yPred feeds. */
  readonly prediction: InputSpec;
  /** The input yTrue feeds; undefined when the loss has no target (yTrue is ignored). */
  readonly target: InputSpec | undefined;
  readonly targetEncoding: TargetEncoding;
  /** Classes sit on axis 1 in the loss's layout (see CLASS_AXIS_ONE). */
  readonly classAxisOne: boolean;
}

export interface LossConvention {
  readonly entry: LossEntry;
  /** The reductions giving a scalar (every reduction but 'none'). */
  readonly scalarReductions: readonly Reduction[];
  /** The Keras form, or why the loss has none. */
  readonly keras: KerasForm | { readonly unavailable: string };
  /** The tasks the loss trains (from its `training` metadata), for hints in errors. */
  readonly tasks: readonly TrainingTask[];
}

function shapeOf(value: unknown): number[] {
  if (Array.isArray(value)) return [value.length, ...shapeOf(value[0])];
  if (ArrayBuffer.isView(value)) return [(value as unknown as ArrayLike<number>).length];
  if (value !== null && typeof value === 'object' && 'shape' in value) return [...(value as { shape: number[] }).shape];
  return [];
}

/** 'class-index' when the example's target has one axis fewer than its prediction. */
function targetEncoding(entry: LossEntry, prediction: InputSpec, target: InputSpec): TargetEncoding {
  const predictionShape = shapeOf(entry.example.inputs[prediction.name]);
  const targetShape = shapeOf(entry.example.inputs[target.name]);
  return targetShape.length === predictionShape.length - 1 ? 'class-index' : 'same-shape';
}

function kerasForm(entry: LossEntry): KerasForm | { readonly unavailable: string } {
  const required = entry.inputs.filter((input) => !input.optional);
  const predictions = required.filter((input) => input.differentiable);
  const targets = required.filter((input) => !input.differentiable);
  const names = entry.inputs.map((input) => `'${input.name}'`).join(', ');
  if (predictions.length !== 1 || targets.length > 1) {
    return { unavailable: `${entry.name} takes the inputs ${names}, which do not fit (yTrue, yPred); use tfLossInputs('${entry.name}') and pass them by name` };
  }
  const prediction = predictions[0] as InputSpec;
  const target = targets[0];
  return {
    prediction,
    target,
    targetEncoding: target ? targetEncoding(entry, prediction, target) : 'same-shape',
    classAxisOne: CLASS_AXIS_ONE.includes(entry.name),
  };
}

const conventions = new Map<string, LossConvention>();

/** The convention of registered loss `name` (or alias); LossError('option') for unknown names. */
export function lossConvention(name: string): LossConvention {
  const entry = getLoss(name);
  let convention = conventions.get(entry.name);
  if (!convention) {
    convention = {
      entry,
      scalarReductions: entry.reductions.filter((r) => r !== 'none'),
      keras: kerasForm(entry),
      tasks: [...new Set(entry.training?.map((use) => use.task) ?? [])],
    };
    conventions.set(entry.name, convention);
  }
  return convention;
}

/** Validates loss options now (names, types, ranges), so a typo fails at tfLoss(), not in fit(). */
export function checkOptions(entry: LossEntry, options: Readonly<Record<string, unknown>>): void {
  resolveOptions(entry.name, entry.options, options, ['reduction']);
}

/**
 * Losses that take the model's raw outputs (logits) for the same task as `entry`, for the
 * hint when probabilities were expected and yPred is not one.
 */
export function logitAlternatives(entry: LossEntry): string[] {
  const tasks = new Set(entry.training?.map((use) => use.task) ?? []);
  return listLosses()
    .filter((other) => other !== entry && other.training?.some((use) => tasks.has(use.task) && use.link === 'identity'))
    .filter((other) => other.inputs.some((input) => input.differentiable && input.domain === 'logit'))
    .map((other) => other.name);
}

/** The option that switches `entry` to logits (Keras's `fromLogits`), if it has one. */
export function fromLogitsOption(entry: LossEntry): string | undefined {
  return Object.keys(entry.options).find((name) => name === 'fromLogits');
}
