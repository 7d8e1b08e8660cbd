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
 * (step = epoch). A Keras history saved with pandas (`pd.DataFrame(history.history).to_csv(f)`)
 * has neither: its unnamed first column, the DataFrame's index, is the epoch. With no axis column
 * at all, rows are numbered as epochs from 0. Empty cells, 'NA' and fastai's '#na#' are missing
 * (not 0); 'nan', 'inf', '-inf' are kept as NaN / ±Infinity. Every other column becomes a series
 * under its own name. The separator is guessed from the first lines.
 *
 * fastai's `CSVLogger` writes Keras's shape with its Recorder's names, `epoch,train_loss,valid_loss,
 * <metrics>,time` (v1's basic_train.py `Recorder.on_train_begin`, v2's learner.py `Recorder.before_fit`;
 * `time` only with `add_time`, v2's `train_metrics` gives `train_<m>`, `valid_<m>` columns): a header
 * opening `epoch,train_loss` with a `valid_loss` column or a last `time` column is named fastai's
 * ('csv-fastai'), and read as Keras's but for its `time` column, the epoch's duration (`00:17`),
 * which is no series. Keras sorts its names, so `time` cannot follow `train_loss` there.
 *
 * The header written again begins a new training: fastai's `CSVLogger(append=True)` writes it at
 * each fit (v1's callbacks/csv_logger.py `on_train_begin`, v2's callback/progress.py `before_fit`),
 * epochs again from 0; the log is judged on the last training, as on fresh starts (series-columns.ts).
 * Damage (a row with the wrong number of fields, as fastai's interrupted fit `0,4.999118,#na#` under
 * five columns) ends its training, keeping the rows before it, with a warning naming the line; the
 * trainings after it are read. A headerless column whose opening values come again, in order, is a
 * history saved again by appending (csv-repeated-history.ts, readers-156): each copy begins a training.
 * A long table (one value a row, named by its cells: csv-header.ts' `longTable`, readers-154) has its
 * series made as their names come. An unclosed quote ends the file. An unfinished last line (a run
 * still writing) is dropped with a warning. Streaming:
 * `CsvLogParser` takes the text in chunks and keeps only typed columns, so a log of any size
 * reads in memory proportional to its numbers. Browser-safe: takes text, not a path.
 */
import { CsvScanner, CsvSyntaxError, type CsvRecord } from '../core/csv-scanner.js';
import { decimalAt } from '../core/decimal.js';
import { damageNote, incompleteLastLineNote, logError, parseNumber, SeriesBuilder, type Damage } from './series.js';
import { columnLayout, longTable, lossNameOfFile, tensorBoardExportName, wallTimeOf, wandbChart, type Header, type LongTable, type WandbChart } from './csv-header.js';
import { countedRowKind, EPOCH_MARKER } from './csv-sniff.js';
import { RepeatedHistory } from './csv-repeated-history.js';
import type { ParsedLog } from './types.js';
import type { LaunchMark } from './series-columns.js';

const BYTE_ORDER_MARK = '\uFEFF';
const HISTORY_SAVED_AGAIN: LaunchMark = {
  what: "the file's first values come again, in order",
  why: 'a script that saves its whole loss history appends it again at each save: each copy a training of its own, the last one whole',
};

/** The note of a W&B chart export (csv-header.ts' `wandbChart`): the run read, the twins and the other runs passed by. */
function wandbChartNote({ run, others }: WandbChart): string {
  const rest = others.length === 0 ? '' : `; ${others.length === 1 ? 'one other run' : `${others.length} other runs`} in the chart (${others.map((name) => `'${name}'`).join(', ')}) not read: export each run's chart apart to diagnose it`;
  return `a W&B chart export: the run '${run}' read, its metrics under their own names, their __MIN and __MAX twins passed by${rest}`;
}

/** A cell as a number: parsed in place when it is a plain decimal, else by `parseNumber`'s rules. */
function cellValue(record: CsvRecord, i: number): number | undefined | null {
  const start = record.start(i);
  const end = record.end(i);
  if (start === end) return undefined;
  return decimalAt(record.text, start, end) ?? parseNumber(record.field(i));
}

/** Reads a Keras or Lightning CSV log pushed in chunks of text; `file` names it in warnings and errors. */
export class CsvLogParser {
  private readonly scanner = new CsvScanner((record) => this.record(record));
  private readonly builder = new SeriesBuilder();
  private readonly warnings: string[] = [];
  private readonly nonNumeric = new Map<string, { readonly line: number; readonly text: string }>();
  private readonly unplaced: number[] = [];
  private header: Header | undefined;
  /** The loss a headerless one-column file holds (its name says which). */
  private headerless: string | undefined;
  /**
   * How a headerless loss file counts its rows (readers-142): `epoch,batch,loss` rows, or `epoch N` lines before each
   * epoch's numbers; either way each number is a point of its own (a batch's), in the epoch the counter names.
   */
  private counted: 'columns' | 'markers' | 'steps' | undefined;
  /** A headerless one-column file's values, read through the check for its history saved again (readers-156). */
  private repeated: RepeatedHistory | undefined;
  private markedEpoch = Number.NaN;
  /** What the header says of a table read otherwise than column by column (a long table, TensorBoard's download). */
  private headerNote: string | undefined;
  /** Rows read, in the file and in the training being read. */
  private rows = 0;
  private trainingRows = 0;
  /** Times the header was written again: trainings after the first. */
  private headersAgain = 0;
  /** Damage met, at most one per training: its rows kept before it, and the line of the next training's header. */
  private readonly damages: { damage: Damage; kept: number; until?: number }[] = [];
  /** The training being read is damaged: its rows are skipped until the header comes again. */
  private skipping = false;
  /** Where the file stopped being readable (an unclosed quote); nothing after it is read. */
  private stopped: Damage | undefined;
  private started = false;
  private endsWithNewline = false;
  /** A row with too few fields: an error unless it turns out to be the unfinished last line. */
  private short: { line: number; size: number } | undefined;

  /**
   * `prefaceLines`: lines of prose the file opens with before its table (csv-sniff.ts'
   * `csvPrefaceLines`), passed by with a note; the header is the first record after them.
   */
  constructor(readonly file: string, private readonly prefaceLines = 0) {}

  push(text: string): void {
    if (this.stopped !== undefined) return;
    let chunk = text;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.startsWith(BYTE_ORDER_MARK)) chunk = chunk.slice(1);
    }
    this.noteEnding(chunk);
    this.scan(() => this.scanner.push(chunk));
  }

  finish(): ParsedLog {
    if (this.stopped === undefined) this.scan(() => this.scanner.finish());
    this.repeated?.flush();
    const { file, warnings } = this;
    if (this.header === undefined) {
      if (this.stopped !== undefined) throw logError(file, this.stopped.reason, this.stopped.line);
      throw logError(file, "the file is empty; expected a header row such as 'epoch,loss,val_loss'");
    }
    if (this.short !== undefined) {
      const { line, size } = this.short;
      if (this.endsWithNewline) this.damaged(this.fieldCount(line, size));
      else warnings.push(incompleteLastLineNote(file, line, `${size} of ${this.header.columns.length} fields`));
    }
    const { stepColumn, epochColumn } = this.header;
    if (this.headerless === undefined && stepColumn < 0 && epochColumn < 0) warnings.unshift(`${file}: no 'epoch' or 'step' column; rows are numbered as epochs from 0`);
    if (this.damages.length > 0) {
      // Damage before any row: nothing to keep, so the file is an error as a whole.
      const [first] = this.damages;
      if (this.rows === 0) throw logError(file, first.damage.reason, first.damage.line);
      const several = this.headersAgain > 0;
      // First, in file order, before the warnings found so far.
      const later = warnings.splice(0);
      for (const { damage, kept, until } of this.damages) warnings.push(damageNote(file, damage, kept, 'row', several ? { until } : undefined));
      for (const warning of later) warnings.push(warning);
    }
    if (this.unplaced.length > 0) {
      const which = stepColumn >= 0 ? 'step' : 'epoch';
      const count = this.unplaced.length;
      warnings.push(`${file}:${this.unplaced[0]}: no '${which}' number on ${count === 1 ? 'this row' : `this row and ${count - 1} more`}; skipped`);
    }
    for (const [column, { line, text }] of this.nonNumeric) {
      warnings.push(`${file}:${line}: column '${column}' holds values that are not numbers ('${text}' on this line); those cells are skipped`);
    }
    const notes = this.header.pandasIndex ? ["the unnamed first column (pandas' index) is the epoch"] : [];
    if (this.headerNote !== undefined) notes.push(this.headerNote);
    if (this.prefaceLines > 0) notes.push(`the first ${this.prefaceLines === 1 ? 'line is' : `${this.prefaceLines} lines are`} prose before the table, passed by`);
    if (this.headerless !== undefined) notes.push(this.counted === undefined
      ? `no header: one column of numbers, read as '${this.headerless}' (the file's name says so), one row per epoch from 0`
      : `no header: ${this.counted === 'columns' ? "rows of 'epoch,batch,loss'" : this.counted === 'steps' ? "rows of 'step,loss'" : "numbers under 'epoch N' lines"}, read as '${this.headerless}' (the file's name says so), one point per row, ${this.counted === 'steps' ? 'at its step' : 'in the epoch its counter names'}`);
    const series = this.builder.finish(file, warnings, notes);
    const format = this.header.long !== undefined ? 'csv-long' : this.counted !== undefined ? 'csv-table' : stepColumn >= 0 ? 'csv-lightning' : this.header.fastai ? 'csv-fastai' : epochColumn >= 0 ? 'csv-keras' : 'csv-table';
    return { format, series, warnings, notes };
  }

  /** Runs the scanner; a syntax error (an unclosed quote) stops the file: the rows before it stay. */
  private scan(work: () => void): void {
    try {
      work();
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      this.damaged({ line: error.line, reason: error.message });
      this.stopped = { line: error.line, reason: error.message };
    }
  }

  /**
   * Damage (two writers interleaved, a truncated copy, an interrupted fit): the training stops
   * there, as TensorBoard keeps the records before a bad one; the next header begins the next
   * training. A short row already set aside is the earlier damage.
   */
  private damaged(damage: Damage): void {
    if (this.skipping) return;
    const short = this.short;
    this.damages.push({ damage: short !== undefined && short.line < damage.line ? this.fieldCount(short.line, short.size) : damage, kept: this.trainingRows });
    this.skipping = true;
    this.short = undefined;
  }

  /** The header written again at `line`: a new training begins (see the module comment). */
  private headerAgain(line: number, mark?: LaunchMark): void {
    if (this.short !== undefined) this.damaged(this.fieldCount(this.short.line, this.short.size));
    const last = this.damages.at(-1);
    if (this.skipping && last !== undefined) last.until = line;
    this.skipping = false;
    this.trainingRows = 0;
    this.headersAgain++;
    this.builder.startTraining(line, mark);
  }

  /** True when `record` is the header again (the same names in the same order). */
  private isHeader(record: CsvRecord, columns: readonly string[]): boolean {
    if (this.headerless !== undefined || record.size !== columns.length) return false;
    for (let i = 0; i < columns.length; i++) if (record.field(i).trim() !== columns[i]) return false;
    return true;
  }

  /** Whether the text so far ends with a line break followed only by white space. */
  private noteEnding(chunk: string): void {
    for (let i = chunk.length - 1; i >= 0; i--) {
      const char = chunk[i];
      if (char === '\n') {
        this.endsWithNewline = true;
        return;
      }
      if (char !== ' ' && char !== '\t' && char !== '\r') {
        this.endsWithNewline = false;
        return;
      }
    }
  }

  private fieldCount(line: number, size: number): Damage {
    return { line, reason: `${size} fields, expected ${this.header?.columns.length ?? 0} (the header's columns)` };
  }

  private record(record: CsvRecord): void {
    if (record.isBlank() || record.line <= this.prefaceLines) return;
    const marker = record.size === 1 && EPOCH_MARKER.test(record.field(0).trim());
    if (marker && (this.counted === 'markers' || (this.header === undefined && lossNameOfFile(this.file) !== undefined))) {
      if (this.header === undefined) this.header = this.headerlessHeader(record, [], 'markers');
      this.markedEpoch = Number(/\d+/.exec(record.field(0))?.[0]);
      return;
    }
    if (this.header === undefined) {
      this.header = this.readHeader(record);
      return;
    }
    const { columns, stepColumn, epochColumn, timeColumn, series } = this.header;
    if (this.isHeader(record, columns)) {
      this.headerAgain(record.line);
      return;
    }
    if (this.skipping) return;
    // A short row followed by more rows was damage, not an unfinished last line.
    if (this.short !== undefined || record.size > columns.length) {
      this.damaged(this.fieldCount(record.line, record.size));
      return;
    }
    if (record.size < columns.length) {
      this.short = { line: record.line, size: record.size };
      return;
    }
    const repeated = this.repeated === undefined ? undefined : cellValue(record, 0);
    if (this.repeated !== undefined && typeof repeated === 'number') {
      this.rows++;
      this.repeated.push(record.line, repeated);
      return;
    }
    this.rows++;
    const index = this.trainingRows++;
    const epochCell = epochColumn >= 0 ? cellValue(record, epochColumn) : this.counted === 'markers' ? this.markedEpoch : this.counted === 'steps' ? Number.NaN : index;
    const stepCell = this.counted === 'columns' || this.counted === 'markers' ? index : stepColumn >= 0 ? cellValue(record, stepColumn) : epochCell;
    if (typeof stepCell !== 'number' || !Number.isFinite(stepCell)) {
      this.unplaced.push(record.line);
      return;
    }
    const epoch = typeof epochCell === 'number' && Number.isFinite(epochCell) ? epochCell : Number.NaN;
    this.builder.line = record.line;
    const wallTime = timeColumn >= 0 ? wallTimeOf(record.field(timeColumn)) : Number.NaN;
    if (this.header.long !== undefined) {
      this.longRecord(record, this.header.long, stepCell, epoch, wallTime);
      return;
    }
    for (let column = 0; column < record.size; column++) {
      const target = series[column];
      if (target === undefined) continue;
      const value = cellValue(record, column);
      if (value === undefined) continue;
      if (value === null) {
        if (!this.nonNumeric.has(columns[column])) this.nonNumeric.set(columns[column], { line: record.line, text: shortened(record.field(column).trim()) });
        continue;
      }
      target.add(stepCell, value, epoch, wallTime);
    }
  }

  /** A long table's row: one value, in the series its qualifier and metric cells name (`train/loss`). */
  private longRecord(record: CsvRecord, { nameColumns, valueColumn }: LongTable, step: number, epoch: number, wallTime: number): void {
    const name = nameColumns.map((column) => record.field(column).trim()).filter((part) => part !== '').join('/');
    const value = cellValue(record, valueColumn);
    if (name === '' || value === undefined) return;
    if (value === null) {
      if (!this.nonNumeric.has('value')) this.nonNumeric.set('value', { line: record.line, text: shortened(record.field(valueColumn).trim()) });
      return;
    }
    this.builder.columns(name).add(step, value, epoch, wallTime);
  }

  private readHeader(record: CsvRecord): Header {
    const columns = record.fields().map((name) => name.trim());
    if (columns.every((name) => typeof parseNumber(name) === 'number')) {
      return this.headerlessHeader(record, columns, countedRowKind(columns));
    }
    const duplicate = columns.find((name, i) => columns.indexOf(name) !== i);
    if (duplicate !== undefined) throw logError(this.file, `column '${duplicate}' appears twice in the header`, record.line);
    const layout = columnLayout(columns);
    const { stepColumn, epochColumn, timeColumn, pandasIndex, fastai, duration, rowIndex } = layout;
    const long = longTable(columns, layout);
    if (long !== undefined) {
      const names = long.nameColumns.map((i) => `'${columns[i]}'`);
      this.headerNote = `a long table: each row one '${columns[long.valueColumn]}', named by its ${names.length === 1 ? `${names[0]} cell` : `${names.join(' and ')} cells, joined with '/' (as 'train/loss')`}`;
      return { columns, line: record.line, stepColumn, epochColumn, timeColumn, pandasIndex, fastai, series: columns.map(() => undefined), long };
    }
    const exported = tensorBoardExportName(this.file, columns);
    if (exported !== undefined) this.headerNote = `TensorBoard's CSV download of one scalar: its 'Value' column read as '${exported}', the name the file gives it`;
    const chart = exported === undefined ? wandbChart(columns) : undefined;
    if (chart !== undefined) this.headerNote = wandbChartNote(chart);
    const series = columns.map((name, i) => {
      if (i === stepColumn || i === epochColumn || i === timeColumn || i === duration || i === rowIndex) return undefined;
      if (chart === undefined) return this.builder.columns(exported ?? name);
      const metric = chart.metrics[i];
      return metric === undefined ? undefined : this.builder.columns(metric);
    });
    return { columns, line: record.line, stepColumn, epochColumn, timeColumn, pandasIndex, fastai, series };
  }

  /**
   * A first line of numbers is no header. One column in a file named for a loss (`loss.csv`,
   * `train_loss.txt`) is that loss, named after the file, one row per epoch from 0; so are the third
   * of `epoch,batch,loss` rows and the numbers under `epoch N` lines (`counted`, one point per number);
   * anything else cannot say what its numbers are and is refused.
   */
  private headerlessHeader(record: CsvRecord, columns: readonly string[], counted?: 'columns' | 'markers' | 'steps'): Header {
    const name = lossNameOfFile(this.file);
    if ((columns.length !== 1 && counted === undefined) || name === undefined) {
      throw logError(this.file, `no header row: line ${record.line} holds numbers (${columns.slice(0, 3).join(', ')}${columns.length > 3 ? ', ...' : ''}); ` +
        "expected a header such as 'epoch,loss,val_loss'. A headerless file is read only when its name says which loss it holds (loss.csv, train_loss.txt, val_loss.csv) " +
        "and it has one column, or 'epoch,batch,loss' rows", record.line);
    }
    this.headerless = name;
    this.counted = counted;
    const line = record.line - 1;
    const header: Header = counted === 'columns'
      ? { columns: ['epoch', 'batch', name], line, stepColumn: -1, epochColumn: 0, timeColumn: -1, pandasIndex: false, fastai: false, series: [undefined, undefined, this.builder.columns(name)] }
      : counted === 'steps'
        ? { columns: ['step', name], line, stepColumn: 0, epochColumn: -1, timeColumn: -1, pandasIndex: false, fastai: false, series: [undefined, this.builder.columns(name)] }
        : { columns: [name], line, stepColumn: -1, epochColumn: -1, timeColumn: -1, pandasIndex: false, fastai: false, series: [this.builder.columns(name)] };
    this.header = header;
    if (counted === undefined) {
      const [column] = header.series;
      this.repeated = new RepeatedHistory((line, value) => {
        const epoch = this.trainingRows++;
        this.builder.line = line;
        column?.add(epoch, value, epoch, Number.NaN);
      }, (line) => this.headerAgain(line, HISTORY_SAVED_AGAIN));
    }
    if (counted !== 'markers') this.record(record);
    return header;
  }
}

/** A cell quoted in a warning: at most 40 characters, so that a long list does not flood the terminal. */
function shortened(cell: string): string {
  return cell.length <= 40 ? cell : `${cell.slice(0, 37)}...`;
}

/** Parses the whole text of a Keras or Lightning CSV log; `file` names it in warnings and errors. */
export function parseCsvLog(text: string, file: string, prefaceLines = 0): ParsedLog {
  const parser = new CsvLogParser(file, prefaceLines);
  parser.push(text);
  return parser.finish();
}
