/**
 * An overfit within 3 σ of its noise, read beside a widening gap (rules-48, overfittingRule's
 * `besideWideningGap`): where the training loss falls and the gap grew, a validation loss that rose
 * steadily since its best (Mann-Kendall over every point after it, p < 0.05) by more than GL_α is the
 * labelling guide's overfit. The real runs' tests failed before the rule: each read as a widening gap
 * only, while both labellers expected overfitting.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { overfittingRule } from '../../src/monitor/diagnose-generalisation.js';
import { DEFAULT_THRESHOLDS } from '../../src/monitor/thresholds.js';
import { EIGHTH_B_CORPUS_DIR, FIFTY_NINTH_B_CORPUS_DIR, THIRTY_THIRD_B_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { epochCurve, jitter, kinds, run } from './diagnose-fixtures.js';

describe('an overfit within the noise, beside a widening gap (rules-48)', () => {
  // A training loss falling steadily; a validation loss at its best by epoch 8, then rising 0.006 a
  // point under ±6 % noise: GL passes 5 %, 3 σ does not, the rise is significant.
  const train = Array.from({ length: 24 }, (_, i) => 1.2 * Math.exp(-(i + 1) / 8) + 0.05);
  const validation = Array.from({ length: 24 }, (_, i) => (i < 8 ? 1.3 - 0.07 * i : 0.81 + 0.006 * (i - 7)) * jitter(i * 3 + 1, 0.06));

  it('the 3 σ bar stands on the validation loss alone, and is waived beside the gap', () => {
    const t = DEFAULT_THRESHOLDS;
    expect(overfittingRule(epochCurve('loss', train), epochCurve('val_loss', validation), t)).toBeUndefined();
    const found = overfittingRule(epochCurve('loss', train), epochCurve('val_loss', validation), t, true);
    expect(found?.kind).toBe('overfitting');
    expect(found?.severity).toBe('warning');
    expect(found?.evidence['generalisationLoss']).toBeGreaterThan(t.generalisationLossAlpha);
    expect(found?.evidence['pValue']).toBeLessThan(t.trendSignificance);
    expect(found?.message).toMatch(/a rise within 3 σ of that noise, but a steady one, beside a widening gap/);
  });

  it('diagnose reads it as overfitting, not a widening gap', () => {
    const findings = kinds(diagnose(run(train, validation)));
    expect(findings).toContain('overfitting');
    expect(findings).not.toContain('widening-gap');
  });

  it.each([
    // Keras, a MobileNet fine-tuned on a small set (8th corpus, part b): 10 evaluations, GL 31 %, noise 12 %.
    ['keras-madcorn-first', EIGHTH_B_CORPUS_DIR],
    // A sentiment LSTM in a Udacity course copy (59th corpus, part b): GL 18 %, noise 6 %.
    ['b06-pytorch-nb-pcp55-sentiment', FIFTY_NINTH_B_CORPUS_DIR],
    // The Hugging Face Trainer, few-label classification (33rd corpus, part b): GL 8 %, noise 4 %.
    ['b02-hf-trainer-nb-rickiepark-nlpt-fewlabels', THIRTY_THIRD_B_CORPUS_DIR],
  ])('a real run read as a widening gap before: %s is overfitting', async (id, dir) => {
    const { findings } = await diagnoseCorpusRun(dir, id);
    expect(kinds(findings)).toContain('overfitting');
    expect(kinds(findings)).not.toContain('widening-gap');
  });
});
