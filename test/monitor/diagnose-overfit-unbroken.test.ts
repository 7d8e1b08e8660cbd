/**
 * An overfit that rises at every point after its best (rules-56, overfittingRule's `UNBROKEN_RISE_MAX_P`): on a short
 * smooth curve the robust noise is the curve's own bend, so a 12 % rise sat within 3 σ and was read as a plateau, while
 * both labellers of the hundred-and-ninth corpus's e06 (a ten-epoch CIFAR-10 notebook) expected overfitting. Four rises
 * or more from the lowest value to the end (p <= 1/120 with no trend) need no 3 σ bar; GL > 5 % still holds.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, History } from '../../src/monitor/index.js';
import { overfittingRule } from '../../src/monitor/diagnose-generalisation.js';
import { DEFAULT_THRESHOLDS } from '../../src/monitor/thresholds.js';
import { HUNDRED_NINTH_E_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { epochCurve } from './diagnose-fixtures.js';

const kinds = (history: History) => diagnose(history).map((finding) => finding.kind);

describe('an overfit rising at every point after its best (rules-56)', () => {
  // e06's numbers: the training loss falls every epoch; the validation loss is best at epoch 5, then rises five times.
  const train = [1.257, 0.909, 0.7648, 0.6601, 0.5637, 0.4788, 0.4069, 0.3569, 0.316, 0.28];
  const validation = [0.2714, 0.2, 0.1865, 0.1813, 0.1782, 0.1876, 0.201, 0.2014, 0.2029, 0.2199];

  it('is overfitting, a warning, though its rise is within 3 σ of the bend read as noise', () => {
    const found = overfittingRule(epochCurve('loss', train), epochCurve('val_loss', validation), DEFAULT_THRESHOLDS);
    expect(found?.kind).toBe('overfitting');
    expect(found?.severity).toBe('warning');
    expect(found?.message).toMatch(/higher at every point from its lowest value to the end, p = 0\.00139 with no trend; .*within 3 σ of that noise, but unbroken/);
    expect(kinds(History.fromColumns({ loss: train, val_loss: validation }))).toContain('overfitting');
  });

  it('one fall on the way up breaks it, and a rise within 5 % of the best is none', () => {
    const broken = [0.2714, 0.2, 0.1865, 0.1813, 0.1782, 0.1876, 0.181, 0.2014, 0.2029, 0.2199];
    expect(overfittingRule(epochCurve('loss', train), epochCurve('val_loss', broken), DEFAULT_THRESHOLDS)).toBeUndefined();
    const small = [0.2714, 0.2, 0.1865, 0.1813, 0.1782, 0.1785, 0.1791, 0.1799, 0.1808, 0.1815];
    expect(overfittingRule(epochCurve('loss', train), epochCurve('val_loss', small), DEFAULT_THRESHOLDS)).toBeUndefined();
  });

  it('the real run, read as a plateau before', async () => {
    const { findings } = await diagnoseCorpusRun(HUNDRED_NINTH_E_CORPUS_DIR, 'e06-pytorch-nb-nicksay-cifar10-cnn');
    expect(findings.map((finding) => finding.kind)).toContain('overfitting');
  });
});
