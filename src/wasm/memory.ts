/**
 * Memory of the WASM kernels' module, owned here (the module has no allocator): a first-fit
 * free list over [heapBase, memory end), 16-byte aligned blocks.
 *
 * The one rule: growing a WebAssembly.Memory detaches every view of its old buffer. So memory
 * grows only while no caller view is live: `allocateFloat32` grows freely when it is the
 * first, and throws (with the size to reserve) when growing would detach a live view; the
 * kernels' copy path falls back to TypeScript rather than grow under a live view.
 * `reserveWasmMemory(bytes)` before allocating avoids both.
 */
import type { KernelExports } from './module.js';

const ALIGN = 16;
const PAGE = 65536;

interface Block { offset: number; size: number }

let owner: KernelExports | null = null;
let free: Block[] = [];
/** Caller views: byteOffset -> block size. */
const views = new Map<number, number>();

function roundUp(bytes: number): number {
  return Math.ceil(Math.max(bytes, 1) / ALIGN) * ALIGN;
}

function attach(k: KernelExports): void {
  if (owner === k) return;
  owner = k;
  const start = roundUp(k.heapBase());
  const end = k.memory.buffer.byteLength;
  free = end > start ? [{ offset: start, size: end - start }] : [];
  views.clear();
}

function addFree(offset: number, size: number): void {
  let i = 0;
  while (i < free.length && free[i]!.offset < offset) i++;
  free.splice(i, 0, { offset, size });
  // Coalesce with the neighbours.
  if (i + 1 < free.length && offset + size === free[i + 1]!.offset) {
    free[i]!.size += free[i + 1]!.size;
    free.splice(i + 1, 1);
  }
  if (i > 0 && free[i - 1]!.offset + free[i - 1]!.size === offset) {
    free[i - 1]!.size += free[i]!.size;
    free.splice(i, 1);
  }
}

function grow(k: KernelExports, bytes: number): boolean {
  const last = free[free.length - 1];
  const end = k.memory.buffer.byteLength;
  const tail = last && last.offset + last.size === end ? last.size : 0;
  const pages = Math.ceil((bytes - tail) / PAGE);
  try {
    k.memory.grow(pages);
  } catch {
    return false; // past the 4 GiB of wasm32, or the host's limit
  }
  addFree(end, pages * PAGE);
  return true;
}

/**
 * A block of `bytes` (16-byte aligned), or null when it would need memory.grow while caller
 * views are live (or the memory cannot grow).
 */
export function allocateBytes(k: KernelExports, bytes: number): number | null {
  attach(k);
  const size = roundUp(bytes);
  let index = free.findIndex((b) => b.size >= size);
  if (index < 0) {
    if (views.size > 0 || !grow(k, size)) return null;
    index = free.findIndex((b) => b.size >= size);
  }
  const block = free[index]!;
  const offset = block.offset;
  block.offset += size;
  block.size -= size;
  if (block.size === 0) free.splice(index, 1);
  return offset;
}

export function releaseBytes(offset: number, bytes: number): void {
  addFree(offset, roundUp(bytes));
}

/** Registers a caller view (see the growth rule above). */
export function trackView(offset: number, bytes: number): void {
  views.set(offset, roundUp(bytes));
}

/** Forgets a caller view; returns its block size, or null when `offset` is not one. */
export function untrackView(offset: number): number | null {
  const size = views.get(offset);
  if (size === undefined) return null;
  views.delete(offset);
  return size;
}

export function liveViews(): number {
  return views.size;
}

/** Grows the memory (no caller view may be live) so that `bytes` more fit without growing. */
export function reserveBytes(k: KernelExports, bytes: number): boolean {
  attach(k);
  const largest = free.reduce((m, b) => Math.max(m, b.size), 0);
  if (largest >= bytes) return true;
  if (views.size > 0) return false;
  return grow(k, roundUp(bytes));
}
