/**
 * Memory of the WASM kernels' module, owned here (the module has no allocator): a first-fit
 * free list over [heapBase, memory end), 16-byte aligned blocks, one allocator per module
 * instance (the own-memory instance, and the shared-memory one of losskit/threads).
 *
 * The one rule: growing a WebAssembly.Memory detaches every view of its old buffer. So memory
 * grows only while no caller view is live: `allocateFloat32` grows freely when it is the
 * first, and throws (with the size to reserve) when growing would detach a live view; the
 * kernels' streamed path falls back to TypeScript rather than grow under a live view.
 * `reserveWasmMemory(bytes)` before allocating avoids both.
 *
 * Caller views are tracked by identity (a WeakMap from the view to its block), never by
 * offset: releasing a look-alike array at the same byteOffset, a subarray, or a view twice
 * frees nothing. Released views are poisoned (a WeakSet) and every loss refuses them, as it
 * refuses an array lying in the kernels' memory outside any live block (a subarray of a
 * released view): both would read whatever the block holds now.
 */
import { addViewGuard } from '../core/views.js';
import { instanceInUse, type KernelExports } from './module.js';

const ALIGN = 16;
const PAGE = 65536;

interface Block { offset: number; size: number }

/** The free list and live caller blocks of one instance's memory. */
interface Allocator {
  readonly owner: KernelExports;
  free: Block[];
  /** Live caller blocks: offset -> size. */
  readonly live: Map<number, number>;
}

interface ViewRecord {
  readonly allocator: Allocator;
  readonly offset: number;
  readonly size: number;
}

const allocators = new WeakMap<KernelExports, Allocator>();
/** Live caller views in every memory (the threads switch requires none). */
let liveCount = 0;
/**
 * The buffer of the memory allocations last came from (refreshed on every allocation, release
 * and growth): an array elsewhere cannot be a stale view of a live memory.
 */
let residentBuffer: ArrayBufferLike | null = null;
let releasedCount = 0;
const views = new WeakMap<ArrayBufferView, ViewRecord>();
const released = new WeakSet<ArrayBufferView>();

function roundUp(bytes: number): number {
  return Math.ceil(Math.max(bytes, 1) / ALIGN) * ALIGN;
}

function allocatorFor(k: KernelExports): Allocator {
  let allocator = allocators.get(k);
  if (!allocator) {
    const start = roundUp(k.heapBase());
    const end = k.memory.buffer.byteLength;
    allocator = { owner: k, free: end > start ? [{ offset: start, size: end - start }] : [], live: new Map() };
    allocators.set(k, allocator);
  }
  residentBuffer = k.memory.buffer;
  return allocator;
}

function addFree(allocator: Allocator, offset: number, size: number): void {
  const { free } = allocator;
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

function grow(allocator: Allocator, bytes: number): boolean {
  const k = allocator.owner;
  const last = allocator.free[allocator.free.length - 1];
  const end = k.memory.buffer.byteLength;
  const tail = last && last.offset + last.size === end ? last.size : 0;
  const pages = Math.ceil((bytes - tail) / PAGE);
  try {
    k.memory.grow(pages);
  } catch {
    return false; // past the 4 GiB of wasm32, or the host's limit
  }
  addFree(allocator, end, pages * PAGE);
  residentBuffer = k.memory.buffer;
  return true;
}

/**
 * A block of `bytes` (16-byte aligned), or null when it would need memory.grow while caller
 * views are live (or the memory cannot grow).
 */
export function allocateBytes(k: KernelExports, bytes: number): number | null {
  const allocator = allocatorFor(k);
  const size = roundUp(bytes);
  let index = allocator.free.findIndex((b) => b.size >= size);
  if (index < 0) {
    if (allocator.live.size > 0 || !grow(allocator, size)) return null;
    index = allocator.free.findIndex((b) => b.size >= size);
  }
  const block = allocator.free[index]!;
  const offset = block.offset;
  block.offset += size;
  block.size -= size;
  if (block.size === 0) allocator.free.splice(index, 1);
  return offset;
}

/** Returns a scratch block of `k`'s memory (the kernels' streamed path). */
export function releaseBytes(k: KernelExports, offset: number, bytes: number): void {
  addFree(allocatorFor(k), offset, roundUp(bytes));
}

/** Registers a caller view of a block just allocated from `k` (see the growth rule above). */
export function trackView(k: KernelExports, view: ArrayBufferView, offset: number, bytes: number): void {
  const allocator = allocatorFor(k);
  const size = roundUp(bytes);
  allocator.live.set(offset, size);
  views.set(view, { allocator, offset, size });
  liveCount++;
}

/**
 * Frees the block of a live caller view (to the memory it came from) and poisons the view.
 * 'released' when the view was released before, 'unknown' when it never was a caller view.
 */
export function untrackView(view: ArrayBufferView): 'ok' | 'released' | 'unknown' {
  const record = views.get(view);
  if (!record) return released.has(view) ? 'released' : 'unknown';
  views.delete(view);
  released.add(view);
  releasedCount++;
  liveCount--;
  record.allocator.live.delete(record.offset);
  addFree(record.allocator, record.offset, record.size);
  return 'ok';
}

let switches = 0;

/**
 * losskit/threads is replacing the kernels' memory (enableThreads / disableThreads called and
 * not yet settled): an allocation now would land in the memory being left behind.
 */
export function beginMemorySwitch(): void {
  switches++;
}

export function endMemorySwitch(): void {
  switches--;
}

export function memorySwitchPending(): boolean {
  return switches > 0;
}

/** Live caller views (in any memory). */
export function liveViews(): number {
  return liveCount;
}

/** Grows the memory (no caller view may be live) so that `bytes` more fit without growing. */
export function reserveBytes(k: KernelExports, bytes: number): boolean {
  const allocator = allocatorFor(k);
  const largest = allocator.free.reduce((m, b) => Math.max(m, b.size), 0);
  if (largest >= bytes) return true;
  if (allocator.live.size > 0) return false;
  return grow(allocator, roundUp(bytes));
}

/** True when [offset, offset + bytes) lies inside one live caller block of `allocator`. */
function insideLiveBlock(allocator: Allocator, offset: number, bytes: number): boolean {
  for (const [start, size] of allocator.live) if (offset >= start && offset + bytes <= start + size) return true;
  return false;
}

const RELEASED = 'was released with releaseWasmArray; its block may belong to another array now';

/**
 * Why a loss must not use `view`: released, or in the kernels' memory outside any live block.
 * Hint: an ordinary array costs one comparison (and a WeakSet lookup once anything has been
 * released); a live view one WeakMap lookup. This runs for every array of every call.
 */
function wasmViewProblem(view: ArrayBufferView): string | null {
  if (view.buffer === residentBuffer) {
    if (views.has(view)) return null;
    if (released.has(view)) return RELEASED;
    const k = instanceInUse();
    const allocator = k && allocators.get(k);
    if (!allocator || view.buffer !== k.memory.buffer || insideLiveBlock(allocator, view.byteOffset, view.byteLength)) return null;
    return "lies in the WASM kernels' memory outside any live allocation (a view of a released array?)";
  }
  // A released view of a memory since left behind (threads switched): poisoned all the same.
  return releasedCount > 0 && released.has(view) ? RELEASED : null;
}

addViewGuard(wasmViewProblem);
