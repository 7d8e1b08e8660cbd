/**
 * The end of a readable run that no other rule states (rules-17, endVerdictRule): Keras'
 * EarlyStopping's own decision on the observed monitored loss, with patience = the window and
 * min_delta = the noise bar, the principle the synthetic labels apply to the noise-free curve.
 * Each first test failed before the rule (the run got no end at all).
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { endVerdictRule } from '../../src/monitor/diagnose-end.js';
import { progressOf } from '../../src/monitor/diagnose-trends.js';
import { DEFAULT_THRESHOLDS } from '../../src/monitor/thresholds.js';
import { epochs, jitter, kinds, run } from './diagnose-fixtures.js';

const curve = (y: readonly number[]) => ({ name: 'loss', x: y.map((_, i) => i + 1), y: [...y], unit: 'epoch' as const });
const verdict = (y: readonly number[]) => {
  const progress = progressOf(curve(y), DEFAULT_THRESHOLDS);
  if (progress === undefined) throw new Error('too short to read');
  return endVerdictRule(progress, DEFAULT_THRESHOLDS);
};

describe('the end no other rule states: EarlyStopping decides', () => {
  it('a loss falling 16 % over its window and 8 % over its second half, under 6 % noise, is still improving at info (EarlyStopping would train on)', () => {
    const loss = Array.from({ length: 40 }, (_, i) => (0.3 + 1.5 * Math.exp(-(i + 1) / 12)) * jitter(i * 7, 0.06));
    const findings = diagnose(run(loss));
    expect(kinds(findings)).toEqual(['still-improving']);
    const [end] = findings;
    expect(end.severity).toBe('info');
    expect(end.evidence['stalledPoints']).toBeLessThan(end.evidence['patience']);
    expect(-end.evidence['windowChange']).toBeGreaterThanOrEqual(end.evidence['improvementThreshold']);
    expect(-end.evidence['lateChange'] * 2).toBeGreaterThanOrEqual(end.evidence['improvementThreshold']);
    for (const key of ['pValue', 'endMargin', 'endMarginInNoise', 'patience']) expect(Number.isFinite(end.evidence[key]), key).toBe(true);
    expect(end.message).toMatch(/leans to a fall.*EarlyStopping would train on/);
  });

  it('a loss with no new best beyond the bar for a window and no significant fall is a plateau at info (EarlyStopping would stop)', () => {
    const wanders = epochs(40, (t) => (0.5 + 2 * Math.exp(-t / 3)) * jitter(t * 7, t > 12 ? 0.06 : 0));
    const end = verdict(wanders);
    expect(end?.kind).toBe('plateau');
    expect(end?.severity).toBe('info');
    expect(end?.evidence['stalledPoints']).toBeGreaterThanOrEqual(end?.evidence['patience'] as number);
    expect(end?.evidence['pValue']).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.trendSignificance);
    expect(end?.message).toMatch(/out of patience.*EarlyStopping would stop/);
  });

  it('out of patience yet falling significantly over the window states nothing: the two readings disagree', () => {
    // Three low evaluations (0.85) set a best that the steady later fall (0.97 to 0.90) never reaches.
    const dipThenFall = Array.from({ length: 40 }, (_, i) => {
      const t = i + 1;
      return (t <= 20 ? (t >= 17 && t <= 19 ? 0.85 : 1) : 0.97 - 0.0035 * (t - 21)) * jitter(i, 0.005);
    });
    expect(verdict(dipThenFall)).toBeUndefined();
  });

  it('a new best within the patience that the trend does not carry is no lean to a fall: one lucky level of a bouncing loss', () => {
    // Bounces ±15 % about a curve that falls 4.5 % over the window; its levels set a new best beyond
    // the bar (33 %, twice the bounce) 5 evaluations before the end, by the bounce's phase.
    const bouncing = epochs(20, (t) => (0.5 + Math.exp(-t / 3)) * (t % 2 ? 1.15 : 0.85));
    expect(verdict(bouncing)).toBeUndefined();
    // EarlyStopping's reading states nothing; the trend's does (rules-25: a significant fall, the
    // lowest level at the end), and says that no single level proves the gain.
    const findings = diagnose(run(bouncing));
    expect(kinds(findings)).toEqual(['lr-too-high', 'still-improving']);
    expect(findings[1].message).toMatch(/still falls at the end by its trend, though no single level proves a gain beyond the noise/);
  });
});
