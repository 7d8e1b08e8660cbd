/** diagnose: each rule on a hand-built curve, short and partial runs, overrides, the finding shape. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, FINDING_KINDS, History, diagnose } from '../../src/monitor/index.js';
import { epochs, jitter, readings, run, withAccuracy } from './diagnose-fixtures.js';
import * as thresholds from '../../src/monitor/thresholds.js';

describe('one finding per rule', () => {
  it('overfitting: the article\'s case — training falls, validation turns up (onset and GL reported)', () => {
    const train = epochs(30, (t) => 0.05 + 2 / t);
    const validation = epochs(30, (t) => 0.4 + 1.5 * Math.exp(-t / 2) + 0.01 * Math.max(0, t - 10));
    const findings = diagnose(run(train, validation));
    expect(readings(findings)).toEqual(['overfitting']);
    const [finding] = findings;
    expect(finding.range.unit).toBe('epoch');
    expect(finding.range.from).toBeGreaterThanOrEqual(9);
    expect(finding.range.from).toBeLessThanOrEqual(13);
    expect(finding.range.to).toBe(30);
    expect(finding.evidence['generalisationLoss']).toBeGreaterThan(thresholds.GENERALISATION_LOSS_ALPHA);
    expect(finding.evidence['gapAtEnd']).toBeGreaterThan(finding.evidence['gapAtOnset']);
    expect(finding.message).toMatch(/bottomed out at 0\.\d+ at epoch \d+ and has risen \d+(\.\d+)?% since/);
  });

  it('underfitting: both stall high and close, a low training accuracy logged; plateau: stalls with a gap, or with no accuracy to say the model does not fit (rules-42)', () => {
    const train = epochs(30, (t) => 0.6 + 0.4 * Math.exp(-t / 2));
    expect(readings(diagnose(withAccuracy(run(train, train.map((v) => v * 1.02)), 0.55)))).toEqual(['underfitting']);
    expect(readings(diagnose(withAccuracy(run(train, train.map((v) => v * 1.02)), 0.95)))).toEqual(['plateau']);
    expect(readings(diagnose(run(train, train.map((v) => v * 1.02))))).toEqual(['plateau']);
    expect(readings(diagnose(withAccuracy(run(train, train.map((v) => v * 1.4)), 0.55)))).toEqual(['plateau']);
    expect(readings(diagnose(run(train)))).toEqual(['plateau']);
  });

  it('lr-too-low: flat from the start, or a slow straight decline', () => {
    // A flat loss has also stalled: its end is stated, a plateau (rules-36).
    expect(readings(diagnose(run(epochs(20, () => 2.3))))).toEqual(['plateau', 'lr-too-low']);
    const slow = Array.from({ length: 20 }, (_, i) => 3.85 - 0.018 * i);
    const findings = diagnose(run(slow, slow.map((v) => v * 0.99)));
    // A straight line down is also still improving at the end: one still-improving finding that says
    // the slow steady decline (rules-41; before, an lr-too-low finding beside it).
    expect(readings(findings)).toEqual(['lr-too-low', 'still-improving']);
    expect(findings.map((finding) => finding.kind)).toEqual(['still-improving']);
    expect(findings[0].evidence['slowDeclineHalvesRatio']).toBeCloseTo(1, 1);
  });

  it('lr-too-high: an oscillating training loss, or spikes', () => {
    const oscillating = epochs(20, (t) => (0.5 + Math.exp(-t / 3)) * (t % 2 ? 1.15 : 0.85));
    // Its end, 4.5 % lower over the window under the ±15 % bounce (Mann-Kendall p < 0.05, the lowest
    // level at the end), is read by the trend beside the advice (rules-25).
    expect(readings(diagnose(run(oscillating)))).toEqual(['lr-too-high', 'still-improving']);
    const spiky = epochs(20, (t) => 0.3 + Math.exp(-t / 3));
    spiky[12] *= 2.5;
    const findings = diagnose(run(spiky));
    expect(readings(findings)).toContain('lr-too-high');
    expect(findings[0].evidence['spikeCount']).toBe(1);
    expect(findings[0].range).toEqual({ from: 13, to: 13, unit: 'epoch' });
  });

  it('divergence: falls, then climbs past 2× its best; nothing else is reported', () => {
    const train = epochs(20, (t) => (t <= 8 ? 1 / t : 0.125 * Math.exp(0.4 * (t - 8))));
    const findings = diagnose(run(train, train.map((v) => v * 1.1)));
    expect(readings(findings)).toEqual(['divergence']);
    expect(findings[0].severity).toBe('critical');
    expect(findings[0].evidence['bestAt']).toBe(8);
    expect(diagnose(run(train), { divergenceFactor: 1e6 }).map((f) => f.kind)).not.toContain('divergence');
  });

  it('non-finite: NaN or Infinity are reported with their first epoch; a run ending in NaN gets no progress findings', () => {
    const train: number[] = epochs(20, (t) => 0.3 + 1 / t);
    for (let i = 12; i < 20; i++) train[i] = Number.NaN;
    const findings = diagnose(run(train));
    expect(readings(findings)).toEqual(['non-finite']);
    expect(findings[0].evidence).toMatchObject({ firstNonFinite: 13, nonFiniteCount: 8, nanCount: 8 });
    const validation = epochs(20, (t) => 0.4 + 1 / t);
    validation[5] = Infinity;
    expect(diagnose(run(epochs(20, (t) => 0.3 + 1 / t), validation)).filter((f) => f.kind === 'non-finite')[0].series).toBe('val_loss');
  });

  it('non-finite: critical when the run ends so; a warning, said as such, when it was finite again at the end', () => {
    const through = epochs(20, (t) => 0.3 + 1 / t);
    for (let i = 12; i < 20; i++) through[i] = Number.NaN;
    const [broken] = diagnose(run(through));
    expect(broken.severity).toBe('critical');
    expect(broken.message).toMatch(/^'loss' is not a number from epoch 13 on \(NaN 8× in 20 points\); the last finite value before it was/);
    // One NaN evaluation (yolo-hat-exp5's epoch 7), finite again after it: not a broken run.
    const validation = epochs(20, (t) => 0.4 + 1 / t);
    validation[6] = Number.NaN;
    const [glitch] = diagnose(run(epochs(20, (t) => 0.3 + 1 / t), validation)).filter((f) => f.kind === 'non-finite');
    expect(glitch.severity).toBe('warning');
    expect(glitch.message).toMatch(/^'val_loss' was not a number at epoch 7 \(NaN 1×\) and is finite again at the end/);
    const twice = epochs(20, (t) => 0.3 + 1 / t);
    twice[5] = Number.NaN;
    twice[19] = Infinity;
    const [ending] = diagnose(run(twice));
    expect(ending.severity).toBe('critical');
    expect(ending.message).toMatch(/^'loss' is not a number at 2 of its 20 points, first at epoch 6, and at the end \(NaN 1× and ±Infinity 1×\)/);
  });

  it('noisy validation: validation jumps, training is smooth', () => {
    const train = epochs(30, (t) => 0.2 + 1 / t);
    const validation = train.map((v, i) => v * 1.1 * (1 + 0.15 * Math.sin(i * 2.1)));
    expect(readings(diagnose(run(train, validation)))).toContain('noisy-validation');
  });

  it('still improving: the validation loss is still making new bests at the end', () => {
    const train = epochs(20, (t) => 0.2 + 2 * Math.exp(-t / 12));
    const findings = diagnose(run(train, train.map((v) => v * 1.1)));
    expect(readings(findings)).toEqual(['still-improving']);
    expect(findings[0].series).toBe('val_loss');
    expect(findings[0].suggestion).toMatch(/Train longer/);
  });

  it('a healthy run whose validation loss kept pace and that stopped early gets no finding', () => {
    const train = epochs(25, (t) => 0.1 + 2 / (1 + t / 2));
    const validation = train.map((v, i) => (i < 21 ? v : train[20]) * 1.3 * (1 + 0.002 * Math.max(0, i - 20)));
    expect(diagnose(run(train, validation))).toEqual([]);
  });

  it('widening gap: training keeps falling, validation flat from early on (info, not overfitting)', () => {
    const train = epochs(25, (t) => 0.1 + 2 / (1 + t / 2));
    const validation = epochs(25, (t) => 0.5 + 1.5 * Math.exp(-t / 3) + 0.002 * Math.max(0, t - 21));
    const findings = diagnose(run(train, validation));
    expect(readings(findings)).toEqual(['widening-gap']);
    expect(findings[0].severity).toBe('info');
    expect(findings[0].evidence['gapGrowth']).toBeGreaterThan(thresholds.GAP_MIN_GROWTH);
    expect(findings[0].evidence['pValue']).toBeLessThan(thresholds.TREND_SIGNIFICANCE);
    expect(findings[0].message).toMatch(/the training loss fell [\d.]+% but 'val_loss' did not keep pace \(it fell [\d.]+%\)/);
    expect(findings[0].suggestion).toMatch(/has not turned up significantly yet/);
  });

  it("a plateau whose last stretch's best is above the earlier best says 'above', not '-64 % below ..., within the bar'", () => {
    // deit-ucasdeepfake's last training (sixteenth corpus): the validation loss's best at the first evaluation, then 23-110 % above it.
    const train = [0.6167, 0.529, 0.4992, 0.4851, 0.475, 0.4633, 0.4538, 0.4469];
    const validation = [0.3933, 0.4828, 0.7189, 0.5553, 0.8227, 0.7794, 0.7425, 0.7459];
    const plateau = diagnose(run(train, validation)).find((finding) => finding.kind === 'plateau');
    expect(plateau?.message).toMatch(/points' best is \d+(\.\d)?% above the best before them\.$/);
    expect(plateau?.message).not.toMatch(/-\d+(\.\d)?% below/);
  });

  it('a validation loss rising 30 % after its best under ~12 % noise beside a falling training loss is an overfit within the noise (rules-48)', () => {
    // keras-madcorn-first's shape: short of overfitting's 3 σ, read as a widening gap before rules-48.
    const train = [0.339, 0.156, 0.105, 0.075, 0.055, 0.043, 0.035, 0.028, 0.024, 0.021];
    const validation = [0.216, 0.237, 0.196, 0.205, 0.231, 0.226, 0.227, 0.277, 0.259, 0.269];
    const findings = diagnose(run(train, validation));
    expect(findings.map((finding) => finding.kind)).toContain('overfitting');
    expect(findings.map((finding) => finding.kind)).not.toContain('widening-gap');
    expect(findings.find((finding) => finding.kind === 'overfitting')?.message).toMatch(/within 3 σ of that noise, but a steady one, beside a widening gap/);
  });

  it('a widening gap whose validation loss already rises says so, not "has not turned up yet"', () => {
    // The same run with the validation loss rising 3.5 % after its best (Mann-Kendall p = 0.008): short of GL_α, 5 %.
    const train = [0.339, 0.156, 0.105, 0.075, 0.055, 0.043, 0.035, 0.028, 0.024, 0.021];
    const validation = [0.216, 0.237, 0.196, 0.199, 0.201, 0.2, 0.203, 0.205, 0.204, 0.206];
    const findings = diagnose(run(train, validation)).filter((finding) => finding.kind === 'widening-gap');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/did not keep pace \(it rose [\d.]+%, Mann-Kendall p = [\d.]+ for a rise\)/);
    expect(findings[0].suggestion).toMatch(/The validation loss is rising already, short of the overfitting test/);
    expect(findings[0].suggestion).not.toMatch(/not turned up/);
  });
});

describe('short, partial and step-level runs', () => {
  it('short runs: no findings rather than nonsense, except NaN, divergence and the exact order tests', () => {
    for (let n = 0; n <= 3; n++) expect(diagnose(run(epochs(n, (t) => 1 / t), epochs(n, (t) => 1 / t + t)))).toEqual([]);
    // 4 evaluations, each higher than the one before while the training loss falls: p = 1/24.
    expect(readings(diagnose(run(epochs(4, (t) => 1 / t), epochs(4, (t) => 1 / t + t))))).toEqual(['overfitting']);
    expect(readings(diagnose(run([1, Number.NaN])))).toEqual(['non-finite']);
    expect(readings(diagnose(run([1, 0.5, 3, 6])))).toEqual(['divergence']);
    expect(diagnose(new History())).toEqual([]);
  });

  it('a run with only a validation loss is read as the primary curve', () => {
    expect(readings(diagnose(run(undefined, epochs(20, () => 2.3))))).toEqual(['plateau', 'lr-too-low']);
  });

  it('long per-step logs are bucketed; ranges stay in steps', () => {
    const history = new History();
    for (let step = 0; step < 2000; step += 1) {
      const value = step < 800 ? 2 * Math.exp(-step / 200) + 0.2 : (2 * Math.exp(-4) + 0.2) * Math.exp((step - 800) / 250);
      history.append('train_loss_step', { step, value: value * jitter(step) });
    }
    const [finding] = diagnose(history);
    expect(finding.kind).toBe('divergence');
    expect(finding.range.unit).toBe('step');
    expect(finding.range.from).toBeGreaterThan(700);
    expect(finding.range.from).toBeLessThan(900);
  });
});

describe('thresholds and the finding shape', () => {
  it('every threshold is an exported constant in DEFAULT_THRESHOLDS and overridable', () => {
    const constants = Object.entries(thresholds).filter(([name]) => /^[A-Z0-9_]+$/.test(name) && name !== 'DEFAULT_THRESHOLDS');
    const values = new Set(Object.values(DEFAULT_THRESHOLDS));
    for (const [name, value] of constants) expect(values.has(value as number), name).toBe(true);
    expect(Object.keys(DEFAULT_THRESHOLDS).length).toBeGreaterThanOrEqual(constants.length - 1);
    const train = epochs(30, (t) => 0.6 + 0.4 * Math.exp(-t / 2));
    expect(diagnose(withAccuracy(run(train, train.map((v) => v * 1.02)), 0.55)).map((f) => f.kind)).toEqual(['underfitting']);
    expect(diagnose(withAccuracy(run(train, train.map((v) => v * 1.02)), 0.55), { underfittingMinRemainingFraction: 0.9 }).map((f) => f.kind)).toEqual(['plateau']);
  });

  it('unknown or non-numeric overrides throw one-line messages', () => {
    expect(() => diagnose(new History(), { nope: 1 } as never)).toThrow(/diagnose: unknown threshold 'nope'/);
    expect(() => diagnose(new History(), { plateauWindow: 'x' } as never)).toThrow(/'plateauWindow' must be a number/);
  });

  it('findings carry a known kind, a range, finite evidence, a message with numbers and a suggestion', () => {
    const train = epochs(30, (t) => 0.05 + 2 / t);
    const validation = epochs(30, (t) => 0.4 + 1.5 * Math.exp(-t / 2) + 0.01 * Math.max(0, t - 10));
    for (const finding of diagnose(run(train, validation))) {
      expect(FINDING_KINDS).toContain(finding.kind);
      expect(finding.range.from).toBeLessThanOrEqual(finding.range.to);
      for (const value of Object.values(finding.evidence)) expect(Number.isFinite(value)).toBe(true);
      expect(finding.message).toMatch(/\d/);
      expect(finding.suggestion.length).toBeGreaterThan(20);
    }
  });
});

describe("issue 10's false alarms and misses, each as a repro", () => {
  it('a flat but noisy validation loss with one low point early is not overfitting (was: critical, +40 % by EMA)', () => {
    const train = epochs(40, (t) => 0.2 + 1 / t);
    const validation = Array.from({ length: 40 }, (_, i) => 0.6 * (1 + 0.05 * Math.sin(i * 2.3) + 0.03 * Math.cos(i * 5.1)));
    validation[5] = 0.2;
    const findings = diagnose(run(train, validation));
    expect(readings(findings)).not.toContain('overfitting');
    // Training keeps falling while this flat validation loss does not: that is the widening gap, at 'info'.
    expect(findings.find((f) => f.kind === 'widening-gap')?.severity).toBe('info');
  });

  it('a fast exponential decline is not a learning rate too high, and it is still improving', () => {
    const train = epochs(25, (t) => 0.02 + 2 * 0.6 ** t);
    const findings = readings(diagnose(run(train, train.map((v) => v * 1.1))));
    expect(findings).not.toContain('lr-too-high');
    expect(findings).toContain('still-improving');
  });

  it('an early validation spike does not hide a real overfit of a short run (was: no finding)', () => {
    const train = epochs(12, (t) => 0.05 + 2 / t);
    const validation = epochs(12, (t) => 0.4 + 1.5 * Math.exp(-t / 1.5) + 0.02 * Math.max(0, t - 5));
    validation[2] *= 3;
    validation[3] *= 2.5;
    expect(readings(diagnose(run(train, validation)))).toContain('overfitting');
  });

  it('still improving without a 5 % fall: a new best at every epoch, 1 % over the last ten', () => {
    const validation = Array.from({ length: 30 }, (_, i) => 1 + 2 * Math.exp(-i / 4) - 0.001 * i);
    const findings = diagnose(run(validation.map((v) => v * 0.9), validation));
    expect(readings(findings)).toEqual(['still-improving']);
    expect(-findings[0].evidence['effectSize']).toBeLessThan(0.05);
    expect(findings[0].evidence['pValue']).toBeLessThan(0.05);
  });
});
