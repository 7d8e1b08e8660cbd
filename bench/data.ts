import type { DType, Recipe, Workload } from './workloads.js';

/**
 * The shared counter-based generator. Element i of array `stream` is a pure function of
 * (seed, stream, i), so JS, C (bench/c/kernels.c) and numpy (engines/numpy-engine.py) draw
 * identical inputs without passing data around; the value check before timing proves it.
 *
 *   key = fmix32(seed * 0x9E3779B9 + stream)      (uint32 arithmetic)
 *   u_i = (fmix32(i ^ key) >>> 8) / 2^24          (24 bits: exact in float32 and float64)
 */
export function fmix32(h: number): number {
  // MurmurHash3's finaliser: a bijection on uint32 with full avalanche.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function streamKey(seed: number, stream: number): number {
  return fmix32((Math.imul(seed, 0x9e3779b9) + stream) >>> 0);
}

const TWO_POW_M24 = 2 ** -24;

export type FloatData = Float32Array | Float64Array;
export type InputArray = FloatData | Int32Array;

/** Draws one recipe. Floats come out in `dtype`; integers as `dtype` floats unless `int32`. */
export function draw(recipe: Recipe, dtype: DType, seed: number, stream: number): InputArray {
  const key = streamKey(seed, stream);
  const n = recipe.length;
  if (recipe.kind === 'int') {
    const out = recipe.int32 ? new Int32Array(n) : floatArray(dtype, n);
    for (let i = 0; i < n; i++) out[i] = recipe.lo + Math.floor(recipe.count * ((fmix32(i ^ key) >>> 8) * TWO_POW_M24));
    return out;
  }
  const out = floatArray(dtype, n);
  const width = recipe.hi - recipe.lo;
  for (let i = 0; i < n; i++) out[i] = recipe.lo + width * ((fmix32(i ^ key) >>> 8) * TWO_POW_M24);
  if (recipe.kind === 'log-softmax') logSoftmaxGroups(out, recipe.classes);
  return out;
}

function floatArray(dtype: DType, n: number): FloatData {
  return dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
}

/** In place: each run of `classes` values becomes z - logSumExp(z), computed in float64. */
function logSoftmaxGroups(values: FloatData, classes: number): void {
  for (let start = 0; start < values.length; start += classes) {
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, values[start + c]!);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(values[start + c]! - max);
    const lse = max + Math.log(sum);
    for (let c = 0; c < classes; c++) values[start + c] = values[start + c]! - lse;
  }
}

/** A workload's inputs, drawn once per row and shared by every in-process engine. */
export function generate(w: Workload, dtype: DType = w.dtype): InputArray[] {
  return w.arrays.map((recipe, stream) => draw(recipe, dtype, w.seed, stream));
}
