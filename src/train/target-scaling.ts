/**
 * Regression on targets of any size (prices in the hundreds of thousands, tiny rates): the
 * model fits z = (y − shift) / scale, with shift and scale the mean and population std of the
 * TRAINING targets, and its predictions are mapped back to ŷ = shift + scale · z — scikit-learn's
 * `TransformedTargetRegressor(transformer=StandardScaler())`. Metrics and predictions are in
 * the target's units. The loss the model minimises is still exactly the one asked for, in
 * target units, in one of two ways:
 *
 *  - 'standardised': losses homogeneous in the error (TrainingUse.errorScaling: mse, mae,
 *    huber, smooth-l1, quantile) train on standardised targets with their unit options
 *    (Huber's delta, smooth-l1's beta) divided by `scale`; since l(s·e; s·u) = s^d · l(e; u),
 *    the loss in target units is scale^d times the trained one: same minimiser, and recorded
 *    losses are multiplied back, so histories read in target units. Gradients stay those of
 *    the standardised loss, which keeps plain SGD as stable as on unit-scale data.
 *  - 'reparametrised': any other loss (log-cosh, msle, mape, custom ones) sees ŷ = shift + scale · z
 *    and the original targets, so it is evaluated exactly in target units; only the model's
 *    parametrisation changes (dl/dz = scale · dl/dŷ). log-cosh keeps its bend at one target
 *    unit, msle and mape their meaning.
 *
 * Browser-safe.
 */
import { TrainingSetupError, formatValue } from '../core/errors.js';
import { resolveLossEntry, type LossBinding, type LossUse } from './loss-binding.js';

/** How the trainer treats regression targets: 'none' (as given, the default) or 'standardise'. */
export type TargetScalingOption = 'none' | 'standardise';

/** The fitted transform, recorded in the training result. */
export interface TargetScaling {
  readonly method: 'standardised' | 'reparametrised';
  /** Mean of the training targets. */
  readonly shift: number;
  /** Population std of the training targets (1 when they are all equal). */
  readonly scale: number;
  /** Loss options as the trained loss received them (unit options divided by `scale`). */
  readonly lossOptions: Readonly<Record<string, unknown>>;
}

/**
 * The transform for `lossUse` fitted on `targets` (the training rows), and the loss use to train
 * with: every binding made from it (bindLoss) sees the targets and outputs through the transform.
 */
export function fitTargetScaling(lossUse: LossUse, targets: Float64Array): { scaling: TargetScaling; lossUse: LossUse } {
  const n = targets.length;
  let mean = 0;
  for (let r = 0; r < n; r++) mean += targets[r];
  mean = n ? mean / n : 0;
  let variance = 0;
  for (let r = 0; r < n; r++) variance += (targets[r] - mean) ** 2;
  variance = n ? variance / n : 0;
  const scale = variance > 0 ? Math.sqrt(variance) : 1;
  const { errorScaling } = lossUse.use;
  const given = Object.fromEntries(Object.entries(lossUse.options).filter(([key]) => key !== 'reduction'));
  if (!errorScaling) {
    const scaling: TargetScaling = { method: 'reparametrised', shift: mean, scale, lossOptions: given };
    return { scaling, lossUse: { ...lossUse, wrap: (binding) => scaledBinding(binding, scaling, 0) } };
  }
  const lossOptions: Record<string, unknown> = { ...given };
  for (const name of errorScaling.unitOptions ?? []) {
    const value = lossOptions[name] ?? lossUse.entry.options[name]?.default;
    if (typeof value !== 'number') {
      throw new TrainingSetupError(`train: '${name}' must be a number to be converted to standardised target units, received ${formatValue(value)}`, name);
    }
    lossOptions[name] = value / scale;
  }
  const scaling: TargetScaling = { method: 'standardised', shift: mean, scale, lossOptions };
  const converted = resolveLossEntry(lossUse.entry, lossUse.task, lossOptions);
  return { scaling, lossUse: { ...converted, wrap: (binding) => scaledBinding(binding, scaling, errorScaling.degree) } };
}

/** The model's raw regression outputs z in target units, ŷ = shift + scale · z (a new array; `raw` itself when there is no transform). */
export function toTargetUnits(scaling: TargetScaling | undefined, raw: Float64Array): Float64Array {
  return scaling ? raw.map((z) => scaling.shift + scaling.scale * z) : raw;
}

/** `inner` (bound to the loss of `scaling`) seen through the transform; values always in target units. */
export function scaledBinding(inner: LossBinding, scaling: TargetScaling, degree: number): LossBinding {
  const { shift, scale } = scaling;
  if (scaling.method === 'standardised') {
    const standardised = new Float64Array(inner.rows);
    const factor = scale ** degree;
    return {
      rows: inner.rows, width: inner.width,
      setTargets(targets) {
        for (let r = 0; r < inner.rows; r++) standardised[r] = (targets[r] - shift) / scale;
        inner.setTargets(standardised);
      },
      value: (raw) => factor * inner.value(raw),
      valueAndGrad: (raw, dRaw) => factor * inner.valueAndGrad(raw, dRaw),
    };
  }
  const predictions = new Float64Array(inner.rows * inner.width);
  const dPredictions = new Float64Array(inner.rows * inner.width);
  const linked = (raw: Float64Array) => {
    for (let k = 0; k < predictions.length; k++) predictions[k] = shift + scale * raw[k];
    return predictions;
  };
  return {
    rows: inner.rows, width: inner.width,
    setTargets: (targets) => inner.setTargets(targets),
    value: (raw) => inner.value(linked(raw)),
    valueAndGrad(raw, dRaw) {
      const value = inner.valueAndGrad(linked(raw), dPredictions);
      for (let k = 0; k < dRaw.length; k++) dRaw[k] = scale * dPredictions[k];
      return value;
    },
  };
}
