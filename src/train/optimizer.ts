import type { FloatArray } from '../core/tensor.js';
import { floats, type Precision } from './model.js';
/**
 * First-order optimizers updating a vector of parameters in place: the TypeScript reference
 * (wasm/assembly/optimizers.ts is the float32 SIMD version). State (velocity, moments) is
 * allocated once, in the parameters' precision; `step` allocates nothing.
 *
 * L2 weight decay is applied by `addWeightDecay` before the step, as a gradient term
 * `weightDecay * w` on weights only (biases are not decayed: shrinking them toward 0 only biases
 * the predictions). With Adam this is the classic "L2 in the gradient" (as PyTorch's
 * `Adam(weight_decay=...)`), not decoupled AdamW decay.
 */

export type OptimizerName = 'sgd' | 'adam';

export interface Optimizer {
  readonly name: OptimizerName;
  /** One update of `params` from `grad` with learning rate `learningRate`. */
  step(params: FloatArray, grad: FloatArray, learningRate: number): void;
}

/** Adam's published defaults (Kingma & Ba 2015, Algorithm 1). */
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

/**
 * SGD with (heavy-ball) momentum, as PyTorch's `torch.optim.SGD` (dampening 0, no Nesterov):
 *   v <- momentum v + g;  w <- w - lr v
 * momentum 0 is plain SGD.
 */
export function createSgd(parameterCount: number, momentum: number, precision: Precision = 'float64'): Optimizer {
  const velocity = floats(precision, parameterCount);
  return {
    name: 'sgd',
    step(params, grad, learningRate) {
      for (let k = 0; k < params.length; k++) {
        const v = momentum * velocity[k] + grad[k];
        velocity[k] = v;
        params[k] -= learningRate * v;
      }
    },
  };
}

/**
 * Adam with bias correction (Kingma & Ba 2015, Algorithm 1):
 *   m <- b1 m + (1 - b1) g;  s <- b2 s + (1 - b2) g^2
 *   w <- w - lr (m / (1 - b1^t)) / (sqrt(s / (1 - b2^t)) + eps)
 */
export function createAdam(
  parameterCount: number, beta1 = ADAM_BETA1, beta2 = ADAM_BETA2, epsilon = ADAM_EPSILON, precision: Precision = 'float64',
): Optimizer {
  const first = floats(precision, parameterCount);
  const second = floats(precision, parameterCount);
  let t = 0;
  return {
    name: 'adam',
    step(params, grad, learningRate) {
      t++;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      for (let k = 0; k < params.length; k++) {
        const g = grad[k];
        const m = beta1 * first[k] + (1 - beta1) * g;
        const s = beta2 * second[k] + (1 - beta2) * g * g;
        first[k] = m;
        second[k] = s;
        params[k] -= (learningRate * (m / correction1)) / (Math.sqrt(s / correction2) + epsilon);
      }
    },
  };
}

export function createOptimizer(name: OptimizerName, parameterCount: number, momentum: number, precision: Precision = 'float64'): Optimizer {
  return name === 'adam'
    ? createAdam(parameterCount, ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON, precision)
    : createSgd(parameterCount, momentum, precision);
}

/** grad += weightDecay * params where mask is 1 (weights); the gradient of (weightDecay / 2) Σ w². */
export function addWeightDecay(grad: FloatArray, params: FloatArray, mask: Uint8Array, weightDecay: number): void {
  if (weightDecay === 0) return;
  for (let k = 0; k < grad.length; k++) if (mask[k]) grad[k] += weightDecay * params[k];
}
