// Vectorised float32 exp and log on f32x4 (Cephes expf/logf polynomials, branch-free).
// Max error against the exact value, measured by test/wasm/vmath.test.ts over dense grids of
// float32 inputs (every 397th bit pattern) against Math.exp/Math.log/Math.log1p:
//   vexp:       < 1 ulp for normal results (x in [-87.3, 88.72]); subnormal results within one
//               subnormal ulp (2^-149); x < -103.972 gives +0, x > 88.7228 gives +Infinity,
//               exp(0) = 1 exactly, NaN stays NaN.
//   vlog:       < 1 ulp for every positive float32, subnormals included; log(0) = -Infinity,
//               log(x < 0) = NaN, log(+Infinity) = +Infinity.
//   vlog1pUnit: < 1.5 ulp on [0, 1] (tiny z included: log1p(z) = z to the last bit).
//   vexpNonPositive (x <= 0): vexp's bits wherever the result is normal, +0 below 2^-126.
//   vlogPositive: vlog's bits for positive finite x (no edge fix-ups).
// WASM SIMD has no deterministic FMA (relaxed_madd may or may not fuse), so every
// polynomial step is a separate mul and add: same bits on every engine.

const LOG2E: f32 = 1.44269504088896341;
// ln 2 split so that n * LN2_HI is exact for |n| <= 2^15 (LN2_HI has 9 significant bits).
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.12194440e-4;
/** Below this exp rounds to +0 (e^x < 2^-150, half the smallest subnormal). */
const EXP_UNDERFLOW: f32 = -103.972084;
/** Above this exp overflows float32 (ln FLT_MAX). */
const EXP_OVERFLOW: f32 = 88.7228394;

/** 2^k for integer lanes k in [-126, 127], built from the exponent bits. */
// @ts-ignore: decorator
@inline function pow2(k: v128): v128 {
  return i32x4.shl(i32x4.add(k, i32x4.splat(127)), 23);
}

/** 1.5 * 2^23: adding it rounds |t| < 2^22 to an integer held in the low mantissa bits. */
const ROUNDER: f32 = 12582912.0;
const ROUNDER_BITS: i32 = 0x4b400000;

/** t = x log2(e) + ROUNDER: n = round(x / ln 2) sits in t's low mantissa bits (|x| < 2^21). */
// @ts-ignore: decorator
@inline function expRounded(x: v128): v128 {
  return f32x4.add(f32x4.mul(x, f32x4.splat(LOG2E)), f32x4.splat(ROUNDER));
}

/** e^r for r = x - n ln2 (|r| <= ln2/2 plus a rounding), n from t = expRounded(x). */
// @ts-ignore: decorator
@inline function expReduced(x: v128, t: v128): v128 {
  const nf = f32x4.sub(t, f32x4.splat(ROUNDER));
  let r = f32x4.sub(x, f32x4.mul(nf, f32x4.splat(LN2_HI)));
  r = f32x4.sub(r, f32x4.mul(nf, f32x4.splat(LN2_LO)));
  // (e^r - 1 - r) / r^2, Cephes expf coefficients.
  // Hint: Estrin's scheme (independent pairs, then powers of r^2) instead of Horner: the
  // dependency chain is 3 multiply-adds deep instead of 6, and these kernels are latency-bound.
  const r2 = f32x4.mul(r, r);
  const r4 = f32x4.mul(r2, r2);
  const q0 = f32x4.add(f32x4.mul(f32x4.splat(1.6666665459e-1), r), f32x4.splat(5.0000001201e-1));
  const q1 = f32x4.add(f32x4.mul(f32x4.splat(8.3334519073e-3), r), f32x4.splat(4.1665795894e-2));
  const q2 = f32x4.add(f32x4.mul(f32x4.splat(1.9875691500e-4), r), f32x4.splat(1.3981999507e-3));
  const p = f32x4.add(f32x4.add(q0, f32x4.mul(q1, r2)), f32x4.mul(q2, r4));
  return f32x4.add(f32x4.add(f32x4.mul(p, r2), r), f32x4.splat(1.0));
}

/** e^x per lane. */
// @ts-ignore: decorator
@inline export function vexp(x: v128): v128 {
  // Hint: pmin/pmax (one minps/maxps each) and the ROUNDER trick instead of min/max, nearest
  // and trunc_sat, which V8 expands into long NaN- and overflow-safe sequences on x64.
  // pmax(x, lo) keeps a NaN x (x < lo is false), so NaN still propagates.
  const xc = f32x4.pmin(f32x4.pmax(x, f32x4.splat(-104.0)), f32x4.splat(89.0));
  const t = expRounded(xc);
  const y = expReduced(xc, t);
  // 2^n as 2^(n>>1) * 2^(n - n>>1): both factors stay normal for n in [-150, 128], so
  // subnormal results and the overflow to Infinity need no branch.
  const n = i32x4.sub(t, i32x4.splat(ROUNDER_BITS));
  const n1 = i32x4.shr_s(n, 1);
  const n2 = i32x4.sub(n, n1);
  const out = f32x4.mul(f32x4.mul(y, pow2(n1)), pow2(n2));
  return v128.andnot(out, f32x4.lt(x, f32x4.splat(EXP_UNDERFLOW)));
}

/** Below this e^x is subnormal (x < ln 2^-126): vexpNonPositive flushes it to +0. */
const EXP_SUBNORMAL: f32 = -87.3365448;

/**
 * e^x per lane for x <= 0 (softmax's x - max, bce's -|x|), results below 2^-126 flushed to +0:
 * one power of two instead of vexp's two and no upper clamp, ~15% fewer operations. The flush
 * moves a result by less than 2^-126, below the absolute error bounds of every caller (their
 * sums start at 1 or add terms of order 1). NaN stays NaN; x > 0 is not supported.
 */
// @ts-ignore: decorator
@inline export function vexpNonPositive(x: v128): v128 {
  const xc = f32x4.pmax(x, f32x4.splat(-88.0));
  const t = expRounded(xc);
  // n in [-127, 0]: 2^n is normal down to -126; -127 occurs only for flushed lanes.
  const out = f32x4.mul(expReduced(xc, t), pow2(i32x4.sub(t, i32x4.splat(ROUNDER_BITS))));
  return v128.andnot(out, f32x4.lt(x, f32x4.splat(EXP_SUBNORMAL)));
}

/**
 * Cephes logf's core: log(1 + f) - f + f^2/2 for f in [sqrt(1/2) - 1, sqrt(2) - 1], as
 * y such that log(2^e (1 + f)) = f + y + e ln2 (split in hi/lo as in vexp).
 */
// @ts-ignore: decorator
@inline function logCore(f: v128, ef: v128): v128 {
  // Estrin's scheme, as in vexp: depth 4 instead of 9.
  const z = f32x4.mul(f, f);
  const z2 = f32x4.mul(z, z);
  const z4 = f32x4.mul(z2, z2);
  const q0 = f32x4.add(f32x4.mul(f32x4.splat(-2.4999993993e-1), f), f32x4.splat(3.3333331174e-1));
  const q1 = f32x4.add(f32x4.mul(f32x4.splat(-1.6668057665e-1), f), f32x4.splat(2.0000714765e-1));
  const q2 = f32x4.add(f32x4.mul(f32x4.splat(-1.2420140846e-1), f), f32x4.splat(1.4249322787e-1));
  const q3 = f32x4.add(f32x4.mul(f32x4.splat(-1.1514610310e-1), f), f32x4.splat(1.1676998740e-1));
  const p = f32x4.add(
    f32x4.add(f32x4.add(q0, f32x4.mul(q1, z)), f32x4.mul(f32x4.add(q2, f32x4.mul(q3, z)), z2)),
    f32x4.mul(f32x4.splat(7.0376836292e-2), z4),
  );
  let y = f32x4.mul(f32x4.mul(p, f), z);
  y = f32x4.add(y, f32x4.mul(ef, f32x4.splat(LN2_LO)));
  y = f32x4.sub(y, f32x4.mul(z, f32x4.splat(0.5)));
  return f32x4.add(f32x4.add(f, y), f32x4.mul(ef, f32x4.splat(LN2_HI)));
}

/**
 * Natural log per lane for positive finite x (subnormals included); other lanes get garbage
 * (finite or not). For callers that mask or reject those lanes anyway (kl-div): it skips vlog's
 * three edge fix-ups.
 */
// @ts-ignore: decorator
@inline export function vlogPositive(x: v128): v128 {
  // Subnormals: scale by 2^23 first so the exponent field is meaningful.
  const tiny = f32x4.lt(x, f32x4.splat(1.17549435e-38));
  const xs = v128.bitselect(f32x4.mul(x, f32x4.splat(8388608.0)), x, tiny);
  let e = i32x4.sub(i32x4.shr_u(xs, 23), i32x4.splat(126));
  e = i32x4.sub(e, v128.and(tiny, i32x4.splat(23)));
  // m in [0.5, 1): mantissa with the exponent of 0.5.
  let m = v128.or(v128.and(xs, i32x4.splat(0x007fffff)), i32x4.splat(0x3f000000));
  // m < sqrt(1/2): use 2m - 1 and e - 1, so the reduced argument lies in [-0.293, 0.414].
  const low = f32x4.lt(m, f32x4.splat(0.707106781186547524));
  e = i32x4.add(e, low); // true lanes are -1
  m = f32x4.sub(f32x4.add(m, v128.and(m, low)), f32x4.splat(1.0));
  return logCore(m, f32x4.convert_i32x4_s(e));
}

/** Natural log per lane. */
// @ts-ignore: decorator
@inline export function vlog(x: v128): v128 {
  let out = vlogPositive(x);
  // Edges: +Inf stays +Inf, 0 gives -Inf, negatives and NaN give NaN.
  out = v128.bitselect(x, out, f32x4.eq(x, f32x4.splat(Infinity)));
  out = v128.bitselect(f32x4.splat(-Infinity), out, f32x4.eq(x, f32x4.splat(0.0)));
  return v128.bitselect(f32x4.splat(NaN), out, v128.not(f32x4.ge(x, f32x4.splat(0.0))));
}

/**
 * log(1 + z) for z in [0, 1], given 1 / (1 + z) (bce needs both: softplus and the sigmoid).
 * u = fl(1 + z) lies in [1, 2], so the exponent is 0 or 1 (no frexp, no edge cases); u loses
 * z's low bits, and c = z - (u - 1) recovers them exactly (Fast2Sum, z <= 1):
 * log(1 + z) = log(u) + log(1 + c/u) ~ log(u) + c/u.
 */
// @ts-ignore: decorator
@inline export function vlog1pUnit(z: v128, reciprocal: v128): v128 {
  const one = f32x4.splat(1.0);
  const u = f32x4.add(one, z);
  const c = f32x4.sub(z, f32x4.sub(u, one));
  const high = f32x4.gt(u, f32x4.splat(1.41421356237309505));
  // u > sqrt 2: log u = log(u/2) + ln 2 (u/2 is exact).
  const m = v128.bitselect(f32x4.mul(u, f32x4.splat(0.5)), u, high);
  const ef = v128.and(high, one);
  return f32x4.add(logCore(f32x4.sub(m, one), ef), f32x4.mul(c, reciprocal));
}

// Test exports: apply to n floats in place (the accuracy tests sweep dense grids).
export function expF32(ptr: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) v128.store(ptr + (<usize>i << 2), vexp(v128.load(ptr + (<usize>i << 2))));
  for (; i < n; i++) { const p = ptr + (<usize>i << 2); store<f32>(p, f32x4.extract_lane(vexp(f32x4.splat(load<f32>(p))), 0)); }
}

export function expNonPositiveF32(ptr: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) v128.store(ptr + (<usize>i << 2), vexpNonPositive(v128.load(ptr + (<usize>i << 2))));
  for (; i < n; i++) { const p = ptr + (<usize>i << 2); store<f32>(p, f32x4.extract_lane(vexpNonPositive(f32x4.splat(load<f32>(p))), 0)); }
}

export function logF32(ptr: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) v128.store(ptr + (<usize>i << 2), vlog(v128.load(ptr + (<usize>i << 2))));
  for (; i < n; i++) { const p = ptr + (<usize>i << 2); store<f32>(p, f32x4.extract_lane(vlog(f32x4.splat(load<f32>(p))), 0)); }
}

export function log1pUnitF32(ptr: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    const p = ptr + (<usize>i << 2);
    const z = f32x4.splat(load<f32>(p));
    const r = f32x4.div(f32x4.splat(1.0), f32x4.add(f32x4.splat(1.0), z));
    store<f32>(p, f32x4.extract_lane(vlog1pUnit(z, r), 0));
  }
}
