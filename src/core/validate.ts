import { LossError, badElement, badShape, formatShape, invalid, shapeMismatch } from './errors.js';
import type { IntTensor, Tensor } from './tensor.js';

/** Shape and domain checks the kernels run before their loops (never inside them). */

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((size, i) => size === b[i]);
}

/** Equal shapes, no silent broadcasting: `huber: 'target' has shape [6] but 'input' has shape [4]`. */
export function requireSameShape(
  loss: string,
  name: string,
  tensor: { readonly shape: readonly number[] },
  reference: string,
  referenceTensor: { readonly shape: readonly number[] },
): void {
  if (!sameShape(tensor.shape, referenceTensor.shape)) {
    throw shapeMismatch(loss, name, tensor.shape, reference, referenceTensor.shape);
  }
}

/** The tensor's rank must be one of `ranks`. */
export function requireRank(loss: string, name: string, tensor: { readonly shape: readonly number[] }, ranks: readonly number[], what = ''): void {
  if (!ranks.includes(tensor.shape.length)) {
    const expected = ranks.length === 1 ? `rank ${ranks[0]}` : `rank ${ranks.slice(0, -1).join(', ')} or ${ranks[ranks.length - 1]}`;
    throw badShape(loss, name, `${expected}${what ? ` (${what})` : ''}`, tensor.shape);
  }
}

/** Every element satisfies `accept`; otherwise a domain error naming the first that does not. */
export function requireEach(
  loss: string,
  name: string,
  tensor: Tensor | IntTensor,
  accept: (x: number) => boolean,
  expectation: string,
): void {
  const { data } = tensor;
  for (let i = 0; i < data.length; i++) {
    if (!accept(data[i])) throw badElement(loss, name, expectation, data[i], i, tensor.shape);
  }
}

export const inUnitInterval = (x: number): boolean => x >= 0 && x <= 1;
export const isPlusMinusOne = (x: number): boolean => x === 1 || x === -1;
export const isZeroOrOne = (x: number): boolean => x === 0 || x === 1;

/** A 1-D tensor of an exact length (class weights of size C, ...). */
export function requireLength(loss: string, name: string, tensor: Tensor, length: number, what: string): void {
  if (tensor.shape.length !== 1 || tensor.shape[0] !== length) {
    throw badShape(loss, name, `shape [${length}] (${what})`, tensor.shape);
  }
}

/**
 * Layout of a class axis at position 1 (PyTorch's [N, C, d1, ...], or [C] unbatched):
 * element (n, c, s) sits at n*C*S + c*S + s.
 */
export interface ClassLayout {
  readonly batch: number;
  readonly classes: number;
  readonly spatial: number;
  /** Shape of one value per position: [N, d1, ...] (or [] for unbatched input). */
  readonly positionShape: readonly number[];
}

export function classLayout(loss: string, name: string, shape: readonly number[]): ClassLayout {
  if (shape.length === 0) throw badShape(loss, name, 'rank >= 1 ([C], [N, C] or [N, C, d1, ...])', shape);
  if (shape.length === 1) return { batch: 1, classes: shape[0], spatial: 1, positionShape: [] };
  let spatial = 1;
  for (let axis = 2; axis < shape.length; axis++) spatial *= shape[axis];
  return { batch: shape[0], classes: shape[1], spatial, positionShape: [shape[0], ...shape.slice(2)] };
}

/** Class-index targets: shape = input shape without the class axis. */
export function requireIndexTargetShape(loss: string, target: IntTensor, layout: ClassLayout, inputShape: readonly number[]): void {
  if (!sameShape(target.shape, layout.positionShape)) {
    throw new LossError(
      'shape',
      `${loss}: 'target' has shape ${formatShape(target.shape)} but 'input' has shape ${formatShape(inputShape)} (expected target shape ${formatShape(layout.positionShape)})`,
      loss,
      'target',
    );
  }
}

/** Class indices in [0, C), or equal to `ignoreIndex` when given. */
export function requireClassIndices(loss: string, target: IntTensor, classes: number, ignoreIndex?: number): void {
  const { data } = target;
  for (let i = 0; i < data.length; i++) {
    const t = data[i];
    if ((t < 0 || t >= classes) && t !== ignoreIndex) {
      const allowed = ignoreIndex === undefined ? '' : ` or ignoreIndex ${ignoreIndex}`;
      throw badElement(loss, 'target', `a class index in [0, ${classes})${allowed}`, t, i, target.shape);
    }
  }
}

/** An option that only makes sense in some situations: `loss: 'opt' ... received v`. */
export function optionError(loss: string, name: string, expectation: string, received: unknown): LossError {
  return invalid('option', loss, name, expectation, received);
}
