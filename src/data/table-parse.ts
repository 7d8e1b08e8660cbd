/**
 * Parsing user tables — CSV (header row), JSON (an array of objects) and JSONL (one object per
 * line) — straight into typed columns (`ParsedTable`), from text pushed in chunks: memory is
 * the columns, not the file. Every later error can still say where a row is (`data.csv:17`).
 * Browser-safe: takes text, not a path.
 */
import { CsvScanner, CsvSyntaxError, MAX_RECORD_CHARS, type CsvRecord } from '../core/csv-scanner.js';
import { decimalAt } from '../core/decimal.js';
import { DataFileError } from '../core/errors.js';
import { JsonArraySplitter } from './json-array.js';
import { TableBuilder, type ColumnBuilder, type ParsedTable } from './table-columns.js';

export type TableFormat = 'csv' | 'json' | 'jsonl';

/** Reads a table pushed in chunks of text. */
export interface TableParser {
  push(text: string): void;
  finish(): ParsedTable;
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The error of the table readers: a `DataFileError` (the CLI exits 2 on it). `message` reads
 * `file:line: what is wrong` or `file: ...`; the file and line become the error's fields.
 */
export function tableError(message: string, file: string): DataFileError {
  const place = file === '' ? undefined : /^:(\d+): |^: /.exec(message.startsWith(file) ? message.slice(file.length) : '');
  if (place === undefined || place === null) return new DataFileError(message);
  const text = message.slice(file.length + place[0].length);
  return new DataFileError(text, place[1] === undefined ? { file } : { file, line: Number(place[1]) });
}

class CsvTableParser implements TableParser {
  private readonly scanner = new CsvScanner((record) => this.record(record));
  private readonly builder: TableBuilder;
  private header: ColumnBuilder[] | undefined;

  constructor(private readonly file: string, expectedChars: number) {
    this.builder = new TableBuilder(expectedChars);
  }

  push(text: string): void {
    this.scan(() => this.scanner.push(text));
  }

  finish(): ParsedTable {
    this.scan(() => this.scanner.finish());
    if (this.header === undefined) throw tableError(`${this.file}: the file is empty; expected a header row of column names`, this.file);
    return this.builder.finish(this.file, 'line');
  }

  private scan(work: () => void): void {
    try {
      work();
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw tableError(`${this.file}:${error.line}: ${error.message}`, this.file);
      throw error;
    }
  }

  private record(record: CsvRecord): void {
    if (record.isBlank()) return;
    const { file, builder } = this;
    if (this.header === undefined) {
      const names = record.fields().map((name) => name.trim());
      const duplicate = names.find((name, i) => names.indexOf(name) !== i);
      if (duplicate !== undefined) throw tableError(`${file}:${record.line}: column '${duplicate}' appears twice in the header`, file);
      this.header = names.map((name) => builder.addColumn(name));
      return;
    }
    const columns = this.header;
    if (record.size !== columns.length) {
      throw tableError(`${file}:${record.line}: ${record.size} fields, expected ${columns.length} (the header's columns)`, file);
    }
    const row = builder.startRow(record.line, record.end(record.size - 1) - record.start(0) + 2);
    for (let i = 0; i < columns.length; i++) {
      const start = record.start(i);
      const end = record.end(i);
      // Hint: most cells are plain decimals, read in place without a substring.
      const number = start === end ? undefined : decimalAt(record.text, start, end);
      if (number !== undefined && Number.isFinite(number)) columns[i].setNumber(row, number);
      else if (start === end) columns[i].setMissing(row);
      else columns[i].setText(row, record.field(i));
    }
  }
}

/** Adds one JSON record (an object of column values) as a row; `where` names it in errors. */
function addRecord(builder: TableBuilder, value: unknown, where: string, line: number, chars: number, file: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw tableError(`${where}: expected an object of column values, found ${Array.isArray(value) ? 'an array' : String(value)}`, file);
  }
  const row = builder.startRow(line, chars);
  for (const [key, cell] of Object.entries(value)) {
    if (cell !== null && typeof cell === 'object') throw tableError(`${where}: column '${key}' holds a nested value; expected a number, string, boolean or null`, file);
    const column = builder.column(key) ?? builder.addColumn(key);
    if (typeof cell === 'number') {
      if (Number.isFinite(cell)) column.setNumber(row, cell);
      else column.setMissing(row);
    } else if (typeof cell === 'string') column.setText(row, cell);
    else if (typeof cell === 'boolean') column.setBoolean(row, cell);
    else column.setMissing(row);
  }
  // A key absent from a record is a missing value.
  for (const column of builder.columns) if (!Object.hasOwn(value, column.name)) column.setMissing(row);
}

class JsonLinesTableParser implements TableParser {
  private readonly builder: TableBuilder;
  private rest = '';
  private line = 0;

  constructor(private readonly file: string, expectedChars: number) {
    this.builder = new TableBuilder(expectedChars);
  }

  push(text: string): void {
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      const piece = text.slice(start, end);
      this.record(this.rest.length > 0 ? this.rest + piece : piece);
      this.rest = '';
      start = end + 1;
    }
    this.rest += text.slice(start);
    if (this.rest.length > MAX_RECORD_CHARS) {
      throw tableError(`${this.file}:${this.line + 1}: a line longer than ${MAX_RECORD_CHARS} characters; not a JSON lines table`, this.file);
    }
  }

  finish(): ParsedTable {
    if (this.rest.length > 0) this.record(this.rest);
    this.rest = '';
    return this.builder.finish(this.file, 'line');
  }

  private record(text: string): void {
    const line = ++this.line;
    if (text.trim() === '') return;
    const where = `${this.file}:${line}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw tableError(`${where}: ${error instanceof Error ? error.message : String(error)}`, this.file);
    }
    addRecord(this.builder, value, where, line, text.length + 1, this.file);
  }
}

class JsonArrayTableParser implements TableParser {
  private readonly builder: TableBuilder;
  private readonly splitter: JsonArraySplitter;
  private items = 0;

  constructor(private readonly file: string, expectedChars: number) {
    this.builder = new TableBuilder(expectedChars);
    this.splitter = new JsonArraySplitter((text, line) => this.item(text, line), (message, line) => {
      throw tableError(`${file}${line === undefined ? '' : `:${line}`}: ${message}`, file);
    });
  }

  push(text: string): void {
    this.splitter.push(text);
  }

  finish(): ParsedTable {
    this.splitter.finish();
    return this.builder.finish(this.file, 'item');
  }

  private item(text: string, line: number): void {
    const where = `${this.file} item ${++this.items}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /position (\d+)/.exec(message);
      const offset = position ? Number(position[1]) : 0;
      let errorLine = line;
      for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) errorLine++;
      throw tableError(`${this.file}:${errorLine}: ${message}`, this.file);
    }
    addRecord(this.builder, value, where, line, text.length + 1, this.file);
  }
}

/**
 * A parser for `format`; `file` names the table in errors. `expectedChars`, the length of the
 * whole text when known (a file's size), lets the columns be sized once rather than doubled.
 */
export function tableParser(format: TableFormat, file: string, expectedChars = 0): TableParser {
  const parser = format === 'csv' ? new CsvTableParser(file, expectedChars) : format === 'json' ? new JsonArrayTableParser(file, expectedChars) : new JsonLinesTableParser(file, expectedChars);
  let first = true;
  // The byte order mark is dropped here for text handed over whole (the file reader's decoder drops its own).
  return {
    push(text) {
      parser.push(first && text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
      if (text.length > 0) first = false;
    },
    finish() {
      const table = parser.finish();
      if (table.rowCount === 0) throw tableError(`${file}: no data rows`, file);
      return table;
    },
  };
}

/** Parses `text` (the contents of `file`, which names it in errors) as `format`. */
export function parseTableText(text: string, format: TableFormat, file: string): ParsedTable {
  const parser = tableParser(format, file, text.length);
  parser.push(text);
  return parser.finish();
}
