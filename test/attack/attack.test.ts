import { describe, expect, it } from 'vitest';
import { listLosses, wasmAvailable } from '../../src/index.js';
import { threadResults } from './cases-threads.js';
import type { Result } from './engine.js';
import { attackAllocator, attackEntry } from './suite.js';

/**
 * The standing attack suite (issue 11): every registry entry, crossed with every hostile
 * value and kind of argument in hostile.ts, in every call form, reduction, dtype and kernel
 * backend; the WASM allocator; losskit/threads. A new loss is attacked by being registered.
 * Each case must give a correct finite answer or a LossError naming the argument at fault —
 * never a TypeError, a hang, a silent NaN/Infinity, or a written input. The counts per area
 * come from `npm run attack`.
 */

function describeBad(results: readonly Result[]): string[] {
  return results.filter((r) => r.verdict !== 'handled').slice(0, 25).map((r) => `${r.verdict}: ${r.target}: ${r.label} — ${r.detail}`);
}

describe('attack: every registry entry', () => {
  for (const entry of listLosses()) {
    it(entry.name, () => {
      // One watchdog for the entry's cases: a hang becomes a 'hang' verdict, not a stuck run.
      const results = attackEntry(entry, { batchMs: 60_000 });
      expect(results.length).toBeGreaterThan(300);
      expect(describeBad(results)).toEqual([]);
    }, 120_000);
  }
});

describe.runIf(wasmAvailable())('attack: WASM allocator and losskit/threads', () => {
  it('allocator misuse and released or detached views handed to every loss', () => {
    const results = attackAllocator({ batchMs: 60_000 });
    expect(results.length).toBeGreaterThan(400);
    expect(describeBad(results)).toEqual([]);
  }, 120_000);

  it('thread options and allocations racing enableThreads/disableThreads', async () => {
    const results = await threadResults();
    expect(results.length).toBeGreaterThan(15);
    expect(describeBad(results)).toEqual([]);
  }, 120_000);
});
