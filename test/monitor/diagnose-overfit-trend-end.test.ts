/**
 * The end of a steady rise beside a widening gap, read where its Theil–Sen line ends (rules-70, overfittingRule's
 * `besideWideningGap`): the median of the last 3 points lags a point behind a rise of a few points, so an overfit
 * whose last point stood 8 % above its best measured 4.3 % and was read as a widening gap only. The real runs' tests
 * failed before the rule; on the validation loss alone (no gap) the median end is kept.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { overfittingRule } from '../../src/monitor/diagnose-generalisation.js';
import { DEFAULT_THRESHOLDS } from '../../src/monitor/thresholds.js';
import {
  HUNDRED_FORTY_FOURTH_C_CORPUS_DIR, HUNDRED_SEVENTIETH_D_CORPUS_DIR, HUNDRED_SEVENTY_SECOND_E_CORPUS_DIR, SEVENTY_SECOND_B_CORPUS_DIR,
  diagnoseCorpusRun,
} from './evaluation-corpus.js';
import { epochCurve, kinds, run } from './diagnose-fixtures.js';

describe('an overfit measured at the end of its trend, beside a widening gap (rules-70)', () => {
  // A text classifier's 10 epochs (the hundred-and-seventy-second corpus's e02): the validation loss bottoms out at
  // 0.307 and rises 0.3115, 0.3206, 0.332 while the training loss keeps collapsing.
  const train = [0.6691, 0.5654, 0.4339, 0.3134, 0.2286, 0.1688, 0.1233, 0.0878, 0.0619, 0.0442];
  const validation = [0.626, 0.5199, 0.4169, 0.3515, 0.3242, 0.3074, 0.307, 0.3115, 0.3206, 0.332];

  it('the median end stays on the validation loss alone; beside the gap the trend end passes GL_alpha', () => {
    const t = DEFAULT_THRESHOLDS;
    expect(overfittingRule(epochCurve('loss', train), epochCurve('val_loss', validation), t)).toBeUndefined();
    const found = overfittingRule(epochCurve('loss', train), epochCurve('val_loss', validation), t, true);
    expect(found?.kind).toBe('overfitting');
    expect(found?.severity).toBe('warning');
    const generalisationLoss = found?.evidence['generalisationLoss'] as number;
    expect(generalisationLoss).toBeGreaterThan(t.generalisationLossAlpha);
    // Theil–Sen through 0.3074 (the smoothed best), 0.307, 0.3115, 0.3206, 0.332: slope 0.0065, end 0.3271.
    expect(generalisationLoss).toBeCloseTo(100 * (0.3271 / 0.3074 - 1), 0);
  });

  it('diagnose reads it as overfitting, not a widening gap', () => {
    const findings = kinds(diagnose(run(train, validation)));
    expect(findings).toContain('overfitting');
    expect(findings).not.toContain('widening-gap');
  });

  it('a rise that is not steady keeps the median end, beside the gap too', () => {
    // The same run with its last three points wavering (0.3215, 0.3072, 0.3121): no significant rise after the best.
    const wavering = [...validation.slice(0, 7), 0.3215, 0.3072, 0.3121];
    const found = overfittingRule(epochCurve('loss', train), epochCurve('val_loss', wavering), DEFAULT_THRESHOLDS, true);
    expect(found).toBeUndefined();
  });

  it.each([
    ['e02-keras-fit-nb-022000671-sketch-tfdocs-text-classification-hub', HUNDRED_SEVENTY_SECOND_E_CORPUS_DIR],
    ['d01-keras-fit-nb-tharindugee-l06c01-hub-transfer', HUNDRED_SEVENTIETH_D_CORPUS_DIR],
    ['c05-keras-nb-shiminlei-dnn-speech-recognizer', HUNDRED_FORTY_FOURTH_C_CORPUS_DIR],
    ['b08-pytorch-nb-zerkvii-seq2seq-attention', SEVENTY_SECOND_B_CORPUS_DIR],
  ])('a real run read as a widening gap before: %s is overfitting', async (id, dir) => {
    const { findings } = await diagnoseCorpusRun(dir, id);
    expect(kinds(findings)).toContain('overfitting');
    expect(kinds(findings)).not.toContain('widening-gap');
  });
});
