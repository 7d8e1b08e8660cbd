/**
 * The end under a bounce (rules-30): a bouncing training loss next to a noisy validation loss hid
 * the end, the advice first; but a validation loss that has stopped improving (no significant fall,
 * no new best beyond twice its own noise for the window) is not something a bounce fakes, and the
 * labellers of two corpora read a plateau there beside the advice. The first two tests failed
 * before; the last held before and must still hold: a validation loss still falling under its noise
 * gets no plateau.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { NINETEENTH_A_CORPUS_DIR, NINETEENTH_B_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { jitter, kinds, run } from './diagnose-fixtures.js';

const diagnosed = async (dir: string, id: string) => (await diagnoseCorpusRun(dir, id)).findings;

/** 30 epochs of a training loss bouncing ±15 % around 0.3 + 2/t. */
const bouncingTrain = Array.from({ length: 30 }, (_, i) => (0.3 + 2 / (i + 1)) * jitter(i, 0.15));
/** A validation loss bouncing ±12 % around 0.6 + 2/t until `flatFrom`, level after it, less `slope` per epoch. */
const noisyValidation = (flatFrom: number, slope = 0) => Array.from({ length: 30 }, (_, i) => (0.6 + 2 / Math.min(i + 1, flatFrom) - slope * i) * jitter(i + 100, 0.12));

describe('the end of a noisy validation loss under a bounce', () => {
  it.each([
    ['a03-dl4tsc-kailuan-fcn-fold1', NINETEENTH_A_CORPUS_DIR],
    ['modded-gpt-diffusion', NINETEENTH_B_CORPUS_DIR],
  ])('%s: lr-too-high, and the plateau of its validation loss beside it', async (id, dir) => {
    const findings = await diagnosed(dir, id);
    expect(kinds(findings)).toEqual(['lr-too-high', 'plateau']);
    const plateau = findings[1];
    expect(plateau.series).toBe('val_loss');
    expect(plateau.evidence['pValue']).toBeGreaterThanOrEqual(0.05);
    expect(plateau.message).toMatch(/no significant fall worth having/);
  });

  it('a validation loss level from epoch 8 under a bouncing training loss is a plateau beside the advice', () => {
    expect(kinds(diagnose(run(bouncingTrain, noisyValidation(8))))).toEqual(['lr-too-high', 'plateau']);
  });

  it('...but one still falling about 1.5 % a step under its ±12 % noise is not', () => {
    expect(kinds(diagnose(run(bouncingTrain, noisyValidation(30, 0.01))))).toEqual(['lr-too-high']);
  });
});
