/**
 * `losskit/tfjs`: every losskit loss as a TensorFlow.js loss, with the fused kernel's exact
 * gradient (through `tf.customGrad`).
 *
 *   model.compile({ optimizer: 'adam', loss: tfLoss('huber', { delta: 2 }) });
 *   optimizer.minimize(() => tfLoss('poly1')(labels, model.predict(x) as tf.Tensor));
 *   tfLossInputs('triplet-margin', { margin: 0.5 })({ anchor, positive, negative });
 *
 * `@tensorflow/tfjs` is an optional peer dependency: only this subpath imports it.
 */
import * as tf from '@tensorflow/tfjs';
import { LossError, type InputSpec, type LossEntry, type Reduction } from '../index.js';
import { checkOptions, fromLogitsOption, logitAlternatives, lossConvention, type KerasForm, type LossConvention } from './conventions.js';
import { fusedLoss, readFloat, readInteger, requireTensor, type Binding } from './fused.js';
import { equalUpToUnitAxes, formatList, moveClassAxis, oneHotToIndices, sameShape } from './layout.js';

/** Loss options (`delta`, `weight` ...; tensor options may be tf.Tensors) and a scalar reduction. */
export type TfLossOptions = Readonly<Record<string, unknown>> & { readonly reduction?: Exclude<Reduction, 'none'> };

/** A Keras-style loss: `(yTrue, yPred) => tf.Scalar`, named after the losskit loss. */
export interface TfLossFunction {
  (yTrue: tf.Tensor | null | undefined, yPred: tf.Tensor): tf.Scalar;
  /** The registry name of the loss. */
  readonly lossName: string;
}

/** A loss over named inputs: `({ anchor, positive, negative }) => tf.Scalar`. */
export interface TfInputsLossFunction {
  (inputs: Readonly<Record<string, tf.Tensor>>): tf.Scalar;
  readonly lossName: string;
}

/** Options with tf.Tensor values (class weights ...) read once into `{ data, shape }`. */
function plainOptions(context: string, convention: LossConvention, options: TfLossOptions): Record<string, unknown> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new LossError('option', `${context}: options must be an object, received ${String(options)}`, convention.entry.name, 'options');
  }
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    plain[key] = value instanceof tf.Tensor ? { data: readFloat(value as tf.Tensor), shape: (value as tf.Tensor).shape } : value;
  }
  const { reduction, ...lossOptions } = plain;
  const { entry, scalarReductions } = convention;
  const chosen = reduction ?? (scalarReductions.includes(entry.defaultReduction) ? entry.defaultReduction : 'mean');
  if (typeof chosen !== 'string' || !scalarReductions.includes(chosen as Reduction)) {
    throw new LossError('option', `${context}: 'reduction' must be one of ${scalarReductions.map((r) => `'${r}'`).join(', ')} (a tfjs loss returns a scalar), received ${JSON.stringify(chosen)}`, entry.name, 'reduction');
  }
  try {
    checkOptions(entry, lossOptions);
  } catch (error) {
    if (error instanceof LossError) throw new LossError(error.kind, `${context}: ${error.message}`, entry.name, error.argument);
    throw error;
  }
  return { ...lossOptions, reduction: chosen };
}

/** Hints for a kernel error, in terms of yTrue and yPred. */
function kerasExplainer(context: string, entry: LossEntry, form: KerasForm) {
  const roles = `yPred is ${entry.name}'s '${form.prediction.name}'${form.target ? `, yTrue its '${form.target.name}'` : ''}`;
  return (error: LossError): LossError => {
    let hint = '';
    const probabilities = form.prediction.domain === 'probability' || form.prediction.domain === 'non-negative';
    if (error.kind === 'domain' && error.argument === form.prediction.name && probabilities) {
      const alternatives = logitAlternatives(entry).slice(0, 3).map((n) => `'${n}'`).join(', ');
      const switchOption = fromLogitsOption(entry);
      hint = `; yPred looks like raw scores (logits): end the model with a sigmoid or softmax${switchOption ? `, pass { ${switchOption}: true }` : ''}${alternatives ? `, or use a loss taking logits (${alternatives})` : ''}`;
    }
    return new LossError(error.kind, `${context}: ${error.message} (${roles})${hint}`, entry.name, error.argument);
  };
}

/** yTrue's binding in the loss's layout, following the target encoding of the loss's metadata. */
function targetBinding(context: string, form: KerasForm, yTrue: tf.Tensor, yPred: tf.Tensor, moveAxis: boolean): Binding {
  const target = form.target as InputSpec;
  const read = target.kind === 'int' ? readInteger : readFloat;
  const predShape = yPred.shape;
  const rowShape = predShape.slice(0, -1);
  const same = sameShape(yTrue.shape, predShape);
  if (form.targetEncoding === 'class-index') {
    if (same && target.kind === 'int') {
      return { tensor: yTrue, input: target.name, read: () => ({ data: oneHotToIndices(context, yTrue.dataSync(), predShape), shape: rowShape }) };
    }
    if (sameShape(yTrue.shape, rowShape) || sameShape(yTrue.shape, [...rowShape, 1])) {
      return { tensor: yTrue, input: target.name, read: () => ({ data: read(yTrue), shape: rowShape }) };
    }
    if (!same) {
      throw new LossError('shape', `${context}: yTrue has shape ${formatList(yTrue.shape)}, but for yPred of shape ${formatList(predShape)} it must hold class indices of shape ${formatList(rowShape)} (or ${formatList([...rowShape, 1])}) or one-hot rows of shape ${formatList(predShape)}`, '', 'yTrue');
    }
  } else if (!same && !(yTrue.size === yPred.size && equalUpToUnitAxes(yTrue.shape, predShape))) {
    throw new LossError('shape', `${context}: yTrue has shape ${formatList(yTrue.shape)} but yPred has shape ${formatList(predShape)}; they are compared element by element, so they need the same shape`, '', 'yTrue');
  }
  // Same shape as yPred (probabilities, masks, values): moved with it when classes go to axis 1.
  if (moveAxis) return { tensor: yTrue, input: target.name, read: () => moveClassAxis(readFloat(yTrue), predShape) };
  return { tensor: yTrue, input: target.name, read: () => ({ data: read(yTrue), shape: predShape }) };
}

function named<F extends object>(fn: F, lossName: string): F & { readonly lossName: string } {
  Object.defineProperty(fn, 'name', { value: lossName });
  Object.defineProperty(fn, 'lossName', { value: lossName, enumerable: true });
  return fn as F & { readonly lossName: string };
}

/**
 * The registered loss `name` as a tfjs loss `(yTrue, yPred) => tf.Scalar`, for
 * `model.compile({ loss })`, `tf.grad`, `optimizer.minimize` and `model.fit`.
 *
 * - yPred feeds the loss's differentiable input, yTrue its target; losses with other inputs
 *   (triplets, pairs, distributions) throw here and point to `tfLossInputs`.
 * - Class-index losses (poly1, softmax-focal, nll ...) take yTrue as indices shaped like yPred
 *   without its last axis (or with a last axis of 1), or as one-hot rows of yPred's shape (which
 *   `model.fit` requires of custom losses); a row that is not one-hot is an error.
 * - Classes are on the last axis, as in tfjs; losses that read them on axis 1 (cross-entropy,
 *   nll, lovasz-softmax) get rank > 2 inputs moved there and the gradient moved back.
 * - Probability losses (bce, categorical-cross-entropy ...) check yPred is a probability and
 *   say which losses take logits when it is not.
 * - yTrue gets no gradient (a zero tensor). The value is float32, computed with float64 sums.
 */
export function tfLoss(name: string, options: TfLossOptions = {}): TfLossFunction {
  const convention = lossConvention(name);
  const context = `tfLoss('${convention.entry.name}')`;
  const resolved = plainOptions(context, convention, options);
  const { keras } = convention;
  if ('unavailable' in keras) throw new LossError('option', `${context}: ${keras.unavailable}`, convention.entry.name);
  const explain = kerasExplainer(context, convention.entry, keras);
  const loss = (yTrue: tf.Tensor | null | undefined, yPred: tf.Tensor): tf.Scalar => {
    requireTensor(context, 'yPred', yPred);
    const moveAxis = keras.classAxisOne && yPred.rank > 2;
    const bindings: Binding[] = [];
    if (keras.target) {
      requireTensor(context, 'yTrue', yTrue);
      bindings.push(targetBinding(context, keras, yTrue, yPred, moveAxis));
    }
    bindings.push({
      tensor: yPred,
      input: keras.prediction.name,
      read: () => (moveAxis ? moveClassAxis(readFloat(yPred), yPred.shape) : { data: readFloat(yPred), shape: yPred.shape }),
      gradient: moveAxis
        ? (grad) => moveClassAxis(grad, [yPred.shape[0] as number, yPred.shape[yPred.rank - 1] as number, ...yPred.shape.slice(1, -1)], true).data
        : (grad) => grad,
    });
    return fusedLoss(convention.entry, resolved, bindings, explain);
  };
  return named(loss, convention.entry.name);
}

/**
 * Any registered loss over its inputs by name (`losskit list` / `explain` show them), in the
 * loss's own layout: `tfLossInputs('triplet-margin')({ anchor, positive, negative })`. Every
 * differentiable input receives its gradient; the others (targets, labels, lengths) get zeros.
 */
export function tfLossInputs(name: string, options: TfLossOptions = {}): TfInputsLossFunction {
  const convention = lossConvention(name);
  const { entry } = convention;
  const context = `tfLossInputs('${entry.name}')`;
  const resolved = plainOptions(context, convention, options);
  const known = entry.inputs.map((input) => `'${input.name}'`).join(', ');
  const explain = (error: LossError) => new LossError(error.kind, `${context}: ${error.message}`, entry.name, error.argument);
  const loss = (inputs: Readonly<Record<string, tf.Tensor>>): tf.Scalar => {
    if (typeof inputs !== 'object' || inputs === null || inputs instanceof tf.Tensor) {
      throw new LossError('option', `${context}: expects an object of tensors keyed by input name (${known})`, entry.name);
    }
    for (const key of Object.keys(inputs)) {
      if (!entry.inputs.some((input) => input.name === key) && inputs[key] !== undefined) {
        throw new LossError('option', `${context}: unknown input '${key}' (inputs: ${known})`, entry.name, key);
      }
    }
    const bindings: Binding[] = [];
    for (const input of entry.inputs) {
      const tensor = inputs[input.name];
      if (tensor === undefined && input.optional) continue;
      requireTensor(context, `'${input.name}'`, tensor);
      const read = input.kind === 'int' ? readInteger : readFloat;
      bindings.push({
        tensor, input: input.name,
        read: () => ({ data: read(tensor), shape: tensor.shape }),
        ...(input.differentiable ? { gradient: (grad: Float32Array) => grad } : {}),
      });
    }
    return fusedLoss(entry, resolved, bindings, explain);
  };
  return named(loss, entry.name);
}
