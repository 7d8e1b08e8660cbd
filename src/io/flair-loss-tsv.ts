/**
 * Flair's `loss.tsv` (flair/trainers/trainer.py `ModelTrainer.train`; since Flair 0.13 its loss-file
 * plugin): one tab-separated row per epoch under a header of upper-case names,
 *
 *   EPOCH  TIMESTAMP  BAD_EPOCHS  LEARNING_RATE  TRAIN_LOSS  [TRAIN_<metric>...]  DEV_LOSS  DEV_<metric>...  [TEST_LOSS  TEST_<metric>...]
 *
 * the names varying by version (`DEV_F1` or `DEV_F-SCORE`, `BAD_EPOCHS` or `MOMENTUM`, no DEV_ columns
 * when training on train+dev), `_` for a value not computed. `EPOCH` places the rows (from 0 or 1, as
 * written); `TIMESTAMP` is a time of day without a date and is no wall time; every other column is a
 * series under its header name, which the role table maps (`TRAIN_LOSS` the training loss,
 * `DEV_LOSS` the validation loss: `dev` is NLP's validation split). `TEST_*` are the test split's,
 * not the validation loss Flair's scheduler and model selection watch: with `DEV_*` columns there
 * they are renamed `TESTSET_*` (kept as metrics, as json-ludwig.ts keeps Ludwig's test block), else
 * they are read as written (`TEST_LOSS` then stands in as the validation loss, by the role table).
 *
 * Flair 0.4 (2019) wrote the training loss followed by one tab too many when it did not evaluate
 * on the training set (`f"\t{train_loss}\t"` + `"\t_\t_\t_\t_"`): every data row has one field more
 * than the header, an empty one right after `TRAIN_LOSS`, and read by the header's names
 * `DEV_LOSS` holds the `_` of the training F-score and `DEV_PRECISION` the dev loss (two runs of the
 * twenty-fifth corpus). A row longer than the header by exactly as many
 * fields as it holds empty ones (Flair never writes an empty value) is read with the empty fields
 * left out, and a note says so; any other row of the wrong width is damage: the rows before it are
 * kept and the warning names the line, so a precision is never read under a loss's name.
 * Browser-safe: takes the text, not a path.
 */
import { damageNote, incompleteLastLineNote, logError, parseNumber, SeriesBuilder } from './series.js';
import type { ParsedLog } from './types.js';

const SEPARATOR = '\t';
/** Flair's value for a metric it did not compute. */
const NOT_COMPUTED = '_';

/** The fields of `text`'s first line, split at tabs. */
const headerOf = (text: string) => (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(SEPARATOR).map((field) => field.trim());

/** True for text that opens with Flair's loss.tsv header: `EPOCH`, then `TIMESTAMP`, and a `..._LOSS` column. */
export function isFlairLossTsv(text: string): boolean {
  const fields = headerOf(text);
  return fields[0] === 'EPOCH' && fields[1] === 'TIMESTAMP' && fields.some((field) => /_LOSS$/.test(field));
}

/** The header's names as read: `TEST_*` renamed `TESTSET_*` when `DEV_*` columns are there (see the module comment). */
function seriesNames(header: readonly string[]): { names: string[]; renamed: boolean } {
  const dev = header.includes('DEV_LOSS');
  const names = header.map((field) => (dev && field.startsWith('TEST_') ? `TESTSET_${field.slice('TEST_'.length)}` : field));
  return { names, renamed: dev && header.some((field) => field.startsWith('TEST_')) };
}

/** Parses a Flair `loss.tsv` (see the module comment); `file` names it in warnings and errors. */
export function parseFlairLossTsv(text: string, file: string): ParsedLog {
  if (!isFlairLossTsv(text)) throw logError(file, "not a Flair loss.tsv: expected a tab-separated header opening 'EPOCH\tTIMESTAMP' with a '..._LOSS' column", 1);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = headerOf(text);
  const { names, renamed } = seriesNames(header);
  const epochColumn = 0;
  const timeColumn = 1;
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  const notes: string[] = [];
  let rows = 0;
  const realigned: { line: number; after: string }[] = [];
  let lastLine = lines.length - 1;
  while (lastLine > 0 && lines[lastLine].trim() === '') lastLine--;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const line = i + 1;
    let cells = lines[i].split(SEPARATOR).map((cell) => cell.trim());
    if (cells.length > header.length) {
      const empty = cells.flatMap((cell, at) => (cell === '' ? [at] : []));
      if (empty.length === cells.length - header.length) {
        realigned.push({ line, after: header[empty[0] - 1] ?? 'the start' });
        cells = cells.filter((cell) => cell !== '');
      }
    }
    if (cells.length !== header.length) {
      const cut = i === lastLine && cells.length < header.length && !/\n\s*$/.test(text);
      const damage = { line, reason: `${cells.length} fields, expected ${header.length} (the header's columns)` };
      if (rows === 0 && !cut) throw logError(file, damage.reason, line);
      warnings.push(cut ? incompleteLastLineNote(file, line, `${cells.length} of ${header.length} fields`) : damageNote(file, damage, rows, 'row'));
      break;
    }
    const epoch = parseNumber(cells[epochColumn]);
    if (typeof epoch !== 'number' || !Number.isFinite(epoch)) {
      warnings.push(`${file}:${line}: no EPOCH number ('${cells[epochColumn]}'); row skipped`);
      continue;
    }
    rows++;
    builder.line = line;
    cells.forEach((cell, column) => {
      if (column === epochColumn || column === timeColumn || cell === NOT_COMPUTED) return;
      const value = parseNumber(cell);
      if (typeof value === 'number') builder.add(names[column], { step: epoch, epoch, value });
    });
  }
  if (realigned.length > 0) {
    const [first] = realigned;
    notes.push(`${file}:${first.line}: ${realigned.length === rows ? 'every data row has' : `${realigned.length} of ${rows} data rows have`} more fields than the header's ${header.length}, ` +
      `empty ones (the first after ${first.after}; Flair 0.4 wrote a tab too many after the training loss): read with the empty fields left out, ` +
      "so each value is under its own column's name (read as the rows stand, DEV_LOSS would hold another column's value)");
  }
  if (renamed) notes.push("Flair's TEST_* columns are the test split's, not the dev loss it monitors: read as TESTSET_* (metrics)");
  notes.push("Flair's loss.tsv: TRAIN_LOSS the training loss, " + (header.includes('DEV_LOSS') ? 'DEV_LOSS the validation loss' : header.includes('TEST_LOSS') ? 'no DEV_LOSS column: TEST_LOSS is the validation loss' : 'no DEV_LOSS column') + '; TIMESTAMP (a time of day) is not read');
  const series = builder.finish(file, warnings, notes);
  return { format: 'flair', series, warnings, notes };
}
