/**
 * Parsing user tables — CSV (header row), JSON (an array of objects) and JSONL (one object per
 * line) — into rows of cells that remember where they came from, so every later error can say
 * `data.csv:17: ...`. Browser-safe: takes the text, not a path.
 */
import Papa from 'papaparse';
import { LossError } from '../core/errors.js';
import type { Cell } from './dataset.js';
import { lineFinder } from '../core/line-numbers.js';

export type TableFormat = 'csv' | 'json' | 'jsonl';

/** One data row and where it is in the file (`data.csv:17`, `data.json item 3`). */
export interface SourceRow {
  readonly cells: readonly Cell[];
  readonly where: string;
}

export interface ParsedTable {
  readonly columns: readonly string[];
  readonly rows: readonly SourceRow[];
}

const BYTE_ORDER_MARK = '\uFEFF';

export function tableError(message: string, file: string): LossError {
  return new LossError('domain', message, 'loadTable', file);
}


function parseCsv(text: string, file: string): ParsedTable {
  const lineOf = lineFinder(text);
  const lines: { fields: string[]; line: number }[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step(result) {
      // The row starts after the previous row's end and any blank lines skipped since.
      let start = cursor;
      while (start < text.length && /\s/.test(text[start])) start++;
      cursor = result.meta.cursor;
      // A one-column file has no delimiter to detect; that is not an error in the data.
      const error = result.errors.find((e) => e.type !== 'Delimiter');
      if (error) throw tableError(`${file}:${lineOf(error.index ?? start)}: ${error.message}`, file);
      lines.push({ fields: result.data, line: lineOf(start) });
    },
  });
  const header = lines.shift();
  if (!header) throw tableError(`${file}: the file is empty; expected a header row of column names`, file);
  const columns = header.fields.map((name) => name.trim());
  const duplicate = columns.find((name, i) => columns.indexOf(name) !== i);
  if (duplicate !== undefined) throw tableError(`${file}:${header.line}: column '${duplicate}' appears twice in the header`, file);
  const rows = lines.map(({ fields, line }) => {
    if (fields.length !== columns.length) {
      throw tableError(`${file}:${line}: ${fields.length} fields, expected ${columns.length} (the header's columns)`, file);
    }
    return { cells: fields, where: `${file}:${line}` };
  });
  return { columns, rows };
}

/** Checks one JSON record and adds its keys to `columns` in the order first seen. */
function recordCells(value: unknown, where: string, file: string, columns: string[]): Record<string, Cell> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw tableError(`${where}: expected an object of column values, found ${Array.isArray(value) ? 'an array' : String(value)}`, file);
  }
  for (const [key, cell] of Object.entries(value)) {
    if (cell !== null && typeof cell === 'object') throw tableError(`${where}: column '${key}' holds a nested value; expected a number, string, boolean or null`, file);
    if (!columns.includes(key)) columns.push(key);
  }
  return value as Record<string, Cell>;
}

function toRows(records: readonly { record: Record<string, Cell>; where: string }[], columns: readonly string[]): ParsedTable {
  // A key absent from a record is a missing value.
  return { columns, rows: records.map(({ record, where }) => ({ cells: columns.map((c) => record[c] ?? null), where })) };
}

/** `Unexpected token ... at position 17` → line and column, when the engine reports a position. */
function jsonErrorPlace(error: unknown, text: string, lineOf: (offset: number) => number): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  return position ? `${lineOf(Number(position[1]))}: ${message}` : ` ${message}`;
}

function parseJson(text: string, file: string): ParsedTable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw tableError(`${file}:${jsonErrorPlace(error, text, lineFinder(text))}`, file);
  }
  if (!Array.isArray(parsed)) throw tableError(`${file}: expected an array of objects (one per row)`, file);
  const columns: string[] = [];
  const records = parsed.map((value, i) => {
    const where = `${file} item ${i + 1}`;
    return { record: recordCells(value, where, file, columns), where };
  });
  return toRows(records, columns);
}

function parseJsonLines(text: string, file: string): ParsedTable {
  const columns: string[] = [];
  const records: { record: Record<string, Cell>; where: string }[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw tableError(`${where}: ${error instanceof Error ? error.message : String(error)}`, file);
    }
    records.push({ record: recordCells(value, where, file, columns), where });
  });
  return toRows(records, columns);
}

/** Parses `text` (the contents of `file`, which names it in errors) as `format`. */
export function parseTableText(text: string, format: TableFormat, file: string): ParsedTable {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const table = format === 'csv' ? parseCsv(body, file) : format === 'json' ? parseJson(body, file) : parseJsonLines(body, file);
  if (table.rows.length === 0) throw tableError(`${file}: no data rows`, file);
  return table;
}
