/**
 * The error classes the fifth corpus showed (every corpus is tuning data now), each as a curve
 * class built from its shape, not from the real run that showed it: the first test of each block
 * failed before its rule change; the "...but" tests are the counterparts that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { epochs, kinds, run } from './diagnose-fixtures.js';

describe('a training loss falling at a steady rate while the validation loss does not follow (keras-pandas-dogbreed-20, yolov5-seg-recycling-101, cb-tradingbot class)', () => {
  const n = 60;
  /** Loses 40 % over the run at a constant rate: the slow-decline form's shape. */
  const steadyTrain = epochs(n, (t) => 1 - (0.4 * (t - 1)) / n);

  it('a validation loss that stalled under it is not a learning rate too low: the steps were large enough to fit past what generalises', () => {
    const validation = epochs(n, (t) => 1.05 * (0.75 + 0.25 * Math.exp(-t / 6)));
    expect(kinds(diagnose(run(steadyTrain, validation)))).not.toContain('lr-too-low');
  });

  it('...nor one that turned up (gradient boosting\'s learn loss falls at a constant rate by design)', () => {
    const validation = epochs(n, (t) => 1.02 + 0.004 * t);
    const found = kinds(diagnose(run(steadyTrain, validation)));
    expect(found).toContain('overfitting');
    expect(found).not.toContain('lr-too-low');
  });

  it('...but it is when the validation loss still falls with it: both losses under-fit, still coming down slowly together', () => {
    const validation = steadyTrain.map((value) => 1.05 * value);
    expect(kinds(diagnose(run(steadyTrain, validation)))).toContain('lr-too-low');
  });

  it('...and with no validation loss logged, the training loss is read on its own', () => {
    expect(kinds(diagnose(run(steadyTrain)))).toContain('lr-too-low');
  });
});
