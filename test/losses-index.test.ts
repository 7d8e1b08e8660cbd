import { readFileSync } from 'node:fs';
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
