// mse and huber, value + gradient in one pass. float32 data is promoted to f64x2 lanes:
// x - y of two float32 values is exact in float64, so every per-element value and gradient
// is bit-identical to the TypeScript kernels (which compute in float64 and round once); only
// the order of the float64 sum differs (4 lane sums instead of one running sum).
// Hint: the f64 arithmetic is free here: these losses are memory-bound (12 bytes/element).
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
@inline function elementwiseF32(kind: i32, x: usize, y: usize, g: usize, out: usize, n: i32, delta: f64, gradScale: f64): f64 {
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

export function mseF32(x: usize, y: usize, g: usize, out: usize, n: i32, gradScale: f64): f64 {
  return elementwiseF32(0, x, y, g, out, n, 0, gradScale);
}
export function mseF64(x: usize, y: usize, g: usize, out: usize, n: i32, gradScale: f64): f64 {
  return elementwiseF64(0, x, y, g, out, n, 0, gradScale);
}
export function huberF32(x: usize, y: usize, g: usize, out: usize, n: i32, delta: f64, gradScale: f64): f64 {
  return elementwiseF32(1, x, y, g, out, n, delta, gradScale);
}
export function huberF64(x: usize, y: usize, g: usize, out: usize, n: i32, delta: f64, gradScale: f64): f64 {
  return elementwiseF64(1, x, y, g, out, n, delta, gradScale);
}
