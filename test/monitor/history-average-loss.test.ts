/**
 * `average loss` beside its named parts is the training loss (roles-38): a Tacotron script prints `Epoch 1 average loss:
 * 0.36, average mel loss: 0.17, average linear loss: 0.16` (the hundred-and-ninth corpus's c02), and the three named
 * losses, no sum of one another, left the run with no loss to diagnose. A plain loss logged beside it comes first:
 * TF Estimator's evaluate() prints `average_loss` beside `loss`, which are not one curve.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, History } from '../../src/monitor/index.js';
import { HUNDRED_NINTH_C_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';

const falling = Array.from({ length: 40 }, (_, epoch) => 0.3 * Math.exp(-epoch / 12) + 0.05);

describe("'average loss' beside its named parts (roles-38)", () => {
  it('is the training loss when no plain loss is logged', () => {
    const history = History.fromColumns({
      average_loss: falling, average_mel_loss: falling.map((value) => value * 0.48), average_linear_loss: falling.map((value) => value * 0.45),
    });
    expect(history.trainLoss?.name).toBe('average_loss');
    expect(diagnose(history).map((finding) => finding.kind)).toContain('still-improving');
  });

  it('gives way to a plain loss logged beside it', () => {
    const history = History.fromColumns({ loss: falling.map((value) => value * 100), average_loss: falling });
    expect(history.trainLoss?.name).toBe('loss');
  });

  it('the real run, diagnosed now (nothing to diagnose before)', async () => {
    const { findings } = await diagnoseCorpusRun(HUNDRED_NINTH_C_CORPUS_DIR, 'c02-tensorflow-log-happyball-tacotron-zh-pinyin-syllable');
    expect(findings.map((finding) => finding.kind)).toEqual(expect.arrayContaining(['lr-too-high', 'plateau']));
  });
});
