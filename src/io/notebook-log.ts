/**
 * A Jupyter notebook's printed training output read as a console log: notebook-cells.ts joins what
 * its code cells printed into one text, the console readers a `.log` gets read it (the console part
 * of parse-log.ts' detection chain: a MetricLogger log, a plain console log — Keras' `fit` output,
 * a PyTorch loop's prints, a Hugging Face Trainer's printed log dicts, Lightning's progress bar —
 * then the table layouts), and their messages name the cell a line came from (`cell 12 (In [7])`)
 * instead of a line of the joined text, which the user never sees.
 *
 * Several trainings in one notebook (several `fit` calls, a loop run again) are what they are in
 * any console log: the readers keep them apart (an epoch total that changes, console-launch.ts; an
 * epoch or step going back to the first, series-columns.ts; a cell that trains again,
 * console-launch.ts' `CellRuns`, the console reader being told where each cell's output begins),
 * and the run is the latest training with at least the points the trend rules need, else the last
 * before it that has them: a notebook is run top to bottom, and its last training is the model it
 * ends with (the earlier ones are tries, or the first stage of a fine-tuning). The note naming the
 * trainings names their cells. A notebook whose printed output holds no console training log may
 * still show its history as a cell's value (`history.history` after a quiet `fit`): notebook-values.ts
 * reads that. Browser-safe.
 */
import { isConsoleLogText } from './console-text.js';
import { isMetricLoggerText } from './metric-logger.js';
import { cellName, cellOfLine, evaluationLinesClause, notebookText, type NotebookText, type OutputCell } from './notebook-cells.js';
import { historyShownInNotebook } from './notebook-values.js';
import { logError } from './series.js';
import { tableLogKindOf, type TableLogKind } from './table-log-kinds.js';
import { withTabTablesWritten } from './tab-tables.js';
import { LogFileError } from '../core/errors.js';
import type { ParsedLog } from './types.js';

/** The console readers a notebook's output may be read by: a MetricLogger log, a plain console log, a table layout. */
export type PrintedLogKind = 'metric-logger' | 'console' | TableLogKind;

/**
 * Which console reader takes a notebook's printed text, as parse-log.ts' chain orders them for a
 * `.log`; undefined when none does. The whole text is looked at (a `.log`'s head is 1 MB): the
 * file formats that chain also knows (CSV, JSON) are files a script writes, not what it prints.
 */
export function printedLogKind(printed: string): PrintedLogKind | undefined {
  const text = withTabTablesWritten(printed);
  if (isMetricLoggerText(text)) return 'metric-logger';
  if (isConsoleLogText(text)) return 'console';
  return tableLogKindOf(text);
}

/** True when a notebook's output holds a training log (a walk reads it then; see walk-detect.ts); false for a broken one. */
export function notebookHoldsLog(text: string, file: string): boolean {
  try {
    return printedLogKind(notebookText(text, file).text) !== undefined || historyShownInNotebook(text, file) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Reads a notebook's printed output (see the module comment) with `parse`, the console reader of
 * its kind; `file` names it in messages, which name cells, not lines of the joined text.
 */
export function readNotebookLog(text: string, file: string, parse: (kind: PrintedLogKind, text: string, cells: ReadonlySet<number>) => ParsedLog): ParsedLog {
  const notebook = notebookText(text, file);
  const kind = printedLogKind(notebook.text);
  if (kind === undefined) {
    // No console training log: a history the notebook shows as a value (readers-127), else nothing to read.
    const shown = historyShownInNotebook(text, file);
    if (shown === undefined) throw noTrainingOutput(notebook, file);
    return shown;
  }
  let parsed: ParsedLog;
  try {
    parsed = parse(kind, notebook.text, new Set(notebook.cells.map(({ firstLine }) => firstLine)));
  } catch (error) {
    throw error instanceof LogFileError && error.file === file ? placedInCells(error, notebook.cells) : error;
  }
  const inCells = (message: string) => inCellsOf(message, file, notebook.cells);
  const used = notebook.cells.length;
  const note = `a Jupyter notebook${notebook.nbformat === undefined ? '' : ` (nbformat ${notebook.nbformat})`}: the printed output of ` +
    `${used} of its ${notebook.codeCells} code cells read as one console log, cell after cell (each cell's stdout, then its stderr, then its printed values)` +
    evaluationLinesClause(notebook.evaluationLines, 'cell') +
    evaluationCellsClause(notebook.evaluationCells) +
    tablesClause(notebook);
  return { ...parsed, warnings: parsed.warnings.map(inCells), notes: [note, ...(parsed.notes ?? []).map(inCells)] };
}

/** `cell 25`, or `cells 25, 31 and 37`. */
function cellsListed(cells: readonly number[]): string {
  return cells.length === 1 ? `cell ${cells[0]}` : `cells ${cells.slice(0, -1).join(', ')} and ${cells.at(-1)}`;
}

/** Why readers-162 left a cell out, in a note and an error. */
const ONLY_EVALUATES = 'whose code only evaluates a model (under torch.no_grad(), inference_mode() or .eval(), with no training call)';

/** `; the output of cell 25, whose code only evaluates a model (...), left out` (readers-162), or ''. */
function evaluationCellsClause(cells: readonly number[]): string {
  return cells.length === 0 ? '' : `; the output of ${cellsListed(cells)}, ${ONLY_EVALUATES}, left out`;
}

/** `; 3 training tables kept only as HTML (fastai's, the Hugging Face Trainer's) read as lines of their cells: cells 37, 41 and 50` (notebook-html.ts), or ''. */
function tablesClause(notebook: NotebookText): string {
  const count = notebook.tableCells.reduce((sum, { tables }) => sum + tables, 0);
  if (count === 0) return '';
  return `; ${count} training table${count === 1 ? '' : 's'} kept only as HTML (fastai's fit table, the Hugging Face Trainer's progress table) read as ${count === 1 ? 'its' : 'their'} rows, one line each, in ${cellsListed(notebook.tableCells.map(({ cell }) => cell))}`;
}

/** The error for a notebook whose output holds no training log: cleared, no code, or output of another kind. */
function noTrainingOutput(notebook: NotebookText, file: string): Error {
  if (notebook.codeCells === 0) return logError(file, 'a notebook without code cells: no training output to read');
  if (notebook.cells.length === 0 && notebook.evaluationCells.length > 0) {
    return logError(file, `no training output in the notebook: the only output is that of ${cellsListed(notebook.evaluationCells)}, ${ONLY_EVALUATES}; ` +
      "read the notebook that trained the model, or the training's own log");
  }
  if (notebook.cells.length === 0) {
    return logError(file, `its outputs were cleared: none of its ${notebook.codeCells} code cells holds output (saved after 'Clear All Outputs', ` +
      "or through nbstripout); run it and save it with its outputs, or read the training's own log");
  }
  return logError(file, `no training output in the notebook: the output of its ${notebook.cells.length} code cells with output holds no console ` +
    "training lines (expected lines such as Keras' 'Epoch 3/20' then '1875/1875 [====] - 5s 2ms/step - loss: 0.2611', " +
    "a loop's 'Epoch 3, train loss: 0.512, val loss: 0.601', or an HTML table naming an epoch or step and a loss, as fastai's and the Hugging Face Trainer's)");
}

/** Where line `line` of the joined text is, in the notebook's words: `line 3 of cell 12 (In [7])'s output`. */
function lineInCells(cells: readonly OutputCell[], line: number): string {
  const place = cellOfLine(cells, line);
  return place === undefined ? `line ${line} of the joined output` : `line ${place.line} of ${cellName(place.cell)}'s output`;
}

/** The cells of lines `from` to `to`: `cell 12 (In [7])'s output`, or `cells 12 to 14's output`. */
function cellsOfLines(cells: readonly OutputCell[], from: number, to: number): string {
  const first = cellOfLine(cells, from)?.cell;
  const last = cellOfLine(cells, to)?.cell;
  if (first === undefined || last === undefined) return `lines ${from}-${to} of the joined output`;
  return first === last ? `${cellName(first)}'s output` : `cells ${first.position} to ${last.position}'s output`;
}

/**
 * `message` with the joined text's lines named by cell: the readers' `file:N: ` prefix, `lines
 * A-B`, `up to line N` and `from line N` (the fresh-start note's trainings), and any `line N`.
 */
export function inCellsOf(message: string, file: string, cells: readonly OutputCell[]): string {
  const cell = (line: string) => cellOfLine(cells, Number(line))?.cell;
  return message
    .split(`${file}:`).map((part, index) => (index === 0 ? part : part.replace(/^(\d+):/, (_, line: string) => ` ${lineInCells(cells, Number(line))}:`))).join(`${file}:`)
    .replace(/\blines (\d+)-(\d+)/g, (_, from: string, to: string) => cellsOfLines(cells, Number(from), Number(to)))
    .replace(/\b(up to|from) line (\d+)/g, (whole, word: string, line: string) => {
      const found = cell(line);
      return found === undefined ? whole : `${word} ${cellName(found)}'s output`;
    })
    .replace(/\bline (\d+)\b(?! of )/g, (_, line: string) => lineInCells(cells, Number(line)));
}

/** A reader's error at a line of the joined text, placed in its cell instead. */
function placedInCells(error: LogFileError, cells: readonly OutputCell[]): Error {
  if (error.line === undefined) return error;
  const prefix = `${error.file}:${error.line}: `;
  const rest = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return logError(error.file, `${lineInCells(cells, error.line)}: ${rest}`);
}
