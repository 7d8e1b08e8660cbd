import { vexpNonPositive } from './vmath';

// Softmax cross-entropy with class-index targets over contiguous rows [rows, classes]
// (no class weights, no label smoothing; ignoreIndex rows give 0 and a zero gradient row).
// Three passes per row, exp computed once (1.8x faster than two passes recomputing it):
//   1. m = max_c x_c
//   2. e_c = exp(x_c - m), written into the gradient row; s = sum e_c in float64
//   3. grad_c = e_c * (scale / s), grad_t -= scale
// l = (m - x_t) + log1p(s - 1): s >= 1 because exp(0) = 1 exactly, and s - 1 is exact, so a
// confident row keeps its tiny loss (as the TypeScript logSumExp does).
// Hint: a row of up to ~100k float32 stays in L2, so passes 2 and 3 re-read cache, not DRAM.
// Finiteness: pass 1 also sums x * 0 (0 for every finite x, NaN for NaN and ±Infinity) and
// adds it to the max, so a row holding a non-finite logit gets m = NaN and a NaN loss; an
// ignored row's logits get the same probe. The returned sum is NaN exactly when some logit is
// non-finite (finite float32 logits give finite float64 row losses and sum), which lets the
// caller skip its own scan of the logits. The gradient and per-row outputs are then garbage.

// @ts-ignore: decorator
@inline function expLane0(x: f32): f32 { return f32x4.extract_lane(vexpNonPositive(f32x4.splat(x)), 0); }

/** Sum of x * 0 over four lanes: 0 when all were finite, NaN otherwise. */
// @ts-ignore: decorator
@inline function laneSum(v: v128): f32 {
  return (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

/** Row max (pass 1) plus the row's probe: the max when every logit is finite, else NaN. */
// @ts-ignore: decorator
@inline function rowMax(row: usize, classes: i32): f32 {
  const zero = f32x4.splat(0);
  let mv = f32x4.splat(-Infinity);
  let pv = zero;
  let c = 0;
  // Hint: pmax is one maxps and ignores a NaN operand; the probe pv catches NaN and ±Infinity.
  for (; c + 4 <= classes; c += 4) {
    const v = v128.load(row + (<usize>c << 2));
    mv = f32x4.pmax(mv, v);
    pv = f32x4.add(pv, f32x4.mul(v, zero));
  }
  let m = max(max(f32x4.extract_lane(mv, 0), f32x4.extract_lane(mv, 1)), max(f32x4.extract_lane(mv, 2), f32x4.extract_lane(mv, 3)));
  let probe = laneSum(pv);
  for (; c < classes; c++) { const v = load<f32>(row + (<usize>c << 2)); m = max(m, v); probe += v * 0; }
  return m + probe;
}

/** The probe alone, for an ignored row: 0 when every logit is finite, else NaN. */
// @ts-ignore: decorator
@inline function rowProbe(row: usize, classes: i32): f32 {
  const zero = f32x4.splat(0);
  let pv = zero;
  let c = 0;
  for (; c + 4 <= classes; c += 4) pv = f32x4.add(pv, f32x4.mul(v128.load(row + (<usize>c << 2)), zero));
  let probe = laneSum(pv);
  for (; c < classes; c++) probe += load<f32>(row + (<usize>c << 2)) * 0;
  return probe;
}

/** Pass 2: e_c = exp(x_c - m) into `dst` (when not 0); returns sum e_c in float64. */
// @ts-ignore: decorator
@inline function expRow(row: usize, dst: usize, classes: i32, m: f32): f64 {
  const mv = f32x4.splat(m);
  let acc0 = f64x2.splat(0);
  let acc1 = f64x2.splat(0);
  let c = 0;
  // Hint: exps are positive, so summing two vectors in float32 before the float64 promote
  // adds at most one rounding (2^-24 relative) to the row sum and halves the promotes.
  for (; c + 8 <= classes; c += 8) {
    const o = <usize>c << 2;
    const e0 = vexpNonPositive(f32x4.sub(v128.load(row + o), mv));
    const e1 = vexpNonPositive(f32x4.sub(v128.load(row + o, 16), mv));
    if (dst) { v128.store(dst + o, e0); v128.store(dst + o, e1, 16); }
    const e = f32x4.add(e0, e1);
    acc0 = f64x2.add(acc0, f64x2.promote_low_f32x4(e));
    acc1 = f64x2.add(acc1, f64x2.promote_low_f32x4(f32x4.shuffle(e, e, 2, 3, 2, 3)));
  }
  for (; c + 4 <= classes; c += 4) {
    const o = <usize>c << 2;
    const e = vexpNonPositive(f32x4.sub(v128.load(row + o), mv));
    if (dst) v128.store(dst + o, e);
    acc0 = f64x2.add(acc0, f64x2.promote_low_f32x4(e));
    acc1 = f64x2.add(acc1, f64x2.promote_low_f32x4(f32x4.shuffle(e, e, 2, 3, 2, 3)));
  }
  let s = f64x2.extract_lane(acc0, 0) + f64x2.extract_lane(acc1, 0) + (f64x2.extract_lane(acc0, 1) + f64x2.extract_lane(acc1, 1));
  for (; c < classes; c++) {
    const o = <usize>c << 2;
    const e = expLane0(load<f32>(row + o) - m);
    if (dst) store<f32>(dst + o, e);
    s += <f64>e;
  }
  return s;
}

/** Pass 3: grad_c *= k in place. */
// @ts-ignore: decorator
@inline function scaleRow(dst: usize, classes: i32, k: f32): void {
  const kv = f32x4.splat(k);
  let c = 0;
  for (; c + 4 <= classes; c += 4) { const p = dst + (<usize>c << 2); v128.store(p, f32x4.mul(v128.load(p), kv)); }
  for (; c < classes; c++) { const p = dst + (<usize>c << 2); store<f32>(p, load<f32>(p) * k); }
}

/**
 * x: float32 [rows, classes]; t: int32 [rows] class indices (validated by the caller, or
 * `ignoreIndex`); g: gradient (0: none); out: per-row losses (0: none).
 * Returns the float64 sum of the row losses, NaN when any logit (ignored rows' included) is
 * NaN or ±Infinity.
 * @kernel loss=cross-entropy layout=rows nsPerElement=2.1
 */
export function softmaxCeF32(x: usize, t: usize, g: usize, out: usize, rows: i32, classes: i32, ignoreIndex: i32, gradScale: f64): f64 {
  let sum: f64 = 0;
  const rowBytes = <usize>classes << 2;
  for (let r = 0; r < rows; r++) {
    const row = x + <usize>r * rowBytes;
    const dst = g ? g + <usize>r * rowBytes : 0;
    const target = load<i32>(t + (<usize>r << 2));
    if (target == ignoreIndex) {
      sum += <f64>rowProbe(row, classes);
      if (dst) memory.fill(dst, 0, rowBytes);
      if (out) store<f32>(out + (<usize>r << 2), 0);
      continue;
    }
    const m = rowMax(row, classes);
    const s = expRow(row, dst, classes, m);
    const l = (<f64>m - <f64>load<f32>(row + (<usize>target << 2))) + Math.log1p(s - 1);
    sum += l;
    if (out) store<f32>(out + (<usize>r << 2), <f32>l);
    if (dst) {
      const k = gradScale / s;
      const pt = dst + (<usize>target << 2);
      // The target's entry in float64: scale (p_t - 1) cancels when p_t is near 1.
      const gt = <f32>(<f64>load<f32>(pt) * k - gradScale);
      scaleRow(dst, classes, <f32>k);
      store<f32>(pt, gt);
    }
  }
  return sum;
}
