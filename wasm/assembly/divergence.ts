import { vlogPositive } from './vmath';
import { accumulate4, laneTotal } from './lanes';

// kl-div (PyTorch kl_div, log_target false), float32, value + gradient in one pass:
//   l = p (log p - x)  (0 where p = 0: xlogy's convention, also for x = -Infinity),  dl/dx = -p
// Per-element values and gradients are float32 (vlog within 1 ulp), the sum is float64.
// The input checks ride along: the returned sum is NaN exactly when some x is NaN or +Infinity,
// or some p is NaN, negative or +Infinity (a finite sum is otherwise finite or +Infinity), so
// the caller skips its own scans and runs them only to word the error.

// Hint: vlogPositive, not vlog: lanes where p is 0 are masked below and invalid p (negative,
// NaN, +Infinity) turn the whole sum into NaN, so vlog's edge fix-ups are wasted work (~20%).
// @ts-ignore: decorator
@inline function kl4(x: v128, p: v128): v128 {
  const l = f32x4.mul(p, f32x4.sub(vlogPositive(p), x));
  return v128.andnot(l, f32x4.eq(p, f32x4.splat(0)));
}

/** All-ones lanes where x < +Infinity and 0 <= p < +Infinity (false for NaN). */
// @ts-ignore: decorator
@inline function valid4(x: v128, p: v128): v128 {
  const inf = f32x4.splat(Infinity);
  return v128.and(f32x4.lt(x, inf), v128.and(f32x4.ge(p, f32x4.splat(0)), f32x4.lt(p, inf)));
}

/** @kernel loss=kl-div layout=elementwise nsPerElement=2 */
export function klDivF32(x: usize, p: usize, g: usize, out: usize, n: i32, gradScale: f64): f64 {
  const s = f32x4.splat(-<f32>gradScale);
  let ok = i32x4.splat(-1);
  let acc = f64x2.splat(0);
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const o = <usize>i << 2;
    const x0 = v128.load(x + o);
    const x1 = v128.load(x + o, 16);
    const p0 = v128.load(p + o);
    const p1 = v128.load(p + o, 16);
    ok = v128.and(ok, v128.and(valid4(x0, p0), valid4(x1, p1)));
    if (g) { v128.store(g + o, f32x4.mul(p0, s)); v128.store(g + o, f32x4.mul(p1, s), 16); }
    const l0 = kl4(x0, p0);
    const l1 = kl4(x1, p1);
    if (out) { v128.store(out + o, l0); v128.store(out + o, l1, 16); }
    // One float32 rounding (|l0 + l1| u) buys half the promotes.
    const l = f32x4.add(l0, l1);
    acc = accumulate4(acc, l);
  }
  let sum = laneTotal(acc);
  // Tail: the same lane arithmetic on a splat, so results never depend on the position.
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const xv = f32x4.splat(load<f32>(x + o));
    const pv = f32x4.splat(load<f32>(p + o));
    ok = v128.and(ok, valid4(xv, pv));
    const l = f32x4.extract_lane(kl4(xv, pv), 0);
    sum += <f64>l;
    if (g) store<f32>(g + o, f32x4.extract_lane(f32x4.mul(pv, s), 0));
    if (out) store<f32>(out + o, l);
  }
  return i32x4.all_true(ok) ? sum : NaN;
}
