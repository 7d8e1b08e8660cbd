// triplet-margin with the euclidean distance (p = 2, no swap), float32 rows [rows, dim]:
//   u = a - p + eps, v = a - n + eps (float64, from the float32 inputs, as the TypeScript kernel)
//   z = margin + |u| - |v|,  l = max(z, 0),  c = scale where z >= 0 (else 0)
//   d l/d a = c (u/|u| - v/|v|),  d l/d p = -c u/|u|,  d l/d n = c v/|v|   (u/|u| = 0 where |u| = 0)
// Two passes per row: the two squared norms in float64 lanes, then the gradients (float32).
// Finite float32 inputs cannot overflow a float64 square, so no scaling. The input check rides
// along: the returned sum is NaN exactly when some input is NaN or ±Infinity (u * 0 is NaN then).
// Pointers ga, gp, gn, out may be 0 (not wanted).

/** Lanes 2 and 3 of a f32x4 as f64x2. */
// @ts-ignore: decorator
@inline function high(v: v128): v128 {
  return f64x2.promote_low_f32x4(f32x4.shuffle(v, v, 2, 3, 2, 3));
}

/** Two f64x2 rounded into one f32x4 (lo lanes first). */
// @ts-ignore: decorator
@inline function demote2(lo: v128, hi: v128): v128 {
  return f32x4.shuffle(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
}

// @ts-ignore: decorator
@inline function sumLanes(v: v128): f64 {
  return f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1);
}

/** @kernel loss=triplet-margin layout=rows nsPerElement=3 */
export function tripletF32(
  a: usize, p: usize, n: usize, ga: usize, gp: usize, gn: usize, out: usize,
  rows: i32, dim: i32, margin: f64, eps: f64, gradScale: f64,
): f64 {
  const e = f64x2.splat(eps);
  const rowBytes = <usize>dim << 2;
  const vectorEnd = dim & ~3;
  let total: f64 = 0;
  for (let r = 0; r < rows; r++) {
    const base = <usize>r * rowBytes;
    let su = f64x2.splat(0);
    let sv = f64x2.splat(0);
    let probe = f64x2.splat(0);
    let k = 0;
    for (; k < vectorEnd; k += 4) {
      const o = base + (<usize>k << 2);
      const av = v128.load(a + o);
      const pv = v128.load(p + o);
      const nv = v128.load(n + o);
      const u0 = f64x2.add(f64x2.sub(f64x2.promote_low_f32x4(av), f64x2.promote_low_f32x4(pv)), e);
      const u1 = f64x2.add(f64x2.sub(high(av), high(pv)), e);
      const v0 = f64x2.add(f64x2.sub(f64x2.promote_low_f32x4(av), f64x2.promote_low_f32x4(nv)), e);
      const v1 = f64x2.add(f64x2.sub(high(av), high(nv)), e);
      su = f64x2.add(su, f64x2.add(f64x2.mul(u0, u0), f64x2.mul(u1, u1)));
      sv = f64x2.add(sv, f64x2.add(f64x2.mul(v0, v0), f64x2.mul(v1, v1)));
      probe = f64x2.add(probe, f64x2.mul(f64x2.add(f64x2.add(u0, u1), f64x2.add(v0, v1)), f64x2.splat(0)));
    }
    let squaredU = sumLanes(su);
    let squaredV = sumLanes(sv);
    let check = sumLanes(probe);
    for (; k < dim; k++) {
      const o = base + (<usize>k << 2);
      const ak = <f64>load<f32>(a + o);
      const u = ak - <f64>load<f32>(p + o) + eps;
      const v = ak - <f64>load<f32>(n + o) + eps;
      squaredU += u * u;
      squaredV += v * v;
      check += (u + v) * 0;
    }
    const du = Math.sqrt(squaredU);
    const dv = Math.sqrt(squaredV);
    const z = margin + du - dv;
    const l = z > 0 ? z : 0;
    total += l + check;
    if (out) store<f32>(out + (<usize>r << 2), <f32>l);
    if (!(ga | gp | gn)) continue;
    const c = z >= 0 ? gradScale : 0;
    const ku = du > 0 ? c / du : 0;
    const kv = dv > 0 ? c / dv : 0;
    const kuv = f64x2.splat(ku);
    const kvv = f64x2.splat(kv);
    k = 0;
    for (; k < vectorEnd; k += 4) {
      const o = base + (<usize>k << 2);
      const av = v128.load(a + o);
      const pv = v128.load(p + o);
      const nv = v128.load(n + o);
      const gu0 = f64x2.mul(f64x2.add(f64x2.sub(f64x2.promote_low_f32x4(av), f64x2.promote_low_f32x4(pv)), e), kuv);
      const gu1 = f64x2.mul(f64x2.add(f64x2.sub(high(av), high(pv)), e), kuv);
      const gv0 = f64x2.mul(f64x2.add(f64x2.sub(f64x2.promote_low_f32x4(av), f64x2.promote_low_f32x4(nv)), e), kvv);
      const gv1 = f64x2.mul(f64x2.add(f64x2.sub(high(av), high(nv)), e), kvv);
      if (ga) v128.store(ga + o, demote2(f64x2.sub(gu0, gv0), f64x2.sub(gu1, gv1)));
      if (gp) v128.store(gp + o, demote2(f64x2.neg(gu0), f64x2.neg(gu1)));
      if (gn) v128.store(gn + o, demote2(gv0, gv1));
    }
    for (; k < dim; k++) {
      const o = base + (<usize>k << 2);
      const ak = <f64>load<f32>(a + o);
      const gu = (ak - <f64>load<f32>(p + o) + eps) * ku;
      const gv = (ak - <f64>load<f32>(n + o) + eps) * kv;
      if (ga) store<f32>(ga + o, <f32>(gu - gv));
      if (gp) store<f32>(gp + o, <f32>(-gu));
      if (gn) store<f32>(gn + o, <f32>gv);
    }
  }
  return total;
}
