/**
 * Overfitting while the training loss rises too (rules-45): the guide's overfit asks that the
 * validation loss rose significantly after its best while training went on, and a training loss
 * climbing beside it, short of a divergence the evaluations bear out, does not refute it. Before,
 * the rule stood down ("divergence or a bad step size") and no rule stated either: the run read
 * as a plateau. The numbers are the 56th corpus's c07 (Jiff-Zhang/FastSpeech2, MIT: a pruned
 * FastSpeech2 trained on from its weights): the validation Total Loss every 10,000 steps, and the
 * training Total Loss averaged over the steps before each evaluation.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { kinds, run } from './diagnose-fixtures.js';

const VALIDATION = [2.9078, 2.9713, 3.0748, 3.178, 3.2692, 3.267, 3.2555, 3.3077, 3.3625, 3.451, 3.311, 3.4603, 3.5236, 3.581, 3.6155, 3.4676, 3.5602,
  3.62, 3.2931, 3.4663, 3.5216, 3.5615, 3.5912, 3.1472, 3.2734, 3.3513, 3.4055, 3.4578, 3.4967, 3.5309, 3.5418, 3.5534, 3.5616];
const TRAINING = [0.4723, 0.4159, 0.4848, 0.5671, 0.5304, 0.5716, 0.7464, 0.7881, 0.7872, 0.6752, 0.8363, 0.7622, 0.7061, 0.675, 0.6602, 0.9116, 0.7635,
  0.7248, 1.0218, 0.9982, 0.89, 0.8629, 0.8461, 1.2895, 1.3303, 1.1645, 1.0881, 1.0358, 1.0016, 0.9797, 0.9571, 0.9534, 0.9483];

describe('overfitting while the training loss rises too (rules-45)', () => {
  it('states the overfit, says the fit itself got worse, and names the step size', () => {
    const findings = diagnose(run(TRAINING, VALIDATION));
    expect(kinds(findings)).toContain('overfitting');
    expect(kinds(findings)).not.toContain('divergence');
    const overfit = findings.find((finding) => finding.kind === 'overfitting');
    expect(overfit?.series).toBe('val_loss');
    expect(overfit?.message).toMatch(/training loss rose too/);
    expect(overfit?.suggestion).toMatch(/step size/);
    expect(overfit?.evidence['trainChange']).toBeGreaterThan(0.5);
  });

  it('a training loss that keeps falling under the same validation loss gets the usual words', () => {
    const falling = TRAINING.map((_, i) => 0.5 * Math.exp(-i / 12) + 0.1);
    const overfit = diagnose(run(falling, VALIDATION)).find((finding) => finding.kind === 'overfitting');
    expect(overfit?.message).toMatch(/kept falling/);
    expect(overfit?.message).not.toMatch(/rose too/);
  });
});
