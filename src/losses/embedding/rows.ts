import { formatShape, LossError } from '../../core/errors.js';
import type { FloatArray, Tensor } from '../../core/tensor.js';
import { requireRank, sameShape } from '../../core/validate.js';
import { hypotOf } from '../../core/extent.js';

/**
 * Shared pieces of the embedding, self-supervised and angular-margin families: the row layout
 * of [N, D] / [D] embeddings, torch's pairwise_distance with its gradient, and cosine
 * similarity through row normalisation (value and backward).
 */

/** torch.pairwise_distance's default eps, added to every component of x1 - x2. */
export const PAIRWISE_EPS = 1e-6;


/** A random row of `dim` entries in [-1.5, 1.5). */
export function randomRow(random: () => number, dim: number): number[] {
  return Array.from({ length: dim }, () => 3 * random() - 1.5);
}

/** `base` moved by `length` along a random direction. */
export function randomOffset(random: () => number, base: readonly number[], length: number): number[] {
  const v = randomRow(random, base.length);
  const n = hypotOf(v) || 1;
  return base.map((b, k) => b + (length * v[k]) / n);
}

/** [N, D]: N rows, 'none' gives [N]; [D]: one row, 'none' gives [] (PyTorch's unbatched form). */
export interface RowLayout {
  readonly rows: number;
  readonly dim: number;
  readonly outShape: readonly number[];
}

export function rowLayout(loss: string, name: string, tensor: Tensor): RowLayout {
  requireRank(loss, name, tensor, [1, 2], '[N, D] or [D]');
  const { shape } = tensor;
  return shape.length === 1
    ? { rows: 1, dim: shape[0], outShape: [] }
    : { rows: shape[0], dim: shape[1], outShape: [shape[0]] };
}

/** A per-row tensor (targets, labels) must have the shape of the per-row output: [N], or [] for [D] input. */
export function requireRowShape(
  loss: string,
  name: string,
  tensor: { readonly shape: readonly number[] },
  layout: RowLayout,
  reference: string,
  referenceShape: readonly number[],
): void {
  if (!sameShape(tensor.shape, layout.outShape)) {
    throw new LossError(
      'shape',
      `${loss}: '${name}' has shape ${formatShape(tensor.shape)} but '${reference}' has shape ${formatShape(referenceShape)} (expected ${formatShape(layout.outShape)}, one value per row)`,
      loss,
      name,
    );
  }
}

/**
 * torch.pairwise_distance: d = ||u||_p with u = x_row - y_row + eps (eps added to every
 * component, so identical rows are eps * D^(1/p) apart and the gradient there is finite).
 * Writes dd/du into `du` (length `dim`); dd/dx = du, dd/dy = -du. p >= 1 or Infinity.
 *
 * The p-sum runs on |u_k| / max|u|, so no power overflows or underflows whatever p and the
 * scale (1e15 entries with p = 3 would reach 1e45, fine in float64 but not for large p).
 * At u = 0 the gradient is 0 (ATen's norm backward masks the 0/0).
 */
export function pairwiseDistance(
  x: FloatArray, xOffset: number, y: FloatArray, yOffset: number, dim: number,
  p: number, eps: number, du: Float64Array,
): number {
  let max = 0;
  for (let k = 0; k < dim; k++) {
    const u = x[xOffset + k] - y[yOffset + k] + eps;
    du[k] = u;
    const a = Math.abs(u);
    if (a > max) max = a;
  }
  if (max === 0) {
    du.fill(0, 0, dim);
    return 0;
  }
  if (p === 1) {
    let d = 0;
    for (let k = 0; k < dim; k++) {
      d += Math.abs(du[k]);
      du[k] = Math.sign(du[k]);
    }
    return d;
  }
  if (p === Infinity) {
    // amax backward splits the gradient evenly between tied maxima (as ATen).
    let ties = 0;
    for (let k = 0; k < dim; k++) if (Math.abs(du[k]) === max) ties++;
    for (let k = 0; k < dim; k++) du[k] = Math.abs(du[k]) === max ? Math.sign(du[k]) / ties : 0;
    return max;
  }
  let s = 0;
  for (let k = 0; k < dim; k++) s += (Math.abs(du[k]) / max) ** p;
  const d = max * s ** (1 / p);
  // dd/du_k = sign(u_k) |u_k|^(p-1) / d^(p-1) = sign(u_k) r_k^(p-1) / s^((p-1)/p), r = |u| / max.
  const denominator = s ** ((p - 1) / p);
  for (let k = 0; k < dim; k++) {
    const u = du[k];
    du[k] = (Math.sign(u) * (Math.abs(u) / max) ** (p - 1)) / denominator;
  }
  return d;
}

/** Inside [2^-500, 2^500] the squares of a row's entries neither overflow nor underflow. */
const SAFE_BELOW = 2 ** 500;
const SAFE_ABOVE = 2 ** -500;

/**
 * The Euclidean norm of x[offset .. offset + dim) without overflow or underflow: when the
 * largest entry is outside [2^-500, 2^500] the row is scaled by a power of two first, which
 * is exact, so the result is the plain sqrt(Σ x²) wherever that one does not overflow.
 */
export function rowNorm(x: FloatArray, offset: number, dim: number): number {
  let max = 0;
  for (let k = 0; k < dim; k++) max = Math.max(max, Math.abs(x[offset + k]));
  // Dividing by the power of two (not multiplying by its inverse, which overflows for 2^-1074).
  const unit = max > SAFE_BELOW || (max > 0 && max < SAFE_ABOVE) ? 2 ** Math.floor(Math.log2(max)) : 1;
  let s = 0;
  for (let k = 0; k < dim; k++) {
    const v = x[offset + k] / unit;
    s += v * v;
  }
  return Math.sqrt(s) * unit;
}

/**
 * Unit rows x̂ = x / sqrt(max(|x|^2, floorSq)) into `unit`, with the scale used in `invNorm`
 * and whether the floor applied in `clipped` (there x̂ = x / sqrt(floorSq), linear in x).
 * The floor keeps a zero row at x̂ = 0 with a finite gradient instead of 0/0.
 */
export function normalizeRows(
  x: FloatArray, rows: number, dim: number, floorSq: number,
  unit: Float64Array, invNorm: Float64Array, clipped: Uint8Array,
): void {
  for (let i = 0, o = 0; i < rows; i++, o += dim) {
    // Scale by the largest entry first: |x|^2 of 1e200 entries would overflow.
    let max = 0;
    for (let k = 0; k < dim; k++) max = Math.max(max, Math.abs(x[o + k]));
    let s = 0;
    if (max > 0) for (let k = 0; k < dim; k++) s += (x[o + k] / max) ** 2;
    const squared = max * max * s;
    const isClipped = !(squared > floorSq);
    const inv = isClipped ? 1 / Math.sqrt(floorSq) : 1 / (max * Math.sqrt(s));
    clipped[i] = isClipped ? 1 : 0;
    invNorm[i] = inv;
    for (let k = 0; k < dim; k++) unit[o + k] = x[o + k] * inv;
  }
}

/**
 * Chain rule through normalizeRows: dL/dx = (g - (g·x̂) x̂) / |x| (the component of g
 * orthogonal to x̂: rescaling a row does not change its direction), or g / sqrt(floorSq)
 * where the floor applied. Writes every element of `out`, times `scale`.
 */
export function normalizeRowsBackward(
  gUnit: Float64Array, unit: Float64Array, invNorm: Float64Array, clipped: Uint8Array,
  rows: number, dim: number, scale: number, out: FloatArray,
): void {
  for (let i = 0, o = 0; i < rows; i++, o += dim) {
    let dot = 0;
    if (!clipped[i]) for (let k = 0; k < dim; k++) dot += gUnit[o + k] * unit[o + k];
    const factor = invNorm[i] * scale;
    for (let k = 0; k < dim; k++) out[o + k] = (gUnit[o + k] - dot * unit[o + k]) * factor;
  }
}

/** dot(a_i, b_j) for every row i of `a` and row j of `b` into out[i * bRows + j]. */
export function rowDots(a: Float64Array, aRows: number, b: Float64Array, bRows: number, dim: number, out: Float64Array): void {
  for (let i = 0; i < aRows; i++) {
    for (let j = 0; j < bRows; j++) {
      let s = 0;
      for (let k = 0; k < dim; k++) s += a[i * dim + k] * b[j * dim + k];
      out[i * bRows + j] = s;
    }
  }
}

/**
 * Backward of rowDots: given G = dL/d(a_i·b_j), accumulates gA_i = Σ_j G_ij b_j and
 * gB_j = Σ_i G_ij a_i (either target may be null). Targets must start zeroed.
 */
export function rowDotsBackward(
  g: Float64Array, a: Float64Array, aRows: number, b: Float64Array, bRows: number, dim: number,
  gA: Float64Array | null, gB: Float64Array | null,
): void {
  for (let i = 0; i < aRows; i++) {
    for (let j = 0; j < bRows; j++) {
      const gij = g[i * bRows + j];
      if (gij === 0) continue;
      for (let k = 0; k < dim; k++) {
        if (gA) gA[i * dim + k] += gij * b[j * dim + k];
        if (gB) gB[j * dim + k] += gij * a[i * dim + k];
      }
    }
  }
}

/** Unit rows and their pairwise cosines cos[i * rows + j] = x̂_i·x̂_j, for the backward pass. */
export interface CosineGram {
  readonly unit: Float64Array;
  readonly invNorm: Float64Array;
  readonly clipped: Uint8Array;
  readonly cos: Float64Array;
}

export function cosineGram(x: FloatArray, rows: number, dim: number, floorSq: number): CosineGram {
  const unit = new Float64Array(rows * dim);
  const invNorm = new Float64Array(rows);
  const clipped = new Uint8Array(rows);
  normalizeRows(x, rows, dim, floorSq, unit, invNorm, clipped);
  const cos = new Float64Array(rows * rows);
  rowDots(unit, rows, unit, rows, dim, cos);
  return { unit, invNorm, clipped, cos };
}

/** dL/dx from G = dL/dcos (rows x rows, already scaled): through the dot products, then the normalisation. */
export function cosineGramBackward(g: Float64Array, gram: CosineGram, rows: number, dim: number, out: FloatArray): void {
  const gUnit = new Float64Array(rows * dim);
  rowDotsBackward(g, gram.unit, rows, gram.unit, rows, dim, gUnit, gUnit);
  normalizeRowsBackward(gUnit, gram.unit, gram.invNorm, gram.clipped, rows, dim, 1, out);
}

/** torch.nn.functional.normalize's eps = 1e-12 on the norm, i.e. 1e-24 on the squared norm (PML's CosineSimilarity). */
export const TORCH_NORMALIZE_FLOOR_SQ = 1e-24;

/** Labels [N] of embeddings [N, D]: one group id per row. */
export function requireEmbeddingBatch(loss: string, embeddings: Tensor, labels: { readonly shape: readonly number[] }, labelName = 'labels'): RowLayout {
  requireRank(loss, 'embeddings', embeddings, [2], '[N, D]');
  const layout = rowLayout(loss, 'embeddings', embeddings);
  requireRowShape(loss, labelName, labels, layout, 'embeddings', embeddings.shape);
  return layout;
}

/** A batch of `rows` labels from `classes` groups, each group with at least two members. */
export function randomGroupLabels(random: () => number, rows: number, classes: number): number[] {
  const labels = Array.from({ length: rows }, (_, i) => (i < 2 * classes ? Math.floor(i / 2) : Math.floor(random() * classes)));
  for (let i = labels.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [labels[i], labels[j]] = [labels[j], labels[i]];
  }
  return labels;
}
