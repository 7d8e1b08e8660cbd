import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineCustomLoss, getLoss, hasLoss } from '../../src/index.js';
import { setKernelBackend } from '../../src/wasm/index.js';
import { KERNEL_EXPORTS, WASM_KERNELS } from '../../src/wasm/kernel-table.js';
import { DECLARATIONS_FILE, renderKernelDeclarations } from '../../scripts/kernel-declarations.js';
import { loadedKernels } from '../../src/wasm/module.js';
import { kernelCallCount } from '../../src/wasm/runner.js';

/**
 * The kernel table comes from the kernels' `@kernel` lines in wasm/assembly (rendered into
 * src/wasm/kernel-declarations.ts by `npm run generate`): it must be up to date and name exactly
 * the functions the loss-kernel files of wasm/assembly export (those index.ts exports whole),
 * each once per (loss, dtype), for registered losses. Whether each entry really runs (its
 * options and shapes match the loss) is checked by test/fixtures.test.ts with WASM forced.
 */
const ASSEMBLY = join(import.meta.dirname, '..', '..', 'wasm', 'assembly');

function exportedKernels(): string[] {
  const index = readFileSync(join(ASSEMBLY, 'index.ts'), 'utf8');
  const files = [...index.matchAll(/^export \* from '\.\/([\w-]+)';$/gm)].map((m) => m[1]!);
  expect(files.length).toBeGreaterThan(0);
  return files.flatMap((file) => [...readFileSync(join(ASSEMBLY, `${file}.ts`), 'utf8').matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]!));
}

describe('the kernel table', () => {
  it('src/wasm/kernel-declarations.ts is generated from wasm/assembly and up to date (npm run generate)', async () => {
    expect(readFileSync(DECLARATIONS_FILE, 'utf8')).toBe(await renderKernelDeclarations());
  });

  it('declares every loss kernel the assembly exports, and nothing else', () => {
    expect([...KERNEL_EXPORTS].sort()).toEqual(exportedKernels().sort());
  });

  it('names registered losses, one entry per loss and dtype', () => {
    const keys = WASM_KERNELS.map((entry) => `${entry.loss} ${entry.dtype}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of WASM_KERNELS) expect(hasLoss(entry.loss), entry.loss).toBe(true);
  });

  it('names functions of the built module', () => {
    const k = loadedKernels();
    expect(k).not.toBeNull();
    for (const name of KERNEL_EXPORTS) expect(typeof k![name], name).toBe('function');
  });

  it('runs a kernel only where every option it does not take is at its default (and float32 options fit float32)', () => {
    setKernelBackend('wasm');
    try {
      const x = Float32Array.from({ length: 64 }, (_, i) => Math.sin(i));
      const y = Float32Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 1 : 0));
      const rows = { anchor: { data: x, shape: [8, 8] }, positive: { data: y, shape: [8, 8] }, negative: { data: x.map((v) => -v), shape: [8, 8] } };
      const runs = (kernel: (typeof KERNEL_EXPORTS)[number], call: () => unknown) => {
        const before = kernelCallCount(kernel);
        call();
        return kernelCallCount(kernel) - before;
      };
      expect(runs('bceLogitsF32', () => getLoss('bce-with-logits').evaluate({ input: x, target: y }))).toBeGreaterThan(0);
      expect(runs('bceLogitsF32', () => getLoss('bce-with-logits').evaluate({ input: x, target: y }, { posWeight: [2] }))).toBe(0);
      expect(runs('klDivF32', () => getLoss('kl-div').evaluate({ input: x, target: y }, { logTarget: true }))).toBe(0);
      expect(runs('tripletF32', () => getLoss('triplet-margin').evaluate(rows))).toBeGreaterThan(0);
      expect(runs('tripletF32', () => getLoss('triplet-margin').evaluate(rows, { swap: true }))).toBe(0);
      expect(runs('tripletF32', () => getLoss('triplet-margin').evaluate(rows, { p: 1 }))).toBe(0);
      expect(runs('sigmoidFocalF32', () => getLoss('sigmoid-focal').evaluate({ input: x, target: y }, { gamma: 3 }))).toBeGreaterThan(0);
      expect(runs('sigmoidFocalF32', () => getLoss('sigmoid-focal').evaluate({ input: x, target: y }, { gamma: 1e39 }))).toBe(0);
    } finally {
      setKernelBackend('auto');
    }
  });

  it("is the built-in's only: a custom loss under a built-in's name keeps its own kernel", () => {
    setKernelBackend('wasm');
    try {
      const cubic = defineCustomLoss({ name: 'mse', formula: 'abs(input - target)^3' });
      const x = new Float32Array(1000).fill(2);
      const y = new Float32Array(1000);
      expect(cubic.evaluate({ input: x, target: y }).value).toBe(8);
      expect(getLoss('mse').evaluate({ input: x, target: y }).value).toBe(4);
    } finally {
      setKernelBackend('auto');
    }
  });
});
