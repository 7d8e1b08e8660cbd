import { InternalError, TrainingSetupError } from '../core/errors.js';
/**
 * Dense feed-forward models on one vector of parameters: a linear model (no hidden layer) or an
 * MLP with 1–2 hidden layers. This file is the TypeScript reference of the forward and backward
 * passes (the WASM SIMD kernels in wasm/assembly/dense.ts are tested against it), written by
 * hand for batches of row-major matrices; every buffer is allocated once in a `Workspace`.
 * Storage is float64 or float32 (`Precision`): with float32 arrays every stored value (weights,
 * activations, gradients) is rounded to float32 while each expression is evaluated in float64.
 *
 * Layout: for each layer l (fanIn -> fanOut) the weights W_l [fanOut × fanIn] (row o holds the
 * weights into output o) followed by the biases b_l [fanOut]. With that layout all three products
 * run along contiguous rows:
 *   forward   z[r, o]  = b[o] + Σ_i x[r, i] W[o, i]
 *   weights   dW[o, :] += dz[r, o] x[r, :]
 *   inputs    dx[r, :] += dz[r, o] W[o, :]
 */
import { normal, type Random } from '../core/random.js';
import type { FloatArray } from '../core/tensor.js';

/** Storage of parameters, activations and gradients. */
export type Precision = 'float32' | 'float64';

/** A zeroed array of `length` values in `precision`. */
export function floats(precision: Precision, length: number): FloatArray {
  return precision === 'float32' ? new Float32Array(length) : new Float64Array(length);
}

export type Activation = 'relu' | 'tanh';

export interface LayerLayout {
  readonly fanIn: number;
  readonly fanOut: number;
  /** Offset of W (fanOut × fanIn) in the parameter vector. */
  readonly weightOffset: number;
  /** Offset of b (fanOut) in the parameter vector. */
  readonly biasOffset: number;
}

export interface ModelLayout {
  readonly inputs: number;
  readonly outputs: number;
  readonly hidden: readonly number[];
  readonly activation: Activation;
  readonly layers: readonly LayerLayout[];
  readonly parameterCount: number;
}

/** The most hidden layers the harness builds (the issue asks for 1–2). */
export const MAX_HIDDEN_LAYERS = 2;

export function createLayout(inputs: number, outputs: number, hidden: readonly number[], activation: Activation): ModelLayout {
  if (hidden.length > MAX_HIDDEN_LAYERS) {
    throw new TrainingSetupError(`train: 'hidden' must list at most ${MAX_HIDDEN_LAYERS} layer sizes, received [${hidden.join(', ')}]`, 'hidden');
  }
  for (const size of hidden) {
    if (!Number.isInteger(size) || size < 1) throw new TrainingSetupError(`train: hidden layer sizes must be positive integers, received [${hidden.join(', ')}]`, 'hidden');
  }
  const sizes = [inputs, ...hidden, outputs];
  const layers: LayerLayout[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l];
    const fanOut = sizes[l + 1];
    layers.push({ fanIn, fanOut, weightOffset: offset, biasOffset: offset + fanIn * fanOut });
    offset += fanIn * fanOut + fanOut;
  }
  return { inputs, outputs, hidden: [...hidden], activation, layers, parameterCount: offset };
}

/**
 * Seeded initial parameters. Hidden layers: He normal (std sqrt(2 / fanIn)) for ReLU, Xavier/Glorot
 * normal (std sqrt(2 / (fanIn + fanOut))) for tanh — the scales that keep activations' variance
 * roughly constant through the layers. The output layer uses Xavier; a linear model (convex in its
 * parameters) starts at zero weights. All biases start at 0 except the output biases, which start
 * at `outputBias` when given (the trainer passes the target mean or log class priors, so every
 * loss starts from the same sensible constant prediction).
 */
export function initialiseParameters(layout: ModelLayout, random: Random, outputBias?: Float64Array): Float64Array {
  const params = new Float64Array(layout.parameterCount);
  const last = layout.layers.length - 1;
  layout.layers.forEach((layer, l) => {
    const isOutput = l === last;
    if (isOutput && last === 0) return; // linear model: zero weights
    const std = !isOutput && layout.activation === 'relu'
      ? Math.sqrt(2 / layer.fanIn)
      : Math.sqrt(2 / (layer.fanIn + layer.fanOut));
    for (let k = 0; k < layer.fanIn * layer.fanOut; k++) params[layer.weightOffset + k] = std * normal(random);
  });
  if (outputBias) params.set(outputBias, layout.layers[last].biasOffset);
  return params;
}

/** True for parameters that are weights (L2 weight decay applies to them), false for biases. */
export function weightMask(layout: ModelLayout): Uint8Array {
  const mask = new Uint8Array(layout.parameterCount);
  for (const layer of layout.layers) mask.fill(1, layer.weightOffset, layer.biasOffset);
  return mask;
}

/** Hidden activations and their gradients for up to `capacity` rows. */
export interface Workspace {
  readonly capacity: number;
  /** Post-activation outputs of each hidden layer, capacity × size. */
  readonly activations: readonly FloatArray[];
  /** Gradient with respect to each hidden layer's pre-activation, capacity × size. */
  readonly deltas: readonly FloatArray[];
}

export function createWorkspace(layout: ModelLayout, capacity: number, precision: Precision = 'float64'): Workspace {
  return {
    capacity,
    activations: layout.hidden.map((size) => floats(precision, capacity * size)),
    deltas: layout.hidden.map((size) => floats(precision, capacity * size)),
  };
}

/** Rows processed together in one pass over a weight row (forward) or a gradient row (backward). */
const ROW_BLOCK = 4;

/**
 * out[r, :] = b + W x[r, :] for `rows` rows.
 * Hint: four rows share each pass over a row of W (one load of w feeds four independent sums,
 * which also breaks the add dependency chain); the summation order is fixed, so results stay
 * bit-for-bit reproducible.
 */
function denseForward(params: FloatArray, layer: LayerLayout, x: FloatArray, rows: number, out: FloatArray): void {
  const { fanIn, fanOut, weightOffset, biasOffset } = layer;
  let r = 0;
  for (; r + ROW_BLOCK <= rows; r += ROW_BLOCK) {
    const x0 = r * fanIn, x1 = x0 + fanIn, x2 = x1 + fanIn, x3 = x2 + fanIn;
    for (let o = 0; o < fanOut; o++) {
      const wRow = weightOffset + o * fanIn;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0; i < fanIn; i++) {
        const w = params[wRow + i];
        s0 += x[x0 + i] * w;
        s1 += x[x1 + i] * w;
        s2 += x[x2 + i] * w;
        s3 += x[x3 + i] * w;
      }
      const b = params[biasOffset + o];
      out[r * fanOut + o] = b + s0;
      out[(r + 1) * fanOut + o] = b + s1;
      out[(r + 2) * fanOut + o] = b + s2;
      out[(r + 3) * fanOut + o] = b + s3;
    }
  }
  for (; r < rows; r++) {
    const xRow = r * fanIn;
    for (let o = 0; o < fanOut; o++) {
      const wRow = weightOffset + o * fanIn;
      let sum = 0;
      for (let i = 0; i < fanIn; i++) sum += x[xRow + i] * params[wRow + i];
      out[r * fanOut + o] = params[biasOffset + o] + sum;
    }
  }
}

function activate(values: FloatArray, length: number, activation: Activation): void {
  if (activation === 'relu') {
    for (let k = 0; k < length; k++) if (values[k] < 0) values[k] = 0;
  } else {
    for (let k = 0; k < length; k++) values[k] = Math.tanh(values[k]);
  }
}

/**
 * Raw model outputs for `rows` rows of `x` (rows × inputs) into `out` (rows × outputs).
 * Hidden activations stay in `workspace` for `backward`.
 */
export function forward(layout: ModelLayout, params: FloatArray, x: FloatArray, rows: number, workspace: Workspace, out: FloatArray): void {
  if (rows > workspace.capacity) throw new InternalError(`train: ${rows} rows exceed the workspace capacity ${workspace.capacity}`);
  let input = x;
  const last = layout.layers.length - 1;
  for (let l = 0; l < last; l++) {
    const layer = layout.layers[l];
    const hidden = workspace.activations[l];
    denseForward(params, layer, input, rows, hidden);
    activate(hidden, rows * layer.fanOut, layout.activation);
    input = hidden;
  }
  denseForward(params, layout.layers[last], input, rows, out);
}

/**
 * dW[o, :] += Σ_r dz[r, o] x[r, :] and db[o] += Σ_r dz[r, o].
 * Hint: rows are taken four at a time so each dW element is loaded and stored once per four
 * rows instead of once per row (memory traffic, not arithmetic, bounds this loop).
 */
function accumulateWeightGradient(
  grad: FloatArray, weightOffset: number, biasOffset: number, fanIn: number, fanOut: number,
  input: FloatArray, delta: FloatArray, rows: number,
): void {
  let r = 0;
  for (; r + ROW_BLOCK <= rows; r += ROW_BLOCK) {
    const x0 = r * fanIn, x1 = x0 + fanIn, x2 = x1 + fanIn, x3 = x2 + fanIn;
    for (let o = 0; o < fanOut; o++) {
      const d0 = delta[r * fanOut + o], d1 = delta[(r + 1) * fanOut + o];
      const d2 = delta[(r + 2) * fanOut + o], d3 = delta[(r + 3) * fanOut + o];
      grad[biasOffset + o] += (d0 + d1) + (d2 + d3);
      if (d0 === 0 && d1 === 0 && d2 === 0 && d3 === 0) continue; // Hint: ReLU and margin losses give many exact zeros.
      const wRow = weightOffset + o * fanIn;
      for (let i = 0; i < fanIn; i++) {
        grad[wRow + i] += (d0 * input[x0 + i] + d1 * input[x1 + i]) + (d2 * input[x2 + i] + d3 * input[x3 + i]);
      }
    }
  }
  for (; r < rows; r++) {
    const inRow = r * fanIn;
    for (let o = 0; o < fanOut; o++) {
      const d = delta[r * fanOut + o];
      if (d === 0) continue;
      grad[biasOffset + o] += d;
      const wRow = weightOffset + o * fanIn;
      for (let i = 0; i < fanIn; i++) grad[wRow + i] += d * input[inRow + i];
    }
  }
}

/**
 * Adds the gradient of the loss with respect to every parameter to `grad`, given `dOut`
 * (rows × outputs), the gradient with respect to the raw outputs of the last `forward` call on
 * the same `x`. The input layer's dx is never formed (nothing upstream needs it).
 */
export function backward(
  layout: ModelLayout, params: FloatArray, x: FloatArray, rows: number,
  workspace: Workspace, dOut: FloatArray, grad: FloatArray,
): void {
  let delta = dOut;
  for (let l = layout.layers.length - 1; l >= 0; l--) {
    const { fanIn, fanOut, weightOffset, biasOffset } = layout.layers[l];
    const input = l === 0 ? x : workspace.activations[l - 1];
    accumulateWeightGradient(grad, weightOffset, biasOffset, fanIn, fanOut, input, delta, rows);
    if (l === 0) break;
    // Gradient with respect to the previous hidden layer, then through its activation.
    const previous = workspace.deltas[l - 1];
    previous.fill(0, 0, rows * fanIn);
    for (let r = 0; r < rows; r++) {
      const pRow = r * fanIn;
      const dRow = r * fanOut;
      for (let o = 0; o < fanOut; o++) {
        const d = delta[dRow + o];
        if (d === 0) continue;
        const wRow = weightOffset + o * fanIn;
        for (let i = 0; i < fanIn; i++) previous[pRow + i] += d * params[wRow + i];
      }
    }
    const a = workspace.activations[l - 1];
    if (layout.activation === 'relu') {
      // relu'(z) = 1 where the output a = max(z, 0) is positive.
      for (let k = 0; k < rows * fanIn; k++) if (a[k] <= 0) previous[k] = 0;
    } else {
      // tanh'(z) = 1 - tanh(z)^2 = 1 - a^2.
      for (let k = 0; k < rows * fanIn; k++) previous[k] *= 1 - a[k] * a[k];
    }
    delta = previous;
  }
}
