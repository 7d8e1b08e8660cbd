/**
 * What a user table's columns become: identifiers and free text excluded, categories one-hot
 * encoded with a '(missing)' category, numeric gaps marked for the training-median imputer,
 * and the features / ignore overrides.
 */
import { describe, expect, it } from 'vitest';
import { parseTable, prepareSplit } from '../../src/data/index.js';

/** A CSV from a header and rows of cells. */
function csv(header: string, rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows.map((row) => row.join(','))].join('\n');
}

const PEOPLE = csv('PassengerId,ticket,age,port,fare,survived', Array.from({ length: 40 }, (_, i) => [
  i + 1, `T-${1000 + i}`, i % 5 === 0 ? '' : 20 + (i % 17), i % 8 === 0 ? '' : ['S', 'C', 'Q'][i % 3], (7.25 + i).toFixed(2), i % 3 === 0 ? 1 : 0,
]));

describe('column plans', () => {
  const table = parseTable(PEOPLE, 'csv', 'people.csv', { target: 'survived' });

  it('excludes an identifier and free text, with the reason', () => {
    expect(table.excluded).toEqual([
      { column: 'PassengerId', why: 'an identifier: one distinct value per row and an id-like name' },
      { column: 'ticket', why: 'free text: 40 distinct values in 40 filled rows' },
    ]);
    expect(table.notes).toContain("excluded column 'PassengerId' (an identifier: one distinct value per row and an id-like name; list it in --features to use it)");
  });

  it('keeps every row: numeric gaps become NaN plus an indicator, categorical gaps a (missing) category', () => {
    expect(table.rows).toBe(40);
    expect(table.droppedRows).toBe(0);
    expect(table.featureNames).toEqual(['age', 'age (missing)', 'port=C', 'port=Q', 'port=S', 'port=(missing)', 'fare']);
    const row = (r: number) => Array.from(table.features.subarray(r * 7, r * 7 + 7));
    expect(row(0)).toEqual([Number.NaN, 1, 0, 0, 0, 1, 7.25]);
    expect(row(1)).toEqual([21, 0, 1, 0, 0, 0, 8.25]);
    expect(table.notes).toContain("one-hot encoded column 'port' (3 values; 5 of 40 missing, 12.5 %, given the category '(missing)')");
  });

  it('takes a numeric column of one distinct integer per row for an identifier, whatever its name', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [1000 + ((i * 7) % 30), i % 4, i % 2]);
    const numbered = parseTable(csv('number,x,y', rows), 'csv', 'n.csv', { target: 'y' });
    expect(numbered.excluded).toEqual([{ column: 'number', why: 'an identifier: one distinct integer per row' }]);
    // Too short a table to tell an identifier from a measurement: kept.
    expect(parseTable(csv('number,x,y', rows.slice(0, 10)), 'csv', 'n.csv', { target: 'y' }).featureNames).toEqual(['number', 'x']);
    // Fractional values are measurements, not identifiers.
    const fractions = rows.map(([n, x, y]) => [n + 0.5, x, y]);
    expect(parseTable(csv('number,x,y', fractions), 'csv', 'n.csv', { target: 'y' }).featureNames).toEqual(['number', 'x']);
  });

  it("does not read 'paid' or 'valid' as id-like names", () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`p${i}`, `v${i}`, i % 3, i % 2]);
    const table = parseTable(csv('paid,valid,x,y', rows), 'csv', 'p.csv', { target: 'y' });
    // Both are free text (12 distinct values in 12 rows), never identifiers.
    expect(table.excluded.map((e) => e.why)).toEqual(['free text: 12 distinct values in 12 filled rows', 'free text: 12 distinct values in 12 filled rows']);
  });

  it('features lists the columns to use, even an identifier or free text; ignore leaves columns out', () => {
    const chosen = parseTable(PEOPLE, 'csv', 'people.csv', { target: 'survived', features: ['fare', 'PassengerId'] });
    expect(chosen.featureNames).toEqual(['fare', 'PassengerId']);
    const ignored = parseTable(PEOPLE, 'csv', 'people.csv', { target: 'survived', ignore: ['fare', 'port'] });
    expect(ignored.featureNames).toEqual(['age', 'age (missing)']);
    expect(ignored.excluded.slice(0, 2)).toEqual([{ column: 'fare', why: 'ignored as asked' }, { column: 'port', why: 'ignored as asked' }]);
  });

  it('rejects unknown names, the target among the features, and both options at once', () => {
    expect(() => parseTable(PEOPLE, 'csv', 'people.csv', { target: 'survived', features: ['fair'] }))
      .toThrow(/people\.csv: features names 'fair', which is not a column; columns are 'PassengerId', /);
    expect(() => parseTable(PEOPLE, 'csv', 'people.csv', { target: 'survived', ignore: ['survived'] })).toThrow(/'survived' is the target; it cannot be in ignore/);
    expect(() => parseTable(PEOPLE, 'csv', 'people.csv', { target: 'survived', features: ['age'], ignore: ['fare'] })).toThrow(/features or ignore, not both/);
  });
});

describe('imputation in prepareSplit', () => {
  it('fills a missing value with the median of the TRAINING rows, before standardising', () => {
    const table = parseTable(PEOPLE, 'csv', 'people.csv', { target: 'survived', features: ['age'] });
    const split = prepareSplit(table, { seed: 3 });
    const trainAges = split.rowIndices!.train.map((row) => table.features[row * 2]).filter((age) => !Number.isNaN(age)).sort((a, b) => a - b);
    const middle = trainAges.length >> 1;
    const median = trainAges.length % 2 ? trainAges[middle] : (trainAges[middle - 1] + trainAges[middle]) / 2;
    expect(split.standardisation.fill?.[0]).toBe(median);
    for (const part of ['train', 'validation', 'test'] as const) {
      split.rowIndices![part].forEach((row, r) => {
        const raw = table.features[row * 2];
        const expected = ((Number.isNaN(raw) ? median : raw) - split.standardisation.mean[0]) / split.standardisation.std[0];
        expect(split[part].features[r * 2]).toBeCloseTo(expected, 12);
      });
    }
    expect(Array.from(split.train.features).every(Number.isFinite)).toBe(true);
  });
});
