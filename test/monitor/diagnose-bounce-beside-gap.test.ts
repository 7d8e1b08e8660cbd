/**
 * A training loss that bounces too little, in its own units, to move the gap (rules-71, `bounceBelowGap`): a bounce
 * stops the widening-gap reading because the gap's trend would rest on noise, but a training loss bouncing by a
 * quarter at 0.004 beside a validation loss at 0.31 moves the gap by a thousandth. Before the rule, the 179th
 * corpus's a10 (a sign-language convnet that fits its training set) was read as a plateau only.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { bounceBelowGap } from '../../src/monitor/diagnose-generalisation.js';
import { DEFAULT_THRESHOLDS } from '../../src/monitor/thresholds.js';
import { HUNDRED_SEVENTY_NINTH_A_CORPUS_DIR, SIXTY_THIRD_A_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { epochCurve, kinds, run } from './diagnose-fixtures.js';

// The 179th corpus's a10: 15 epochs, the training loss down to 0.003-0.005 and bouncing there, the validation loss
// stepping up after its best (0.2368 at epoch 4) and staying.
const train = [1.9461, 0.2436, 0.0728, 0.0327, 0.0198, 0.0136, 0.0106, 0.008, 0.0052, 0.0042, 0.0053, 0.0053, 0.0033, 0.004, 0.0032];
const validation = [0.5697, 0.3207, 0.2575, 0.2368, 0.2918, 0.3407, 0.2741, 0.2993, 0.3088, 0.3642, 0.3394, 0.3156, 0.2885, 0.2857, 0.3264];

describe('a bounce too small to move the gap does not hide it (rules-71)', () => {
  it('the bounce is under a tenth of the validation level; scaled up to the validation loss\'s size it is not', () => {
    expect(bounceBelowGap(epochCurve('loss', train), epochCurve('val_loss', validation), DEFAULT_THRESHOLDS)).toBe(true);
    // The same relative bounce at a training level near the validation loss's: three noise standard deviations of it
    // are more than the smallest gap the rule states.
    const high = train.map((value) => value * 60);
    expect(bounceBelowGap(epochCurve('loss', high), epochCurve('val_loss', validation), DEFAULT_THRESHOLDS)).toBe(false);
  });

  it('diagnose states the widening gap beside the bouncing training loss', () => {
    const findings = kinds(diagnose(run(train, validation)));
    expect(findings).toContain('lr-too-high');
    expect(findings).toContain('widening-gap');
  });

  it.each([
    ['a10-keras-fit-nb-nishat-ahmad-c2w4-sign-mnist', 'widening-gap', HUNDRED_SEVENTY_NINTH_A_CORPUS_DIR],
    ['a05-keras-nb-phakhawatchu-signlang', 'overfitting', SIXTY_THIRD_A_CORPUS_DIR],
  ])('a real run read as a plateau only before: %s shows its %s', async (id, kind, dir) => {
    const { findings } = await diagnoseCorpusRun(dir, id);
    expect(kinds(findings)).toContain(kind);
  });
});
