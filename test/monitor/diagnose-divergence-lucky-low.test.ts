/**
 * The divergence rule's trend test reads the points after the best, not the best itself (rules-49):
 * the best is chosen as the lowest point, so from it every later point is a rise by construction. A
 * linear regression's last-batch loss (the sixty-third corpus's d09, Dive-into-DL-PyTorch copied by a
 * student, Apache-2.0) sits at its data's noise floor, ~1e-4 under 50 % noise, from epoch 2; one lucky
 * batch of 2.1e-5 at epoch 9 made it a "divergence, 7.2x its best" at p = 0.0495, a critical false
 * alarm held out. The first test failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { SIXTY_THIRD_C_CORPUS_DIR, SIXTY_THIRD_D_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { kinds, run } from './diagnose-fixtures.js';

describe('a divergence is a climb after the best, not the best itself (rules-49)', () => {
  it('a flat last-batch loss after one lucky batch does not diverge (63rd d09)', async () => {
    const { findings } = await diagnoseCorpusRun(SIXTY_THIRD_D_CORPUS_DIR, 'd09-pytorch-nb-zh-iyeee-linreg');
    expect(kinds(findings)).not.toContain('divergence');
    expect(kinds(findings)).toContain('plateau');
  });

  it('a loop that never zeroes its gradients still diverges (63rd c05)', async () => {
    const { findings } = await diagnoseCorpusRun(SIXTY_THIRD_C_CORPUS_DIR, 'c05-pytorch-nb-ducdh-mlp-no-zero-grad');
    expect(findings.find((finding) => finding.kind === 'divergence')?.severity).toBe('critical');
  });

  it('a steady climb from its best reads as a divergence as before', () => {
    const y = [2, 1.2, 0.8, 0.6, 0.5, 0.55, 0.7, 0.9, 1.2, 1.6, 2.1, 2.8, 3.6];
    expect(kinds(diagnose(run(y)))).toContain('divergence');
  });
});
