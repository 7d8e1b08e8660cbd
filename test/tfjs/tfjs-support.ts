/**
 * Shared by the tfjs adapter tests: backend switching (cpu, and wasm with its .wasm files read
 * from the installed package), nested registry samples as flat float32 data, layouts.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { NestedNumbers } from '../../src/index.js';

export const BACKENDS = ['cpu', 'wasm'] as const;
export type Backend = (typeof BACKENDS)[number];

let wasmPathSet = false;

/** Switches tfjs to `backend` (silencing its "install tfjs-node" banner). */
export async function useBackend(backend: Backend): Promise<void> {
  tf.env().set('PROD', true);
  if (backend === 'wasm' && !wasmPathSet) {
    const require = createRequire(import.meta.url);
    setWasmPaths(`${join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}/`);
    wasmPathSet = true;
  }
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend '${backend}' failed to initialise`);
  await tf.ready();
}

export interface Flat {
  readonly data: Float32Array;
  readonly shape: number[];
}

/** A nested array, typed array or { data, shape } as float32 data and its shape. */
export function flat(value: unknown): Flat {
  if (ArrayBuffer.isView(value)) return { data: Float32Array.from(value as unknown as ArrayLike<number>), shape: [(value as unknown as ArrayLike<number>).length] };
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'shape' in value) {
    const v = value as { data: ArrayLike<number>; shape: number[] };
    return { data: Float32Array.from(v.data), shape: [...v.shape] };
  }
  const shape: number[] = [];
  for (let probe = value as NestedNumbers; Array.isArray(probe); probe = (probe as NestedNumbers[])[0] as NestedNumbers) {
    shape.push(probe.length);
    if (probe.length === 0) break;
  }
  return { data: Float32Array.from((value as number[]).flat?.(Infinity) ?? [value as number]), shape };
}

/** [N, C, d1, ...] to [N, d1, ..., C] (tfjs's classes-last layout). */
export function classesLast({ data, shape }: Flat): Flat {
  const [n, c] = shape as [number, number];
  const inner = data.length / (n * c);
  const out = new Float32Array(data.length);
  for (let b = 0; b < n; b++) for (let k = 0; k < c; k++) for (let s = 0; s < inner; s++) out[(b * inner + s) * c + k] = data[(b * c + k) * inner + s]!;
  return { data: out, shape: [n, ...shape.slice(2), c] };
}

/** Largest |a - b| relative to the largest |b| (1 when b is all zero). */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return diff / (scale || 1);
}
