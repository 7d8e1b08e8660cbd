import { afterEach, describe, expect, it } from 'vitest';
import {
  allocateFloat32, crossEntropyValueAndGrad, mse, mseValueAndGrad, releaseWasmArray, reserveWasmMemory, setKernelBackend,
  tripletMarginValueAndGrad, wasmAvailable,
} from '../../src/index.js';
import { lossError } from './support.js';

/**
 * Issue 11, items 7, 8 and 12 (allocator points): gradient buffers that overlap an input,
 * WASM views released twice or by a look-alike, released and detached views handed to a loss.
 * Each test failed before its fix.
 */

afterEach(() => setKernelBackend('auto'));

describe('item 7: a gradient buffer overlapping an input is refused', () => {
  it('mseValueAndGrad(b.subarray(0, 1024), y, b.subarray(1)) raises (it gave 0.5010 instead of 0.9998), and writes nothing', () => {
    for (const backend of ['ts', 'wasm'] as const) {
      if (backend === 'wasm' && !wasmAvailable()) continue;
      setKernelBackend(backend);
      const b = new Float32Array(1025);
      for (let i = 0; i < b.length; i++) b[i] = Math.sin(i);
      const before = b.slice();
      const y = new Float32Array(1024);
      const error = lossError(() => mseValueAndGrad(b.subarray(0, 1024), y, b.subarray(1)));
      expect(error.argument).toBe('grad.input');
      expect(error.message).toMatch(/'grad.input' shares memory with 'input'/);
      expect(Array.from(b)).toEqual(Array.from(before));
      // With a separate gradient buffer the value is the plain mean of squares.
      let squares = 0;
      for (let i = 0; i < 1024; i++) squares += b[i]! * b[i]!;
      expect(mseValueAndGrad(b.subarray(0, 1024), y, new Float32Array(1024))).toBeCloseTo(squares / 1024, 6);
    }
  });

  it('the same buffer, a buffer overlapping the target or an option tensor, and two overlapping gradients', () => {
    const x = Float64Array.of(1, 2, 3, 4);
    expect(lossError(() => mseValueAndGrad(x, [0, 0, 0, 0], x)).argument).toBe('grad.input');
    const shared = new Float64Array(7);
    const target = shared.subarray(0, 4);
    expect(lossError(() => mseValueAndGrad([1, 2, 3, 4], target, shared.subarray(3))).message).toMatch(/shares memory with 'target'/);
    const weights = new Float64Array(5);
    weights.fill(1);
    const error = lossError(() => crossEntropyValueAndGrad({ data: [1, 2, 3, 4], shape: [2, 2] }, [0, 1], weights.subarray(1, 5), { weight: weights.subarray(0, 2) }));
    expect(error.message).toMatch(/shares memory with 'weight'/);
    const rows = { data: [1, 2, 3, 4], shape: [2, 2] };
    const grads = new Float64Array(7);
    const overlap = lossError(() => tripletMarginValueAndGrad(rows, rows, rows, { anchor: grads.subarray(0, 4), positive: grads.subarray(3, 7) }));
    expect(overlap.message).toMatch(/'grad.anchor' and 'grad.positive' share memory/);
  });
});

describe.runIf(wasmAvailable())('item 8: the WASM allocator tracks views by identity', () => {
  const overlaps = (a: ArrayBufferView, b: ArrayBufferView) => a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;

  it('a double release is refused, so a later allocation never aliases a live array', () => {
    const a = allocateFloat32(16);
    releaseWasmArray(a);
    const b = allocateFloat32(16);
    expect(lossError(() => releaseWasmArray(a)).message).toBe("releaseWasmArray: 'view' was already released");
    const c = allocateFloat32(16);
    expect(overlaps(b, c)).toBe(false);
    releaseWasmArray(b);
    releaseWasmArray(c);
  });

  it("releasing an ordinary Float32Array at a live view's byteOffset frees nothing", () => {
    const a = allocateFloat32(8);
    const impostor = new Float32Array(new ArrayBuffer(a.byteOffset + 32), a.byteOffset, 8);
    expect(lossError(() => releaseWasmArray(impostor)).argument).toBe('view');
    expect(lossError(() => releaseWasmArray(a.subarray(1))).argument).toBe('view');
    const b = allocateFloat32(8);
    expect(overlaps(a, b)).toBe(false);
    releaseWasmArray(a);
    releaseWasmArray(b);
  });

  it('a released view, a subarray of one, or a view detached by growth, handed to a loss, is refused (it gave 0 or NaN)', () => {
    const x = allocateFloat32(64);
    x.fill(2);
    const memoryBytes = x.buffer.byteLength;
    releaseWasmArray(x);
    const target = new Float32Array(64);
    expect(lossError(() => mse(x, target)).message).toBe("mse: 'input' was released with releaseWasmArray; its block may belong to another array now");
    expect(lossError(() => mse(x.subarray(0, 8), target.subarray(0, 8))).message).toMatch(/outside any live allocation/);
    expect(lossError(() => mseValueAndGrad(target, target, x)).argument).toBe('grad.input');
    reserveWasmMemory(memoryBytes + 65536);
    expect(x.length).toBe(0);
    expect(lossError(() => mse(x, new Float32Array(0))).message).toMatch(/detached ArrayBuffer/);
  });
});

describe.runIf(wasmAvailable())('item 12: allocator arguments', () => {
  it("allocateFloat32(2**31) names the 4 GiB limit, not '0 live view(s)'", () => {
    const error = lossError(() => allocateFloat32(2 ** 31));
    expect(error.message).toBe("allocateFloat32: 'length' must need less than the 4 GiB a WASM memory can hold (4 bytes per element), received 2147483648");
    expect(error.message).not.toMatch(/live view/);
  });

  it('reserveWasmMemory(-1) and other non-counts are refused', () => {
    for (const bytes of [-1, 1.5, Number.NaN, Infinity]) expect(lossError(() => reserveWasmMemory(bytes)).argument).toBe('bytes');
    for (const length of [-1, 1.5, '4']) expect(lossError(() => allocateFloat32(length as number)).argument).toBe('length');
  });
});
