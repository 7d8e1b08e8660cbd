/**
 * CSV training logs, as written by
 *
 *   - Keras `CSVLogger` (keras/src/callbacks/csv_logger.py): header `epoch` + the sorted metric
 *     names, one row per epoch, epoch 0-based, 'NA' for a missing value, any separator;
 *   - PyTorch Lightning `CSVLogger` (`version_N/metrics.csv`): one row per `log_metrics` call with a
 *     `step` column (and usually `epoch`), header = the union of all keys, so metrics logged at
 *     different times land on different, sparse rows with empty cells.
 *
 * A `step` column makes it Lightning's format, otherwise an `epoch` column makes it Keras's
 * (step = epoch). Empty cells and 'NA' are missing (not 0); 'nan', 'inf', '-inf' are kept as
 * NaN / ±Infinity. Every other column becomes a series under its own name. Parsed with
 * papaparse (the separator is detected). A damaged file (a row with the wrong number of fields,
 * an unclosed quote) keeps every row before the damage, with a warning naming the line; an
 * unfinished last line (a run still writing) is dropped with a warning. Browser-safe: takes the
 * text, not a path.
 */
import Papa from 'papaparse';
import { damageNote, logError, parseNumber, SeriesBuilder, type Damage } from './series.js';
import type { ParsedLog, ScalarPoint } from './types.js';
import { lineFinder } from '../core/line-numbers.js';

interface CsvRow {
  readonly fields: string[];
  readonly line: number;
}

/** The rows up to the first one papaparse cannot split (an unclosed quote, ...), and that damage. */
function splitRows(text: string): { rows: CsvRow[]; damage?: Damage } {
  const lineOf = lineFinder(text);
  const rows: CsvRow[] = [];
  let damage: Damage | undefined;
  let cursor = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step(result, parser) {
      let start = cursor;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      cursor = result.meta.cursor;
      // 'Delimiter' errors only say a one-column file has no separator to detect.
      const error = result.errors.find((e) => e.type !== 'Delimiter');
      if (error) {
        damage = { line: lineOf(start), reason: error.message };
        parser.abort();
        return;
      }
      rows.push({ fields: result.data, line: lineOf(start) });
    },
  });
  return damage === undefined ? { rows } : { rows, damage };
}

/** Parses the text of a Keras or Lightning CSV log; `file` names it in warnings and errors. */
export function parseCsvLog(text: string, file: string): ParsedLog {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const split = splitRows(body);
  const { rows } = split;
  let damage = split.damage;
  const header = rows.shift();
  if (header === undefined) {
    if (damage !== undefined) throw logError(`${file}:${damage.line}`, damage.reason);
    throw logError(file, "the file is empty; expected a header row such as 'epoch,loss,val_loss'");
  }
  const columns = header.fields.map((name) => name.trim());
  const duplicate = columns.find((name, i) => columns.indexOf(name) !== i);
  if (duplicate !== undefined) throw logError(`${file}:${header.line}`, `column '${duplicate}' appears twice in the header`);
  const stepColumn = columns.indexOf('step');
  const epochColumn = columns.indexOf('epoch');
  const format = stepColumn >= 0 ? 'csv-lightning' : 'csv-keras';
  const warnings: string[] = [];
  if (stepColumn < 0 && epochColumn < 0) warnings.push(`${file}: no 'epoch' or 'step' column; rows are numbered as epochs from 0`);

  const builder = new SeriesBuilder();
  const nonNumeric = new Map<string, number>();
  const unplaced: number[] = [];
  const endsWithNewline = /\n\s*$/.test(body);
  // A row with the wrong number of fields is damage (two writers interleaved, a truncated
  // copy): the rows before it are kept, as TensorBoard keeps the records before a bad one.
  const broken = rows.findIndex(({ fields }, index) => fields.length !== columns.length &&
    !(index === rows.length - 1 && damage === undefined && !endsWithNewline && fields.length < columns.length));
  if (broken >= 0) {
    const { fields, line } = rows[broken];
    damage = { line, reason: `${fields.length} fields, expected ${columns.length} (the header's columns)` };
    rows.length = broken;
  }
  let kept = 0;
  rows.forEach(({ fields, line }, index) => {
    if (fields.length !== columns.length) {
      warnings.push(`${file}:${line}: incomplete last line (${fields.length} of ${columns.length} fields; the writer may still be running); ignored`);
      return;
    }
    kept++;
    const epoch = epochColumn >= 0 ? parseNumber(fields[epochColumn]) : index;
    const step = stepColumn >= 0 ? parseNumber(fields[stepColumn]) : epoch;
    if (typeof step !== 'number' || !Number.isFinite(step)) {
      unplaced.push(line);
      return;
    }
    fields.forEach((cell, column) => {
      if (column === stepColumn || column === epochColumn) return;
      const value = parseNumber(cell);
      if (value === undefined) return;
      if (value === null) {
        if (!nonNumeric.has(columns[column])) nonNumeric.set(columns[column], line);
        return;
      }
      const point: ScalarPoint = typeof epoch === 'number' && Number.isFinite(epoch) ? { step, epoch, value } : { step, value };
      builder.add(columns[column], point);
    });
  });

  if (damage !== undefined) {
    // Damage before any row: nothing to keep, so the file is an error as a whole.
    if (kept === 0) throw logError(`${file}:${damage.line}`, damage.reason);
    warnings.unshift(damageNote(file, damage, kept, 'row'));
  }
  if (unplaced.length > 0) {
    const which = stepColumn >= 0 ? 'step' : 'epoch';
    warnings.push(`${file}:${unplaced[0]}: no '${which}' number on ${unplaced.length === 1 ? 'this row' : `this row and ${unplaced.length - 1} more`}; skipped`);
  }
  for (const [column, line] of nonNumeric) {
    warnings.push(`${file}:${line}: column '${column}' holds values that are not numbers (e.g. '[a, b]' lists); those cells are skipped`);
  }
  const series = builder.finish(file, warnings);
  return { format, series, warnings };
}
