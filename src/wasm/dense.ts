/**
 * The dense-layer and optimizer kernels of the WASM module (wasm/assembly/dense.ts and
 * optimizers.ts), declared once here for the JS side, and `WasmArena`: one block of the
 * module's memory cut into float32 / int32 arrays, addressed by byte offset.
 *
 * These kernels serve the trainer (src/train/runner-wasm.ts), not the losses: they take
 * pointers into the module's memory and validate nothing (the caller owns every shape).
 */
import { allocateBytes, releaseBytes } from './memory.js';
import type { KernelExports } from './module.js';

/** Activation codes of denseForwardF32 / denseInputGradF32 (the constants in dense.ts). */
export const DENSE_ACTIVATION = { identity: 0, relu: 1, tanh: 2 } as const;

/**
 * The exports of wasm/assembly/dense.ts and optimizers.ts. Pointers are byte offsets into the
 * module's memory; matrices are row-major float32 (see dense.ts for the three products).
 */
export interface DenseExports {
  /** z = act(x W^T + b): x [rows x fanIn], W [fanOut x fanIn], b [fanOut], z [rows x fanOut]. */
  denseForwardF32(x: number, w: number, b: number, z: number, rows: number, fanIn: number, fanOut: number, activation: number): void;
  /** gw = d^T x [fanOut x fanIn], gb = column sums of d [fanOut]; written, not added. */
  denseWeightGradF32(x: number, d: number, gw: number, gb: number, rows: number, fanIn: number, fanOut: number): void;
  /** p = (d W) * act'(a): p, a [rows x fanIn], d [rows x fanOut]. */
  denseInputGradF32(d: number, w: number, a: number, p: number, rows: number, fanIn: number, fanOut: number, activation: number): void;
  /** dst[k, :] = src[index[k], :] for k < rows; rows of `width` floats, index int32. */
  gatherRowsF32(src: number, index: number, rows: number, width: number, dst: number): void;
  /** Adam in PyTorch's arrangement; 1 - beta1, 1 - beta2, the step size and 1 / sqrt(1 - beta2^t) computed in float64. */
  adamStepF32(
    p: number, g: number, m: number, s: number, n: number, beta1: number, oneMinusBeta1: number, beta2: number, oneMinusBeta2: number,
    stepSize: number, invRootCorrection2: number, eps: number, weightDecay: number,
  ): void;
  sgdStepF32(p: number, g: number, v: number, n: number, learningRate: number, momentum: number, weightDecay: number): void;
}

const ALIGN = 16;

/** A named region of an arena: `length` elements of 4 bytes at byte offset `at`. */
export interface ArenaSlot {
  readonly at: number;
  readonly length: number;
}

/**
 * One allocation from the module's memory holding several float32 / int32 arrays. Offsets stay
 * valid for the arena's life; JS views are rebuilt whenever the memory's buffer changed (a
 * memory.grow by anyone detaches the old views), so callers ask for views per use and never
 * keep them across a call that may allocate.
 */
export class WasmArena {
  readonly module: KernelExports;
  private readonly base: number;
  private readonly bytes: number;
  private buffer: ArrayBuffer | SharedArrayBuffer | null = null;
  private f32: Float32Array = new Float32Array(0);
  private i32: Int32Array = new Int32Array(0);
  private released = false;

  private constructor(module: KernelExports, base: number, bytes: number) {
    this.module = module;
    this.base = base;
    this.bytes = bytes;
  }

  /**
   * Lays out `lengths` (element counts, 4 bytes each) one after another, each 16-byte aligned,
   * and allocates them at once, zeroed. Returns null when the memory cannot provide the block (it would
   * have to grow under a live view from allocateFloat32, or past its maximum).
   */
  static allocate<K extends string>(module: KernelExports, lengths: Readonly<Record<K, number>>): { arena: WasmArena; slots: Record<K, ArenaSlot> } | null {
    let bytes = 0;
    const offsets: Array<[K, number, number]> = [];
    for (const name of Object.keys(lengths) as K[]) {
      const length = lengths[name];
      offsets.push([name, bytes, length]);
      bytes += Math.ceil((length * 4) / ALIGN) * ALIGN;
    }
    const base = allocateBytes(module, Math.max(bytes, ALIGN));
    if (base === null) return null;
    const arena = new WasmArena(module, base, Math.max(bytes, ALIGN));
    new Uint8Array(module.memory.buffer, base, arena.bytes).fill(0); // a freed block keeps its old bytes
    const slots = {} as Record<K, ArenaSlot>;
    for (const [name, offset, length] of offsets) slots[name] = { at: base + offset, length };
    return { arena, slots };
  }

  private refresh(): void {
    const buffer = this.module.memory.buffer;
    if (buffer === this.buffer) return;
    this.buffer = buffer;
    this.f32 = new Float32Array(buffer);
    this.i32 = new Int32Array(buffer);
  }

  /** A Float32Array view of `length` elements of the slot (default: all of it). Valid until the next allocation. */
  float32(slot: ArenaSlot, length = slot.length): Float32Array {
    this.refresh();
    return this.f32.subarray(slot.at >> 2, (slot.at >> 2) + length);
  }

  int32(slot: ArenaSlot, length = slot.length): Int32Array {
    this.refresh();
    return this.i32.subarray(slot.at >> 2, (slot.at >> 2) + length);
  }

  /** Returns the block to the allocator; the arena must not be used afterwards. Idempotent. */
  release(): void {
    if (this.released) return;
    this.released = true;
    releaseBytes(this.module, this.base, this.bytes);
  }
}
