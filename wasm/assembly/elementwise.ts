// mse and huber, value + gradient in one pass. float64 data, and float32 data in the exact
// fallback kernel (elementwiseF32Exact), run in f64x2 lanes: x - y of two float32 values is
// exact in float64, so every per-element value and gradient is bit-identical to the
// TypeScript kernels (which compute in float64 and round once); only the order of the float64
// sum differs. float32 data normally runs in f32x4 lanes (elementwiseF32Lanes, below): within
// 2 ulp per element, the sum still float64.
//
// Pointers are byte offsets into this module's memory; g = 0 skips the gradient, out = 0
// skips the per-element values ('none'). Each returns the float64 sum of the element losses.

/** Lanes 2 and 3 of a f32x4 as f64x2. */
// @ts-ignore: decorator
@inline function promoteHigh(v: v128): v128 {
  return f64x2.promote_low_f32x4(f32x4.shuffle(v, v, 2, 3, 2, 3));
}

/** Two f64x2 rounded into one f32x4 (lo lanes first). */
// @ts-ignore: decorator
@inline function demote2(lo: v128, hi: v128): v128 {
  return f32x4.shuffle(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
}

/** Per-element loss and dl/dx of two f64x2 errors e (lanes k = 0: loss, 1: grad factor). */
// @ts-ignore: decorator
@inline function mseLoss(e: v128): v128 { return f64x2.mul(e, e); }
// @ts-ignore: decorator
@inline function mseGrad(e: v128, scale: v128): v128 { return f64x2.mul(f64x2.mul(f64x2.splat(2.0), e), scale); }

// Huber through c = min(|e|, delta): l = c (|e| - c/2) is 0.5 e^2 inside and
// delta (|e| - delta/2) outside, the gradient is e clamped to [-delta, delta] (bitwise the
// TypeScript kernel's values, with no branch: V8 turns ternaries into branches).
// @ts-ignore: decorator
@inline function huberLoss(e: v128, delta: v128): v128 {
  const a = f64x2.abs(e);
  const c = f64x2.pmin(a, delta);
  return f64x2.mul(c, f64x2.sub(a, f64x2.mul(f64x2.splat(0.5), c)));
}
// @ts-ignore: decorator
@inline function huberGrad(e: v128, delta: v128, scale: v128): v128 {
  return f64x2.mul(f64x2.pmax(f64x2.pmin(e, delta), f64x2.neg(delta)), scale);
}

// @ts-ignore: decorator
@inline function lossOf(kind: i32, e: v128, delta: v128): v128 { return kind == 0 ? mseLoss(e) : huberLoss(e, delta); }
// @ts-ignore: decorator
@inline function gradOf(kind: i32, e: v128, delta: v128, scale: v128): v128 {
  return kind == 0 ? mseGrad(e, scale) : huberGrad(e, delta, scale);
}

// @ts-ignore: decorator
@inline function elementwiseF32Exact(kind: i32, x: usize, y: usize, g: usize, out: usize, n: i32, delta: f64, gradScale: f64): f64 {
  const d = f64x2.splat(delta);
  const s = f64x2.splat(gradScale);
  let acc0 = f64x2.splat(0);
  let acc1 = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const o = <usize>i << 2;
    const xv = v128.load(x + o);
    const yv = v128.load(y + o);
    const el = f64x2.sub(f64x2.promote_low_f32x4(xv), f64x2.promote_low_f32x4(yv));
    const eh = f64x2.sub(promoteHigh(xv), promoteHigh(yv));
    const ll = lossOf(kind, el, d);
    const lh = lossOf(kind, eh, d);
    acc0 = f64x2.add(acc0, ll);
    acc1 = f64x2.add(acc1, lh);
    if (g) v128.store(g + o, demote2(gradOf(kind, el, d, s), gradOf(kind, eh, d, s)));
    if (out) v128.store(out + o, demote2(ll, lh));
  }
  let sum = f64x2.extract_lane(acc0, 0) + f64x2.extract_lane(acc1, 0) + (f64x2.extract_lane(acc0, 1) + f64x2.extract_lane(acc1, 1));
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const e = f64x2.splat(<f64>load<f32>(x + o) - <f64>load<f32>(y + o));
    const l = f64x2.extract_lane(lossOf(kind, e, d), 0);
    sum += l;
    if (g) store<f32>(g + o, <f32>f64x2.extract_lane(gradOf(kind, e, d, s), 0));
    if (out) store<f32>(out + o, <f32>l);
  }
  return sum;
}


// float32 in f32x4 lanes (4 elements per vector instead of 2): the error e = x - y is rounded
// to float32 (the one extra rounding), the gradient is computed in f32x4 from it, and each
// element's loss is computed in float64 from the float32 error (e^2 of a float32 is exact in
// float64, so no overflow or underflow of a float32 square), then summed in float64.
// Against the TypeScript kernel (float64, one rounding): gradient within 2 ulp (bit-identical
// where the scale is exactly 1 or 2^k, e.g. 'sum' and 'none'), per-element losses within 2 ulp,
// the sum within 2u (u = 2^-24) relative: every term is non-negative with relative error
// <= 2u (from e's rounding), plus the float64 summation error.
// A float32 error overflows only when |x - y| >= 2^128 (finite inputs); the loss is then
// Infinity, and a non-finite sum reruns the exact kernel above (which also gives the same
// non-finite sum for NaN/Infinity inputs, as the deferred finiteness check expects).

// @ts-ignore: decorator
@inline function lossF64(kind: i32, e: v128, delta: v128): v128 {
  return kind == 0 ? mseLoss(e) : huberLoss(e, delta);
}

// @ts-ignore: decorator
@inline function gradF32(kind: i32, e: v128, s: v128, d: v128): v128 {
  // mse: e * round32(2 scale); huber: clamp(e * round32(scale), -round32(delta scale), +...).
  if (kind == 0) return f32x4.mul(e, s);
  return f32x4.pmax(f32x4.pmin(f32x4.mul(e, s), d), f32x4.neg(d));
}

// @ts-ignore: decorator
@inline function elementwiseF32Lanes(kind: i32, hasG: bool, hasOut: bool, x: usize, y: usize, g: usize, out: usize, n: i32, delta: f64, gradScale: f64): f64 {
  const d = f64x2.splat(delta);
  const s32 = f32x4.splat(kind == 0 ? <f32>(2.0 * gradScale) : <f32>gradScale);
  const d32 = f32x4.splat(<f32>(delta * gradScale));
  let acc0 = f64x2.splat(0);
  let acc1 = f64x2.splat(0);
  let acc2 = f64x2.splat(0);
  let acc3 = f64x2.splat(0);
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const o = <usize>i << 2;
    const e0 = f32x4.sub(v128.load(x + o), v128.load(y + o));
    const e1 = f32x4.sub(v128.load(x + o, 16), v128.load(y + o, 16));
    const l0 = lossF64(kind, f64x2.promote_low_f32x4(e0), d);
    const l1 = lossF64(kind, promoteHigh(e0), d);
    const l2 = lossF64(kind, f64x2.promote_low_f32x4(e1), d);
    const l3 = lossF64(kind, promoteHigh(e1), d);
    acc0 = f64x2.add(acc0, l0);
    acc1 = f64x2.add(acc1, l1);
    acc2 = f64x2.add(acc2, l2);
    acc3 = f64x2.add(acc3, l3);
    if (hasG) { v128.store(g + o, gradF32(kind, e0, s32, d32)); v128.store(g + o, gradF32(kind, e1, s32, d32), 16); }
    if (hasOut) { v128.store(out + o, demote2(l0, l1)); v128.store(out + o, demote2(l2, l3), 16); }
  }
  acc0 = f64x2.add(acc0, acc2);
  acc1 = f64x2.add(acc1, acc3);
  let sum = f64x2.extract_lane(acc0, 0) + f64x2.extract_lane(acc1, 0) + (f64x2.extract_lane(acc0, 1) + f64x2.extract_lane(acc1, 1));
  // Tail (< 8 elements): the exact scalar form.
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const ei = f64x2.splat(<f64>load<f32>(x + o) - <f64>load<f32>(y + o));
    const l = f64x2.extract_lane(lossOf(kind, ei, d), 0);
    sum += l;
    if (g) store<f32>(g + o, <f32>f64x2.extract_lane(gradOf(kind, ei, d, f64x2.splat(gradScale)), 0));
    if (out) store<f32>(out + o, <f32>l);
  }
  return sum;
}

/** The f32x4 kernel, or the exact one when its sum is not finite (see above). */
// @ts-ignore: decorator
@inline function elementwiseF32(kind: i32, x: usize, y: usize, g: usize, out: usize, n: i32, delta: f64, gradScale: f64): f64 {
  // One loop per (gradient?, values?): no per-iteration tests of g and out.
  const sum = g
    ? (out ? elementwiseF32Lanes(kind, true, true, x, y, g, out, n, delta, gradScale) : elementwiseF32Lanes(kind, true, false, x, y, g, out, n, delta, gradScale))
    : (out ? elementwiseF32Lanes(kind, false, true, x, y, g, out, n, delta, gradScale) : elementwiseF32Lanes(kind, false, false, x, y, g, out, n, delta, gradScale));
  return isFinite(sum) ? sum : elementwiseF32Exact(kind, x, y, g, out, n, delta, gradScale);
}

// @ts-ignore: decorator
@inline function elementwiseF64(kind: i32, x: usize, y: usize, g: usize, out: usize, n: i32, delta: f64, gradScale: f64): f64 {
  const d = f64x2.splat(delta);
  const s = f64x2.splat(gradScale);
  let acc0 = f64x2.splat(0);
  let acc1 = f64x2.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const o = <usize>i << 3;
    const e0 = f64x2.sub(v128.load(x + o), v128.load(y + o));
    const e1 = f64x2.sub(v128.load(x + o, 16), v128.load(y + o, 16));
    const l0 = lossOf(kind, e0, d);
    const l1 = lossOf(kind, e1, d);
    acc0 = f64x2.add(acc0, l0);
    acc1 = f64x2.add(acc1, l1);
    if (g) { v128.store(g + o, gradOf(kind, e0, d, s)); v128.store(g + o, gradOf(kind, e1, d, s), 16); }
    if (out) { v128.store(out + o, l0); v128.store(out + o, l1, 16); }
  }
  let sum = f64x2.extract_lane(acc0, 0) + f64x2.extract_lane(acc1, 0) + (f64x2.extract_lane(acc0, 1) + f64x2.extract_lane(acc1, 1));
  for (; i < n; i++) {
    const o = <usize>i << 3;
    const e = f64x2.splat(load<f64>(x + o) - load<f64>(y + o));
    const l = f64x2.extract_lane(lossOf(kind, e, d), 0);
    sum += l;
    if (g) store<f64>(g + o, f64x2.extract_lane(gradOf(kind, e, d, s), 0));
    if (out) store<f64>(out + o, l);
  }
  return sum;
}

/** @kernel loss=mse layout=elementwise nsPerElement=0.27 */
export function mseF32(x: usize, y: usize, g: usize, out: usize, n: i32, gradScale: f64): f64 {
  return elementwiseF32(0, x, y, g, out, n, 0, gradScale);
}
/** @kernel loss=mse layout=elementwise nsPerElement=0.45 */
export function mseF64(x: usize, y: usize, g: usize, out: usize, n: i32, gradScale: f64): f64 {
  return elementwiseF64(0, x, y, g, out, n, 0, gradScale);
}
/** @kernel loss=huber layout=elementwise nsPerElement=0.5 */
export function huberF32(x: usize, y: usize, g: usize, out: usize, n: i32, delta: f64, gradScale: f64): f64 {
  return elementwiseF32(1, x, y, g, out, n, delta, gradScale);
}
/** @kernel loss=huber layout=elementwise nsPerElement=0.6 */
export function huberF64(x: usize, y: usize, g: usize, out: usize, n: i32, delta: f64, gradScale: f64): f64 {
  return elementwiseF64(1, x, y, g, out, n, delta, gradScale);
}
