/**
 * The fortieth corpus's critical false alarm (issue 10, after its held-out score): a MindSpore
 * ResNet's LossMonitor logs the last batch's loss each epoch (95 % noise on a log scale near 1e-3),
 * with no validation loss. It fell to a lucky 2.8e-4 at epoch 86 and ended at 0.0015 and 0.0095,
 * 26x that best but below the 0.0142 and 0.013 it had logged just before: read as a divergence
 * (critical) on two points at the end. A climb at the end too short for the persistence bar must
 * now rise above every point of the stretch before the best (rules-39). The first test failed
 * before the rule.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { kinds, run } from './diagnose-fixtures.js';

describe('a short climb at the end of a noisy loss', () => {
  // 90 epochs falling from 1.28 to about 5e-3 with ±90 % single-batch scatter, then the run's last points.
  const scatter = [1.9, 0.4, 1.3, 0.6, 1.7, 0.5, 1.1, 0.3];
  const noisy = Array.from({ length: 84 }, (_, t) => 1.28 * Math.exp(-t / 14) * scatter[t % 8] + 0.005 * scatter[(t + 3) % 8]);
  const tail = [0.0136, 0.0054, 0.0008, 0.0035, 0.00028, 0.0011, 0.0073, 0.0015, 0.0096];

  it('back within its recent range after a lucky low is no divergence', () => {
    expect(kinds(diagnose(run([...noisy, ...tail])))).not.toContain('divergence');
  });

  it('...but a climb above everything logged before the best still is', () => {
    const burst = [...noisy, ...tail.slice(0, 6), 0.09, 0.4];
    expect(kinds(diagnose(run(burst)))).toContain('divergence');
  });
});
