/**
 * rules-36: a loss that never moved (lr-too-low's "barely moved": under 5 % over the run) has its
 * end stated beside that finding: a plateau, or still-improving where that rule's own tests pass
 * (a significant fall by more than the plateau bar, its best level at the end). Before, the
 * finding was the run's only word on its end, and the labellers of six corpora expected a
 * plateau on six such runs (LABELLING.md: every run of 5 points or more has an end state) and
 * still-improving on four. The first block failed before, and so did the second's first test (the
 * plateau's advice defers to lr-too-low's: raise the learning rate, not lower it); its last held
 * before and must still hold: the last-resort readings (EarlyStopping's decision, the trend alone) are not read on such
 * a loss, whose trend of -0.005 % is no progress worth stating.
 * rules-61: where no plateau rule spoke (a drift of a few tenths of a percent inside the bar still reads as a significant
 * fall worth having over a long smooth window) and still-improving's tests fail, a loss that never moved whose lowest
 * level came before the window has stalled where it began: a plateau, its advice lr-too-low's. The last block failed before.
 */
import { describe, expect, it } from 'vitest';
import {
  CORPUS_DIR, FOURTEENTH_B_CORPUS_DIR, HUNDRED_SIXTEENTH_D_CORPUS_DIR, THIRTEENTH_A_CORPUS_DIR, THIRTY_FIFTH_A_CORPUS_DIR, TWENTY_EIGHTH_A_CORPUS_DIR, TWENTY_SIXTH_B_CORPUS_DIR, diagnoseCorpusRun,
} from './evaluation-corpus.js';

const kindsOf = async (dir: string, id: string) => (await diagnoseCorpusRun(dir, id)).findings.map((finding) => finding.kind);

describe('a loss that never moved states its end (rules-36)', () => {
  it.each([
    ['a03-keras-nb-genomics-ch9-tfbinding', THIRTY_FIFTH_A_CORPUS_DIR],
    ['b03-keras-notebook-melanoma-effnetb7', TWENTY_SIXTH_B_CORPUS_DIR],
    ['json-diarization-curriculum', FOURTEENTH_B_CORPUS_DIR],
  ])('%s: lr-too-low and the plateau its labellers expected', async (id, dir) => {
    const kinds = await kindsOf(dir, id);
    expect(kinds).toContain('lr-too-low');
    expect(kinds).toContain('plateau');
  });

  it('a10-catboost-nb-custom-multilogloss: a loss down 2.6 % at a steady significant pace is lr-too-low and still improving', async () => {
    const kinds = await kindsOf(TWENTY_EIGHTH_A_CORPUS_DIR, 'a10-catboost-nb-custom-multilogloss');
    expect(kinds).toEqual(['lr-too-low', 'still-improving']);
  });
});

describe('what a never-moved loss does not get', () => {
  it("cb-myqlib: the plateau beside it defers to lr-too-low's advice (raise the learning rate), not its own (stop, or lower it)", async () => {
    const plateau = (await diagnoseCorpusRun(THIRTEENTH_A_CORPUS_DIR, 'cb-myqlib')).findings.find((finding) => finding.kind === 'plateau');
    expect(plateau?.suggestion).toMatch(/as the lr-too-low finding says/);
    expect(plateau?.suggestion).not.toMatch(/lower the learning rate/i);
  });


  it('pl-contact-20200205: a loss down 0.005 % gets no still-improving from the trend alone', async () => {
    expect(await kindsOf(CORPUS_DIR, 'pl-contact-20200205')).not.toContain('still-improving');
  });
});

describe('a loss that never moved and stalled where it began (rules-61)', () => {
  it('d02-hf-trainerstate-sansha521-lora-agnews-lr001: a LoRA fine-tune stuck at ln 4 after its first point is lr-too-low and a plateau', async () => {
    const { findings } = await diagnoseCorpusRun(HUNDRED_SIXTEENTH_D_CORPUS_DIR, 'd02-hf-trainerstate-sansha521-lora-agnews-lr001');
    expect(findings.map((finding) => finding.kind)).toEqual(['plateau', 'lr-too-low']);
    const plateau = findings[0];
    expect(plateau.message).toMatch(/has stalled where it began/);
    expect(plateau.suggestion).toMatch(/as the lr-too-low finding says/);
    expect(plateau.evidence['totalChange']).toBeGreaterThan(-0.05);
  });
});
