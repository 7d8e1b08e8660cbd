/**
 * Underfitting as one class for every example (rules-53): a validation accuracy that is the same
 * full-precision number at every evaluation. The positive case is the 87th corpus's c05
 * (ChanchalTaye/DermaCQI, MIT: a 7-class HAM10000 classifier's Keras CSVLogger rows as logged, its
 * val_accuracy 0.6697736382484436 at all 9 epochs, the share of the majority class); both labellers
 * expected underfitting, the tool said plateau. The negative cases are what the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, type History } from '../../src/monitor/index.js';
import { kinds, run } from './diagnose-fixtures.js';

const HAM_LOSS = [1.79215, 1.31982, 1.26124, 1.23513, 1.20843, 1.19629, 1.1925, 1.16713, 1.16549];
const HAM_VAL_LOSS = [1.21482, 1.16776, 1.12919, 1.11494, 1.12617, 1.12581, 1.1203, 1.1197, 1.11915];
const HAM_ACCURACY = [0.446505, 0.628388, 0.646362, 0.653638, 0.660057, 0.662625, 0.663195, 0.668046, 0.66776];
const HAM_VAL_ACCURACY = 0.6697736382484436;

function withAccuracies(history: History, train: readonly number[] | undefined, validation: readonly number[]): History {
  train?.forEach((value, i) => history.append('accuracy', { epoch: i + 1, value }));
  validation.forEach((value, i) => history.append('val_accuracy', { epoch: i + 1, value }));
  return history;
}

const constant = (value: number, n = HAM_VAL_LOSS.length) => Array.from({ length: n }, () => value);

describe('a validation accuracy that never changed is one class for every example (rules-53)', () => {
  it('the HAM10000 run: underfitting on the validation loss, the accuracy and its share\'s cross-entropy in the evidence', () => {
    const findings = diagnose(withAccuracies(run(HAM_LOSS, HAM_VAL_LOSS), HAM_ACCURACY, constant(HAM_VAL_ACCURACY)));
    const underfit = findings.find((finding) => finding.kind === 'underfitting');
    expect(underfit?.series).toBe('val_loss');
    expect(underfit?.severity).toBe('warning');
    expect(underfit?.evidence['validationAccuracy']).toBe(HAM_VAL_ACCURACY);
    const share = HAM_VAL_ACCURACY;
    expect(underfit?.evidence['shareCrossEntropy']).toBeCloseTo(-(share * Math.log(share) + (1 - share) * Math.log(1 - share)), 12);
    expect(underfit?.message).toMatch(/0\.6698 at every one of its 9 evaluations/);
  });

  it('is read without a training accuracy too', () => {
    expect(kinds(diagnose(withAccuracies(run(HAM_LOSS, HAM_VAL_LOSS), undefined, constant(HAM_VAL_ACCURACY))))).toContain('underfitting');
  });

  it('not where the validation loss went below the share\'s cross-entropy (the model ranks the examples: a CatBoost log-loss at 0.36 beside a constant 0.7989)', () => {
    const logLoss = [0.634, 0.52, 0.45, 0.41, 0.39, 0.375, 0.366, 0.361, 0.358];
    expect(kinds(diagnose(withAccuracies(run(logLoss.map((v) => v + 0.004), logLoss), undefined, constant(0.7989259201))))).not.toContain('underfitting');
  });

  it('not on a coarse print that repeats (0.86), on an accuracy that changed once, or beside a training accuracy well above it', () => {
    const history = () => run(HAM_LOSS, HAM_VAL_LOSS);
    expect(kinds(diagnose(withAccuracies(history(), undefined, constant(0.86))))).not.toContain('underfitting');
    const changed = [...constant(HAM_VAL_ACCURACY, 8), 0.6711];
    expect(kinds(diagnose(withAccuracies(history(), undefined, changed)))).not.toContain('underfitting');
    expect(kinds(diagnose(withAccuracies(history(), constant(0.95), constant(HAM_VAL_ACCURACY))))).not.toContain('underfitting');
  });

  it('not on fewer evaluations than the trend rules need', () => {
    expect(kinds(diagnose(withAccuracies(run(HAM_LOSS.slice(0, 4), HAM_VAL_LOSS.slice(0, 4)), undefined, constant(HAM_VAL_ACCURACY, 4))))).not.toContain('underfitting');
  });
});
