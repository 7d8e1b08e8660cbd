/**
 * loadTable: CSV, JSON and JSONL files as datasets — task inference, one-hot encoding, dropped
 * rows, and errors that name the file and line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTable, parseTable } from '../../src/data/index.js';

const folder = mkdtempSync(join(tmpdir(), 'losskit-tables-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const CSV = [
  'size,colour,price,sold',
  '10,red,1.5,yes',
  '12,blue,2.5,no',
  '',
  '9,red,NA,yes',
  '15,green,3.25,no',
  '11,"blue",2,yes',
].join('\n');

describe('CSV', () => {
  it('numeric columns kept, text one-hot encoded, a missing feature marked (NaN + indicator), task inferred', () => {
    const table = loadTable(file('shop.csv', CSV), { target: 'sold' });
    expect(table.name).toBe('shop');
    expect(table.task).toBe('binary');
    expect(table.classNames).toEqual(['no', 'yes']);
    expect(table.featureNames).toEqual(['size', 'colour=blue', 'colour=green', 'colour=red', 'price', 'price (missing)']);
    expect(table.rows).toBe(5);
    expect(table.droppedRows).toBe(0);
    expect(table.imputedColumns).toEqual(['price']);
    expect(table.notes).toContain("column 'price': 1 of 5 missing, 20.0 %; imputed with the training median, plus the indicator 'price (missing)'");
    expect(Array.from(table.features.subarray(0, 6))).toEqual([10, 0, 0, 1, 1.5, 0]);
    expect(Array.from(table.features.subarray(12, 18))).toEqual([9, 0, 0, 1, Number.NaN, 1]);
    expect(Array.from(table.target)).toEqual([1, 0, 1, 0, 1]);
    expect(table.oneHotColumns).toEqual(['colour']);
  });

  it('drops a row only when its target is missing, and says which', () => {
    const table = loadTable(file('shop5.csv', CSV), { target: 'price' });
    expect(table.rows).toBe(4);
    expect(table.droppedRows).toBe(1);
    expect(table.notes.join('\n')).toMatch(/dropped 1 of 5 rows whose target 'price' is missing \(first: .*shop5\.csv:5\)/);
  });

  it('a numeric target with many values is regression; a given task overrides inference', () => {
    expect(loadTable(file('shop2.csv', CSV), { target: 'price' }).task).toBe('regression');
    const counts = 'a,b\n1,0\n2,1\n3,2\n4,1\n';
    expect(parseTable(counts, 'csv', 'c.csv', { target: 'b' }).task).toBe('multiclass');
    expect(parseTable(counts, 'csv', 'c.csv', { target: 'b', task: 'regression' }).task).toBe('regression');
  });

  it('integer class labels sort numerically', () => {
    const table = parseTable('x,y\n1,10\n2,9\n3,10\n', 'csv', 'c.csv', { target: 'y' });
    expect(table.classNames).toEqual(['9', '10']);
    expect(Array.from(table.target)).toEqual([1, 0, 1]);
  });

  it('errors name the file and the line', () => {
    expect(() => loadTable(file('bad.csv', 'a,b\n1,2\n3,4\n5,6,7\n'), { target: 'b' })).toThrow(/bad\.csv:4: 3 fields, expected 2/);
    expect(() => loadTable(file('quote.csv', 'a,b\n1,2\n3,"4\n'), { target: 'b' })).toThrow(/quote\.csv:3: Quoted field unterminated/);
    const typo = ['a,b', ...Array.from({ length: 20 }, (_, i) => `${i},${i * 0.5}`), '7,x7'].join('\n');
    expect(() => loadTable(file('typo.csv', typo), { target: 'b' })).toThrow(/typo\.csv:22: column 'b' holds "x7" among numbers/);
    expect(() => loadTable(file('shop3.csv', CSV), { target: 'cost' })).toThrow(/shop3\.csv: no column 'cost' to predict; columns are 'size', 'colour', 'price', 'sold'/);
    expect(() => loadTable(file('shop4.csv', CSV), { target: 'sold', task: 'regression' })).toThrow(/task 'regression' needs a numeric target/);
  });

  it('free text and an empty column are excluded, with a note', () => {
    const lines = ['name,empty,x,y', ...Array.from({ length: 60 }, (_, i) => `car ${i % 55},,${i % 7},${i % 2}`)];
    const table = parseTable(lines.join('\n'), 'csv', 'cars.csv', { target: 'y' });
    expect(table.featureNames).toEqual(['x']);
    expect(table.ignoredColumns).toEqual(['name', 'empty']);
    expect(table.rows).toBe(60);
    expect(table.notes).toContain("excluded column 'name' (free text: 55 distinct values in 60 filled rows; list it in --features to use it)");
    expect(table.notes).toContain("excluded column 'empty' (no values)");
  });

  it('Windows line endings and a byte-order mark', () => {
    const table = parseTable('\uFEFFx,y\r\n1,2.5\r\n2,3.5\r\n3,1.25\r\n', 'csv', 'w.csv', { target: 'y' });
    expect(table.featureNames).toEqual(['x']);
    expect(Array.from(table.target)).toEqual([2.5, 3.5, 1.25]);
  });
});

describe('JSON and JSONL', () => {
  const records = [
    { x: 1, kind: 'a', y: 0.5 },
    { x: 2, kind: 'b', y: 1.5 },
    { x: 3, kind: 'a', y: null },
    { x: 4, kind: 'b', y: 2.75 },
  ];

  it('a JSON array of objects', () => {
    const table = loadTable(file('t.json', JSON.stringify(records, null, 2)), { target: 'y' });
    expect(table.task).toBe('regression');
    expect(table.featureNames).toEqual(['x', 'kind=a', 'kind=b']);
    expect(table.rows).toBe(3);
    expect(table.droppedRows).toBe(1);
  });

  it('JSONL, one object per line, gives the same dataset', () => {
    const json = loadTable(file('u.json', JSON.stringify(records)), { target: 'y' });
    const jsonl = loadTable(file('u.jsonl', records.map((r) => JSON.stringify(r)).join('\n') + '\n'), { target: 'y' });
    expect(Array.from(jsonl.features)).toEqual(Array.from(json.features));
    expect(Array.from(jsonl.target)).toEqual(Array.from(json.target));
  });

  it('errors: line of a JSON syntax error, line of a bad JSONL record, non-object items', () => {
    expect(() => loadTable(file('bad.json', '[\n{"x": 1, "y": 2},\n{"x": 2 "y": 3}\n]'), { target: 'y' })).toThrow(/bad\.json:3: /);
    expect(() => loadTable(file('bad.jsonl', '{"x": 1, "y": 2}\n{"x": 2, "y": 3}\n{"x": \n'), { target: 'y' })).toThrow(/bad\.jsonl:3: /);
    expect(() => loadTable(file('list.json', '[[1, 2]]'), { target: 'y' })).toThrow(/list\.json item 1: expected an object/);
    expect(() => loadTable(file('object.json', '{"x": [1]}'), { target: 'x' })).toThrow(/object\.json: expected an array of objects/);
  });
});

describe('files', () => {
  it('unknown extensions and missing files', () => {
    expect(() => loadTable(file('t.xlsx', ''), { target: 'y' })).toThrow(/t\.xlsx: unknown file type; expected one of \.csv, \.json, \.jsonl, \.ndjson/);
    expect(() => loadTable(join(folder, 'absent.csv'), { target: 'y' })).toThrow(/absent\.csv: cannot read \(ENOENT: no such file or directory\)/);
  });
});
