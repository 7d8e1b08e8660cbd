/**
 * Console logs that print a training table: a header row naming the columns, then one row of
 * white-space separated cells per logged batch, as YOLOv3-style trainers do. The anchor is JDE
 * (Zhongdao/Towards-Realtime-MOT `train.py`), which logs through Python's logging each epoch:
 *
 *   logger.info(('%8s%12s' + '%10s' * 6) % ('Epoch', 'Batch', 'box', 'conf', 'id', 'total', 'nTargets', 'time'))
 *   logger.info(('%8s%12s' + '%10.3g' * 6) % ('%g/%g' % (epoch, epochs - 1), '%g/%g' % (i, len(dataloader) - 1),
 *               rloss['box'], rloss['conf'], rloss['id'], rloss['loss'], rloss['nT'], time.time() - t0))
 *
 *   2021-01-25 05:58:00 [INFO]:    Epoch       Batch       box      conf        id     total  nTargets      time
 *   2021-01-25 05:58:59 [INFO]:     0/29       0/165     0.227      2.06        19       158        83      59.6
 *
 * A header is the words ending a line (after any logging prefix), from its first counter column
 * (`Epoch` or `Ep`, `Batch`, `iter`, `iteration`, `step`) on, at least three of them, one naming a loss
 * (`loss`, `total_loss`: `namesLoss`), the bare `total` (JDE's sum of its components), or a training
 * and a validation column named by their split alone (`Train`, `Val`: those splits' losses). A row is
 * a line whose last cells, as many as the header's columns, are numbers or `k/N` counters, the
 * counters where the header has them. Rows belong to the latest header; other lines (dataset
 * summaries, an evaluation's `Image Total P R mAP` table, which names no counter) are passed by,
 * so an aligned table that names no counter and no loss is never read.
 *
 * A row is placed by its counters as the plain console reader places `k/N` counters
 * (console-steps.ts): an epoch `e/E` with a batch `i/N` at `e * (N + 1) + i` (JDE writes
 * `i/(len(dataloader) - 1)`, 0-based: the epoch has N + 1 batches), the epoch kept; one counter
 * alone at its value. The other columns are series under the names written; a bare `total`
 * is the training loss (`roles`) when no column names a loss; timings (`time`, `eta`, `data`)
 * are not series. JDE's figures are running means over the epoch so far (`rloss`), as written.
 *
 * A header may also group its columns between '|' rules, each group named on the line above it
 * (`|---- VALID ----|---- TRAIN ----|` over `lr iter epoch | loss top-1 | loss top-1 |`, a
 * hand-written PyTorch trainer's table): column-table-pipes.ts reads its names ('valid_loss',
 * 'train_loss') and its rows' cells, and a counter printed as a float (`3.0`) is a counter. A log
 * of several launches of such a table keeps its trainings apart where the counters go back to the
 * first step, as every reader's (`SeriesBuilder`: the latest training long enough for the trend
 * rules, else the last one before it that is); launches that logged no row hold no training.
 *
 * YOLO trainers' table (`Epoch GPU_mem box_loss obj_loss cls_loss Instances Size`, one row per
 * epoch ending in its tqdm bar) is such a table too: yolo-table.ts says which of its cells are
 * context; a row drawn again for its epoch replaces the one before, and the components' sum is the
 * training loss `loss` where no `total` is printed. Browser-safe.
 */
import { LineStream } from './line-stream.js';
import { TERMINAL_CODES } from './console-patterns.js';
import { TABLE_HEADER_AGAIN } from './console-launch.js';
import { CounterSteps } from './console-steps.js';
import { groupLabels, pipedCells, readPipedHeader, type PipedHeader } from './column-table-pipes.js';
import { incompleteLastLineNote, logError, namesLoss, parseNumber } from './series.js';
import type { ParsedLog } from './types.js';
import { isYoloContext, withoutBarTail, yoloComponents } from './yolo-table.js';

const WORD = /^[A-Za-z_][\w.%/-]*$/;
/** A comment mark opening a header line (`# epoch loss`, `#epoch train_loss val_loss`). */
const COMMENT_MARK = /^#+\s*/;
const COUNTER = /^(?:epoch|ep|batch|iter|iteration|step)$/i;
const EPOCH = /^(?:epoch|ep)$/i;
/** Columns named by a split alone (`Ep | Train | Val | PPL`): that split's loss, when the table names no loss. */
const BARE_SPLIT_LOSSES: Readonly<Record<string, string>> = { train: 'train_loss', training: 'train_loss', val: 'val_loss', valid: 'val_loss', validation: 'val_loss' };
const TIMING = /^(?:time|eta|data|data_time|batch_time|dur)$/i;
/** The rule under a header whose names may hold spaces, tabulate's `simple` format (nolearn's and skorch's epoch tables): '-' runs 2+ spaces apart. */
const DASH_RULE = /^\s*-{2,}(?:\s{2,}-{2,})+\s*$/;
/** A tab-separated table's wall-clock column: its cells are dates and times, not numbers (readers-135). */
const CLOCK = /^(?:time_?stamp|date|date_?time|wall_?time)$/i;
const FRACTION = /^(\d+)\/(\d+)$/;
/** A counter's cell: an integer, or one printed as a float (`3.0`). */
const WHOLE = /^\d+(?:\.0*)?$/;
/** How many rows make a text a table log. */
export const MIN_TABLE_ROWS = 3;

interface Header {
  readonly names: readonly string[];
  /** The training loss's column name when it is the bare 'total' (no column names a loss). */
  readonly total: string | undefined;
  /** Its '|' segments, when its columns are grouped between '|' rules (column-table-pipes.ts). */
  readonly piped?: PipedHeader;
  /** A YOLO table's loss components (yolo-table.ts), summed into `loss` when no `total` is printed. */
  readonly components?: readonly string[];
  /** Its columns are separated by tabs: its rows are split at tabs, so a cell may hold a space (`2018-06-25 14:57:23`). */
  readonly tabbed?: boolean;
}

const isWord = (token: string) => WORD.test(token);
const isCounter = (token: string) => COUNTER.test(token);

/**
 * The header `line` ends with (see the module comment), or its columns grouped between '|' rules
 * under the group line `above` (column-table-pipes.ts); undefined when it is none.
 */
function readHeader(line: string, above: string): Header | undefined {
  const tabbed = tabbedHeader(line);
  if (tabbed !== undefined) return tabbed;
  if (DASH_RULE.test(line)) return ruledHeader(line, above);
  // A header written as a comment (`#epoch train_loss val_loss`, as numpy's savetxt writes one) names its columns too.
  const tokens = line.trim().replace(COMMENT_MARK, '').split(/\s+/);
  let start = tokens.length;
  while (start > 0 && WORD.test(tokens[start - 1])) start--;
  const first = tokens.findIndex((token, i) => i >= start && COUNTER.test(token));
  const piped = first < 0 ? readPipedHeader(line, groupLabels(above), isWord, isCounter) : undefined;
  if (first < 0 && piped === undefined) return undefined;
  const names = piped?.names ?? tokens.slice(first);
  if (names.length < 3) return undefined;
  const components = yoloComponents(names);
  if (components !== undefined) return { names, total: components.find((name) => name.toLowerCase() === 'total'), components: components.filter((name) => name.toLowerCase() !== 'total') };
  const named = names.some((name) => !COUNTER.test(name) && namesLoss(name));
  const total = named ? undefined : names.find((name) => name.toLowerCase() === 'total');
  const splits = named || total !== undefined ? undefined : bareSplitLosses(names);
  if (!named && total === undefined && splits === undefined) return undefined;
  const read = splits ?? names;
  return piped === undefined ? { names: read, total } : { names: read, total, piped };
}

/**
 * `names` with a training and a validation column named by their split alone read as those splits' losses
 * (`Ep | Train | Val | PPL | Acc% | LR`, a notebook's own per-epoch table, the 104th corpus's c03 and c04,
 * readers-137), as the console reader reads `Train: 53.17 | Val: 50.93`; undefined without both.
 */
function bareSplitLosses(names: readonly string[]): string[] | undefined {
  const renamed = names.map((name) => BARE_SPLIT_LOSSES[name.toLowerCase()] ?? name);
  return renamed.includes('train_loss') && renamed.includes('val_loss') ? renamed : undefined;
}

/**
 * The header a '-' rule underlines, tabulate's `simple` table as nolearn's PrintLog prints it:
 *
 *     epoch    train loss    valid loss    train/val    valid acc  dur
 *   -------  ------------  ------------  -----------  -----------  ------
 *         1       2.49039       1.47864      1.68424      0.93246  21.84s
 *
 * Each run of '-' spans one column, so a name may hold spaces (`train loss`, read 'train_loss'); the
 * names above the rule replace the header their words made. A counter first, a loss among them.
 */
function ruledHeader(rule: string, above: string): Header | undefined {
  const names = [...rule.matchAll(/-+/g)].map((run) => above.slice(run.index, run.index + run[0].length).trim().replace(/\s+/g, '_'));
  if (names.length < 3 || !COUNTER.test(names[0]) || !names.every(isWord)) return undefined;
  return names.some((name) => !COUNTER.test(name) && namesLoss(name)) ? { names, total: undefined } : undefined;
}

/**
 * A '-' rule under a header naming no counter (nolearn's `name  size  total  cap.Y` layer table, printed
 * before each fit): another table begins, and the rows under it are none of the table before.
 */
function underlinesOtherTable(line: string, above: string): boolean {
  return DASH_RULE.test(line) && !above.trim().split(/\s+/).some(isCounter);
}

/**
 * A header whose columns are separated by tabs, as a script writing its own table with `'\t'.join(...)`
 * prints it (FADNet's `epoch  time_stamp  train_loss  train_EPE  EPE  lr`, readers-135): the whole line
 * its columns, at least three, every one a word, the first a counter and one naming a loss.
 */
function tabbedHeader(line: string): Header | undefined {
  if (!line.includes('\t')) return undefined;
  const names = line.trim().split(/\t+/).map((name) => name.trim());
  if (names.length < 3 || !COUNTER.test(names[0]) || !names.every(isWord)) return undefined;
  if (!names.some((name) => !COUNTER.test(name) && namesLoss(name))) return undefined;
  return { names, total: undefined, tabbed: true };
}

/** The cells of a row under `header`, one per name (undefined: a piped segment passed by), or undefined. */
function cellsOf(line: string, header: Header): (string | undefined)[] | undefined {
  if (header.piped !== undefined) return pipedCells(line, header.piped);
  if (header.tabbed === true) {
    const cells = line.trim().split('\t').map((cell) => cell.trim());
    return cells.length === header.names.length ? cells : undefined;
  }
  const tokens = (header.components === undefined ? line : withoutBarTail(line)).trim().split(/\s+/);
  const width = header.names.length;
  if (tokens.length < width) return header.components === undefined ? undefined : yoloRowCutShort(tokens, header.components.length, width);
  // A longer run of numbers is a row of some other, wider table.
  if (tokens.length > width && isCell(tokens[tokens.length - width - 1])) return undefined;
  return tokens.slice(tokens.length - width);
}

/**
 * A YOLO row that stops after its instance count, its image size and bar cut away (readers-153: Ultralytics in a
 * notebook writes the row to stderr, `       1/50      2.37G      0.587     0.9669      1.699      1.006        205   `,
 * the 130th corpus's a05): its cells from the epoch `k/N` on, the missing counts undefined. Only with every loss
 * component present; a row of the per-class evaluation names no `k/N`.
 */
function yoloRowCutShort(tokens: readonly string[], components: number, width: number): (string | undefined)[] | undefined {
  if (tokens.length < 2 + components || !FRACTION.test(tokens[0])) return undefined;
  return [...tokens, ...Array<undefined>(width - tokens.length).fill(undefined)];
}

interface Row { epoch: number | undefined; counter: { value: number; total?: number } | undefined; cells: (number | undefined)[] }

/** The row `line` ends with under `header`, undefined when it is none. */
function readRow(line: string, header: Header): Row | undefined {
  const cells = cellsOf(line, header);
  if (cells === undefined) return undefined;
  const row: Row = { epoch: undefined, counter: undefined, cells: [] };
  for (const [i, name] of header.names.entries()) {
    const cell = cells[i];
    if (cell === undefined || (header.components !== undefined && isYoloContext(name, cell))) continue;
    if (header.tabbed === true && CLOCK.test(name)) continue;
    // A duration printed with its unit (`21.84s`) is no series anyway.
    if (TIMING.test(name) && parseNumber(cell) === null) continue;
    const fraction = FRACTION.exec(cell);
    if (COUNTER.test(name)) {
      // YOLO prints its epoch `k/N`; a row counting a bare number is its per-class evaluation (`40  30  10  0.967 ...`, class 40).
      if (header.components !== undefined && fraction === null) return undefined;
      const value = Number(fraction?.[1] ?? (WHOLE.test(cell) ? cell : Number.NaN));
      if (Number.isNaN(value)) return undefined;
      if (EPOCH.test(name)) row.epoch = value;
      else row.counter = fraction === null ? { value } : { value, total: Number(fraction[2]) + 1 };
      continue;
    }
    const number = fraction === null ? parseNumber(cell) : null;
    // The '|' rules place a piped row's cells: one that is no number (`9.4%`, `511s`) is passed by, not the row.
    if (number === null && header.piped !== undefined) continue;
    if (number === null) return undefined;
    row.cells[i] = number;
  }
  // A piped row whose segments all differ from its header's holds counters only: no row of it.
  return header.piped === undefined || row.cells.some((cell) => cell !== undefined) ? row : undefined;
}

const isCell = (token: string) => FRACTION.test(token) || typeof parseNumber(token) === 'number';

/** True when `text` holds a header naming a counter and a loss with MIN_TABLE_ROWS rows under it. */
export function isColumnTableText(text: string): boolean {
  let header: Header | undefined;
  let rows = 0;
  let above = '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(TERMINAL_CODES, '');
    const next = readHeader(line, above);
    if (next === undefined && underlinesOtherTable(line, above)) header = undefined;
    above = line;
    if (next !== undefined) header = next;
    else if (header !== undefined && readRow(line, header) !== undefined && ++rows >= MIN_TABLE_ROWS) return true;
  }
  return false;
}

/** Reads a table console log pushed in chunks; `file` names it in messages. */
export class ColumnTableLogParser extends LineStream {
  private readonly steps = new CounterSteps();
  private readonly totals = new Set<string>();
  private header: Header | undefined;
  private rows = 0;
  /** The line before, a piped header's group line when it is one. */
  private above = '';
  /** Some header grouped its columns between '|' rules. */
  private piped = false;
  /** A header written again after rows, on this line: a new training if its first row's step does not go on. */
  private headerAgain: number | undefined;
  private lastStep = -Infinity;
  /** A YOLO row, held until the next row says whether its epoch's bar was drawn again (yolo-table.ts). */
  private pending: { row: Row; header: Header; line: number; headerAgain: number | undefined } | undefined;
  /** The YOLO components summed into `loss`, when some were. */
  private summed: readonly string[] | undefined;

  finish(): ParsedLog {
    const { file } = this;
    const warnings: string[] = [];
    this.addPending();
    // A run still writing leaves its last row cut off, perhaps mid-number.
    const cut = this.cutOffLastLine();
    if (cut !== undefined && this.header !== undefined && /\d\s*$/.test(cut)) warnings.push(incompleteLastLineNote(file, this.lineNumber));
    if (this.rows === 0) throw logError(file, "no table rows: expected a header naming a counter and a loss ('Epoch Batch box conf id total', 'iter loss lr') and rows of numbers under it ('0/29 40/165 0.172 1.99 18.7 149')");
    const layout = this.piped ? "columns between '|' rules" : this.header?.components !== undefined ? "YOLO's, a row per epoch from its progress bar"
      : this.header?.tabbed === true ? 'separated by tabs, its date and time columns not read' : 'JDE / YOLOv3 style';
    const totals = [...this.totals].filter((name) => name !== 'loss' || this.summed === undefined);
    const notes = [`a console table log (a header naming its columns, ${layout}): ${this.rows} row${this.rows === 1 ? '' : 's'} read, placed by their counters` +
      (totals.length === 0 ? '' : `; '${totals.join("', '")}' read as the training loss (the sum of the loss components)`) +
      (this.summed === undefined ? '' : `; 'loss' is the sum ${this.summed.map((name) => `'${name}'`).join(' + ')}, the training loss`)];
    const series = this.builder.finish(file, warnings, notes);
    const roles = Object.fromEntries([...this.totals].filter((name) => name in series).map((name) => [name, 'trainLoss' as const]));
    return { format: 'column-table', series, warnings, notes, ...(Object.keys(roles).length === 0 ? {} : { roles }) };
  }

  protected readLine(raw: string): void {
    // Chainer's PrintReport writes ESC[J (erase the screen below) before each row.
    const line = raw.replace(TERMINAL_CODES, '');
    const header = readHeader(line, this.above);
    if (header === undefined && underlinesOtherTable(line, this.above)) this.header = undefined;
    this.above = line;
    if (header !== undefined) {
      if (this.rows > 0 || this.pending !== undefined) this.headerAgain = this.lineNumber;
      this.header = header;
      this.piped ||= header.piped !== undefined;
      return;
    }
    const row = this.header === undefined ? undefined : readRow(line, this.header);
    if (row === undefined || this.header === undefined) return;
    const read = { row, header: this.header, line: this.lineNumber, headerAgain: this.headerAgain };
    this.headerAgain = undefined;
    if (this.header.components === undefined) return this.addRow(read);
    // A YOLO bar drawn again for its epoch, a frame per line: its last frame is the epoch's.
    const drawnAgain = this.pending !== undefined && this.pending.row.epoch === row.epoch && read.headerAgain === undefined;
    if (drawnAgain) read.headerAgain = this.pending?.headerAgain;
    else this.addPending();
    this.pending = read;
  }

  private addPending(): void {
    if (this.pending !== undefined) this.addRow(this.pending);
    this.pending = undefined;
  }

  private addRow({ row, header, line, headerAgain }: { row: Row; header: Header; line: number; headerAgain: number | undefined }): void {
    const { names, total, components } = header;
    const step = row.counter !== undefined ? this.steps.stepOf(row.counter, row.epoch) : row.epoch ?? this.rows + 1;
    // A header drawn again as its training goes on (JDE logs it each epoch) is that training's; one whose rows count again from
    // at or before the last step begins a training (Chainer's PrintReport, a table per trainer.run()), whatever step it starts at.
    if (headerAgain !== undefined && step <= this.lastStep) this.builder.startTraining(headerAgain, TABLE_HEADER_AGAIN);
    this.lastStep = step;
    this.rows++;
    this.builder.line = line;
    if (total !== undefined) this.totals.add(total);
    const at = (value: number) => (row.epoch === undefined ? { step, value } : { step, epoch: row.epoch, value });
    names.forEach((name, i) => {
      const value = row.cells[i];
      if (value === undefined || COUNTER.test(name) || TIMING.test(name) || CLOCK.test(name)) return;
      this.builder.add(name, at(value));
    });
    const parts = total === undefined ? components?.map((name) => row.cells[names.indexOf(name)]) : undefined;
    if (components === undefined || parts === undefined || parts.some((part) => part === undefined)) return;
    this.builder.add('loss', at(parts.reduce((sum: number, part) => sum + (part as number), 0)));
    this.totals.add('loss');
    this.summed = components;
  }
}

/** Parses a table console log whole (see the module comment); `file` names it in messages. */
export function parseColumnTableLog(text: string, file: string): ParsedLog {
  const parser = new ColumnTableLogParser(file);
  parser.push(text);
  return parser.finish();
}
