import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES, lossDefinitions, renderLossIndex, renderPublicIndex } from '../scripts/loss-index.js';

/** The public loss names are derived from the definitions; a stale derivation fails here. */
describe('generated loss exports', () => {
  it('src/losses/index.ts is generated from the definitions and up to date (npm run generate)', async () => {
    expect(readFileSync(GENERATED_FILES.lossIndex, 'utf8')).toBe(await renderLossIndex());
  });

  it("src/index.ts's loss block is generated and up to date (npm run generate)", async () => {
    const onDisk = readFileSync(GENERATED_FILES.publicIndex, 'utf8');
    expect(onDisk).toBe(await renderPublicIndex(onDisk));
  });

  it('every definition follows the naming rule: entry fooLoss, function foo, kernel fooValueAndGrad', async () => {
    for (const { variable, base, entry } of await lossDefinitions()) {
      expect(variable).toBe(`${base}Loss`);
      expect(typeof entry.evaluate, `${variable} is not a loss entry`).toBe('function');
    }
  });
});

describe('src/losses has one way in', () => {
  it('code outside src/losses imports it through src/losses/index.js only (src/index.ts re-exports sparsemaxRow)', () => {
    const src = join(import.meta.dirname, '..', 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.startsWith('losses') && !f.endsWith('.generated.ts'));
    const deep: string[] = [];
    for (const file of files) {
      for (const [, path] of readFileSync(join(src, file), 'utf8').matchAll(/from '([^']*\/losses\/[^']*)'/g)) {
        if (!path!.endsWith('/losses/index.js') && !(file === 'index.ts' && path === './losses/classification/sparsemax.js')) deep.push(`${file}: ${path}`);
      }
    }
    expect(deep).toEqual([]);
  });
});
