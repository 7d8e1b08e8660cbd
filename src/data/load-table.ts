/**
 * `loadTable`: a user's CSV, JSON or JSONL file as a dataset (the CLI's `--data file --target
 * column`). Node only: reads the file in chunks straight into the browser-safe parser's typed
 * columns, so a table of any size takes memory for its numbers, not for its text. A table
 * already in memory (a browser's fetch or file input) goes to `parseTable` (table-dataset.ts).
 */
import { extname } from 'node:path';
import { readTextFileSync } from '../io/index.js';
import { tableToDataset } from './table-dataset.js';
import type { LoadedTable, TableOptions } from './table-dataset.js';
import { tableError, tableParser } from './table-parse.js';
import type { TableFormat, TableParser } from './table-parse.js';

/** File extensions and the format each is read as. */
const FORMATS: Readonly<Record<string, TableFormat>> = { '.csv': 'csv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/**
 * Reads `path` (.csv with a header row, .json array of objects, or .jsonl / .ndjson, one object
 * per line) and returns it as a dataset predicting `options.target`. See `LoadedTable.notes`
 * for the task inferred, rows dropped and columns encoded.
 */
export function loadTable(path: string, options: TableOptions): LoadedTable {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw tableError(`${path}: unknown file type; expected one of ${Object.keys(FORMATS).join(', ')}`, path);
  let parser: TableParser | undefined;
  readTextFileSync(path, (file, message) => tableError(`${file}: ${message}`, file), (text, size) => {
    parser ??= tableParser(format, path, size);
    parser.push(text);
  });
  parser ??= tableParser(format, path);
  return tableToDataset(parser.finish(), path, options);
}
