import { InternalError, LossError, TrainingSetupError } from '../core/errors.js';
/**
 * Plugs a registered loss into the trainer. The loss entry's `training` metadata says how the
 * model's raw outputs reach the loss's prediction input (the link) and how dataset targets are
 * encoded for its target input; a binding preallocates those buffers and the gradient buffer
 * for a fixed number of rows, so a training step allocates no arrays.
 *
 * Any `LossEntry` with `training` metadata works — registered or not — which is how custom
 * losses can plug in later (`resolveLossEntry`).
 */
import type { LossEntry, TrainingUse } from '../losses/index.js';
import type { Task } from '../data/types.js';
import { getLoss, listLosses } from '../registry.js';
import { applyLink, linkBackward } from './link.js';

/** Names a loss's target input may have, in order of preference. */
const TARGET_INPUT_NAMES = ['target', 'labels', 'targets'] as const;

/** A loss resolved for a task: which inputs get what, and the options every call passes. */
export interface LossUse {
  readonly entry: LossEntry;
  readonly use: TrainingUse;
  readonly task: Task;
  readonly predictionName: string;
  readonly targetName: string;
  /** Integer target inputs get an Int32Array, float ones a Float64Array. */
  readonly targetKind: 'int' | 'float';
  /** `{ ...use.options, ...lossOptions, reduction: 'mean' }`. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Wraps every binding of this use (the regression target transform of target-scaling.ts). */
  readonly wrap?: (binding: LossBinding) => LossBinding;
}

/** Registry names of the losses with a training use for `task`. */
export function lossesForTask(task: Task): string[] {
  return listLosses().filter((entry) => entry.training?.some((use) => use.task === task)).map((entry) => entry.name);
}

/** Looks the loss up in the registry and resolves it for `task` (see `resolveLossEntry`). */
export function resolveLoss(name: string, task: Task, lossOptions: Readonly<Record<string, unknown>> = {}): LossUse {
  return resolveLossEntry(getLoss(name), task, lossOptions);
}

/** Resolves any loss entry for `task`; a clear error when it has no training use for the task. */
export function resolveLossEntry(entry: LossEntry, task: Task, lossOptions: Readonly<Record<string, unknown>> = {}): LossUse {
  const use = entry.training?.find((candidate) => candidate.task === task);
  if (!use) {
    const fits = lossesForTask(task);
    const tasks = entry.training?.map((candidate) => candidate.task) ?? [];
    const why = tasks.length ? `it trains ${tasks.join(', ')} models` : 'it has no training use';
    throw new TrainingSetupError(`train: loss '${entry.name}' does not fit a ${task} task (${why}); losses that fit: ${fits.join(', ')}`, 'loss');
  }
  const prediction = entry.inputs.find((input) => input.differentiable);
  const target = TARGET_INPUT_NAMES.map((name) => entry.inputs.find((input) => input.name === name)).find((input) => input !== undefined);
  if (!prediction || !target) {
    throw new TrainingSetupError(`train: loss '${entry.name}' needs a differentiable input and a 'target'/'labels'/'targets' input, has ${entry.inputs.map((input) => input.name).join(', ')}`, 'loss');
  }
  const missing = entry.inputs.filter((input) => !input.optional && input !== prediction && input !== target);
  if (missing.length) {
    throw new TrainingSetupError(`train: loss '${entry.name}' needs inputs the trainer cannot supply: ${missing.map((input) => input.name).join(', ')}`, 'loss');
  }
  if ('reduction' in lossOptions) {
    throw new TrainingSetupError(`train: 'reduction' is the trainer's ('mean'); remove it from the options of '${entry.name}'`, 'lossOptions');
  }
  return {
    entry, use, task,
    predictionName: prediction.name,
    targetName: target.name,
    targetKind: target.kind,
    options: { ...use.options, ...lossOptions, reduction: 'mean' },
  };
}

/** A loss bound to buffers for exactly `rows` rows of `width` raw outputs. */
export interface LossBinding {
  readonly rows: number;
  readonly width: number;
  /** Encodes `rows` dataset targets (value, 0/1, or class index) for the loss. */
  setTargets(targets: Float64Array): void;
  /** The mean loss of raw outputs `raw` (rows × width) against the current targets. */
  value(raw: Float64Array): number;
  /** The mean loss, with its gradient with respect to `raw` written into `dRaw`. */
  valueAndGrad(raw: Float64Array, dRaw: Float64Array): number;
}

export function bindLoss(lossUse: LossUse, rows: number, width: number): LossBinding {
  const { entry, use, predictionName, targetName, options } = lossUse;
  const link = use.link;
  const shape = width === 1 ? [rows] : [rows, width];
  // Identity links hand the raw buffer to the loss, everything else goes through `linked`.
  const linked = new Float64Array(rows * width);
  const dLinked = new Float64Array(rows * width);
  const oneHot = use.target === 'one-hot';
  const targetData = lossUse.targetKind === 'int' && !oneHot ? new Int32Array(rows) : new Float64Array(oneHot ? rows * width : rows);
  const targetTensor = { data: targetData, shape: oneHot ? [rows, width] : [rows] };
  const predictionTensor: { data: Float64Array; shape: number[] } = { data: linked, shape };
  const inputs = { [predictionName]: predictionTensor, [targetName]: targetTensor };
  const request = { grads: { [predictionName]: dLinked } };

  function evaluate(raw: Float64Array, withGrad: boolean): number {
    if (link === 'identity') predictionTensor.data = raw;
    else applyLink(link, raw, rows, width, linked);
    let result: ReturnType<typeof entry.evaluate>;
    try {
      result = entry.evaluate(inputs, options, withGrad ? request : {});
    } catch (error) {
      // The targets are validated data: a domain error about the model's outputs means they
      // grew past what the loss can compute in float64 (mse of 1e200): the run diverged, and
      // the trainer records it as such (a NaN loss) instead of failing.
      if (error instanceof LossError && error.kind === 'domain' && error.argument === predictionName) return Number.NaN;
      throw error;
    }
    if (typeof result.value !== 'number') throw new InternalError(`train: loss '${entry.name}' did not return a number for reduction 'mean'`);
    return result.value;
  }

  const binding: LossBinding = {
    rows, width,
    setTargets(targets) {
      if (oneHot) (targetData as Float64Array).fill(0);
      for (let r = 0; r < rows; r++) {
        const y = targets[r];
        switch (use.target) {
          case 'value': case 'zero-one': case 'index': targetData[r] = y; break;
          case 'plus-minus-one': targetData[r] = y > 0 ? 1 : -1; break;
          case 'one-hot': targetData[r * width + y] = 1; break;
        }
      }
    },
    value: (raw) => evaluate(raw, false),
    valueAndGrad(raw, dRaw) {
      const value = evaluate(raw, true);
      if (link === 'identity') dRaw.set(dLinked);
      else linkBackward(link, linked, dLinked, rows, width, dRaw);
      return value;
    },
  };
  return lossUse.wrap ? lossUse.wrap(binding) : binding;
}
