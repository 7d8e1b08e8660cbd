/**
 * rules-35: a per-epoch training loss that fell, then climbed steadily back up (short of a
 * divergence), is lr-too-high: only the steps raise the loss they minimise. Keras CIFAR-10 CNNs
 * trained with a constant RMSprop step (27th b09, 35th a17 and a18) were read as a plateau alone;
 * both labellers of each allowed lr-too-high. The first block failed before; the second held
 * before and must still hold (a per-step loss, a loss rising from its first point, a small rise).
 */
import { describe, expect, it } from 'vitest';
import { diagnose, History } from '../../src/monitor/index.js';
import { THIRTY_FIFTH_A_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { epochs, kinds, run } from './diagnose-fixtures.js';

/** 60 epochs: falling fast to `floor` by epoch 10, then rising linearly by `rise` (a fraction) to the end. */
const climbing = (floor: number, rise: number) => epochs(60, (t) => (t <= 10 ? floor * (1 + 1.5 * (10 - t) / 9) : floor * (1 + rise * (t - 10) / 50)));

describe('a training loss climbing back up (rules-35)', () => {
  // The twenty-seventh's b09 and the thirty-fifth's a17 climbed the same way, but their validation losses passed twice
  // their best and stayed there: since rules-60 the evaluations' divergence, which their labels allow
  // (overfitting|divergence|lr-too-high), is their reading (test/monitor/diagnose-evaluations-diverged.test.ts).
  it.each([
    ['a18-keras-nb-udacity-cifar10-augment', THIRTY_FIFTH_A_CORPUS_DIR],
  ])('%s: lr-too-high on its training loss', async (id, dir) => {
    const climb = (await diagnoseCorpusRun(dir, id)).findings.find((finding) => finding.kind === 'lr-too-high');
    expect(climb?.series).toBe('loss');
    expect(climb?.evidence['riseSinceBest']).toBeGreaterThan(0.2);
    expect(climb?.evidence['pValue']).toBeLessThan(0.05);
    expect(climb?.message).toMatch(/climbs back up/);
  });

  it('a training loss 60 % above its best at the end, rising steadily, is lr-too-high with its evidence', () => {
    const findings = diagnose(run(climbing(1, 0.6), climbing(1.1, 0.8)));
    const climb = findings.find((finding) => finding.kind === 'lr-too-high');
    expect(climb?.evidence['riseSinceBest']).toBeCloseTo(0.6, 1);
    expect(climb?.evidence['bestAt']).toBeGreaterThanOrEqual(9);
    expect(climb?.evidence['bestAt']).toBeLessThanOrEqual(12);
    // The validation loss rising 80 % beside it is the overfit it goes with (rules-45: the 51st b04, overfitting|lr-too-high
    // to both labellers), its message saying the training loss rose too.
    expect(findings.find((finding) => finding.kind === 'overfitting')?.message).toMatch(/training loss rose too/);
  });
});

describe('what a climb is not', () => {
  it('a rise of 10 % since the best (under the severe-overfit bar of 20 %) is no climb', () => {
    expect(kinds(diagnose(run(climbing(1, 0.1))))).not.toContain('lr-too-high');
  });

  it('a loss rising from its first point (no loss being minimised yet) is no climb', () => {
    expect(kinds(diagnose(run(epochs(60, (t) => 1 + t / 60))))).not.toContain('lr-too-high');
  });

  it('a per-step loss rising since its best is not read by this rule', () => {
    const history = new History();
    climbing(1, 0.6).forEach((value, i) => history.append('loss', { step: 50 * (i + 1), value }));
    const climb = diagnose(history).find((finding) => finding.kind === 'lr-too-high' && finding.evidence['riseSinceBest'] !== undefined);
    expect(climb).toBeUndefined();
  });
});
