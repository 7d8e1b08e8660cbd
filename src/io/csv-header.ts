/**
 * A CSV log's header: which column is the step counter, the epoch, the wall time, and whose
 * logger wrote it (csv-log.ts' module comment says how each is read). Browser-safe.
 */
import { baseName, parseNumber } from './series.js';
import type { SeriesColumns } from './series-columns.js';

/** The step counter's column, first of these present: 'step', the Trainer's 'global_step', a script's 'total_steps', W&B's history export's '_step', stable-baselines3's progress.csv 'time/total_timesteps' (readers-75). */
const STEP_COLUMNS = ['step', 'global_step', 'total_steps', 'total_step', 'global_steps', '_step', 'time/total_timesteps'];
const WALL_TIME_COLUMNS = ['created_at', 'wall_time', 'walltime', 'wall time', 'timestamp'];

export interface Header {
  readonly columns: readonly string[];
  readonly line: number;
  readonly stepColumn: number;
  readonly epochColumn: number;
  /** Lightning's early CSVLogger wrote 'created_at' (a date) on every row: the points' wall time. */
  readonly timeColumn: number;
  /** The epoch column is pandas' unnamed index column. */
  readonly pandasIndex: boolean;
  /** The header is fastai's CSVLogger's (csv-log.ts' module comment). */
  readonly fastai: boolean;
  /** The series of each column (undefined for the step, epoch and time columns). */
  readonly series: readonly (SeriesColumns | undefined)[];
  /** A long table's naming and value columns (`longTable`); its series are made as their names come. */
  readonly long?: LongTable;
}

/** A long ("tidy") table: each row one value, named by its qualifier cells then its metric cell. */
export interface LongTable {
  /** The qualifier columns (split, phase, ...) then the metric's name column, in the order they make the name. */
  readonly nameColumns: readonly number[];
  readonly valueColumn: number;
}

/** Columns that name a long table's metric: its own name (`loss`), MLflow's `key`, TensorBoard's `tag`. */
const LONG_NAME_COLUMNS = ['metric', 'key', 'tag', 'name', 'metric_name'];
/** Columns that qualify it: the split (`train`, `val`), or TensorBoard's run folder (`train`, `validation`). */
const LONG_QUALIFIER_COLUMNS = ['split', 'phase', 'mode', 'stage', 'subset', 'set', 'run'];

/**
 * A long ("tidy") table (readers-154): `epoch,split,metric,value` (a DataFrame melted before saving), MLflow's
 * `key,value,step,timestamp`, TensorBoard's `experiment.get_scalars()` as `run,tag,step,value`. One `value`
 * column, one name column, optional qualifier columns, and nothing else but the step, epoch and time columns:
 * a table with another column of numbers is a wide one whose `value` is a metric of its own.
 */
export function longTable(columns: readonly string[], layout: ColumnLayout): LongTable | undefined {
  const lower = columns.map((name) => name.toLowerCase());
  const valueColumn = lower.indexOf('value');
  const nameColumn = lower.findIndex((name) => LONG_NAME_COLUMNS.includes(name));
  if (valueColumn < 0 || nameColumn < 0 || (layout.stepColumn < 0 && layout.epochColumn < 0)) return undefined;
  const qualifiers = lower.flatMap((name, i) => (LONG_QUALIFIER_COLUMNS.includes(name) ? [i] : []));
  const placed = new Set([valueColumn, nameColumn, ...qualifiers, layout.stepColumn, layout.epochColumn, layout.timeColumn]);
  if (lower.some((_, i) => !placed.has(i))) return undefined;
  return { nameColumns: [...qualifiers, nameColumn], valueColumn };
}

/** TensorBoard's "Download CSV" header: one scalar's points. */
const TENSORBOARD_EXPORT_COLUMNS = ['wall time', 'step', 'value'];
/** The name TensorBoard gives the download, `run-<run>-tag-<tag>.csv` (the tag's '/' written '_'). */
const TENSORBOARD_EXPORT_FILE = /^run-(.*)-tag-(.+)$/;
const SPLIT_RUN = /^(?:train|training|val|valid|validation|eval|test)$/i;

/**
 * The series of TensorBoard's "Download CSV" of one scalar (readers-159), `Wall time,Step,Value`, else undefined. The
 * file alone names its tag: `run-<run>-tag-<tag>.csv` as TensorBoard names it (`run-train-tag-epoch_loss.csv`), the
 * tag behind its run where the run names a split (Keras' `train/` and `validation/` folders: 'validation/epoch_loss');
 * once renamed, the file's own name (`valid_loss.csv`: the hundred-and-thirty-seventh corpus's d08, a U-Net's
 * validation loss, read as a series 'value' of no role before).
 */
export function tensorBoardExportName(fileName: string, columns: readonly string[]): string | undefined {
  if (columns.length !== TENSORBOARD_EXPORT_COLUMNS.length || columns.some((name, i) => name.trim().toLowerCase() !== TENSORBOARD_EXPORT_COLUMNS[i])) return undefined;
  const stem = baseName(fileName).replace(/\.csv$/i, '');
  const download = TENSORBOARD_EXPORT_FILE.exec(stem);
  if (download === null) return stem;
  const [, run, tag] = download;
  return SPLIT_RUN.test(run) ? `${run}/${tag}` : tag;
}

/** A W&B chart export's column: `<run> - <metric>`, and its `__MIN` / `__MAX` twins (the band of a grouped run). */
const WANDB_CHART_COLUMN = /^(.+) - (.+?)(__MIN|__MAX)?$/;

/** What a W&B chart export's header says: each column's metric (undefined: not read), the run read and the others. */
export interface WandbChart {
  readonly metrics: readonly (string | undefined)[];
  readonly run: string;
  readonly others: readonly string[];
}

/**
 * A W&B chart's "Export panel: CSV" (readers-166), `"Step","<run> - <metric>","<run> - <metric>__MIN",
 * "<run> - <metric>__MAX"`, one group of three per run in the chart, else undefined: every column after the first (the
 * chart's x axis) is a run's metric or its twin, and one twin at least is there (so that a table whose names merely
 * hold ' - ' is no export). The first run's metrics are read under their own names (`validation/loss`); the twins are
 * the same values for a run of one seed, a band for a group, never a series; the other runs are runs of their own,
 * which one log cannot hold: they are named, not read (the hundred-and-fifty-seventh corpus's d04, a GRU's and an
 * LSTM's validation losses side by side).
 */
export function wandbChart(columns: readonly string[]): WandbChart | undefined {
  const parsed = columns.slice(1).map((name) => WANDB_CHART_COLUMN.exec(name));
  if (columns.length < 3 || parsed.some((match) => match === null) || !parsed.some((match) => match?.[3] !== undefined)) return undefined;
  const runs = [...new Set(parsed.map((match) => match?.[1] ?? ''))];
  const [run, ...others] = runs;
  const metrics = [undefined, ...parsed.map((match) => (match !== null && match[1] === run && match[3] === undefined ? match[2] : undefined))];
  return { metrics, run, others };
}

/** The header's columns that hold no series of their own (-1 when absent), with the logger it names. */
export type ColumnLayout = Omit<Header, 'columns' | 'line' | 'series'> & { readonly duration: number; readonly rowIndex: number };

/** Where a header's step, epoch, time, duration and row-index columns are (see csv-log.ts' module comment). */
export function columnLayout(columns: readonly string[]): ColumnLayout {
  // The Hugging Face Trainer's and simpletransformers' counter is 'global_step'; rasbt's training scripts write 'total_steps'.
  // A script's own DataFrame may capitalise them (`Epoch,loss,feat_num`, readers-106): the exact name first, then any case.
  const stepName = STEP_COLUMNS.find((step) => columns.includes(step));
  const stepColumn = stepName === undefined ? columns.findIndex((name) => STEP_COLUMNS.includes(name.toLowerCase())) : columns.indexOf(stepName);
  const namedEpoch = columns.includes('epoch') ? columns.indexOf('epoch') : columns.findIndex((name) => name.toLowerCase() === 'epoch');
  const pandasIndex = stepColumn < 0 && namedEpoch < 0 && columns.length > 1 && isPandasIndexName(columns[0]);
  const epochColumn = pandasIndex ? 0 : namedEpoch;
  const timeColumn = columns.findIndex((name) => WALL_TIME_COLUMNS.includes(name.toLowerCase()));
  const fastai = isFastaiHeader(columns);
  const duration = fastai && columns.at(-1) === 'time' ? columns.length - 1 : -1;
  // A DataFrame's unnamed index column beside a step column (W&B's `run.history()` saved with pandas, `,_step,...`) numbers the rows: no series.
  const rowIndex = !pandasIndex && stepColumn > 0 && columns[0] === '' ? 0 : -1;
  return { stepColumn, epochColumn, timeColumn, pandasIndex, fastai, duration, rowIndex };
}

/** fastai's CSVLogger header: `epoch,train_loss`, then a `valid_loss` column or a last `time` column (csv-log.ts' module comment). */
const isFastaiHeader = (columns: readonly string[]) =>
  columns[0] === 'epoch' && columns[1] === 'train_loss' && (columns.includes('valid_loss') || columns.at(-1) === 'time');

/** pandas' `to_csv` names its index column '' (and `Unnamed: 0` once the file is read back and saved again). */
export const isPandasIndexName = (field: string) => field === '' || field === 'Unnamed: 0';

/**
 * The loss a headerless one-column file holds, by its name without the extension ('train_loss'), else undefined. Run
 * parameters written after the loss word are no part of it (readers-144: `losses_tau_0.05_0.005.txt` holds 'losses',
 * `val_loss_fold1.txt` 'val_loss'): a remainder with a digit and no split word.
 */
export function lossNameOfFile(fileName: string): string | undefined {
  const stem = baseName(fileName).replace(/\.(csv|tsv|txt|log|json)$/i, '');
  if (!/loss/i.test(stem)) return undefined;
  const named = /^(.*loss(?:es)?)[._-](.*)$/i.exec(stem);
  return named !== null && /\d/.test(named[2]) && !SPLIT_WORD.test(named[2]) ? named[1] : stem;
}

const SPLIT_WORD = /(?:^|[._-])(?:train|training|val|valid|validation|test|eval|dev)(?:$|[._-])/i;

/** Seconds since the Unix epoch from a number of seconds or a date ('2020-02-03 16:53:44.934109'); NaN otherwise. */
export function wallTimeOf(cell: string): number {
  const number = parseNumber(cell);
  if (typeof number === 'number') return Number.isFinite(number) ? number : Number.NaN;
  // A date without a zone (Python's datetime.now()) is read as UTC, so the result does not depend on this machine.
  const text = cell.trim().replace(' ', 'T');
  const milliseconds = Date.parse(/^\d{4}-\d\d-\d\dT[\d:.]+$/.test(text) ? `${text}Z` : text);
  return Number.isFinite(milliseconds) ? milliseconds / 1000 : Number.NaN;
}
