/**
 * Loss shapes: each loss's value and gradient as a function of one error-like quantity,
 * computed live through the registry (`getLoss(name).evaluate`), never from formulas copied
 * here, and fed through the loss's `training` metadata exactly as the trainer feeds it.
 *
 * Regression: the residual e = prediction - target, the prediction being target + e.
 * Classification: p, the model's predicted probability of the true class. The model's raw
 * output for p is its logit (binary: z = log(p / (1 - p)); multiclass: a row of logits
 * whose softmax gives p to the true class and splits 1 - p evenly over the others); the
 * loss's link maps that to its prediction input (logits, probabilities or log-probabilities).
 * The gradient shown is with respect to the model's raw output for the true class, the
 * corrective signal training actually receives, whatever the loss's own input is.
 */
import type { TrainingTask, TrainingUse } from '../losses/index.js';
import { getLoss } from '../registry.js';
import { maxOf } from '../core/extent.js';

/** Residual grid of regression shapes: e from -RESIDUAL_RANGE to +RESIDUAL_RANGE. */
export const RESIDUAL_RANGE = 3;
/** Probability grid of classification shapes: p from MIN_PROBABILITY to 1 - MIN_PROBABILITY. */
export const MIN_PROBABILITY = 0.001;
/** Grid points per curve (odd, so e = 0 and p = 0.5 are on the grid). */
export const SHAPE_POINTS = 121;
/**
 * Target of the regression grid. Translation-invariant losses (mse, huber...) do not care; losses
 * defined on non-negative values or relative to the target (msle, mape) need target + e ≥ 0.
 */
export const REGRESSION_SHAPE_TARGET = RESIDUAL_RANGE;
/** Classes of the multiclass row: the true class and two others sharing 1 - p. */
export const MULTICLASS_SHAPE_CLASSES = 3;
/** Names a loss's target input may have, in order of preference (as the trainer reads them). */
const TARGET_INPUT_NAMES = ['target', 'labels', 'targets'] as const;

export interface ShapePoint {
  /** The residual e, or the probability p of the true class. */
  readonly x: number;
  readonly value: number;
  readonly gradient: number;
}

export interface LossShape {
  readonly loss: string;
  readonly task: TrainingTask;
  readonly points: readonly ShapePoint[];
}

/** The grid a task's shapes are drawn over. */
export function shapeGrid(task: TrainingTask, points = SHAPE_POINTS): number[] {
  const [from, to] = task === 'regression' ? [-RESIDUAL_RANGE, RESIDUAL_RANGE] : [MIN_PROBABILITY, 1 - MIN_PROBABILITY];
  return Array.from({ length: points }, (_, i) => from + ((to - from) * i) / (points - 1));
}

/** The encoded target input of a single row whose true class is the positive / first one. */
function encodedTarget(use: TrainingUse, classes: number): unknown {
  switch (use.target) {
    case 'value': return [REGRESSION_SHAPE_TARGET];
    case 'zero-one': case 'plus-minus-one': return [1];
    case 'index': return [0];
    case 'one-hot': return [Array.from({ length: classes }, (_, j) => (j === 0 ? 1 : 0))];
  }
}

/** The model's raw outputs for grid value x: a prediction, a logit, or a row of logits. */
function rawOutputs(task: TrainingTask, x: number, classes: number): number[] {
  if (task === 'regression') return [REGRESSION_SHAPE_TARGET + x];
  if (task === 'binary') return [Math.log(x / (1 - x))];
  const other = (1 - x) / (classes - 1);
  return [Math.log(x), ...new Array<number>(classes - 1).fill(Math.log(other))];
}

/** link(raw) for one row (softmax of the logits built by `rawOutputs` is the row itself). */
function linked(link: TrainingUse['link'], raw: readonly number[]): number[] {
  switch (link) {
    case 'identity': return [...raw];
    case 'sigmoid': return raw.map((z) => 1 / (1 + Math.exp(-z)));
    case 'softmax': case 'log-softmax': {
      const max = maxOf(raw);
      const exps = raw.map((z) => Math.exp(z - max));
      const sum = exps.reduce((a, b) => a + b, 0);
      return link === 'softmax' ? exps.map((e) => e / sum) : raw.map((z) => z - max - Math.log(sum));
    }
  }
}

/**
 * dL/draw[0] from g = dL/dlinked (chain rule through the link, as in the trainer):
 *   sigmoid: g p (1 - p);  softmax: p_0 (g_0 - Σ g_k p_k);  log-softmax: g_0 - p_0 Σ g_k.
 */
function rawGradient(link: TrainingUse['link'], link0: readonly number[], g: ArrayLike<number>): number {
  const g0 = g[0] as number;
  switch (link) {
    case 'identity': return g0;
    case 'sigmoid': { const p = link0[0] as number; return g0 * p * (1 - p); }
    case 'softmax': {
      let dot = 0;
      link0.forEach((p, k) => { dot += (g[k] as number) * p; });
      return (link0[0] as number) * (g0 - dot);
    }
    case 'log-softmax': {
      let total = 0;
      for (let k = 0; k < g.length; k++) total += g[k] as number;
      return g0 - Math.exp(link0[0] as number) * total;
    }
  }
}

/**
 * The shape of registered loss `name` (with `lossOptions`, over the training use's own
 * options) for `task`, or undefined when the loss has no training use for the task or no
 * usable inputs. Grid points where the loss throws are NaN (the charts leave a gap).
 */
export function lossShape(name: string, task: TrainingTask, lossOptions: Readonly<Record<string, unknown>> = {}): LossShape | undefined {
  const entry = getLoss(name);
  const use = entry.training?.find((candidate) => candidate.task === task);
  const prediction = entry.inputs.find((input) => input.differentiable);
  const target = TARGET_INPUT_NAMES.map((n) => entry.inputs.find((input) => input.name === n)).find((input) => input !== undefined);
  if (!use || !prediction || !target) return undefined;
  const classes = task === 'multiclass' ? MULTICLASS_SHAPE_CLASSES : 1;
  const options = { ...use.options, ...lossOptions, reduction: 'mean' };
  const targetInput = encodedTarget(use, classes);
  const points = shapeGrid(task).map((x): ShapePoint => {
    const raw = rawOutputs(task, x, classes);
    const input = linked(use.link, raw);
    try {
      const result = entry.evaluate(
        { [prediction.name]: task === 'multiclass' ? [input] : input, [target.name]: targetInput },
        options, { grad: true },
      );
      const grad = result.grads[prediction.name]?.data;
      const value = typeof result.value === 'number' ? result.value : NaN;
      return { x, value, gradient: grad ? rawGradient(use.link, input, grad) : NaN };
    } catch {
      return { x, value: NaN, gradient: NaN };
    }
  });
  return { loss: name, task, points };
}
