/**
 * Still improving by the trend at the end (rules-25, endTrendStillImprovingRule): a significant
 * fall over the trailing window with its lowest level in the window's last third, where every
 * other end rule stayed silent. The first and the real-run tests failed before the rule (the runs
 * got "no clear answer").
 */
import { describe, expect, it } from 'vitest';
import { diagnose, noClearAnswer } from '../../src/monitor/index.js';
import { endTrendStillImprovingRule } from '../../src/monitor/diagnose-end-trend.js';
import { progressOf } from '../../src/monitor/diagnose-trends.js';
import { DEFAULT_THRESHOLDS } from '../../src/monitor/thresholds.js';
import { FOURTEENTH_A_CORPUS_DIR, FOURTEENTH_C_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { jitter, kinds, run } from './diagnose-fixtures.js';

const curve = (y: readonly number[]) => ({ name: 'loss', x: y.map((_, i) => i + 1), y: [...y], unit: 'epoch' as const });
const byTrend = (y: readonly number[]) => {
  const progress = progressOf(curve(y), DEFAULT_THRESHOLDS);
  if (progress === undefined) throw new Error('too short to read');
  return endTrendStillImprovingRule(progress, DEFAULT_THRESHOLDS);
};

describe('still improving by the trend at the end (rules-25)', () => {
  it('a loss creeping down 0.15 % of its start per epoch under 2 % noise, lowest near the end: still improving at info, the weakness said', () => {
    // The noise bar (twice σ) is as wide as the fall over the whole window, so no end rule reading
    // levels passes; the trend test finds the fall (-4.6 % over 12 points, p = 0.006).
    const y = Array.from({ length: 48 }, (_, i) => (0.6 + Math.exp(-(i + 1) / 4) - 0.0015 * i) * jitter(i + 4, 0.02));
    const findings = diagnose(run(y));
    expect(kinds(findings)).toEqual(['still-improving']);
    const [end] = findings;
    expect(end.severity).toBe('info');
    expect(end.evidence['pValue']).toBeLessThan(DEFAULT_THRESHOLDS.trendSignificance);
    expect(end.evidence['lowestPoints']).toBeLessThan(Math.ceil((end.evidence['window'] as number) / 3));
    for (const key of ['windowChange', 'lateChange', 'endMargin', 'noiseLevel', 'testStatistic', 'stalledPoints', 'patience']) {
      expect(Number.isFinite(end.evidence[key]), key).toBe(true);
    }
    expect(end.message).toMatch(/still falls at the end by its trend, though no single level proves a gain beyond the noise/);
    expect(end.suggestion).toMatch(/EarlyStopping\(patience=\d+, restore_best_weights=True\)/);
    expect(noClearAnswer(run(y), findings)).toBeUndefined();
  });

  it('a significant fall whose lowest level came before the window\'s last third is not read as still improving', () => {
    // A loss falling 1 % of its start per epoch under ±10 % noise, in a draw whose window falls at
    // p = 0.04 but whose lowest level is 4 or more evaluations before the end (diagnose-notes.test.ts).
    const y = Array.from({ length: 30 }, (_, i) => (1 - 0.01 * i) * jitter(i + 57, 0.1));
    const progress = progressOf(curve(y), DEFAULT_THRESHOLDS)!;
    expect(progress.recent.test.pDecreasing).toBeLessThan(DEFAULT_THRESHOLDS.trendSignificance);
    expect(byTrend(y)).toBeUndefined();
    expect(diagnose(run(y))).toEqual([]);
  });

  it('no significant fall over the window: nothing (the plateau half of "every end stated" is not read here)', () => {
    const y = Array.from({ length: 40 }, (_, i) => (1 + Math.exp(-(i + 1) / 3)) * jitter(i + 3, 0.05));
    y[39] = Math.min(...y) * 0.99;
    const progress = progressOf(curve(y), DEFAULT_THRESHOLDS)!;
    expect(progress.recent.test.pDecreasing).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.trendSignificance);
    expect(byTrend(y)).toBeUndefined();
  });

  it('the real runs the labellers read as still improving and the tool left unanswered: yolov5-pallet-exp13, hf-watson', async () => {
    for (const [dir, id, out] of [[FOURTEENTH_A_CORPUS_DIR, 'yolov5-pallet-exp13', false], [FOURTEENTH_C_CORPUS_DIR, 'hf-watson', true]] as const) {
      const { findings } = await diagnoseCorpusRun(dir, id);
      expect(kinds(findings), id).toContain('still-improving');
      const end = findings.find((finding) => finding.kind === 'still-improving')!;
      expect(end.evidence['pValue'], id).toBeLessThan(0.05);
      // hf-watson is out of EarlyStopping's patience at min_delta = 2σ, and the message says so.
      expect(end.message.includes('EarlyStopping with that min_delta would stop'), id).toBe(out);
    }
  });
});
