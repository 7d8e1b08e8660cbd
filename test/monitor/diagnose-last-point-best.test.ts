/**
 * No plateau of "no evidence of improvement" on a loss whose last logged point is a new best beyond
 * its noise bar (rules-50): the end level, the median of the last three points, passes over a last
 * epoch's fall. agacera/sagemaker-deployment (MIT; the 68th corpus's c03, `Project/SageMaker
 * Project.ipynb`) trains an LSTM for 10 epochs: BCELoss 0.676 ... 0.360, 0.367, 0.384, then 0.2986,
 * 17 % below any earlier epoch with a noise bar of 10 %: "no evidence of improvement", a false alarm
 * held out. A bucketed curve's last point is a bucket's mean, no single evaluation, and stays read as
 * before. The first test failed before the change.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { SIXTY_EIGHTH_C_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { kinds, run } from './diagnose-fixtures.js';

describe('a last point that is a new best beyond the noise is evidence of improvement (rules-50)', () => {
  it('states no plateau on a SageMaker LSTM whose last epoch fell 17 % below every earlier one (68th c03)', async () => {
    const { findings } = await diagnoseCorpusRun(SIXTY_EIGHTH_C_CORPUS_DIR, 'c03-sagemaker-nb-agacera-imdb-lstm');
    expect(kinds(findings)).not.toContain('plateau');
  });

  it('the same curve written out: its last epoch decides', () => {
    const bce = [0.676, 0.6262, 0.5349, 0.458, 0.4186, 0.3785, 0.3596, 0.3669, 0.3836, 0.2986];
    expect(kinds(diagnose(run(bce)))).not.toContain('plateau');
    expect(kinds(diagnose(run([...bce.slice(0, 9), 0.37])))).toContain('plateau');
  });
});
