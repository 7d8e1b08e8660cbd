/**
 * Item 5 of the referee issue: precision and recall of `diagnose` per finding kind on the
 * labelled synthetic curves (test/monitor/evaluation-curves.ts), kept as a regression test.
 * The floors are what was measured minus a margin (see the table printed by this test); they
 * guard against a rule change that quietly breaks a kind.
 */
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/monitor/index.js';
import { CURVES_PER_KIND, EVALUATION_SEED, HEALTHY_CURVES, labelledCurves } from './evaluation-curves.js';
import { evaluate, scoreTable } from './evaluation-score.js';

/**
 * Measured on the stored set (seed EVALUATION_SEED, 12 runs per kind): precision and recall 1.00
 * for every kind except underfitting (recall 0.92) and plateau (precision 0.92: noisy-validation-10;
 * 1.00 since rules-18's labels allow a plateau whose noise-free fall a trend test cannot detect).
 * The floors allow one more mistake per kind.
 */
const MIN_PRECISION = 0.85;
const MIN_RECALL = 0.83;
/**
 * still-improving since the statistics rework (a significant fall at the end, no 5 % bar): 4 of
 * the 24 healthy runs end 3–6 epochs after their validation minimum on a curve still falling
 * about 1 % per epoch, with the last points at that minimum; the test reads them as still
 * improving, which their numbers allow. Its floor was the measured value (0.75) less one mistake.
 * Since rules-13 a healthy run whose noise-free validation loss set its last new best within the
 * patience allows still-improving (EarlyStopping would train on: see evaluation-curves.ts), and
 * the measured precision is 1.00 (6 healthy runs state it, allowed); the floor is kept.
 */
const PRECISION_FLOOR_EXCEPTIONS: Readonly<Partial<Record<string, number>>> = { 'still-improving': 0.7 };
/**
 * Measured pooled over these seeds (720 runs): recall ≥ 0.95 per kind, precision ≥ 0.97 except
 * still-improving (0.80, the same healthy runs; 0.95 since rules-13's allowance: 3 false alarms,
 * non-finite-1 and -11 of seed 2 and widening-gap-12 of seed 4; 0.98 since rules-17 read the
 * allowance on every family drawn around a noise-free validation curve: widening-gap-12 of seed 4
 * alone, its validation loss out of patience; 0.97 with rules-17's endVerdictRule, which adds
 * noisy-validation-10 of seed 4) and plateau (0.90: noisy-validation
 * runs and 2 healthy runs whose noise-free validation loss still sets a new best beyond twice its
 * noise about every 10 epochs, see `validationOutOfPatience`; 1.00 since rules-18: their noise-free
 * fall over the window is under two standard errors of a trend, `endFallDetectable`). The floors are kept.
 */
const POOLED_SEEDS = [EVALUATION_SEED, 1, 2, 3, 4];
const MIN_POOLED_PRECISION = 0.85;
const MIN_POOLED_RECALL = 0.9;
const POOLED_PRECISION_FLOOR_EXCEPTIONS: Readonly<Partial<Record<string, number>>> = { 'still-improving': 0.75 };
/**
 * Healthy runs flagged with anything not allowed (measured on the stored set: 4 of 24 before
 * rules-13, still-improving on healthy-1, -8, -13 and -20; 0 since its allowance; earlier 5, with
 * a plateau on healthy-21).
 */
const MAX_HEALTHY_FALSE_ALARMS = 6;

describe('labelled synthetic curves', () => {
  const curves = labelledCurves();

  it('the set is deterministic and has every kind', () => {
    expect(curves).toHaveLength(FINDING_KINDS.length * CURVES_PER_KIND + HEALTHY_CURVES);
    for (const kind of FINDING_KINDS) expect(curves.filter((curve) => curve.family === kind)).toHaveLength(CURVES_PER_KIND);
    const again = labelledCurves();
    expect(again.map((curve) => JSON.stringify(curve.history))).toEqual(curves.map((curve) => JSON.stringify(curve.history)));
  });

  it(`precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL} per kind on the stored set`, () => {
    const evaluation = evaluate(curves);
    console.log(`diagnose on ${curves.length} labelled synthetic runs (seed ${EVALUATION_SEED}):\n${scoreTable(evaluation)}\n` +
      `healthy runs with a finding: ${evaluation.falseAlarmsOnHealthy} of ${HEALTHY_CURVES}\n` +
      evaluation.mistakes.map((m) => `  ${m.id}: expected [${m.expected.join(', ')}], found [${m.found.join(', ')}]`).join('\n'));
    for (const score of evaluation.scores) {
      expect(score.precision, `${score.kind} precision`).toBeGreaterThanOrEqual(PRECISION_FLOOR_EXCEPTIONS[score.kind] ?? MIN_PRECISION);
      expect(score.recall, `${score.kind} recall`).toBeGreaterThanOrEqual(MIN_RECALL);
    }
    expect(evaluation.falseAlarmsOnHealthy).toBeLessThanOrEqual(MAX_HEALTHY_FALSE_ALARMS);
  });

  it(`pooled over ${POOLED_SEEDS.length} seeds: precision >= ${MIN_POOLED_PRECISION}, recall >= ${MIN_POOLED_RECALL} per kind`, () => {
    const pooled = POOLED_SEEDS.flatMap((seed) => labelledCurves(seed).map((curve) => ({ ...curve, id: `${seed}/${curve.id}` })));
    const evaluation = evaluate(pooled);
    console.log(`pooled over seeds ${POOLED_SEEDS.join(', ')} (${pooled.length} runs):\n${scoreTable(evaluation)}`);
    for (const score of evaluation.scores) {
      expect(score.precision, `${score.kind} precision`).toBeGreaterThanOrEqual(POOLED_PRECISION_FLOOR_EXCEPTIONS[score.kind] ?? MIN_POOLED_PRECISION);
      expect(score.recall, `${score.kind} recall`).toBeGreaterThanOrEqual(MIN_POOLED_RECALL);
    }
  });
});
