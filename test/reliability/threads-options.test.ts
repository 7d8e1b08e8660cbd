import { afterEach, describe, expect, it } from 'vitest';
import { LossError, allocateFloat32, getLoss, huber, mse, releaseWasmArray, wasmAvailable } from '../../src/index.js';
import { runCli } from '../../src/cli/run.js';
import { disableThreads, enableThreads } from '../../src/threads/index.js';
import { lossError, outcome } from './support.js';

/**
 * Issue 11, items 9 and 11: an allocation racing enableThreads() must not land in the memory
 * being left behind; options are own properties only. Each test failed before its fix.
 */

describe.runIf(wasmAvailable())('item 9: enableThreads() and allocations', () => {
  afterEach(async () => { await disableThreads(); });

  const overlaps = (a: ArrayBufferView, b: ArrayBufferView) => a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;

  it('an allocation in the microtask right after enableThreads() is refused, and later releases free only their own blocks', async () => {
    let racing: unknown = null;
    const switching = enableThreads({ threads: 2 });
    queueMicrotask(() => { racing = outcome(() => allocateFloat32(64)).error; });
    await switching;
    expect(racing).toBeInstanceOf(LossError);
    expect((racing as LossError).message).toMatch(/switching the kernels' memory; await it/);
    // After the switch: arrays live in the shared memory and never alias each other.
    const a = allocateFloat32(64);
    const b = allocateFloat32(64);
    expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
    releaseWasmArray(a);
    const c = allocateFloat32(64);
    expect(overlaps(b, c)).toBe(false);
    releaseWasmArray(b);
    releaseWasmArray(c);
  });

  it('the same in the same tick, and around disableThreads()', async () => {
    const switching = enableThreads({ threads: 2 });
    expect(() => allocateFloat32(8)).toThrow(LossError);
    await switching;
    const stopping = disableThreads();
    expect(() => allocateFloat32(8)).toThrow(/await it before allocating/);
    await stopping;
    const own = allocateFloat32(8);
    expect(own.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    releaseWasmArray(own);
  });

  it('bad options are LossErrors naming the option, and a live view blocks the switch with a LossError', async () => {
    await expect(enableThreads({ threads: 0 })).rejects.toMatchObject({ name: 'LossError', argument: 'threads' });
    await expect(enableThreads({ minMicroseconds: Number.NaN })).rejects.toMatchObject({ name: 'LossError', argument: 'minMicroseconds' });
    const live = allocateFloat32(8);
    await expect(enableThreads({ threads: 2 })).rejects.toBeInstanceOf(LossError);
    releaseWasmArray(live);
  });
});

describe('item 11: options are own properties only', () => {
  it("keys toString, constructor and __proto__ are unknown options (they were accepted)", () => {
    for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const options = JSON.parse(`{"${key}": 1}`) as Record<string, unknown>;
      const error = lossError(() => mse([1], [2], options));
      expect(error.message, key).toBe(`mse: unknown option '${key}' (known options: 'reduction')`);
      expect(lossError(() => getLoss('huber').evaluate({ input: [1], target: [2] }, options)).argument).toBe(key);
    }
  });

  it("an inherited property is not an option: Object.create({ delta: 0.5, reduction: 'sum' }) gives the defaults", () => {
    const inherited = Object.create({ delta: 0.5, reduction: 'sum' }) as Record<string, unknown>;
    expect(huber([0, 3], [0, 0], inherited)).toBe(huber([0, 3], [0, 0]));
    // evaluate read the inherited 'reduction' (and its inputs' inherited properties).
    expect(getLoss('huber').evaluate({ input: [0, 3], target: [0, 0] }, inherited).value).toBe(huber([0, 3], [0, 0]));
    const inputs = Object.create({ target: [0, 0] }) as Record<string, unknown>;
    inputs.input = [0, 3];
    expect(lossError(() => getLoss('huber').evaluate(inputs)).message).toBe("huber: 'target' is a required input, received undefined");
  });

  it("losskit compute --option toString=1 exits 2 naming the option", async () => {
    for (const key of ['toString', '__proto__', 'constructor']) {
      const result = await runCli(['compute', 'mse', '--input', '[1]', '--target', '[2]', '--option', `${key}=1`]);
      expect(result.code, key).toBe(2);
      expect(result.stderr).toContain(`unknown option '${key}'`);
    }
  });
});
