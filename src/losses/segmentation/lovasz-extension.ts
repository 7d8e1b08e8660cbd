/**
 * The Lovász extension of the Jaccard set loss (Berman et al. 2018, Alg. 1), shared by the
 * Lovász hinge and Lovász-softmax. For errors sorted descending with ground truth g:
 *
 *   J_k = 1 - (G - F_k) / (G + B_k)     G = sum g, F_k = sum of g over the k largest errors,
 *                                       B_k = sum of (1 - g) over them
 *   value = sum_k f(e_(k)) (J_k - J_{k-1}),  J_0 = 0,   f = relu (hinge) or the identity
 *
 * The union G + B_k is never 0 (a background pixel adds to B_k, a foreground one makes G > 0),
 * so no guard is needed. The weights J_k - J_{k-1} are the gradient with respect to the
 * sorted errors, the sort being held constant as in the reference PyTorch code.
 */

/** Per-call scratch, sized once for the largest image; entries [0, count) are used. */
export class LovaszScratch {
  /** Flat index into the prediction of entry k. */
  readonly pixel: Int32Array;
  /** Ground truth (0 or 1) of entry k. */
  readonly foreground: Float64Array;
  /** Error of entry k (unsorted order). */
  readonly error: Float64Array;
  /** Output: d value / d error of entry k (the Lovász gradient at k's rank). */
  readonly weight: Float64Array;
  readonly order: Int32Array;

  constructor(size: number) {
    this.pixel = new Int32Array(size);
    this.foreground = new Float64Array(size);
    this.error = new Float64Array(size);
    this.weight = new Float64Array(size);
    this.order = new Int32Array(size);
  }
}

/**
 * Sorts entries [0, count) by error (descending; ties by entry order, so results are
 * deterministic), writes each entry's Lovász weight and returns the extension's value with
 * f = relu when `relu` is set, else f = identity.
 */
export function lovaszExtension(scratch: LovaszScratch, count: number, relu: boolean): number {
  const { foreground, error, weight } = scratch;
  const order = scratch.order.subarray(0, count);
  for (let k = 0; k < count; k++) order[k] = k;
  order.sort((a, b) => error[b] - error[a] || a - b);
  let total = 0;
  for (let k = 0; k < count; k++) total += foreground[k];
  let fgSeen = 0;
  let bgSeen = 0;
  let previous = 0;
  let value = 0;
  for (let r = 0; r < count; r++) {
    const k = order[r];
    fgSeen += foreground[k];
    bgSeen += 1 - foreground[k];
    const jaccard = 1 - (total - fgSeen) / (total + bgSeen);
    const w = jaccard - previous;
    previous = jaccard;
    weight[k] = w;
    const e = error[k];
    value += (relu ? Math.max(e, 0) : e) * w;
  }
  return value;
}

/**
 * `count` random errors in [lo, hi], pairwise at least 0.01 apart and at least 0.05 from 0,
 * for samples away from ties (where the sort order, hence the gradient, flips) and from the
 * relu kink of the hinge.
 */
export function sampleDistinctErrors(random: () => number, count: number, lo = -1.5, hi = 2.5): number[] {
  const out: number[] = [];
  while (out.length < count) {
    const e = lo + (hi - lo) * random();
    if (Math.abs(e) > 0.05 && out.every((v) => Math.abs(v - e) > 0.01)) out.push(e);
  }
  return out;
}
