/**
 * Losses that are not positive (a Gaussian negative log-likelihood crossing zero, json-tox-gnn):
 * read shifted onto their own range (src/monitor/diagnose-scale.ts), each shape still found, the
 * findings in the logged values, and a positive loss untouched. Curves are built from the shapes.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { History, diagnose, noClearAnswerNote, type Finding } from '../../src/monitor/index.js';
import { readRun } from '../../src/io/index.js';
import { jitter, readings, run } from './diagnose-fixtures.js';

/** n epochs of f(t), t = 1..n, with additive noise of `size` (the ±1 % jitter's shape, in loss units). */
const additive = (n: number, f: (t: number) => number, size: number, seed = 0) =>
  Array.from({ length: n }, (_, i) => f(i + 1) + (jitter(i + seed, size) - 1));

const problems = (findings: readonly Finding[]) => readings(findings).filter((kind) => kind !== 'noisy-validation');

describe('a loss that crosses zero is read on its own range', () => {
  it('a plateau below zero (json-tox-gnn: a Gaussian NLL, 0.19 to about -0.6, then flat)', () => {
    const train = additive(60, (t) => -0.62 + 0.8 * Math.exp(-t / 6), 0.004);
    const validation = additive(60, (t) => -0.58 + 0.75 * Math.exp(-t / 6), 0.004, 7);
    const findings = diagnose(run(train, validation));
    expect(problems(findings)).toEqual(['plateau']);
    const plateau = findings.find((finding) => finding.kind === 'plateau') as Finding;
    // Levels in the logged units, the constant said.
    expect(plateau.evidence['level']).toBeLessThan(-0.5);
    expect(plateau.evidence['readOffset']).toBeGreaterThan(0);
    expect(plateau.message).toMatch(/-0\.5\d/);
    expect(plateau.message).toMatch(/not all positive/);
  });

  it('still improving after the crossing: a decelerating fall that is still falling at the end', () => {
    const train = additive(60, (t) => 0.3 - 0.3 * Math.log(t), 0.002);
    expect(readings(diagnose(run(train)))).toEqual(['still-improving']);
  });

  it('overfitting after the crossing: the validation loss turns up from -0.38 while the training loss falls', () => {
    const train = additive(60, (t) => -0.8 + Math.exp(-t / 8), 0.002);
    const validation = additive(60, (t) => -0.4 + 0.6 * Math.exp(-t / 6) + 0.004 * Math.max(0, t - 20), 0.002, 3);
    const findings = diagnose(run(train, validation));
    expect(readings(findings)).toContain('overfitting');
    const overfit = findings.find((finding) => finding.kind === 'overfitting') as Finding;
    expect(overfit.evidence['bestValidationLoss']).toBeCloseTo(-0.38, 1);
  });

  it('divergence: falls below zero, then climbs back above where it started', () => {
    const train = additive(40, (t) => (t <= 20 ? 0.2 - 0.035 * t : -0.5 + 0.1 * (t - 20)), 0.002);
    const findings = diagnose(run(train));
    expect(readings(findings)).toEqual(['divergence']);
    expect(findings[0].evidence['bestValue']).toBeLessThan(-0.45);
  });

  it('a slow steady decline is not read as lr-too-low: it is a small fall only against a floor, which such a loss lacks', () => {
    const train = additive(60, (t) => 0.2 - 0.02 * t, 0.002);
    expect(readings(diagnose(run(train)))).not.toContain('lr-too-low');
  });

  it('the real run: json-tox-gnn is no longer "No problems found"', async () => {
    const logged = await readRun(join(import.meta.dirname, 'corpus-fourteenth-b', 'runs', 'json-tox-gnn'));
    const findings = diagnose(History.fromSeries(logged.series, logged.roles === undefined ? {} : { roles: logged.roles }));
    expect(readings(findings).some((kind) => kind === 'plateau' || kind === 'widening-gap')).toBe(true);
  });
});

describe('what stays as it was', () => {
  it('a positive loss is read as logged: no offset, no note', () => {
    const findings = diagnose(run(additive(40, (t) => 0.3 + Math.exp(-t / 5), 0.002)));
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.evidence['readOffset']).toBeUndefined();
      expect(finding.message).not.toMatch(/not all positive/);
    }
  });

  it('a loss without findings that is not positive is no clear answer, not "No problems found"', () => {
    expect(noClearAnswerNote(run(additive(40, (t) => -0.5 + 0.001 * Math.sin(t), 0.01)), [])).toMatch(/^No clear answer: 'loss' is never above zero/);
    expect(noClearAnswerNote(run(additive(40, (t) => 0.2 - 0.02 * t, 0.001)), [])).toMatch(/^No clear answer: 'loss' crosses zero/);
    expect(noClearAnswerNote(run(additive(40, (t) => 1 + Math.exp(-t), 0.001)))).toBeUndefined();
  });
});

describe('the reading does not depend on where zero is', () => {
  /** Multiples of 2^-10: sums and differences of them and of integers are exact, so shifted copies are bit for bit. */
  const dyadic = (value: number) => Math.round(value * 1024) / 1024;
  const shapes: Record<string, (t: number) => number> = {
    plateau: (t) => 0.2 + 0.8 * Math.exp(-t / 6),
    improving: (t) => 1.2 - 0.3 * Math.log(t),
    divergence: (t) => (t <= 20 ? 1 - 0.035 * t : 0.3 + 0.1 * (t - 20)),
    flat: () => 0.5,
  };

  it('shifting a loss by any constant that makes it cross zero gives the same findings as its copy whose minimum is half its range', () => {
    fc.assert(fc.property(
      fc.constantFrom(...Object.keys(shapes)), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 30, max: 80 }),
      (shape, shift, seed, n) => {
        const base = additive(n, shapes[shape], 0.004, seed).map(dyadic);
        const lowest = Math.min(...base);
        const range = Math.max(...base) - lowest;
        // The copy the rules read: lowest point at half the range (at 1/2 for a constant); positive, read as logged.
        const canonical = base.map((value) => value - lowest + (range > 0 ? range / 2 : 0.5));
        const shifted = base.map((value) => value - lowest - shift / 1024 - (shift % 7));
        expect(shifted.some((value) => value <= 0)).toBe(true);
        const read = diagnose(run(shifted));
        const reference = diagnose(run(canonical));
        expect(readings(read)).toEqual(readings(reference));
        expect(read.map((finding) => finding.evidence['effectSize'])).toEqual(reference.map((finding) => finding.evidence['effectSize']));
      },
    ), { numRuns: 60 });
  });
});
