/**
 * The end of a validation loss next to a widening gap (rules-29): the gap says why the validation
 * loss lags the training loss, but where it still sets new bests within its noise with
 * EarlyStopping's patience left, training longer still pays, and the labellers of three corpora
 * read still-improving there. The first test failed before the rule; the second held before and
 * must still hold: a flat validation loss next to the gap gets no end finding added.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { EIGHTEENTH_B_CORPUS_DIR, FOURTH_B_CORPUS_DIR, SEVENTH_A_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
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

  it('...but a validation loss flat within its noise next to the gap gets no end finding', () => {
    const found = kinds(diagnose(run(epochs(50, (t) => 0.05 + 0.6 * Math.exp(-t / 12)), epochs(50, (t) => 0.45 + 1.5 * Math.exp(-t / 4)))));
    expect(found).toEqual(['widening-gap']);
  });
});
