/**
 * `loadTable`: a user's CSV, JSON or JSONL file as a dataset (the CLI's `--data file --target
 * column`). Node only: reads the file, then hands the text to the browser-safe parser.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { tableToDataset } from './table-dataset.js';
import type { LoadedTable, TableOptions } from './table-dataset.js';
import { parseTableText, tableError } from './table-parse.js';
import type { TableFormat } from './table-parse.js';

/** File extensions and the format each is read as. */
const FORMATS: Readonly<Record<string, TableFormat>> = { '.csv': 'csv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** Parses `text` as the table `file` (named in errors) of `format`, predicting `options.target`. */
export function parseTable(text: string, format: TableFormat, file: string, options: TableOptions): LoadedTable {
  return tableToDataset(parseTableText(text, format, file), file, options);
}

/**
 * Reads `path` (.csv with a header row, .json array of objects, or .jsonl / .ndjson, one object
 * per line) and returns it as a dataset predicting `options.target`. See `LoadedTable.notes`
 * for the task inferred, rows dropped and columns encoded.
 */
export function loadTable(path: string, options: TableOptions): LoadedTable {
  const format = FORMATS[extname(path).toLowerCase()];
  if (!format) throw tableError(`${path}: unknown file type; expected one of ${Object.keys(FORMATS).join(', ')}`, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw tableError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, path);
  }
  return parseTable(text, format, path, options);
}
