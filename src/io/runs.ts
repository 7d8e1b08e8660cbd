/**
 * Reading training runs from disk (Node only; the parsers it uses are browser-safe).
 *
 *   readRun(path)  a log file, or a directory holding exactly one run
 *   readRuns(dir)  every run under a directory, TensorBoard's layout: each directory with event
 *                  files is one run (its files merged by step, read in name order, which is time
 *                  order for `events.out.tfevents.<unix time>...`), named by its path under `dir`;
 *                  each CSV / JSONL log is a run of its own (Lightning's `version_N/metrics.csv` → 'version_N');
 *                  a JSON document holding several trainings (json-log.ts's history containers) is one
 *                  run per training, named '<the file's run name>/<the container's path>'; `readRun`
 *                  reads the last of them (see `parseJsonLog`)
 *
 * Keras's `TensorBoard` callback writes `log_dir/train/` and `log_dir/validation/`, both with tags
 * `epoch_loss`, `epoch_accuracy`, ... (step = 0-based epoch). A directory whose subdirectories are
 * exactly `train` and `validation` (or only `train`), with event files in `train`, is therefore
 * ONE run: its series are named `train/epoch_loss`, `validation/epoch_loss`, ..., and their points
 * carry `epoch` = step.
 *
 * PyTorch's `SummaryWriter.add_scalars` writes one folder per key (`epoch_loss/`, `epoch_val_loss/`,
 * both with the tag `epoch`): such a folder is one run too, its series named by the keys (see
 * `addScalarsRun`).
 *
 * Two more layouts are one run each: a CatBoost training directory (`catboost_info/`, found by its
 * learn_error.tsv / test_error.tsv / catboost_training.json; its learn/ and test/ event files
 * copy the same numbers and are not read again), and a Hugging Face output directory, whose
 * `checkpoint-N/trainer_state.json` files each hold the log so far: only the latest checkpoint's
 * is read, and none when the directory has its own trainer_state.json.
 *
 * Walking skips hidden directories, `node_modules`, symbolic links and special files, visits a
 * directory once even when mounted twice, and stops at depth `MAX_DEPTH`. A file or folder that
 * cannot be read (not a log after all, permissions, a broken header) does not stop the walk: it
 * becomes a run with `error` set and no series, and the other runs are read. Only files that look
 * like logs count (a data table or a config next to the logs is not a run: see walk-detect.ts);
 * `readRun` on a file reads it whatever it is.
 *
 * Only regular files and directories are read: a path that is a device (/dev/null, /dev/zero),
 * a named pipe, a socket, or a loop of symbolic links is an error naming it. A file is read in
 * chunks, up to the size it had when opened (a log still being written is read as it was then),
 * CSV and JSONL straight into typed columns (see `ScalarSeries`).
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { catBoostPrefixes } from './catboost.js';
import { CsvLogParser } from './csv-log.js';
import { parseJsonLog, parseJsonTrainings } from './json-log.js';
import { JsonlLogParser } from './jsonl-log.js';
import { cannotRead, headOf, openRegularFile, pathKind, readChunks, READ_CHUNK_BYTES } from './files.js';
import { logKindInWalk } from './walk-detect.js';
import { textDecoderFor } from './text-decoder.js';
import { detectLogFormat, isEventFileName, lfsPointerError, LONG_SNIFF_BYTES, needsLongerHead, notALog, SNIFF_BYTES, withUltralyticsTotalsIfAny, type LogFileKind } from './parse-log.js';
import { latestCheckpoint, readCatBoostRun } from './run-layouts.js';
import { baseName, logError, SeriesBuilder } from './series.js';
import { InputError } from '../core/errors.js';
import { EventFileReader, ScalarCollector } from './tfevents.js';
import type { LogFormat, ParsedLog, RunLog, ScalarSeries } from './types.js';

/** How deep `readRuns` looks below its directory. */
export const MAX_DEPTH = 8;
/** Bytes read at a time. */
export { READ_CHUNK_BYTES };
/** Keras's `TensorBoard` callback's run subdirectories (keras/src/callbacks/tensorboard.py). */
export const KERAS_RUN_DIRECTORIES = ['train', 'validation'] as const;

/**
 * Reads one run: a log file, or a directory that holds exactly one readable run (see
 * `readRuns`; files there that could not be read are named in the run's warnings).
 */
export async function readRun(path: string): Promise<RunLog> {
  if ((await pathKind(path, logError)) === 'file') return readFileRun(path, fileRunName(path));
  const all = await readDirectoryRuns(path, false);
  const runs = all.filter((run) => run.error === undefined);
  const failed = all.filter((run) => run.error !== undefined);
  if (runs.length === 1) {
    for (const run of failed) runs[0].warnings.push(`skipped ${run.source.path}: ${run.error}`);
    return runs[0];
  }
  if (runs.length === 0) throw failed.length === 1 ? logError(failed[0].source.path, stripPath(failed[0])) : noLogs(path);
  throw logError(path, `holds ${runs.length} runs (${runs.map((run) => run.name).join(', ')}); read them with readRuns, or name one`);
}

/** The error message without the 'path: ' prefix logError gave it. */
function stripPath(run: RunLog): string {
  const prefix = `${run.source.path}: `;
  const message = run.error ?? '';
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/**
 * Runs `read`; an input error (not a log, damaged beyond reading) or a file-system error
 * becomes a run with `error` set, so one bad file does not hide the others.
 */
async function readOrReport(name: string, path: string, read: () => Promise<RunLog>): Promise<RunLog> {
  try {
    return await read();
  } catch (error) {
    const fileSystem = typeof (error as NodeJS.ErrnoException).code === 'string';
    if (!(error instanceof InputError) && !fileSystem) throw error;
    const message = fileSystem ? `${path}: cannot read (${(error as Error).message})` : (error as Error).message;
    return { name, source: { path, format: 'unreadable' }, series: {}, warnings: [message], error: message };
  }
}

/** `readOrReport` for a file that may hold several runs. */
async function readOrReportAll(name: string, path: string, read: () => Promise<RunLog[]>): Promise<RunLog[]> {
  let runs: RunLog[] = [];
  const failed = await readOrReport(name, path, async () => {
    runs = await read();
    return runs[0];
  });
  return failed.error === undefined ? runs : [failed];
}

/** Reads every run under `dir` (see the file comment for the layout), in path order; a file is one run. */
export async function readRuns(dir: string): Promise<RunLog[]> {
  if ((await pathKind(dir, logError)) === 'file') return readFileRuns(dir, fileRunName(dir));
  return readDirectoryRuns(dir, true);
}

/**
 * `trainings`: a JSON document holding several trainings gives one run each (`readRuns`), else
 * one run, the last training (`readRun`; see `parseJsonLog`).
 */
async function readDirectoryRuns(dir: string, trainings: boolean): Promise<RunLog[]> {
  const runs: RunLog[] = [];
  await collectRuns(dir, dir, 0, runs, new Set(), trainings);
  return runs;
}

function noLogs(path: string) {
  return logError(path, "no training logs found (looked for events.out.tfevents.*, CSV logs with an 'epoch' or 'step' column, pandas' unnamed index column or a training and a validation loss, JSON lines (*.jsonl, and .json / .txt / .log files holding them, as detectron2's metrics.json and DETR's log.txt), trainer_state.json, Keras history JSON, a list of per-epoch records or Python dict repr, catboost_info/; a headerless column of numbers only when the file's name says which loss it holds: loss.csv, train_loss.txt)");
}

/** Event files and `metrics.csv` are named by their directory (`version_3`), other files by their stem. */
function fileRunName(path: string): string {
  const name = basename(path);
  if (isEventFileName(name) || name === 'metrics.csv') return baseName(resolve(path, '..'));
  return basename(name, extname(name));
}

function runName(root: string, dir: string): string {
  const rel = relative(root, dir);
  return rel === '' ? baseName(resolve(root)) : rel.split(sep).join('/');
}

interface DirScan {
  /** Every regular file, by name. */
  readonly files: string[];
  readonly eventFiles: string[];
  readonly logFiles: { readonly name: string; readonly kind: Exclude<LogFileKind, 'tfevents'> | 'unreadable' }[];
  readonly subdirectories: string[];
}

async function scan(dir: string): Promise<DirScan> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw logError(dir, cannotRead(error, 'list'));
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const result: DirScan = { files: [], eventFiles: [], logFiles: [], subdirectories: [] };
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') result.subdirectories.push(entry.name);
    } else if (entry.isFile()) {
      result.files.push(entry.name);
      if (isEventFileName(entry.name)) result.eventFiles.push(entry.name);
      else {
        // A file that cannot even be sniffed is read (and reported) like a log, not dropped silently.
        const kind = await logKindInWalk(join(dir, entry.name)).catch(() => 'unreadable' as const);
        if (kind !== undefined) result.logFiles.push({ name: entry.name, kind });
      }
    }
  }
  return result;
}

function isKerasLayout(listing: DirScan, train: DirScan | undefined): boolean {
  const names = listing.subdirectories;
  const known = names.every((name) => (KERAS_RUN_DIRECTORIES as readonly string[]).includes(name));
  return known && names.includes('train') && train !== undefined && train.eventFiles.length > 0;
}

/** The device and inode of a directory: the same directory reached twice (a bind mount) is walked once. */
async function directoryKey(dir: string): Promise<string> {
  try {
    const info = await stat(dir);
    return `${info.dev}:${info.ino}`;
  } catch (error) {
    throw logError(dir, cannotRead(error, 'list'));
  }
}

async function collectRuns(root: string, dir: string, depth: number, out: RunLog[], visited: Set<string>, trainings: boolean): Promise<void> {
  const key = await directoryKey(dir);
  if (visited.has(key)) return;
  visited.add(key);
  const listing = await scan(dir);
  const prefixes = catBoostPrefixes(listing.files);
  if (prefixes.length > 0) {
    for (const prefix of prefixes) {
      const catBoostName = prefixes.length === 1 ? runName(root, dir) : `${runName(root, dir)}/${prefix.replace(/_$/, '')}`;
      out.push(await readOrReport(catBoostName, dir, async () => {
        const parsed = await readCatBoostRun(dir, prefix, listing.files);
        return finishRun(catBoostName, dir, parsed.format, parsed.series, parsed.warnings, parsed);
      }));
    }
    return;
  }
  // Each checkpoint-N/trainer_state.json of a Hugging Face output directory holds the log so far.
  const checkpoints = latestCheckpoint(listing.subdirectories, listing.files.includes('trainer_state.json'));
  listing.subdirectories.length = 0;
  for (const checkpoint of checkpoints) listing.subdirectories.push(checkpoint);
  const train = listing.subdirectories.includes('train') ? await scan(join(dir, 'train')) : undefined;
  const keras = isKerasLayout(listing, train);
  const name = runName(root, dir);
  const runsHere = (listing.eventFiles.length > 0 || keras ? 1 : 0) + listing.logFiles.length;
  if (keras) {
    const parts = [{ prefix: '', files: listing.eventFiles.map((file) => join(dir, file)) }];
    for (const sub of listing.subdirectories) {
      const files = (await scan(join(dir, sub))).eventFiles.map((file) => join(dir, sub, file));
      parts.push({ prefix: `${sub}/`, files });
    }
    out.push(await readOrReport(name, dir, async () => markKerasEpochs(await readEventRun(name, dir, parts))));
  } else if (depth < MAX_DEPTH && await addScalarsRun(root, dir, listing, out, visited)) {
    return;
  } else if (listing.eventFiles.length > 0) {
    out.push(await readOrReport(name, dir, () => readEventRun(name, dir, [{ prefix: '', files: listing.eventFiles.map((file) => join(dir, file)) }])));
  }
  for (const file of listing.logFiles) {
    const fileName = runsHere === 1 ? name : `${name}/${basename(file.name, extname(file.name))}`;
    const path = join(dir, file.name);
    const known = file.kind === 'unreadable' ? undefined : file.kind;
    if (trainings) for (const run of await readOrReportAll(fileName, path, () => readFileRuns(path, fileName, known))) out.push(run);
    else out.push(await readOrReport(fileName, path, () => readFileRun(path, fileName, known)));
  }
  if (keras || depth >= MAX_DEPTH) return;
  for (const sub of listing.subdirectories) await collectRuns(root, join(dir, sub), depth + 1, out, visited, trainings);
}

/**
 * PyTorch's `SummaryWriter.add_scalars(main_tag, {key: value})` writes each key to a folder of its
 * own, `<log_dir>/<main_tag with '/' as '_'>_<key>`, whose events hold the tag `main_tag`
 * (torch/utils/tensorboard/writer.py). A folder whose subfolders (two or more) each hold only
 * event files with one scalar tag, the same in all, named that tag + '_' + a key, is therefore
 * ONE run: its series are the keys (`epoch_loss/` and `epoch_val_loss/`, tag `epoch`: series
 * `loss` and `val_loss`), with the folder's own event files' series next to them. Pushes that run
 * and returns true; otherwise pushes the subfolders' runs as read (each is one run: they hold no
 * other logs and no subfolders), or nothing, and returns whether it did.
 */
async function addScalarsRun(root: string, dir: string, listing: DirScan, out: RunLog[], visited: Set<string>): Promise<boolean> {
  if (listing.subdirectories.length < 2 || listing.logFiles.length > 0) return false;
  const subs: { name: string; path: string; files: string[] }[] = [];
  for (const sub of listing.subdirectories) {
    const path = join(dir, sub);
    if (visited.has(await directoryKey(path))) return false;
    const inner = await scan(path);
    if (inner.eventFiles.length === 0 || inner.subdirectories.length > 0 || inner.logFiles.length > 0 || catBoostPrefixes(inner.files).length > 0) return false;
    subs.push({ name: sub, path, files: inner.eventFiles.map((file) => join(path, file)) });
  }
  // Read once: if the layout does not fit, these are the runs the walk would have read.
  const runs: RunLog[] = [];
  for (const sub of subs) {
    visited.add(await directoryKey(sub.path));
    const subName = runName(root, sub.path);
    runs.push(await readOrReport(subName, sub.path, () => readEventRun(subName, sub.path, [{ prefix: '', files: sub.files }])));
  }
  const tags = runs.map((run) => Object.keys(run.series));
  const tag = tags[0]?.[0];
  const fits = tag !== undefined && runs.every((run, i) => run.error === undefined && tags[i].length === 1 && tags[i][0] === tag &&
    subs[i].name.length > tag.length + 1 && subs[i].name.startsWith(`${tag.replace(/\//g, '_')}_`));
  if (!fits) {
    if (listing.eventFiles.length > 0) {
      const name = runName(root, dir);
      out.push(await readOrReport(name, dir, () => readEventRun(name, dir, [{ prefix: '', files: listing.eventFiles.map((file) => join(dir, file)) }])));
    }
    for (const run of runs) out.push(run);
    return true;
  }
  const name = runName(root, dir);
  out.push(await readOrReport(name, dir, async () => {
    const own = listing.eventFiles.length > 0 ? await readEventRun(name, dir, [{ prefix: '', files: listing.eventFiles.map((file) => join(dir, file)) }]) : undefined;
    const series: Record<string, ScalarSeries> = { ...own?.series };
    const warnings = [...(own?.warnings ?? [])];
    const keys: string[] = [];
    runs.forEach((run, i) => {
      const key = subs[i].name.slice(tag.length + 1);
      const seriesName = key in series ? `${tag}/${key}` : key;
      series[seriesName] = run.series[tag];
      keys.push(seriesName);
      for (const warning of run.warnings) warnings.push(warning);
    });
    const notes = [...(own?.notes ?? []), ...runs.flatMap((run) => run.notes ?? []),
      `PyTorch's add_scalars('${tag}', {...}) layout: the subfolders ${subs.map((sub) => `${sub.name}/`).join(', ')} are one run, their tag '${tag}' read as the series ${keys.map((key) => `'${key}'`).join(', ')}`];
    return finishRun(name, dir, 'tfevents', series, warnings, { notes });
  }));
  return true;
}

/** Reads event files (paths) into one run; each part's tags get its prefix. */
async function readEventRun(name: string, path: string, parts: { prefix: string; files: string[] }[]): Promise<RunLog> {
  const collector = new ScalarCollector(new SeriesBuilder());
  for (const part of parts) {
    for (const file of part.files) await streamEventFile(file, collector, part.prefix);
  }
  const warnings = [...collector.warnings];
  const notes: string[] = [];
  const series = collector.builder.finish(path, warnings, notes);
  return finishRun(name, path, 'tfevents', series, warnings, { notes });
}

async function streamEventFile(path: string, collector: ScalarCollector, prefix: string): Promise<void> {
  const reader = new EventFileReader(path, collector, prefix);
  const { handle, size } = await openRegularFile(path, logError);
  try {
    const pointer = lfsPointerError(path, await headOf(handle, size, SNIFF_BYTES));
    if (pointer !== undefined) throw pointer;
    // A fresh buffer per read: the reader keeps views into the chunks it is given.
    await readChunks(handle, size, true, (chunk) => reader.push(chunk));
  } finally {
    await handle.close();
  }
  reader.finish();
}

/** Keras writes epoch-level tags with step = epoch: say so on the points. */
function markKerasEpochs(run: RunLog): RunLog {
  for (const [name, series] of Object.entries(run.series)) {
    if (!/(^|\/)epoch_/.test(name)) continue;
    run.series[name] = { ...series, epochs: series.steps };
  }
  return run;
}

async function readFileRun(path: string, name: string, known?: LogFileKind): Promise<RunLog> {
  return (await readFileRunsOf(path, name, known, false))[0];
}

/**
 * A log file's runs: one, except a JSON document holding several trainings (history containers,
 * see `parseJsonTrainings`): one run each, named `<name>/<the container's path>`.
 */
async function readFileRuns(path: string, name: string, known?: LogFileKind): Promise<RunLog[]> {
  return readFileRunsOf(path, name, known, true);
}

async function readFileRunsOf(path: string, name: string, known: LogFileKind | undefined, trainings: boolean): Promise<RunLog[]> {
  const eventRun = async () => [await readEventRun(name, path, [{ prefix: '', files: [path] }])];
  if (known === 'tfevents' || (known === undefined && isEventFileName(basename(path)))) return eventRun();
  const { handle, size } = await openRegularFile(path, logError);
  try {
    const head = await headOf(handle, size, SNIFF_BYTES);
    const pointer = lfsPointerError(path, head);
    if (pointer !== undefined) throw pointer;
    const sniffed = known === undefined && needsLongerHead(head) ? await headOf(handle, size, LONG_SNIFF_BYTES) : head;
    const kind = known ?? detectLogFormat(basename(path), sniffed);
    if (kind === 'tfevents') return await eventRun();
    if (kind === undefined) throw notALog(path);
    const decoder = textDecoderFor(head);
    let parsed: ParsedLog;
    if (kind === 'json') {
      // One JSON document (trainer_state.json is at most a few MB): read whole.
      let text = '';
      await readChunks(handle, size, false, (bytes) => { text += decoder.decode(bytes, { stream: true }); });
      text += decoder.decode();
      if (trainings) {
        const all = parseJsonTrainings(text, path);
        if (all.length > 1) return all.map(({ where, parsed: one }) => finishRun(`${name}/${where}`, path, one.format, one.series, one.warnings, one));
        parsed = all[0].parsed;
      } else {
        parsed = parseJsonLog(text, path);
      }
    } else {
      const parser = kind === 'csv' ? new CsvLogParser(path) : new JsonlLogParser(path);
      await readChunks(handle, size, false, (bytes) => parser.push(decoder.decode(bytes, { stream: true })));
      parser.push(decoder.decode());
      parsed = kind === 'csv' ? withUltralyticsTotalsIfAny(parser.finish(), path) : parser.finish();
    }
    return [finishRun(name, path, parsed.format, parsed.series, parsed.warnings, parsed)];
  } finally {
    await handle.close();
  }
}

function finishRun(
  name: string, path: string, format: LogFormat, series: Record<string, ScalarSeries>, warnings: string[],
  extra: Pick<ParsedLog, 'roles' | 'notes'> = {},
): RunLog {
  if (Object.keys(series).length === 0) warnings.push(`${path}: no scalar series found`);
  return {
    name, source: { path, format }, series, warnings,
    ...(extra.roles === undefined ? {} : { roles: extra.roles }),
    ...(extra.notes === undefined || extra.notes.length === 0 ? {} : { notes: extra.notes }),
  };
}
