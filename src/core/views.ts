/**
 * Typed arrays a loss must not read or write: views of a detached buffer (transferred with
 * postMessage, or of a WASM memory that has grown since), and whatever the guards added here
 * refuse — the WASM allocator adds one for views it has released (src/wasm/memory.ts), so
 * core keeps no knowledge of WASM. Checked once per array at the public boundary.
 */

/** Says why `view` must not be used (e.g. 'was released with releaseWasmArray'), or null. */
export type ViewGuard = (view: ArrayBufferView) => string | null;

const guards: ViewGuard[] = [];

export function addViewGuard(guard: ViewGuard): void {
  if (!guards.includes(guard)) guards.push(guard);
}

/**
 * True when the view's buffer has been detached. Only a view of byteLength 0 can be one;
 * ArrayBuffer.prototype.detached is missing before Node 22, and constructing a view over a
 * detached buffer throws everywhere.
 */
export function isDetached(view: ArrayBufferView): boolean {
  if (view.byteLength !== 0) return false;
  const buffer = view.buffer as ArrayBufferLike & { readonly detached?: boolean };
  if (typeof buffer.detached === 'boolean') return buffer.detached;
  try {
    new Uint8Array(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

/** Why `view` must not be used by a loss, or null when it may. */
export function viewProblem(view: ArrayBufferView): string | null {
  if (isDetached(view)) return 'is a view of a detached ArrayBuffer (transferred, or of a WASM memory that has grown since)';
  for (const guard of guards) {
    const problem = guard(view);
    if (problem) return problem;
  }
  return null;
}

/** Byte ranges of two views share at least one byte (same buffer, intersecting ranges). */
export function viewsOverlap(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return a.buffer === b.buffer && a.byteLength > 0 && b.byteLength > 0
    && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}
