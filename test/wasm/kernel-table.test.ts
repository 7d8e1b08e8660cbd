import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineCustomLoss, getLoss, hasLoss } from '../../src/index.js';
import { setKernelBackend } from '../../src/wasm/index.js';
import { KERNEL_EXPORTS, WASM_KERNELS } from '../../src/wasm/kernel-table.js';
import { loadedKernels } from '../../src/wasm/module.js';

/**
 * The kernel table is the one declaration of the losses' WASM kernels: it must name exactly
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
