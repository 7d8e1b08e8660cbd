/**
 * The nineteenth corpus's error class (issue 10, after its held-out score): a divergence of the
 * training loss must be borne out by a logged validation loss whatever the number of points after
 * the best, not only when too few points allow a trend test. a05-dl4tsc-jpvowels-fcn's training
 * loss (61 % noise near 5e-4) climbs 6x over its last 15 epochs with a Mann–Kendall p of 0.04,
 * while the evaluations, after one spike the run recovered from, end at their level: the
 * evaluations' median after the climb's onset, not their highest, says whether the weights are
 * evaluated worse (divergence stays; a spike does not). The first test failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { epochs, kinds, run } from './diagnose-fixtures.js';

describe('a divergence of the training loss needs the evaluations to bear it out, however many points follow its best', () => {
  const bounce = [1.6, 0.6, 1.1, 0.8, 1.3, 0.7];
  // 200 epochs: the training loss falls from 0.78 to about 6e-4 with +/-50 % bounces, then
  // bursts over its last 8 epochs; the validation loss levels off at 0.022 with one spike at
  // epoch 192 that it recovers from by epoch 198.
  const train = epochs(200, (t) => (0.78 * Math.exp(-t / 20) + 0.0006) * bounce[t % 6]);
  train[185] = 0.00046;
  [0.0065, 0.0011, 0.0022, 0.0007, 0.0017, 0.0029, 0.0008, 0.0047].forEach((value, i) => { train[192 + i] = value; });
  const validation = epochs(200, (t) => (1.95 * Math.exp(-t / 15) + 0.022) * (t % 2 === 0 ? 1.01 : 0.99));
  [0.071, 0.057, 0.047, 0.041, 0.030, 0.025].forEach((value, i) => { validation[192 + i] = value; });

  it('no divergence when the evaluations are back at their level (a05-dl4tsc-jpvowels-fcn)', () => {
    expect(kinds(diagnose(run(train, validation)))).not.toContain('divergence');
  });

  it('...but when the evaluations after the climb stay thrown off, it is', () => {
    const thrown = validation.map((value, i) => (i >= 192 ? 0.09 : value));
    expect(kinds(diagnose(run(train, thrown)))).toContain('divergence');
  });
});
