// Float64 sums of float32 lanes, shared by the float32 kernels that sum one f32x4 of losses per
// step (bce, kl-div, sigmoid-focal).

/** acc + lanes 0..3 of the f32x4 `l`, promoted: one f64x2 accumulator (two float64 lanes). */
// @ts-ignore: decorator
@inline export function accumulate4(acc: v128, l: v128): v128 {
  return f64x2.add(acc, f64x2.add(f64x2.promote_low_f32x4(l), f64x2.promote_low_f32x4(f32x4.shuffle(l, l, 2, 3, 2, 3))));
}

/** The two float64 lanes of an accumulator, added. */
// @ts-ignore: decorator
@inline export function laneTotal(acc: v128): f64 {
  return f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
}
