/**
 * What makes a text file a CSV log, judged on its first bytes (parse-log.ts' `detectLogFormat`,
 * walk-detect.ts): a header naming a counter or losses over rows of numbers, a headerless column
 * of numbers in a file named for its loss, a file named as a history, and a table after a few lines
 * of prose (`csvPrefaceLines`). Browser-safe.
 */
import { isPandasIndexName, lossNameOfFile, tensorBoardExportName } from './csv-header.js';
import { namesLoss } from './series.js';

const FIELD_SEPARATORS = /[,;\t|]/;
const TRAINING_LOSS_COLUMN = /^(?:(?:train|training)[ ._/-]?)?loss$/i;
const VALIDATION_LOSS_COLUMN = /^(?:val|valid|validation|eval|test)[ ._/-]?loss$/i;
const fieldsOf = (line: string) => line.split(FIELD_SEPARATORS).map((field) => field.trim().replace(/^"|"$/g, ''));
const isNumberCell = (cell: string) => cell === '' || Number.isFinite(Number(cell)) || /^[+-]?(nan|inf|infinity)$/i.test(cell);

/** The fields of the first non-empty line of `text` (a CSV's header), split at any common separator. */
export function headerFieldsOf(text: string): string[] {
  return fieldsOf(text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '');
}

const INDEX_START = /^[01]$/;
/** A counter column: `_step` is Weights & Biases' history export's (its `run.history()` to CSV). */
const COUNTER_COLUMNS: ReadonlySet<string> = new Set(['epoch', 'step', 'global_step', '_step']);

/**
 * True when the first line is a header with an 'epoch' or 'step' column (Keras's `training.log`),
 * or the header of a loss history without one over a row of numbers: pandas' `to_csv` of a
 * history (an unnamed index column first, then `loss`, `val_loss`, ..., or any columns naming
 * losses when the index starts at 0 or 1, as a DataFrame's default index does), or a hand-written
 * log with both a training and a validation loss column (`training_loss, val_loss`). A data table
 * with one 'loss' column is not taken for a run, nor a table drawn between borders (`| Epoch | Loss |`,
 * empty first and last fields: a printed table, read by the console reader's epoch-table.ts).
 */
export function startsWithLogHeader(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const [header = '', firstRow = ''] = lines.filter((line) => line.trim() !== '');
  const fields = fieldsOf(header);
  if (fields.length > 2 && fields[0] === '' && fields.at(-1) === '') return false;
  if (fields.some((field) => COUNTER_COLUMNS.has(field))) return true;
  // A counter named in another case (`Epoch,loss,feat_num`: a script's own DataFrame, readers-106) beside a loss column.
  if (fields.some((field) => COUNTER_COLUMNS.has(field.toLowerCase())) && fields.some(namesLoss)) return true;
  const training = fields.some((field) => TRAINING_LOSS_COLUMN.test(field));
  const validation = fields.some((field) => VALIDATION_LOSS_COLUMN.test(field));
  const cells = fieldsOf(firstRow);
  const indexed = fields.length > 1 && isPandasIndexName(fields[0]);
  const namedLosses = indexed && INDEX_START.test(cells[0] ?? '') && fields.slice(1).some(namesLoss);
  if (!(indexed && (training || validation || namedLosses)) && !(training && validation)) return false;
  // A wide history's first row may run past the sniffed bytes: its cut-off last cell is not judged.
  const cut = lines.at(-1) === firstRow;
  const judged = cut ? cells.slice(0, -1) : cells;
  return (cut ? cells.length <= fields.length : cells.length === fields.length) && judged.every(isNumberCell);
}

/**
 * True for a headerless file of one column of numbers whose name says it holds a loss (`loss.csv`,
 * `train_loss.txt`, `losses.csv`, `val_loss.log`, as `np.savetxt` writes it): the name is the only
 * place that says what the numbers are, so without it such a file is refused (see `csv-log.ts`).
 * Counters may come with the numbers (readers-142): rows `epoch,batch,loss` (two whole-number columns
 * before the loss), or `epoch N` lines each opening its epoch's numbers, one a line; or `step,loss` rows whose step
 * only grows (readers-144).
 */
export function isHeaderlessLossFile(fileName: string, text: string): boolean {
  if (lossNameOfFile(fileName) === undefined) return false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  // The last sniffed line may be cut off; at least two whole lines are judged.
  const whole = lines.length > 2 ? lines.slice(0, -1) : lines;
  const rows = whole.filter((line) => !EPOCH_MARKER.test(line.trim()));
  if (rows.length === 0) return false;
  if (rows.length < whole.length) return rows.every((line) => !FIELD_SEPARATORS.test(line.trim()) && isNumberCell(line.trim()));
  const fields = fieldsOf(rows[0]).length;
  if (fields === STEP_ROW_FIELDS) return rows.every(isStepRow) && rows.every((line, i) => i === 0 || stepOf(line) > stepOf(rows[i - 1]));
  const counted = fields === COUNTED_ROW_FIELDS;
  return rows.every((line) => (counted ? isCountedRow(line) : !FIELD_SEPARATORS.test(line.trim()) && isNumberCell(line.trim())));
}

/** A line naming the epoch whose numbers follow (`epoch 1`), in a headerless loss file. */
export const EPOCH_MARKER = /^epoch[ :]*\d+$/i;
/** `epoch,batch,loss`: the fields of a headerless loss file's row with its counters. */
const COUNTED_ROW_FIELDS = 3;
/** `step<TAB>loss` (readers-144: the Hugging Face Trainer's printed table copied without its header): a step that only grows. */
const STEP_ROW_FIELDS = 2;
const WHOLE_NUMBER = /^\d+$/;
const stepOf = (line: string) => Number(fieldsOf(line)[0]);

/**
 * How a headerless row of numbers counts itself: 'columns' for `epoch,batch,loss` (two whole numbers before the loss),
 * 'steps' for `step,loss` (a whole number before it), else undefined. csv-log.ts reads the first row by it.
 */
export function countedRowKind(cells: readonly string[]): 'columns' | 'steps' | undefined {
  const counters = cells.length === COUNTED_ROW_FIELDS ? 2 : cells.length === STEP_ROW_FIELDS ? 1 : 0;
  const loss = cells.at(-1) ?? '';
  if (counters === 0 || !cells.slice(0, counters).every((cell) => WHOLE_NUMBER.test(cell)) || loss === '' || !isNumberCell(loss)) return undefined;
  return counters === 2 ? 'columns' : 'steps';
}
const isStepRow = (line: string) => countedRowKind(fieldsOf(line)) === 'steps';
const isCountedRow = (line: string) => countedRowKind(fieldsOf(line)) === 'columns';

/** A file named as a training history: `history.csv`, `train_history.csv`, `history_fold1.csv`, `model-history.tsv`. */
const HISTORY_FILE = /(?:^|[._-])history(?:$|[._-])/i;
/**
 * A file named as a training's log, `train.log`, `training_log.txt`: a script that writes its own table
 * there, one row per epoch (FADNet's `train_loss<TAB>train_EPE<TAB>EPE`, readers-135), says by the name
 * what the rows are, as a history's name does.
 */
const TRAINING_LOG_FILE = /^(?:train|training)(?:[._-]log)?\.(?:log|txt)$/i;

/**
 * True for a file named as a history (`HISTORY_FILE`) or as a training's log (`TRAINING_LOG_FILE`)
 * whose header names a loss (`namesLoss`) over rows of numbers only: Keras'
 * `pd.DataFrame(model.fit(...).history).to_csv('history.csv', index=False)` writes
 * `loss,accuracy,lr`, no epoch column and no index, one row per epoch. The header alone
 * would also fit a data table with a 'loss' column (hence `startsWithLogHeader` refuses it); the
 * name says what the rows are, as `loss.csv`'s name does for a headerless column.
 */
export function isNamedHistoryFile(fileName: string, text: string): boolean {
  const name = fileName.split(/[\\/]/).pop() ?? '';
  const stem = name.replace(/\.(csv|tsv|txt)$/i, '');
  if (!(HISTORY_FILE.test(stem) && stem !== name) && !TRAINING_LOG_FILE.test(name)) return false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  const fields = fieldsOf(lines[0] ?? '');
  if (!fields.some(namesLoss) || fields.some((field) => field === '' || isNumberCell(field))) return false;
  // The last sniffed line may be cut off; at least one whole row is judged.
  const rows = lines.length > 2 ? lines.slice(1, -1) : lines.slice(1);
  return rows.length > 0 && rows.every((row) => {
    const cells = fieldsOf(row);
    return cells.length === fields.length && cells.every((cell) => cell !== '' && isNumberCell(cell));
  });
}

/**
 * True for TensorBoard's "Download CSV" of a loss (`tensorBoardExportName`: `Wall time,Step,Value`, the file naming
 * its tag): a run folder holding only such a file is a run (readers-159). An export of another scalar is no loss log.
 */
export function isTensorBoardLossExport(fileName: string, text: string): boolean {
  const name = tensorBoardExportName(fileName, fieldsOf(text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''));
  return name !== undefined && namesLoss(name);
}

/** The most lines of prose a CSV log may open with (`csvPrefaceLines`), and how much of its text is looked at for them. */
const MAX_PREFACE_LINES = 3;
const PREFACE_SNIFF_CHARS = 16_384;

/**
 * How many lines of prose open a CSV log whose table follows them, 0 for none: a script that writes
 * a title and a summary before its table (`Training log for model saved in: ./outputs` and `Best
 * validation accuracy: 94.8980` over `epoch,train_loss,val_loss,...`, readers-81). Up to
 * MAX_PREFACE_LINES non-empty lines, each with fewer fields than the header after them, and that
 * header names an epoch or step column (`startsWithLogHeader` reads the rest): a table with no
 * counter after prose is not taken for a log.
 */
export function csvPrefaceLines(text: string): number {
  // The preface and the table's first row lie in the text's first lines: a whole file need not be split.
  const lines = text.slice(0, PREFACE_SNIFF_CHARS).replace(/^\uFEFF/, '').split(/\r?\n/, MAX_PREFACE_LINES + 8);
  let prose = 0;
  for (let i = 0; i < lines.length && prose <= MAX_PREFACE_LINES; i++) {
    if (lines[i].trim() === '') continue;
    const fields = fieldsOf(lines[i]);
    const rest = lines.slice(i).join('\n');
    // The counter may be capitalised (`Epoch,Train Loss,...` under a script's `Parameters:,10,0.05` line, readers-165):
    // startsWithLogHeader then asks for a loss column beside it, as for a header at the top.
    if (prose > 0 && fields.length > 2 && fields.some((field) => COUNTER_COLUMNS.has(field.toLowerCase())) && startsWithLogHeader(rest)) return i;
    if (prose > 0 && fields.length > 2) return 0;
    prose++;
  }
  return 0;
}
