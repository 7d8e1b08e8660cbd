/**
 * Underfitting at chance (rules-46): a cross-entropy at ln K from its first point to its last is a
 * uniform guess over K classes. The positive cases are the 57th corpus's a06 (john-james-ai's copy of
 * tensorflow-deep-learning, MIT: a Fashion-MNIST model under a rising learning-rate schedule, its
 * loss and val_loss per epoch as printed, its accuracy about 0.10) and b13 (a 3-class model whose
 * optimiser held another model's parameters: training loss 1.0984 at every epoch, ln 3 = 1.0986).
 * Both labellers expected underfitting on each; the tool said plateau and lr-too-low.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { kinds, run, withAccuracy } from './diagnose-fixtures.js';

const FASHION_LOSS = [2.3027, 2.3028, 2.3027, 2.3028, 2.3028, 2.3029, 2.3029, 2.303, 2.303];
const FASHION_VAL_LOSS = [2.3027, 2.3027, 2.3027, 2.3027, 2.3026, 2.3027, 2.3026, 2.3029, 2.3028];

describe('a cross-entropy at chance from its first point to its last is underfitting (rules-46)', () => {
  it('ln 10 on a 10-class model with accuracy at 0.10: underfitting, K and ln K in the evidence', () => {
    const findings = diagnose(withAccuracy(run(FASHION_LOSS, FASHION_VAL_LOSS), 0.1018));
    expect(kinds(findings)).toContain('underfitting');
    const underfit = findings.find((finding) => finding.kind === 'underfitting');
    expect(underfit?.series).toBe('loss');
    expect(underfit?.evidence['classes']).toBe(10);
    expect(underfit?.evidence['chanceLoss']).toBeCloseTo(Math.log(10), 12);
    expect(underfit?.evidence['maxDistance']).toBeLessThan(0.001);
    expect(underfit?.message).toMatch(/ln 10 = 2\.3/);
  });

  it('ln 3 on a training loss with no accuracy logged, beside a test loss 0.3 % above it', () => {
    const train = Array.from({ length: 20 }, () => 1.0984);
    const test = Array.from({ length: 20 }, (_, i) => [1.1017, 1.1016, 1.1014, 1.1016][i % 4]);
    const underfit = diagnose(run(train, test)).find((finding) => finding.kind === 'underfitting');
    expect(underfit?.evidence['classes']).toBe(3);
  });

  it('is not read on a flat loss away from every ln K, on a loss that left ln K, or beside a training accuracy that fits the data', () => {
    expect(kinds(diagnose(run(FASHION_LOSS.map((value) => value - 0.05))))).not.toContain('underfitting');
    const fell = [2.3027, 2.3026, 2.2, 1.9, 1.6, 1.4, 1.3, 1.25, 1.22];
    expect(kinds(diagnose(run(fell)))).not.toContain('underfitting');
    expect(kinds(diagnose(withAccuracy(run(FASHION_LOSS), 0.95)))).not.toContain('underfitting');
  });
});
