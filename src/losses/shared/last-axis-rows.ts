import { LossError, badShape, formatShape } from '../../core/errors.js';
import type { IntTensor, Tensor } from '../../core/tensor.js';
import { requireEach, sameShape } from '../../core/validate.js';

/**
 * Shared pieces of the margin, ranking and sparsemax families: the "last axis is the class
 * (or list) axis" layout of Keras and optax, integer labels over that axis, and sampling
 * helpers that keep random points away from kinks.
 */

/** [..., C]: `rows` = numel / C rows of C entries; 'none' gives the shape without the last axis. */
export interface LastAxisLayout {
  readonly rows: number;
  readonly size: number;
  readonly outShape: readonly number[];
}

export function lastAxisLayout(loss: string, name: string, tensor: Tensor, what: string): LastAxisLayout {
  const { shape } = tensor;
  const size = shape[shape.length - 1];
  if (shape.length === 0 || size === undefined || size === 0) {
    throw badShape(loss, name, `rank >= 1 with a non-empty last axis (${what})`, shape);
  }
  return { rows: tensor.data.length / size, size, outShape: shape.slice(0, -1) };
}

/** Integer labels, one per row: shape = the scores' shape without the last axis; values in [0, C). */
export function requireRowLabels(
  loss: string,
  labels: IntTensor,
  layout: LastAxisLayout,
  reference: string,
  referenceShape: readonly number[],
): void {
  if (!sameShape(labels.shape, layout.outShape)) {
    throw new LossError(
      'shape',
      `${loss}: 'labels' has shape ${formatShape(labels.shape)} but '${reference}' has shape ${formatShape(referenceShape)} (expected ${formatShape(layout.outShape)}, one label per row)`,
      loss,
      'labels',
    );
  }
  const classes = layout.size;
  requireEach(loss, 'labels', labels, (t) => t >= 0 && t < classes, `a class index in [0, ${classes})`);
}

/** A random shape [rows, size] with 1..4 rows (sometimes a single unbatched row [size]). */
export function randomRowsShape(random: () => number, minSize: number, maxSize: number): number[] {
  const size = minSize + Math.floor(random() * (maxSize - minSize + 1));
  return random() < 0.2 ? [size] : [1 + Math.floor(random() * 4), size];
}

/** `count` values in [-2.5, 2.5). */
export function randomValues(random: () => number, count: number): number[] {
  return Array.from({ length: count }, () => 5 * random() - 2.5);
}

/** Per-row labels for `nest`ed rows: a number for a 1-D shape, else an array. */
export function nestLabels(labels: readonly number[], shape: readonly number[]): number | number[] {
  return shape.length === 1 ? labels[0] : [...labels];
}

/**
 * True when the largest of `values` beats the runner-up by at least `gap`: the argmax is
 * then stable under a finite-difference step, so a sampled point is away from a max kink.
 */
export function clearMax(values: readonly number[], gap: number): boolean {
  let first = -Infinity;
  let second = -Infinity;
  for (const v of values) {
    if (v > first) { second = first; first = v; } else if (v > second) second = v;
  }
  return first - second >= gap;
}
