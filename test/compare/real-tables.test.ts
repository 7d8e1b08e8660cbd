/**
 * `compare` with default settings on real public tables (test/tables, see SOURCE.md) against
 * independent baselines computed in numpy by bench/referee-baselines.py (5-fold CV × 3):
 *   California housing, least squares:   R² 0.6436 (sd 0.015), RMSE 68,870
 *   Titanic, logistic regression:        accuracy 0.7946, ROC-AUC 0.854, PR-AUC 0.827
 * "Within a few points": the means must agree within 0.03. A winner may only be named with
 * confidence; on these tables and losses the folds do not tell the losses apart.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareLosses } from '../../src/compare/index.js';
import { loadTable } from '../../src/data/index.js';

const table = (name: string) => fileURLToPath(new URL(`../tables/${name}`, import.meta.url));
/** Agreement asked of compare's means with the numpy baselines' means (the folds differ). */
const POINTS = 0.03;

describe('compare on real tables, default settings', () => {
  it('California housing: keeps every row, learns what least squares learns, in dollars', () => {
    const housing = loadTable(table('california-housing.csv'), { target: 'median_house_value' });
    expect(housing.rows).toBe(20640);
    expect(housing.droppedRows).toBe(0);
    expect(housing.imputedColumns).toEqual(['total_bedrooms']);
    expect(housing.oneHotColumns).toEqual(['ocean_proximity']);
    const result = compareLosses({ dataset: housing, losses: ['mse', 'mae'] });
    const mse = result.runs[0];
    expect(Math.abs(mse.summary['r2']!.mean - 0.6436)).toBeLessThan(POINTS);
    expect(Math.abs(mse.summary['rmse']!.mean - 68_870) / 68_870).toBeLessThan(POINTS);
    for (const run of result.runs) expect(run.failure).toBeUndefined();
    expect(result.baseline.summary['r2']!.mean).toBeLessThan(0.01);
    // A winner, if any, beat the other run beyond the noise of the folds.
    if (result.winner) expect(result.verdict.comparisons.every((c) => c.significant)).toBe(true);
    else expect(result.verdict.text).toMatch(/^No clear winner: (mse|mae) and (mse|mae) are within noise/);
  }, 60_000);

  it('Titanic: drops no row, leaves out the id and free text, learns what logistic regression learns', () => {
    const titanic = loadTable(table('titanic.csv'), { target: 'Survived' });
    expect(titanic.rows).toBe(891);
    expect(titanic.droppedRows).toBe(0);
    expect(titanic.excluded.map((e) => e.column)).toEqual(['PassengerId', 'Name', 'Ticket', 'Cabin']);
    expect(titanic.imputedColumns).toEqual(['Age']);
    const result = compareLosses({ dataset: titanic, losses: ['bce', 'sigmoid-focal', { loss: 'bce-with-logits', options: { posWeight: 'balanced' } }] });
    const bce = result.runs[0].summary;
    expect(Math.abs(bce['accuracy']!.mean - 0.7946)).toBeLessThan(POINTS);
    expect(Math.abs(bce['rocAuc']!.mean - 0.854)).toBeLessThan(POINTS);
    expect(Math.abs(bce['prAuc']!.mean - 0.827)).toBeLessThan(POINTS);
    expect(result.evaluation).toMatchObject({ folds: 5, stratified: true, testRows: 178 });
    // Three ways to fit a logistic model: the 178-row folds cannot tell them apart.
    expect(result.winner).toBe('');
    expect(result.verdict.kind).toBe('no-clear-winner');
  }, 60_000);
});
