/**
 * The end of a validation loss next to a widening gap (rules-29): the gap says why the validation
 * loss lags the training loss, but where it still sets new bests within its noise with
 * EarlyStopping's patience left, training longer still pays, and the labellers of three corpora
 * read still-improving there. The first test failed before the rule; the second held before and
 * must still hold: a validation loss still falling smoothly next to the gap gets no end finding added.
 * rules-54: a validation loss that stopped improving next to the gap is a plateau too, the guide's
 * "validation loss stalled while training still falls" (these runs' labels expect it; the first
 * test below failed before the rule), but not where its window rises (the overfit's side: the
 * labels expect overfitting there) nor where its last point is a new low. rules-58: a window that rises counts as
 * the overfit's side only when its rise is significant or the end stands above the smoothed best by more than
 * Prechelt's GL alpha (5 %); a smaller rise the test cannot tell from noise is a stall (the three runs of the last
 * block failed before it: widening gap alone; 16 real runs gained the plateau, none against its labels).
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import {
  CORPUS_DIR, EIGHTEENTH_B_CORPUS_DIR, EIGHTH_B_CORPUS_DIR, FIFTY_FIRST_B_CORPUS_DIR, FORTY_NINTH_B_CORPUS_DIR, FORTY_SEVENTH_A_CORPUS_DIR,
  FORTY_SIXTH_A_CORPUS_DIR, FOURTH_B_CORPUS_DIR, HUNDRED_FOURTEENTH_C_CORPUS_DIR, NINETY_SIXTH_A_CORPUS_DIR, SEVENTH_A_CORPUS_DIR,
  SEVENTY_FOURTH_A_CORPUS_DIR, THIRTY_SECOND_A_CORPUS_DIR, diagnoseCorpusRun,
} from './evaluation-corpus.js';
import { epochs, kinds, run } from './diagnose-fixtures.js';

const diagnosed = async (dir: string, id: string) => (await diagnoseCorpusRun(dir, id)).findings;

describe('a validation loss still improving within its noise next to a widening gap', () => {
  it.each([
    ['pl-tb-contrastive', FOURTH_B_CORPUS_DIR],
    ['yolov5-uav-exp', SEVENTH_A_CORPUS_DIR],
    ['resnet3d-paddle-trainlog', EIGHTEENTH_B_CORPUS_DIR],
  ])('%s is both a widening gap and still improving (info), EarlyStopping would train on', async (id, dir) => {
    const findings = await diagnosed(dir, id);
    expect(kinds(findings)).toEqual(['widening-gap', 'still-improving']);
    const end = findings[1];
    expect(end.severity).toBe('info');
    expect(end.message).toMatch(/within its noise/);
    expect(end.message).toMatch(/within the patience of \d+: EarlyStopping would train on/);
    expect(end.evidence['stalledPoints']).toBeLessThan(end.evidence['patience']);
  });

  it('...but a validation loss still falling smoothly next to the gap gets no end finding', () => {
    const found = kinds(diagnose(run(epochs(50, (t) => 0.05 + 0.6 * Math.exp(-t / 12)), epochs(50, (t) => 0.45 + 1.5 * Math.exp(-t / 4)))));
    expect(found).toEqual(['widening-gap']);
  });
});

describe('a validation loss that stopped improving next to a widening gap (rules-54)', () => {
  it.each([
    ['a01-rtdetr-csv-tadtd-helmet-violation', NINETY_SIXTH_A_CORPUS_DIR],
    ['b06-pytorch-nb-dragonoken-mnist-mlp', FORTY_NINTH_B_CORPUS_DIR],
    ['a02-keras-nb-arpm92-dlwp-convnet', SEVENTY_FOURTH_A_CORPUS_DIR],
  ])('%s is both a widening gap and a plateau', async (id, dir) => {
    expect(kinds(await diagnosed(dir, id))).toEqual(['widening-gap', 'plateau']);
  });

  it.each([
    ['keras-whale-baseline', EIGHTH_B_CORPUS_DIR, 'its window rises 40 % above its best: the overfit\'s side'],
    ['a13-keras-nb-resizer-learnable', THIRTY_SECOND_A_CORPUS_DIR, 'its last point is its lowest'],
    ['cb-druggability', CORPUS_DIR, 'no plateau read on its test RMSE, +0.3 % above its minimum'],
  ])('%s gets no plateau beside its gap (%s)', async (id, dir) => {
    expect(kinds(await diagnosed(dir, id))).not.toContain('plateau');
  });
});

describe('a window that rises within its noise and within GL alpha beside a widening gap is a stall (rules-58)', () => {
  it.each([
    ['b03-pytorch-nb-jamesmcguigan-fashion-dropout', FIFTY_FIRST_B_CORPUS_DIR],
    ['a10-fastai-nb-pyjaime-camvid', FORTY_SIXTH_A_CORPUS_DIR],
  ])('%s is both a widening gap and a plateau', async (id, dir) => {
    expect(kinds(await diagnosed(dir, id))).toEqual(['widening-gap', 'plateau']);
  });

  it('a dog-breed transfer notebook keeps its plateau; since rules-63 no widening gap, its gap starting below zero', async () => {
    // Its lowest validation loss a one-off dip at epoch 5, the last 10 epochs 1.02-1.24 (both labels allow the gap, neither expects it).
    expect(kinds(await diagnosed(HUNDRED_FOURTEENTH_C_CORPUS_DIR, 'c04-pytorch-nb-remoyson-dog-transfer'))).toEqual(['plateau']);
  });

  it('...but a rise 31 % above the best, not significant on 10 noisy evaluations, is still the overfit\'s side: no plateau', async () => {
    expect(kinds(await diagnosed(FORTY_SEVENTH_A_CORPUS_DIR, 'a05-keras-nb-dlwp-rnn'))).toEqual(['widening-gap']);
  });
});
