/**
 * The forty-eighth corpus's false alarms and misses, after its held-out scores (tuned): a smooth
 * fall with one step up by the bar read as a bounce (rules-40), and a loop of Keras one-epoch fits
 * read as restarts (readers-90, test/io/keras-loop-fits.test.ts). Each group's first test failed before.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { FORTY_EIGHTH_B_CORPUS_DIR, FORTY_EIGHTH_C_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { kinds, run } from './diagnose-fixtures.js';

/** The forty-eighth's c01: a Keras CNN's per-epoch training and validation losses (Sign-Language MNIST, 20 epochs). */
const TRAIN = [1.0641, 0.2056, 0.0984, 0.0619, 0.0423, 0.0378, 0.0219, 0.0164, 0.0137, 0.0132, 0.0126, 0.0096, 0.0083, 0.0063, 0.0067, 0.0061, 0.005, 0.0044, 0.0042, 0.0042];
const VALIDATION = [3.4412, 1.567, 0.1545, 0.0464, 0.0735, 0.1312, 0.0175, 0.0049, 0.0044, 0.0271, 0.0227, 0.0129, 0.0047, 0.003, 0.001, 0.001, 0.0055, 0.0012, 0.0014, 0.0013];

describe('a bounce repeats (rules-40)', () => {
  it('a loss falling 250x in 20 epochs with one step up by 6 % is no oscillation (48th c01)', async () => {
    expect(kinds(diagnose(run(TRAIN, VALIDATION)))).not.toContain('lr-too-high');
    const { findings } = await diagnoseCorpusRun(FORTY_EIGHTH_C_CORPUS_DIR, 'c01-keras-console-md-yekyawthu-slmnist');
    expect(kinds(findings)).toEqual(['noisy-validation']);
  });

  it('the same fall stepping up by the bar twice or more still bounces; one jump the loss stays above for 3 points is a setback', () => {
    const twice = TRAIN.map((value, i) => (i === 9 || i === 14 ? value * 1.3 : value));
    expect(kinds(diagnose(run(twice, VALIDATION)))).toContain('lr-too-high');
    // Adam at 0.05 on an MNIST subsample (test/monitor/evaluation-real.test.ts' bouncing-lr): 0.65 to 0.86, then 0.82 and 0.76.
    const setBack = [3.202, 1.311, 1.0496, 0.8819, 0.8334, 0.7782, 0.6692, 0.6682, 0.6463, 0.8586, 0.824, 0.762];
    const validation = [1.56, 1.2742, 1.2258, 1.2722, 1.1681, 1.2214, 1.5306, 1.3107, 1.6807, 1.4165, 1.5297, 1.1588];
    expect(kinds(diagnose(run(setBack, validation)))).toContain('lr-too-high');
    const blip = setBack.map((value, i) => (i === 10 ? 0.64 : i === 11 ? 0.62 : value));
    expect(kinds(diagnose(run(blip, validation)))).not.toContain('lr-too-high');
  });
});

describe("a loop of one-epoch fits is one training (readers-90)", () => {
  it("b04-keras-nb-gaborstefanics-textgen: 23 fits at the loop's epochs, still improving (was a short run, no clear answer)", async () => {
    const { findings, notes } = await diagnoseCorpusRun(FORTY_EIGHTH_B_CORPUS_DIR, 'b04-keras-nb-gaborstefanics-textgen');
    expect(notes.join('\n')).toContain("23 Keras one-epoch fits ('Epoch 1/1')");
    expect(kinds(findings)).toContain('still-improving');
  });
});
