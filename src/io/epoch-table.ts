/**
 * fastai's training table printed as text: a header naming the epoch first, then one row of
 * numbers per epoch, as each fastai generation prints it outside a notebook's HTML display:
 *
 *   fastai 0.7 (`learner.fit`):      epoch      trn_loss   val_loss   <lambda>
 *                                        0      0.124078   0.133566   0.945951
 *   fastai v1 before 1.0 (text bar): epoch  train loss  valid loss  accuracy
 *                                    0      1.337065    1.082762    0.609500  (00:31)
 *   fastai v1 / v2 in a console:     epoch     train_loss  valid_loss  accuracy  time
 *                                    0         0.248807    0.121582    0.972800  00:12
 *
 * A header is a line whose first word is `epoch` and whose other columns (at least two) name a
 * loss among them (`namesLoss`); two-word names are joined (`train loss` → `train_loss`), a metric
 * printed as a function's repr (`<lambda>`) keeps its name without the brackets. A column named
 * only by a counter (`batch`, `iter`) makes it another kind of table (column-table-log.ts places
 * such rows by their counters). A row under it is a line of the header's width: a whole number
 * (the epoch), then a number per column, the `time` column's `00:12` (or v1's trailing `(00:31)`)
 * read as no value. The console reader (console-log.ts) reads each row as the line `epoch 0,
 * train_loss: 0.248807, valid_loss: 0.121582, accuracy: 0.9728` would be read; a header written
 * again is another fit (console-launch.ts' table header written again).
 *
 * A loop may print the same table between '|' rules (readers-61: a Packt PyTorch book's
 * `print(f"{epoch:>20} | {train_loss:>20} | {test_loss:>20} | {accuracy:>20.2%} |")` under
 * `Epoch | Training Loss | Test Loss | Accuracy |`, a Markdown table's `| Epoch | ... |`): its
 * cells are then the '|' segments, a name of several words joined (`Training Loss` →
 * `Training_Loss`), and a percentage (`85.10%`) is its number. A history kept as a pandas DataFrame
 * and shown (torchkeras' `dfhistory`, readers-65) prints the same table with each row's label
 * before it (`0    1    1.408187 ...`): a whole number before the epoch is that label, passed by.
 * A line of whole numbers only is no row: it is a wide DataFrame's column labels, printed in a
 * later cell of the notebook (41st corpus d04: `404  405  406  407  408  409` of a frame of 410
 * embedding columns, read as epoch 405 of the fit table above it, a stray last point).
 * Browser-safe.
 */
import { TRAIN_PREFIX, VALIDATION_PREFIX } from './console-patterns.js';
import { namesLoss, parseNumber } from './series.js';
import { yoloComponents } from './yolo-table.js';

/** A fastai table's columns after the epoch, by name. */
export interface EpochTable {
  readonly names: readonly string[];
  /** Its cells are set apart by '|' (see the module comment). */
  readonly piped?: true;
}

/** A row's epoch and its values, each with whether it is a validation split's. */
export interface EpochTableRow {
  readonly epoch: number;
  readonly pairs: readonly { readonly name: string; readonly value: number; readonly validation: boolean }[];
}

/** fastai v1's two-word column names, joined: `train loss`, `valid loss`. */
const TWO_WORDS = /\b(train|training|valid|validation|val|test)\s+(loss|accuracy|acc|error_rate)\b/gi;
const NAME = /^<?([A-Za-z_][\w.%/-]*)>?$/;
const OTHER_COUNTER = /^(?:batch|iter|iteration|step|global_step)$/i;
const CLOCK = /^\(?\d{1,2}(?::\d{2}){1,2}\)?$/;
const WHOLE = /^\d+$/;
/** A piped cell's percentage sign (`85.10%`): the number is the percentage. */
const PERCENT = /(?<=\d)%$/;

/** A piped line's cells: its '|' segments, trimmed, the empty ones before the first '|' and after the last left out. */
function pipedCells(text: string): string[] {
  const cells = text.split('|').map((cell) => cell.trim());
  if (cells[0] === '') cells.shift();
  if (cells.at(-1) === '') cells.pop();
  return cells;
}

/** The table `text` heads (see the module comment), or undefined. */
export function readEpochTableHeader(text: string): EpochTable | undefined {
  const piped = text.includes('|');
  const tokens = piped ? pipedCells(text).map((cell) => cell.replace(/\s+/g, '_')) : text.replace(TWO_WORDS, '$1_$2').trim().split(/\s+/);
  if (tokens.length < 3 || tokens[0].toLowerCase() !== 'epoch') return undefined;
  const names: string[] = [];
  for (const token of tokens.slice(1)) {
    const name = NAME.exec(token)?.[1];
    if (name === undefined || OTHER_COUNTER.test(name)) return undefined;
    names.push(name);
  }
  if (!names.some((name) => namesLoss(name))) return undefined;
  // YOLO's table (`Epoch GPU_mem box_loss ...`) counts epochs `k/N` and is column-table-log.ts'; its per-class
  // evaluation rows (`40  30  10  0.967 ...`, class 40) would read as epochs.
  if (yoloComponents(tokens) !== undefined) return undefined;
  return piped ? { names, piped } : { names };
}

/** The row of `table` that `text` is, or undefined: the epoch, then a number per column (a clock for `time`), v1's `(00:31)` after them. */
export function readEpochTableRow(text: string, table: EpochTable): EpochTableRow | undefined {
  const written = table.piped === true ? pipedCells(text).map((cell) => cell.replace(PERCENT, '')) : text.trim().split(/\s+/);
  const width = table.names.length + 1;
  // A pandas DataFrame of the history printed (torchkeras' `dfhistory`, readers-65) writes its row label first: `0  1  1.408  ...` under `epoch  train_loss ...`.
  const tokens = table.piped !== true && written.length === width + 1 && WHOLE.test(written[0]) && WHOLE.test(written[1]) ? written.slice(1) : written;
  const cells = tokens.length === width + 1 && CLOCK.test(tokens[width]) ? tokens.slice(0, width) : tokens;
  if (cells.length !== width || !WHOLE.test(cells[0]) || cells.every((cell) => WHOLE.test(cell))) return undefined;
  const pairs: { name: string; value: number; validation: boolean }[] = [];
  for (const [index, name] of table.names.entries()) {
    const cell = cells[index + 1];
    if (name.toLowerCase() === 'time' && CLOCK.test(cell)) continue;
    const value = parseNumber(cell);
    if (typeof value !== 'number') return undefined;
    pairs.push({ name, value, validation: VALIDATION_PREFIX.test(name) && !TRAIN_PREFIX.test(name) });
  }
  return { epoch: Number(cells[0]), pairs };
}
