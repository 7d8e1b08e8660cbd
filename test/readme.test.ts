import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** The README's example is the first thing a newcomer runs: it must run as printed. */
it('the README example runs and prints what its comments say', async () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet).toBeDefined();
  const dir = join(import.meta.dirname, '..', 'test-output');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'readme-snippet.ts');
  const source = snippet!
    .replace("from 'losskit'", `from ${JSON.stringify(join(import.meta.dirname, '..', 'src', 'index.js'))}`)
    .replace(/^(huber\(.*\));\s*\/\/\s*([\d.]+).*$/m, 'export const first = $1; export const firstDocumented = $2;')
    .concat('\nexport { loss, value, grads };\n');
  writeFileSync(file, source);
  const module = (await import(file)) as { first: number; firstDocumented: number; loss: number; value: number; grads: Record<string, unknown> };
  expect(module.first).toBeCloseTo(module.firstDocumented, 10);
  expect(Number.isFinite(module.loss)).toBe(true);
  expect(Number.isFinite(module.value)).toBe(true);
  expect(Object.keys(module.grads)).toEqual(['input']);
});
