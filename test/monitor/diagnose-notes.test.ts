/**
 * noClearAnswerNote on a readable run whose end no finding states (issue 10, end-note): the
 * sentence instead of "No problems found", with the monitored loss's numbers; not where a
 * finding states the end; a short run keeps its own sentence.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, noClearAnswerNote } from '../../src/monitor/index.js';
import { epochs, jitter, kinds, run } from './diagnose-fixtures.js';

/** 30 epochs of a loss falling 1 % of its start per epoch under ±10 % noise: neither the fall at the end nor a stall beats the noise. */
const noisyCreep = (offset = 40, slope = 0.01): number[] => Array.from({ length: 30 }, (_, i) => (1 - slope * i) * jitter(i + offset, 0.1));

describe('an end the rules cannot tell is no clear answer, not "no problems found"', () => {
  it('a noisy, barely falling run without findings gets the sentence with its numbers', () => {
    const history = run(noisyCreep());
    expect(diagnose(history)).toEqual([]);
    const note = noClearAnswerNote(history);
    expect(note).toMatch(/^No clear answer about the end: 'loss' changed -?\d+\.\d% over the last \d+ points \(Mann-Kendall p = [\d.e-]+ for a fall over them\)/);
    expect(note).toMatch(/its end level \([\d.]+\) is \d+\.\d% (below|above) its best before the window's last third/);
    expect(note).toMatch(/σ/);
    expect(note).toMatch(/neither a fall beyond its noise nor a stall the rules can confirm/);
    expect(note).toMatch(/EarlyStopping\(patience=\d+, restore_best_weights=True\)/);
  });

  it('findings that say nothing about the end (lr-too-high) keep the note; it is a note, never a finding', () => {
    const history = run(noisyCreep(20, 0.002));
    expect(kinds(diagnose(history))).toEqual(['lr-too-high']);
    expect(noClearAnswerNote(history)).toMatch(/^No clear answer about the end: 'loss'/);
    expect(noClearAnswerNote(history, diagnose(history))).toBe(noClearAnswerNote(history));
  });

  it('not on a run whose end a finding states', () => {
    const improving = run(epochs(30, (t) => 1 / t));
    expect(kinds(diagnose(improving))).toContain('still-improving');
    expect(noClearAnswerNote(improving)).toBeUndefined();
    const plateau = run(epochs(40, (t) => 0.2 + Math.exp(-t / 3)));
    expect(kinds(diagnose(plateau))).toContain('plateau');
    expect(noClearAnswerNote(plateau)).toBeUndefined();
  });

  it('a short run keeps its own sentence', () => {
    expect(noClearAnswerNote(run([1.2, 1.21, 1.19, 1.2]))).toMatch(/^No clear answer: 'loss' has 4 points, too few to tell a trend from noise/);
  });
});
