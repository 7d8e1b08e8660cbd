/**
 * The labellers' agreement (docs/diagnose.md, "Do two labellers agree?"): the scoring of one label
 * set against another, the consensus labels, and the figures the docs quote for the parts with
 * second labels, which are data and must not drift unnoticed.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusLabel } from './evaluation-corpus.js';
import { consensusLabels, labelPair, scoreLabelsAgainst } from './label-agreement.js';
import {
  EIGHTH_A_CORPUS_DIR, EIGHTH_B_CORPUS_DIR, ELEVENTH_A_CORPUS_DIR, ELEVENTH_B_CORPUS_DIR, SEVENTH_A_CORPUS_DIR, SEVENTH_B_CORPUS_DIR,
  THIRTEENTH_A_CORPUS_DIR, THIRTEENTH_B_CORPUS_DIR, TWELFTH_A_CORPUS_DIR, TWELFTH_B_CORPUS_DIR,
} from './evaluation-corpus.js';

const label = (id: string, expected: string[], allowed: CorpusLabel['allowed'] = []): CorpusLabel =>
  ({ id, expected, allowed, reason: 'a test label' });

describe('scoring one labeller against another', () => {
  const first = [label('a', ['plateau|widening-gap']), label('b', ['overfitting'], ['noisy-validation']), label('c', [])];
  const second = [label('a', ['widening-gap']), label('b', ['still-improving']), label('c', ['noisy-validation'])];

  it('credits an a|b by either option and counts what the judge neither expects nor allows as a false alarm', () => {
    const score = scoreLabelsAgainst(first, second);
    expect([score.found, score.expected]).toEqual([1, 2]);
    expect(score.misses).toEqual([{ id: 'b', kind: 'overfitting' }]);
    expect(score.falseAlarms.map((alarm) => `${alarm.id}:${alarm.kind}`)).toEqual(['b:still-improving', 'c:noisy-validation']);
  });

  it("reports only an a|b's first option when asked to commit to one reading", () => {
    // first's 'plateau|widening-gap' against second's 'widening-gap': a hit with both options, a miss with the first alone.
    expect(scoreLabelsAgainst(second, first, 'every').found).toBe(1);
    expect(scoreLabelsAgainst(second, first, 'first').found).toBe(0);
    expect(scoreLabelsAgainst(second, first, 'first').falseAlarms.map((alarm) => alarm.kind)).toEqual(['plateau', 'overfitting']);
  });

  it('keeps as expected only what both expect, with either option, and allows the rest', () => {
    const consensus = consensusLabels(first, second);
    expect(consensus.map((run) => run.expected)).toEqual([['plateau|widening-gap'], [], []]);
    expect(consensus[1]!.allowed).toEqual(expect.arrayContaining(['overfitting', 'still-improving', 'noisy-validation']));
    expect(consensus[2]!.allowed).toEqual(['noisy-validation']);
  });

  it('refuses label sets that do not cover the same runs', () => {
    expect(() => scoreLabelsAgainst(first, second.slice(0, 2))).toThrow(/'c' has no second label/);
  });
});

type Pair = NonNullable<ReturnType<typeof labelPair>>;
const pooledOver = (parts: readonly Pair[]) => (score: (pair: Pair) => ReturnType<typeof scoreLabelsAgainst>) =>
  parts.map(score).reduce((sum, s) => ({ found: sum.found + s.found, expected: sum.expected + s.expected, falseAlarms: sum.falseAlarms + s.falseAlarms.length }),
    { found: 0, expected: 0, falseAlarms: 0 });

describe('the second labels of the seventh and eighth corpora', () => {
  const parts = [SEVENTH_A_CORPUS_DIR, SEVENTH_B_CORPUS_DIR, EIGHTH_A_CORPUS_DIR, EIGHTH_B_CORPUS_DIR].map((dir) => labelPair(dir)!);
  const pooled = pooledOver(parts);

  it('agree as the docs say: labeller 2 finds 63 of 66 of labeller 1, labeller 1 64 of 87 of labeller 2', () => {
    expect(pooled(({ first, second }) => scoreLabelsAgainst(first, second))).toEqual({ found: 63, expected: 66, falseAlarms: 1 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(second, first))).toEqual({ found: 64, expected: 87, falseAlarms: 2 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(first, second, 'first'))).toEqual({ found: 61, expected: 66, falseAlarms: 1 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(second, first, 'first'))).toEqual({ found: 61, expected: 87, falseAlarms: 1 });
  });

  it('hold 63 findings both labellers expect', () => {
    const consensus = parts.flatMap(({ first, second }) => consensusLabels(first, second));
    expect(consensus.reduce((sum, run) => sum + run.expected.length, 0)).toBe(63);
  });
});

describe('the second labels of the eleventh corpus, written with the same guide as the first', () => {
  const parts = [ELEVENTH_A_CORPUS_DIR, ELEVENTH_B_CORPUS_DIR].map((dir) => labelPair(dir)!);
  const pooled = pooledOver(parts);

  it('agree as the docs say: labeller 2 finds 42 of 43 of labeller 1, labeller 1 43 of 47 of labeller 2; 42 both expect', () => {
    expect(pooled(({ first, second }) => scoreLabelsAgainst(first, second))).toEqual({ found: 42, expected: 43, falseAlarms: 1 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(second, first))).toEqual({ found: 43, expected: 47, falseAlarms: 0 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(first, second, 'first'))).toEqual({ found: 41, expected: 43, falseAlarms: 0 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(second, first, 'first'))).toEqual({ found: 40, expected: 47, falseAlarms: 0 });
    expect(parts.flatMap(({ first, second }) => consensusLabels(first, second)).reduce((sum, run) => sum + run.expected.length, 0)).toBe(42);
  });
});

describe('the second labels of the twelfth corpus', () => {
  const parts = [TWELFTH_A_CORPUS_DIR, TWELFTH_B_CORPUS_DIR].map((dir) => labelPair(dir)!);
  const pooled = pooledOver(parts);

  it('agree as the docs say: labeller 2 finds 30 of 31 of labeller 1, labeller 1 29 of 36 of labeller 2; 30 both expect', () => {
    expect(pooled(({ first, second }) => scoreLabelsAgainst(first, second))).toEqual({ found: 30, expected: 31, falseAlarms: 4 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(second, first))).toEqual({ found: 29, expected: 36, falseAlarms: 2 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(first, second, 'first'))).toEqual({ found: 29, expected: 31, falseAlarms: 1 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(second, first, 'first'))).toEqual({ found: 27, expected: 36, falseAlarms: 1 });
    expect(parts.flatMap(({ first, second }) => consensusLabels(first, second)).reduce((sum, run) => sum + run.expected.length, 0)).toBe(30);
  });
});

describe('the second labels of the thirteenth corpus', () => {
  const parts = [THIRTEENTH_A_CORPUS_DIR, THIRTEENTH_B_CORPUS_DIR].map((dir) => labelPair(dir)!);
  const pooled = pooledOver(parts);

  it('agree as the docs say: each labeller finds all 31 of the other; 31 both expect', () => {
    expect(pooled(({ first, second }) => scoreLabelsAgainst(first, second))).toEqual({ found: 31, expected: 31, falseAlarms: 0 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(second, first))).toEqual({ found: 31, expected: 31, falseAlarms: 1 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(first, second, 'first'))).toEqual({ found: 30, expected: 31, falseAlarms: 0 });
    expect(pooled(({ first, second }) => scoreLabelsAgainst(second, first, 'first'))).toEqual({ found: 30, expected: 31, falseAlarms: 0 });
    expect(parts.flatMap(({ first, second }) => consensusLabels(first, second)).reduce((sum, run) => sum + run.expected.length, 0)).toBe(31);
  });
});
