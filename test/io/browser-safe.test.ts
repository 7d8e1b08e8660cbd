import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** Only runs.ts, run-layouts.ts, walk-detect.ts and files.ts (and the index re-exporting them) touch the file system; the parsers run in browsers (core is browser-safe by lint). */
const NODE_SIDE = new Set(['runs.ts', 'run-layouts.ts', 'walk-detect.ts', 'files.ts', 'index.ts']);

it('the log parsers import no Node built-ins (only runs.ts reads files)', () => {
  const dir = join(import.meta.dirname, '..', '..', 'src', 'io');
  const files = readdirSync(dir).filter((file) => file.endsWith('.ts') && !NODE_SIDE.has(file));
  expect(files.length).toBeGreaterThan(8);
  for (const file of files) {
    const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((source) => !source.startsWith('./') && !source.startsWith('../core/') && source !== 'papaparse'), file).toEqual([]);
  }
});
