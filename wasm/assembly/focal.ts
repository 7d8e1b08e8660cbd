import { vexp, vexpNonPositive, vlog, vlog1pUnit } from './vmath';
import { accumulate4, laneTotal } from './lanes';

// sigmoid-focal (torchvision sigmoid_focal_loss), float32, value + gradient in one pass:
//   z = e^-|x|, p = σ(x), q = σ(-x) = 1 - p (both from z, no cancellation)
//   b = y q + (1 - y) p   (1 - p_t),   ce = (1 - y) x + max(-x, 0) + log1p(z)
//   l = a b^γ ce,   a = α y + (1 - α)(1 - y) (α >= 0) or 1
//   dl/dx = a [b^γ (p - y) + γ b^γ (p q / b) (1 - 2y) ce]   (the second term 0 where b = 0 or γ = 0)
// b^γ: 1, b, b·b, or e^(γ log b) for other γ (e^-Infinity = 0 at b = 0). Per-element values
// and gradients are float32; the sum is float64. The input checks ride along: the returned sum
// is NaN exactly when some x is not finite or some y lies outside [0, 1] (or is NaN).

// γ's special cases, chosen once per call (the loop is specialised on a constant).
const POW_ONE = 0;   // γ = 0
const POW_B = 1;     // γ = 1
const POW_B2 = 2;    // γ = 2 (RetinaNet's default)
const POW_ANY = 3;

/** Scratch for the scalar tail's gradient lane (only the call's last chunk has a tail). */
const TAIL_GRAD: usize = memory.data(16, 16);

// @ts-ignore: decorator
@inline function focalPow(mode: i32, b: v128, gamma: v128): v128 {
  if (mode == POW_ONE) return f32x4.splat(1);
  if (mode == POW_B) return b;
  if (mode == POW_B2) return f32x4.mul(b, b);
  return vexp(f32x4.mul(gamma, vlog(b)));
}

/**
 * Four elements: writes the gradient at g + o (g != 0), returns the losses. `weighted` is a
 * lane mask (all ones: use alpha), so only γ's cases multiply the code.
 */
// @ts-ignore: decorator
@inline function focal4(mode: i32, weighted: v128, x: v128, y: v128, alpha: v128, gamma: v128, scale: v128, g: usize, o: usize): v128 {
  const one = f32x4.splat(1);
  const z = vexpNonPositive(f32x4.neg(f32x4.abs(x)));
  const r = f32x4.div(one, f32x4.add(one, z));
  const zr = f32x4.mul(z, r);
  const positive = f32x4.ge(x, f32x4.splat(0));
  const p = v128.bitselect(r, zr, positive);
  const q = v128.bitselect(zr, r, positive);
  const notY = f32x4.sub(one, y);
  const b = f32x4.add(f32x4.mul(y, q), f32x4.mul(notY, p));
  const focal = focalPow(mode, b, gamma);
  const ce = f32x4.add(f32x4.mul(notY, x), f32x4.add(f32x4.pmax(f32x4.neg(x), f32x4.splat(0)), vlog1pUnit(z, r)));
  const a = v128.bitselect(f32x4.add(f32x4.mul(alpha, y), f32x4.mul(f32x4.sub(one, alpha), notY)), one, weighted);
  const af = f32x4.mul(a, focal);
  if (g) {
    let d = f32x4.mul(focal, f32x4.sub(p, y));
    if (mode != POW_ONE) {
      const m = f32x4.mul(f32x4.mul(f32x4.mul(gamma, focal), f32x4.div(f32x4.mul(p, q), b)), f32x4.mul(f32x4.sub(one, f32x4.add(y, y)), ce));
      d = f32x4.add(d, v128.and(m, f32x4.gt(b, f32x4.splat(0))));
    }
    v128.store(g + o, f32x4.mul(f32x4.mul(a, d), scale));
  }
  return f32x4.mul(af, ce);
}

/** focal4 for the scalar tail, not inlined: one copy serves every γ case. */
function focalTail(mode: i32, weighted: v128, x: v128, y: v128, alpha: v128, gamma: v128, scale: v128, g: usize): v128 {
  if (mode == POW_ONE) return focal4(POW_ONE, weighted, x, y, alpha, gamma, scale, g, 0);
  if (mode == POW_B) return focal4(POW_B, weighted, x, y, alpha, gamma, scale, g, 0);
  if (mode == POW_B2) return focal4(POW_B2, weighted, x, y, alpha, gamma, scale, g, 0);
  return focal4(POW_ANY, weighted, x, y, alpha, gamma, scale, g, 0);
}

/** All-ones lanes where x is finite and 0 <= y <= 1 (false for NaN). */
// @ts-ignore: decorator
@inline function valid4(x: v128, y: v128): v128 {
  const finite = f32x4.eq(f32x4.sub(x, x), f32x4.splat(0));
  return v128.and(finite, v128.and(f32x4.ge(y, f32x4.splat(0)), f32x4.le(y, f32x4.splat(1))));
}

// @ts-ignore: decorator
@inline function focalLoop(mode: i32, x: usize, y: usize, g: usize, out: usize, n: i32, alpha: f64, gamma: f64, gradScale: f64): f64 {
  // alpha < 0 disables the class weighting (torchvision).
  const weighted = i32x4.splat(alpha >= 0 ? -1 : 0);
  const av = f32x4.splat(<f32>alpha);
  const gv = f32x4.splat(<f32>gamma);
  const s = f32x4.splat(<f32>gradScale);
  let ok = i32x4.splat(-1);
  let acc = f64x2.splat(0);
  let i = 0;
  // One vector per iteration: unrolling two (as bce does) measured no faster here, and each
  // copy of focal4 is ~1.3 KB of module per γ case.
  for (; i + 4 <= n; i += 4) {
    const o = <usize>i << 2;
    const x0 = v128.load(x + o);
    const y0 = v128.load(y + o);
    ok = v128.and(ok, valid4(x0, y0));
    const l = focal4(mode, weighted, x0, y0, av, gv, s, g, o);
    if (out) v128.store(out + o, l);
    acc = accumulate4(acc, l);
  }
  let sum = laneTotal(acc);
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const xv = f32x4.splat(load<f32>(x + o));
    const yv = f32x4.splat(load<f32>(y + o));
    ok = v128.and(ok, valid4(xv, yv));
    const l = f32x4.extract_lane(focalTail(mode, weighted, xv, yv, av, gv, s, g ? TAIL_GRAD : 0), 0);
    sum += <f64>l;
    if (g) store<f32>(g + o, load<f32>(TAIL_GRAD));
    if (out) store<f32>(out + o, l);
  }
  return i32x4.all_true(ok) ? sum : NaN;
}

/** @kernel loss=sigmoid-focal layout=elementwise nsPerElement=7 */
export function sigmoidFocalF32(x: usize, y: usize, g: usize, out: usize, n: i32, alpha: f64, gamma: f64, gradScale: f64): f64 {
  if (gamma == 0) return focalLoop(POW_ONE, x, y, g, out, n, alpha, gamma, gradScale);
  if (gamma == 1) return focalLoop(POW_B, x, y, g, out, n, alpha, gamma, gradScale);
  if (gamma == 2) return focalLoop(POW_B2, x, y, g, out, n, alpha, gamma, gradScale);
  return focalLoop(POW_ANY, x, y, g, out, n, alpha, gamma, gradScale);
}
