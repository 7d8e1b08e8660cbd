/**
 * Noisy validation only where the curve jumps (rules-69). The hundred-and-seventieth corpus's a05 (held out in round 173,
 * a linear fit's test loss printed every 20 epochs to three decimals: 0.698, 0.427, 0.156, 0.085, 0.116, 0.103, 0.088,
 * ..., 0.024, 0.008, 0.006, 0.006, 0.006) turns twice in its 13 inner points; its robust noise, 23 % of its level, is
 * the bend of a fall that speeds up on the log scale and the steps of its rounding, and both labellers refuted the
 * noisy-validation it was given. The first two tests failed before the rule; the third holds a jumping curve as noisy.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { HUNDRED_SEVENTIETH_A_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { epochs, kinds, run } from './diagnose-fixtures.js';

describe('a validation loss that falls evaluation after evaluation is not noisy (rules-69)', () => {
  it("the hundred-and-seventieth corpus's a05 has no noisy-validation", async () => {
    const { findings } = await diagnoseCorpusRun(HUNDRED_SEVENTIETH_A_CORPUS_DIR, 'a05-pytorch-loop-nb-tienvu95-ex01-linreg');
    expect(kinds(findings)).not.toContain('noisy-validation');
  });

  it('a fall that speeds up, printed to three decimals, turns too seldom to be noise', () => {
    const train = [0.734, 0.502, 0.271, 0.069, 0.052, 0.045, 0.038, 0.031, 0.024, 0.017, 0.011, 0.004, 0.004, 0.004, 0.004];
    const validation = [0.698, 0.427, 0.156, 0.085, 0.116, 0.103, 0.088, 0.073, 0.057, 0.040, 0.024, 0.008, 0.006, 0.006, 0.006];
    expect(kinds(diagnose(run(train, validation)))).not.toContain('noisy-validation');
  });

  it('a validation loss that goes up and down around its fall is still noisy', () => {
    const train = epochs(30, (t) => 0.2 + 1 / t);
    const validation = train.map((v, i) => v * 1.1 * (1 + 0.15 * (i % 2 === 0 ? 1 : -1)));
    expect(kinds(diagnose(run(train, validation)))).toContain('noisy-validation');
  });
});
