/**
 * The streaming CSV tokenizer against papaparse (the parser losskit used before, kept as a
 * test reference): same fields for any table, however the text is cut into chunks.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvScanner, CsvSyntaxError, guessSeparator, MAX_RECORD_CHARS } from '../../src/core/csv-scanner.js';

/** Records (as field lists, with their start lines) from text cut at `cuts`. */
function scan(text: string, cuts: readonly number[] = [], separator?: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  const scanner = new CsvScanner((record) => {
    if (!record.isBlank()) records.push({ fields: record.fields(), line: record.line });
  }, separator);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(text.slice(at, cut));
    at = cut;
  }
  scanner.push(text.slice(at));
  scanner.finish();
  return records;
}

const papa = (text: string, delimiter?: string) =>
  Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', ...(delimiter && { delimiter }) }).data;

/** A field as a CSV writer writes it: quoted when it holds a separator, quote or line break. */
const written = (field: string, separator: string) => (/[",\n\r]/.test(field) || field.includes(separator) ? `"${field.replaceAll('"', '""')}"` : field);

const fieldText = fc.string({ unit: fc.constantFrom('a', 'b', '1', '.', ' ', '"', ',', ';', '\t', '\n', '\r\n', 'é', '-'), maxLength: 6 });

describe('CsvScanner', () => {
  it('gives papaparse\'s fields for any quoted table, cut anywhere, with \\n or \\r\\n', () => {
    fc.assert(fc.property(
      fc.array(fc.array(fieldText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
      fc.constantFrom('\n', '\r\n'),
      fc.constantFrom(',', ';', '\t'),
      fc.array(fc.nat(), { maxLength: 4 }),
      (rows, newline, separator, cutSeeds) => {
        const table = [['alpha', 'beta', 'gamma'], ...rows];
        const text = table.map((row) => row.map((field) => written(field, separator)).join(separator)).join(newline) + newline;
        const cuts = cutSeeds.map((seed) => seed % (text.length + 1));
        const ours = scan(text, cuts, separator).map((record) => record.fields);
        expect(ours).toEqual(papa(text, separator));
      },
    ), { numRuns: 300 });
  });

  it('counts lines through quoted line breaks and blank lines', () => {
    const records = scan('a,b\n\n"x\ny",2\n3,4\n');
    expect(records.map((record) => record.line)).toEqual([1, 3, 5]);
    expect(records[1].fields).toEqual(['x\ny', '2']);
  });

  it('reads old Mac line endings (a lone \\r) and a last line without a break', () => {
    expect(scan('epoch,loss\r0,1\r1,0.5').map((record) => record.fields)).toEqual([['epoch', 'loss'], ['0', '1'], ['1', '0.5']]);
  });

  it('guesses the separator as papaparse does', () => {
    for (const separator of [',', ';', '\t', '|']) {
      const text = `epoch${separator}loss${separator}val_loss\n0${separator}1.5${separator}2\n1${separator}1${separator}1.5\n`;
      expect(String.fromCharCode(guessSeparator(text))).toBe(separator);
      expect(scan(text)[1].fields).toEqual(['0', '1.5', '2']);
    }
    expect(String.fromCharCode(guessSeparator('loss\n1\n2\n'))).toBe(',');
  });

  it('an unclosed quote and a malformed quoted field are errors with the line', () => {
    expect(() => scan('a,b\n1,"2\n3,4\n')).toThrow(new CsvSyntaxError('Quoted field unterminated', 2));
    const error = (() => {
      try {
        scan('a,b\n"1"x,2\n');
      } catch (caught) {
        return caught as CsvSyntaxError;
      }
      return undefined;
    })();
    expect(error?.line).toBe(2);
    expect(error?.message).toMatch(/malformed/);
  });

  it('a record longer than the bound is an error, not unbounded growth', () => {
    const scanner = new CsvScanner(() => undefined, ',');
    const chunk = `"${'x'.repeat(1 << 20)}`;
    expect(() => {
      for (let pushed = 0; pushed <= MAX_RECORD_CHARS; pushed += chunk.length) scanner.push(pushed === 0 ? chunk : chunk.slice(1));
    }).toThrow(/longer than/);
  });
});
