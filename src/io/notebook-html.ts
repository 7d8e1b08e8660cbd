/**
 * The training tables a notebook keeps only as HTML, written out as console lines for the console
 * reader (notebook-cells.ts puts them in their cell's output). Two trainers draw their history as
 * an HTML table in a notebook and give the output no text but the object's repr
 * (`<IPython.core.display.HTML object>`):
 *
 *   fastai's `fit` / `fit_one_cycle` (fastprogress' `NBMasterBar`; v1 `<table>` with `<th>` in
 *   every row, v2 a pandas-style `<thead>`/`<tbody>`):
 *       epoch | train_loss | valid_loss | accuracy | time
 *       1     | 0.248807   | 0.121582   | 0.972800 | 00:12
 *   the Hugging Face Trainer (transformers' `NotebookProgressCallback`):
 *       Step | Training Loss | Validation Loss | F1 Score        (or Epoch | ..., per-epoch evaluation)
 *       100  | 0.894000      | 1.261910        | 0.154693
 *
 * A table is a training's when its header names a counter (`epoch`, `step`, `iteration`, `iter`,
 * any case) and a loss (`namesLoss` of the column's name: train_loss, Validation Loss). Its header
 * is written first, as fastai prints it at each `fit` (`epoch  train_loss  valid_loss  accuracy`:
 * there the console reader starts a training, console-launch.ts), then each row with a
 * whole-number counter as one line, `epoch 1, train_loss: 0.248807, valid_loss: 0.121582,
 * accuracy: 0.9728` (a table with both counters is placed by its step, its epoch column left out),
 * names written as the console reader normalises them ('Training Loss' -> 'training_loss'); a
 * cell that is no number (fastai's `00:12` time, the Trainer's `No log` before its first logged
 * loss, `#na#`) writes no pair, nor does a Trainer's `Training Loss` cell that repeats the row
 * before: at each evaluation the Trainer fills that cell with the latest loss in its log history
 * (`NotebookProgressCallback.on_evaluate`), so evaluating more often than it logs repeats one
 * measurement on several rows (an RT-DETR run logging every 500 steps and evaluating each epoch:
 * the same 114.2 on five rows, read as a loss that never moved). So the console reader places the rows (an epoch's validation at
 * its training line, a step at its counter), keeps several fits apart, in cell order with what the
 * cells printed, and the latest training with enough points is the run, as for printed trainings.
 *
 * A column whose every cell names a split, both the training split and another (the 2022 fastai
 * course's miniai `MetricsCB`: `accuracy | loss | epoch | train`, a `train` row and an `eval` row
 * per epoch), says which split each row's figures are: an evaluation row's are written as
 * validation figures (`val_loss`), and the column is no series.
 *
 * Other tables (a pandas DataFrame of data, a classification report) name no counter and loss and
 * are passed by. An output whose `text/plain` says more than the object's repr is read from that
 * text (a DataFrame of a history prints it), never from its HTML too. A table redrawn in one cell
 * (a display updated per epoch, saved once per update) is written once: a training table whose
 * header and rows open the next training table of the same cell is that table's earlier frame.
 * Browser-safe.
 */
import { htmlTables, type HtmlTable } from './html-tables.js';
import { normalised } from './console-pairs.js';
import { namesLoss, parseNumber } from './series.js';

const COUNTER = /^(?:epoch|step|global_step|iteration|iter)$/;
/** The Hugging Face Trainer's `Training Loss` column, normalised: a cell repeating the row before is no new measurement. */
const TRAINER_TRAINING_LOSS = 'training_loss';

/** A column's name as the console reader normalises it, kept to word characters: 'F1 Score' -> 'f1_score'. */
const columnName = (header: string) => normalised(header).replace(/[^\w/.-]+/g, '_').replace(/^_+|_+$/g, '');

/** A split's name in a cell: the training split's, or an evaluation split's. */
const TRAIN_SPLIT = /^train(?:ing)?$/i;
const SPLIT_CELL = /^(?:train|training|eval|evaluation|valid|validation|val|test)$/i;

/**
 * The column that names each row's split, as the 2022 fastai course's miniai `MetricsCB` prints
 * one row per split and epoch (`accuracy | loss | epoch | train`, its last cell `train` or
 * `eval`): every cell a split's name, both kinds among them; undefined when no column is.
 */
function splitColumnOf(table: HtmlTable): number | undefined {
  const index = table.header.findIndex((_, column) => table.rows.length > 0 && table.rows.every((cells) => SPLIT_CELL.test(cells[column]?.trim() ?? '')));
  if (index < 0) return undefined;
  const cells = table.rows.map((row) => row[index].trim());
  return cells.some((cell) => TRAIN_SPLIT.test(cell)) && cells.some((cell) => !TRAIN_SPLIT.test(cell)) ? index : undefined;
}

/** True when a table's header names a counter and a loss (see the module comment). */
export function isTrainingTable(table: HtmlTable): boolean {
  const names = table.header.map(columnName);
  return names.some((name) => COUNTER.test(name)) && names.some((name) => !COUNTER.test(name) && namesLoss(name));
}

/** A table's rows as console lines (see the module comment); none when no row has a whole-number counter. */
export function tableLines(table: HtmlTable): string[] {
  const names = table.header.map(columnName);
  const step = names.findIndex((name) => name !== 'epoch' && COUNTER.test(name));
  const counter = step >= 0 ? step : names.indexOf('epoch');
  const repeatsLastLog = names.indexOf(TRAINER_TRAINING_LOSS);
  const splitColumn = splitColumnOf(table);
  const rows = table.rows.flatMap((cells, row) => {
    const at = cells[counter]?.trim() ?? '';
    if (!/^\d+$/.test(at)) return [];
    // A row of an evaluation split (miniai's `eval` rows) names its figures as that split's.
    const prefix = splitColumn === undefined || TRAIN_SPLIT.test(cells[splitColumn].trim()) ? '' : 'val_';
    const pairs = cells.flatMap((cell, index) => {
      const name = names[index] === undefined || names[index] === '' ? undefined : `${prefix}${names[index]}`;
      const value = parseNumber(cell);
      const repeated = index === repeatsLastLog && row > 0 && cell.trim() === table.rows[row - 1][index]?.trim();
      return name === undefined || COUNTER.test(name) || typeof value !== 'number' || repeated ? [] : [`${name}: ${cell.trim()}`];
    });
    return pairs.length === 0 ? [] : [[`${names[counter]} ${at}`, ...pairs].join(', ')];
  });
  // The header first, as fastai prints it at each fit: console-launch.ts starts a training there.
  const header = [names[counter], ...names.filter((name, index) => name !== '' && !COUNTER.test(name) && index !== splitColumn)].join('  ');
  return rows.length === 0 ? [] : [header, ...rows];
}

/** True when `earlier` is a frame of `later`: the same header, its rows the first of `later`'s. */
export function isFrameOf(earlier: HtmlTable, later: HtmlTable): boolean {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((cell, index) => cell === b[index]);
  return same(earlier.header, later.header) && earlier.rows.length <= later.rows.length && earlier.rows.every((row, index) => same(row, later.rows[index]));
}

/** The training tables of one cell's HTML outputs (in output order), each redrawn table once, as console lines; and how many tables were written. */
export function trainingTableLines(htmls: readonly string[]): { lines: string[]; tables: number } {
  const tables = htmls.flatMap(htmlTables).filter(isTrainingTable);
  const kept = tables.filter((table, index) => !(index + 1 < tables.length && isFrameOf(table, tables[index + 1])));
  const written = kept.map(tableLines).filter((lines) => lines.length > 0);
  return { lines: written.flat(), tables: written.length };
}
