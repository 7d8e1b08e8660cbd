import { vexp } from './vmath';

// Dense (fully connected) layers in float32 for the trainer (src/train/runner-wasm.ts):
// the three matrix products of a layer's forward and backward pass as register-blocked GEMMs
// in f32x4 lanes, with the activation fused into the store.
//
// Layout (as src/train/model.ts): X [rows x fanIn], W [fanOut x fanIn] (row o = the weights
// into output o), b [fanOut], Z and D [rows x fanOut], all row-major float32. Then
//   forward       Z[r, o] = b[o] + sum_i X[r, i] W[o, i]        (X W^T: dot products along i)
//   weights       dW[o, i] = sum_r D[r, o] X[r, i], db[o] = sum_r D[r, o]   (D^T X)
//   inputs        P[r, i] = act'(A[r, i]) sum_o D[r, o] W[o, i]              (D W)
// Every reduction runs along contiguous memory of both operands or broadcasts one scalar
// against four contiguous lanes, so no operand is ever transposed or packed.
//
// Determinism: the order of every sum is fixed by the shapes alone (lanes, then the fixed
// lane-combining order, then the scalar tail), and WASM has no implicit FMA: the same inputs
// give the same bits on every engine.
// Hint: 4 x 2 (forward) and 4 x 8 (backward) blocks keep 8 accumulators and 6 operands in the
// 16 XMM registers V8 allocates from (two of them are its scratch registers), so nothing spills.

/** Activation codes shared with the JS side (src/wasm/dense.ts). */
const IDENTITY = 0;
const RELU = 1;
const TANH = 2;

/** The four lanes of a f32x4 summed in a fixed order: (l0 + l1) + (l2 + l3). */
// @ts-ignore: decorator
@inline function laneSum(v: v128): f32 {
  return (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}

/** Below this |x|, tanh uses its odd polynomial (Cephes tanhf's 0.625); above, 1 - 2 / (e^2|x| + 1). */
const TANH_SMALL: f32 = 0.625;

/**
 * tanh per lane, within ~2 ulp of Math.tanh (Cephes tanhf: the minimax odd polynomial below
 * 0.625, where 1 - 2/(e^2x + 1) would cancel; the exp form above). |x| is clamped to 10
 * (tanh(10) rounds to 1 in float32), so e^2|x| never overflows; NaN stays NaN.
 */
// @ts-ignore: decorator
@inline export function vtanh(x: v128): v128 {
  const a = f32x4.pmin(f32x4.abs(x), f32x4.splat(10.0));
  const z = f32x4.mul(x, x);
  let p = f32x4.add(f32x4.mul(f32x4.splat(-5.70498872745e-3), z), f32x4.splat(2.06390887954e-2));
  p = f32x4.add(f32x4.mul(p, z), f32x4.splat(-5.37397155531e-2));
  p = f32x4.add(f32x4.mul(p, z), f32x4.splat(1.33314422036e-1));
  p = f32x4.add(f32x4.mul(p, z), f32x4.splat(-3.33332819422e-1));
  const small = f32x4.add(f32x4.mul(f32x4.mul(p, z), x), x);
  const e = vexp(f32x4.add(a, a));
  const large = f32x4.sub(f32x4.splat(1.0), f32x4.div(f32x4.splat(2.0), f32x4.add(e, f32x4.splat(1.0))));
  // Copy x's sign onto the large-|x| result (tanh is odd).
  const signed = v128.or(large, v128.and(x, f32x4.splat(-0.0)));
  return v128.bitselect(small, signed, f32x4.lt(a, f32x4.splat(TANH_SMALL)));
}

/** Applies the activation to one f32x4 of pre-activations. */
// @ts-ignore: decorator
@inline function activateLanes(z: v128, activation: i32): v128 {
  if (activation == RELU) return f32x4.max(z, f32x4.splat(0)); // max keeps NaN (divergence stays visible)
  if (activation == TANH) return vtanh(z);
  return z;
}

// @ts-ignore: decorator
@inline function activateScalar(z: f32, activation: i32): f32 {
  return f32x4.extract_lane(activateLanes(f32x4.splat(z), activation), 0);
}

/** In place over `n` floats at `p`: the activation, in lanes (the tail through lane 0). */
function activateRange(p: usize, n: i32, activation: i32): void {
  if (activation == IDENTITY) return;
  let k = 0;
  for (; k + 4 <= n; k += 4) {
    const at = p + (<usize>k << 2);
    v128.store(at, activateLanes(v128.load(at), activation));
  }
  for (; k < n; k++) {
    const at = p + (<usize>k << 2);
    store<f32>(at, activateScalar(load<f32>(at), activation));
  }
}

/**
 * Z = act(X W^T + b) for `rows` rows: Z [rows x fanOut]. Four rows and two outputs per block,
 * eight f32x4 partial dot products over i, each reduced by laneSum plus the scalar tail of i.
 */
export function denseForwardF32(x: usize, w: usize, b: usize, z: usize, rows: i32, fanIn: i32, fanOut: i32, activation: i32): void {
  const inBytes = <usize>fanIn << 2;
  const outBytes = <usize>fanOut << 2;
  const vecEnd = fanIn & ~3;
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const x0 = x + <usize>r * inBytes;
    const x1 = x0 + inBytes;
    const x2 = x1 + inBytes;
    const x3 = x2 + inBytes;
    const z0 = z + <usize>r * outBytes;
    let o = 0;
    for (; o + 2 <= fanOut; o += 2) {
      const w0 = w + <usize>o * inBytes;
      const w1 = w0 + inBytes;
      let a00 = f32x4.splat(0), a01 = f32x4.splat(0), a10 = f32x4.splat(0), a11 = f32x4.splat(0);
      let a20 = f32x4.splat(0), a21 = f32x4.splat(0), a30 = f32x4.splat(0), a31 = f32x4.splat(0);
      for (let i = 0; i < vecEnd; i += 4) {
        const at = <usize>i << 2;
        const wa = v128.load(w0 + at);
        const wb = v128.load(w1 + at);
        let xv = v128.load(x0 + at);
        a00 = f32x4.add(a00, f32x4.mul(xv, wa)); a01 = f32x4.add(a01, f32x4.mul(xv, wb));
        xv = v128.load(x1 + at);
        a10 = f32x4.add(a10, f32x4.mul(xv, wa)); a11 = f32x4.add(a11, f32x4.mul(xv, wb));
        xv = v128.load(x2 + at);
        a20 = f32x4.add(a20, f32x4.mul(xv, wa)); a21 = f32x4.add(a21, f32x4.mul(xv, wb));
        xv = v128.load(x3 + at);
        a30 = f32x4.add(a30, f32x4.mul(xv, wa)); a31 = f32x4.add(a31, f32x4.mul(xv, wb));
      }
      let s00 = laneSum(a00), s01 = laneSum(a01), s10 = laneSum(a10), s11 = laneSum(a11);
      let s20 = laneSum(a20), s21 = laneSum(a21), s30 = laneSum(a30), s31 = laneSum(a31);
      for (let i = vecEnd; i < fanIn; i++) {
        const at = <usize>i << 2;
        const wa = load<f32>(w0 + at);
        const wb = load<f32>(w1 + at);
        const v0 = load<f32>(x0 + at), v1 = load<f32>(x1 + at), v2 = load<f32>(x2 + at), v3 = load<f32>(x3 + at);
        s00 += v0 * wa; s01 += v0 * wb; s10 += v1 * wa; s11 += v1 * wb;
        s20 += v2 * wa; s21 += v2 * wb; s30 += v3 * wa; s31 += v3 * wb;
      }
      const ba = load<f32>(b + (<usize>o << 2));
      const bb = load<f32>(b + (<usize>(o + 1) << 2));
      const zo = z0 + (<usize>o << 2);
      store<f32>(zo, ba + s00); store<f32>(zo, bb + s01, 4);
      store<f32>(zo + outBytes, ba + s10); store<f32>(zo + outBytes, bb + s11, 4);
      store<f32>(zo + 2 * outBytes, ba + s20); store<f32>(zo + 2 * outBytes, bb + s21, 4);
      store<f32>(zo + 3 * outBytes, ba + s30); store<f32>(zo + 3 * outBytes, bb + s31, 4);
    }
    if (o < fanOut) forwardOne(x0, w + <usize>o * inBytes, load<f32>(b + (<usize>o << 2)), z0 + (<usize>o << 2), 4, fanIn, inBytes, outBytes);
  }
  // The last rows % 4 rows, one output at a time.
  for (let o = 0; o < fanOut; o++) {
    forwardOne(x + <usize>r * inBytes, w + <usize>o * inBytes, load<f32>(b + (<usize>o << 2)), z + <usize>r * outBytes + (<usize>o << 2), rows - r, fanIn, inBytes, outBytes);
  }
  activateRange(z, rows * fanOut, activation);
}

/** z[r, o] = bias + X[r, :] . w for `rows` rows starting at x (one output column). */
// @ts-ignore: decorator
@inline function forwardOne(x: usize, w: usize, bias: f32, z: usize, rows: i32, fanIn: i32, inBytes: usize, outBytes: usize): void {
  const vecEnd = fanIn & ~3;
  for (let r = 0; r < rows; r++) {
    const xr = x + <usize>r * inBytes;
    let acc = f32x4.splat(0);
    for (let i = 0; i < vecEnd; i += 4) acc = f32x4.add(acc, f32x4.mul(v128.load(xr + (<usize>i << 2)), v128.load(w + (<usize>i << 2))));
    let s = laneSum(acc);
    for (let i = vecEnd; i < fanIn; i++) s += load<f32>(xr + (<usize>i << 2)) * load<f32>(w + (<usize>i << 2));
    store<f32>(z + <usize>r * outBytes, bias + s);
  }
}

/**
 * dW = D^T X and db = column sums of D, written (not added) into gw [fanOut x fanIn] and
 * gb [fanOut]. Blocks of four outputs by eight inputs: per row r, two f32x4 of X[r, i..i+8]
 * against four broadcast deltas D[r, o..o+4]; the sum over r runs in row order.
 * Loop order: the X panel [rows x 8] of one i-block stays in L1 while every output block
 * sweeps it.
 */
export function denseWeightGradF32(x: usize, d: usize, gw: usize, gb: usize, rows: i32, fanIn: i32, fanOut: i32): void {
  const inBytes = <usize>fanIn << 2;
  const outBytes = <usize>fanOut << 2;
  let i = 0;
  for (; i + 8 <= fanIn; i += 8) {
    const xi = x + (<usize>i << 2);
    let o = 0;
    for (; o + 4 <= fanOut; o += 4) {
      let a0 = f32x4.splat(0), b0 = f32x4.splat(0), a1 = f32x4.splat(0), b1 = f32x4.splat(0);
      let a2 = f32x4.splat(0), b2 = f32x4.splat(0), a3 = f32x4.splat(0), b3 = f32x4.splat(0);
      let xr = xi;
      let dr = d + (<usize>o << 2);
      for (let r = 0; r < rows; r++) {
        const xa = v128.load(xr);
        const xb = v128.load(xr, 16);
        let dv = v128.load32_splat(dr);
        a0 = f32x4.add(a0, f32x4.mul(dv, xa)); b0 = f32x4.add(b0, f32x4.mul(dv, xb));
        dv = v128.load32_splat(dr, 4);
        a1 = f32x4.add(a1, f32x4.mul(dv, xa)); b1 = f32x4.add(b1, f32x4.mul(dv, xb));
        dv = v128.load32_splat(dr, 8);
        a2 = f32x4.add(a2, f32x4.mul(dv, xa)); b2 = f32x4.add(b2, f32x4.mul(dv, xb));
        dv = v128.load32_splat(dr, 12);
        a3 = f32x4.add(a3, f32x4.mul(dv, xa)); b3 = f32x4.add(b3, f32x4.mul(dv, xb));
        xr += inBytes;
        dr += outBytes;
      }
      const g0 = gw + <usize>o * inBytes + (<usize>i << 2);
      v128.store(g0, a0); v128.store(g0, b0, 16);
      v128.store(g0 + inBytes, a1); v128.store(g0 + inBytes, b1, 16);
      v128.store(g0 + 2 * inBytes, a2); v128.store(g0 + 2 * inBytes, b2, 16);
      v128.store(g0 + 3 * inBytes, a3); v128.store(g0 + 3 * inBytes, b3, 16);
    }
    for (; o < fanOut; o++) {
      let a = f32x4.splat(0), bv = f32x4.splat(0);
      let xr = xi;
      let dr = d + (<usize>o << 2);
      for (let r = 0; r < rows; r++) {
        const dv = v128.load32_splat(dr);
        a = f32x4.add(a, f32x4.mul(dv, v128.load(xr)));
        bv = f32x4.add(bv, f32x4.mul(dv, v128.load(xr, 16)));
        xr += inBytes;
        dr += outBytes;
      }
      const g0 = gw + <usize>o * inBytes + (<usize>i << 2);
      v128.store(g0, a); v128.store(g0, bv, 16);
    }
  }
  // The last fanIn % 8 inputs, one at a time (a 4-lane group first when there is one).
  for (; i + 4 <= fanIn; i += 4) weightGradColumns4(x + (<usize>i << 2), d, gw + (<usize>i << 2), rows, fanOut, inBytes, outBytes);
  for (; i < fanIn; i++) {
    for (let o = 0; o < fanOut; o++) {
      let s: f32 = 0;
      for (let r = 0; r < rows; r++) s += load<f32>(d + <usize>r * outBytes + (<usize>o << 2)) * load<f32>(x + <usize>r * inBytes + (<usize>i << 2));
      store<f32>(gw + <usize>o * inBytes + (<usize>i << 2), s);
    }
  }
  biasGrad(d, gb, rows, fanOut);
}

/** dW[:, i..i+4] for every output, one f32x4 per output. */
// @ts-ignore: decorator
@inline function weightGradColumns4(x: usize, d: usize, gw: usize, rows: i32, fanOut: i32, inBytes: usize, outBytes: usize): void {
  for (let o = 0; o < fanOut; o++) {
    let a = f32x4.splat(0);
    let xr = x;
    let dr = d + (<usize>o << 2);
    for (let r = 0; r < rows; r++) {
      a = f32x4.add(a, f32x4.mul(v128.load32_splat(dr), v128.load(xr)));
      xr += inBytes;
      dr += outBytes;
    }
    v128.store(gw + <usize>o * inBytes, a);
  }
}

/** db[o] = sum_r D[r, o], in row order, four outputs per lane group. */
// @ts-ignore: decorator
@inline function biasGrad(d: usize, gb: usize, rows: i32, fanOut: i32): void {
  const outBytes = <usize>fanOut << 2;
  let o = 0;
  for (; o + 4 <= fanOut; o += 4) {
    let a = f32x4.splat(0);
    for (let r = 0; r < rows; r++) a = f32x4.add(a, v128.load(d + <usize>r * outBytes + (<usize>o << 2)));
    v128.store(gb + (<usize>o << 2), a);
  }
  for (; o < fanOut; o++) {
    let s: f32 = 0;
    for (let r = 0; r < rows; r++) s += load<f32>(d + <usize>r * outBytes + (<usize>o << 2));
    store<f32>(gb + (<usize>o << 2), s);
  }
}

/**
 * p act'(z) from the activation's output a: relu 1 where a > 0 (else 0), tanh 1 - a^2, as
 * (1 - a)(1 + a): 1 - a is exact for a in [0.5, 1] (Sterbenz), so the slope keeps its relative
 * accuracy (2 roundings) where 1 - a*a would cancel (|a| near 1, saturated units).
 */
// @ts-ignore: decorator
@inline function backLanes(p: v128, a: v128, activation: i32): v128 {
  if (activation == RELU) return v128.and(p, f32x4.gt(a, f32x4.splat(0)));
  if (activation == TANH) {
    const one = f32x4.splat(1.0);
    return f32x4.mul(p, f32x4.mul(f32x4.sub(one, a), f32x4.add(one, a)));
  }
  return p;
}

/**
 * P = (D W) * act'(A): the gradient with respect to the previous layer's pre-activation,
 * written into p [rows x fanIn], given that layer's outputs A [rows x fanIn] (a = 0: identity).
 * Blocks of four rows by eight inputs, the sum over outputs o in order.
 */
export function denseInputGradF32(d: usize, w: usize, a: usize, p: usize, rows: i32, fanIn: i32, fanOut: i32, activation: i32): void {
  const inBytes = <usize>fanIn << 2;
  const outBytes = <usize>fanOut << 2;
  let r = 0;
  for (; r + 4 <= rows; r += 4) {
    const d0 = d + <usize>r * outBytes;
    let i = 0;
    for (; i + 8 <= fanIn; i += 8) {
      let a0 = f32x4.splat(0), b0 = f32x4.splat(0), a1 = f32x4.splat(0), b1 = f32x4.splat(0);
      let a2 = f32x4.splat(0), b2 = f32x4.splat(0), a3 = f32x4.splat(0), b3 = f32x4.splat(0);
      let wo = w + (<usize>i << 2);
      let dr = d0;
      for (let o = 0; o < fanOut; o++) {
        const wa = v128.load(wo);
        const wb = v128.load(wo, 16);
        let dv = v128.load32_splat(dr);
        a0 = f32x4.add(a0, f32x4.mul(dv, wa)); b0 = f32x4.add(b0, f32x4.mul(dv, wb));
        dv = v128.load32_splat(dr + outBytes);
        a1 = f32x4.add(a1, f32x4.mul(dv, wa)); b1 = f32x4.add(b1, f32x4.mul(dv, wb));
        dv = v128.load32_splat(dr + 2 * outBytes);
        a2 = f32x4.add(a2, f32x4.mul(dv, wa)); b2 = f32x4.add(b2, f32x4.mul(dv, wb));
        dv = v128.load32_splat(dr + 3 * outBytes);
        a3 = f32x4.add(a3, f32x4.mul(dv, wa)); b3 = f32x4.add(b3, f32x4.mul(dv, wb));
        wo += inBytes;
        dr += 4;
      }
      const at = <usize>r * inBytes + (<usize>i << 2);
      storeBack(p + at, a + at, a0, activation); storeBack(p + at + 16, a + at + 16, b0, activation);
      storeBack(p + at + inBytes, a + at + inBytes, a1, activation); storeBack(p + at + inBytes + 16, a + at + inBytes + 16, b1, activation);
      storeBack(p + at + 2 * inBytes, a + at + 2 * inBytes, a2, activation); storeBack(p + at + 2 * inBytes + 16, a + at + 2 * inBytes + 16, b2, activation);
      storeBack(p + at + 3 * inBytes, a + at + 3 * inBytes, a3, activation); storeBack(p + at + 3 * inBytes + 16, a + at + 3 * inBytes + 16, b3, activation);
    }
    for (; i < fanIn; i++) for (let k = 0; k < 4; k++) inputGradOne(d, w, a, p, r + k, i, fanIn, fanOut, activation);
  }
  for (; r < rows; r++) for (let i = 0; i < fanIn; i++) inputGradOne(d, w, a, p, r, i, fanIn, fanOut, activation);
}

// @ts-ignore: decorator
@inline function storeBack(p: usize, a: usize, sum: v128, activation: i32): void {
  v128.store(p, activation == IDENTITY ? sum : backLanes(sum, v128.load(a), activation));
}

/** One element of P, for the edges of the blocks (same order of the sum over o). */
// @ts-ignore: decorator
@inline function inputGradOne(d: usize, w: usize, a: usize, p: usize, r: i32, i: i32, fanIn: i32, fanOut: i32, activation: i32): void {
  let s: f32 = 0;
  for (let o = 0; o < fanOut; o++) s += load<f32>(d + (<usize>(r * fanOut + o) << 2)) * load<f32>(w + (<usize>(o * fanIn + i) << 2));
  const at = <usize>(r * fanIn + i) << 2;
  const value = activation == IDENTITY ? s : f32x4.extract_lane(backLanes(f32x4.splat(s), v128.load32_splat(a + at), activation), 0);
  store<f32>(p + at, value);
}

/**
 * dst[k, :] = src[index[k], :] for k < rows (rows of `width` floats): gathers a shuffled
 * mini-batch from a dataset held in this module's memory.
 */
export function gatherRowsF32(src: usize, index: usize, rows: i32, width: i32, dst: usize): void {
  const rowBytes = <usize>width << 2;
  for (let k = 0; k < rows; k++) {
    const from = src + <usize>load<i32>(index + (<usize>k << 2)) * rowBytes;
    memory.copy(dst + <usize>k * rowBytes, from, rowBytes);
  }
}
