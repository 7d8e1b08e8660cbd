import { vexpNonPositive, vlog1pUnit } from './vmath';
import { accumulate4, laneTotal } from './lanes';

// bce-with-logits (no weight, no posWeight), value + gradient in one pass on f32x4:
//   l = max(x, 0) - x y + log1p(e^-|x|)          (never exponentiates a positive number)
//   dl/dx = sigmoid(x) - y,  sigmoid = 1/(1+z) for x >= 0, z/(1+z) for x < 0, z = e^-|x|
// One division gives 1/(1+z) for both the sigmoid and log1p's correction term. Per-element
// values and gradients are float32; the sum is float64.

/** 16 static bytes: the scalar tail's gradient lanes. */
const TAIL_GRAD: usize = memory.data(16, 16);

/** Four elements: writes the gradient at g + o (g != 0), returns the losses. */
// @ts-ignore: decorator
@inline function bce4(x: v128, y: v128, scale: v128, g: usize, o: usize): v128 {
  const z = vexpNonPositive(f32x4.neg(f32x4.abs(x)));
  const r = f32x4.div(f32x4.splat(1.0), f32x4.add(f32x4.splat(1.0), z));
  if (g) {
    const sigmoid = v128.bitselect(r, f32x4.mul(z, r), f32x4.ge(x, f32x4.splat(0.0)));
    v128.store(g + o, f32x4.mul(f32x4.sub(sigmoid, y), scale));
  }
  // max(x,0) - x y is exact for 0/1 targets; the error is log1p's plus two roundings.
  return f32x4.add(f32x4.sub(f32x4.pmax(x, f32x4.splat(0.0)), f32x4.mul(x, y)), vlog1pUnit(z, r));
}

/** @kernel loss=bce-with-logits layout=elementwise nsPerElement=4.3 */
export function bceLogitsF32(x: usize, y: usize, g: usize, out: usize, n: i32, gradScale: f64): f64 {
  const s = f32x4.splat(<f32>gradScale);
  let acc = f64x2.splat(0);
  let i = 0;
  // Hint: two independent vectors per iteration: exp, the division and log form one long
  // dependency chain, and interleaving two chains keeps the core busy (~25% faster).
  for (; i + 8 <= n; i += 8) {
    const o = <usize>i << 2;
    const l0 = bce4(v128.load(x + o), v128.load(y + o), s, g, o);
    const l1 = bce4(v128.load(x + o, 16), v128.load(y + o, 16), s, g, o + 16);
    if (out) { v128.store(out + o, l0); v128.store(out + o, l1, 16); }
    const l = f32x4.add(l0, l1);
    acc = accumulate4(acc, l);
  }
  let sum = laneTotal(acc);
  // Tail: the same lane arithmetic on a splat, so results never depend on the position.
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const l = f32x4.extract_lane(bce4(f32x4.splat(load<f32>(x + o)), f32x4.splat(load<f32>(y + o)), s, TAIL_GRAD, 0), 0);
    sum += <f64>l;
    if (g) store<f32>(g + o, load<f32>(TAIL_GRAD));
    if (out) store<f32>(out + o, l);
  }
  return sum;
}
