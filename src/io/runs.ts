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
 * carry `epoch` = step. Other writers pair `train/` with another of the validation split words the
 * role table knows (XGBoost's TensorBoard callback writes `train/` + `valid/`, both with the tag
 * `rmse` or `logloss`; also `val`, `eval`, `evaluation`, `dev`, `test`): the same one run, with a
 * note naming the pair; never with two such folders (`valid/` + `test/` would both be `val_...`).
 *
 * PyTorch's `SummaryWriter.add_scalars` writes one folder per key (`epoch_loss/`, `epoch_val_loss/`,
 * both with the tag `epoch`): such a folder is one run too, its series named by the keys (see
 * add-scalars-layout.ts).
 *
 * MLflow's file store (`mlruns/`) gives one run per MLflow run folder, named by its run name: see
 * mlflow-store.ts; the store, an experiment folder or a run folder can be read, and a run's
 * metrics/ folder (that run) or a metric file in it (that metric).
 *
 * Two more layouts are one run each: a CatBoost training directory (`catboost_info/`, found by its
 * learn_error.tsv / test_error.tsv / catboost_training.json; its learn/ and test/ event files
 * copy the same numbers and are not read again), and a Hugging Face output directory, whose
 * `checkpoint-N/trainer_state.json` files each hold the log so far: only the latest checkpoint's
 * is read, and none when the directory has its own trainer_state.json. In any folder, CSV files
 * named by split that share their axis and loss columns (`train_performance.csv`,
 * `val_performance.csv`) are one run, the validation file's series named 'val_' + the name: see
 * split-files-layout.ts; so are a DVCLive metrics folder's TSV files, one per metric (`loss.tsv`,
 * `eval_loss.tsv`, ...): see dvclive-layout.ts; and so are an AllenNLP serialization folder's
 * `metrics_epoch_N.json` files, one per epoch (its `metrics.json`, the final summary, not read):
 * see allennlp-layout.ts.
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
 *
 * This module walks; a directory's listing is walk-scan.ts's, reading files into runs is
 * file-runs.ts's, and the layouts that are one run are add-scalars-layout.ts's, run-layouts.ts's,
 * dvclive-layout.ts's, allennlp-layout.ts's, split-files-layout.ts's and mlflow-store.ts's (mlflow-run.ts reads an MLflow run).
 */
import { readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { addScalarsRun } from './add-scalars-layout.js';
import { ALLENNLP_SUMMARY, allennlpEpochFiles, readAllennlpRun } from './allennlp-layout.js';
import { catBoostPrefixes } from './catboost.js';
import { dvcliveMetricFiles, readDvcliveRun } from './dvclive-layout.js';
import { finishRun, readEventRun, readFileRun, readFileRuns, readFolderEvents, readOrReport, readOrReportAll } from './file-runs.js';
import { pathKind, READ_CHUNK_BYTES } from './files.js';
import { readMlflowMetricsPath } from './mlflow-run.js';
import { mlflowRuns } from './mlflow-store.js';
import { isEventFileName } from './parse-log.js';
import { latestCheckpoint, readCatBoostRun } from './run-layouts.js';
import { baseName, logError } from './series.js';
import { readSplitFilesRun, splitFileGroups } from './split-files-layout.js';
import { readSplitFoldersRun, splitFolders } from './split-folders-layout.js';
import { isValidationSplitWord } from '../monitor/index.js';
import type { RunLog } from './types.js';
import { directoryKey, runName, scan, type DirScan } from './walk-scan.js';
import { isReadmeRun } from './walk-detect.js';

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
  const kind = await pathKind(path, logError);
  const metrics = await readMlflowMetricsPath(path);
  if (metrics !== undefined) return metrics;
  if (kind === 'file') return readFileRun(path, fileRunName(path));
  const all = await readDirectoryRuns(path, false);
  const runs = all.filter((run) => run.error === undefined);
  const failed = all.filter((run) => run.error !== undefined);
  if (runs.length === 1) {
    // The error names its file (and line) already: 'skipped <path>:<line>: <why>'.
    for (const run of failed) runs[0].warnings.push(`skipped ${placedError(run).message}`);
    return runs[0];
  }
  if (runs.length === 0) throw failed.length === 1 ? placedError(failed[0]) : noLogs(path);
  throw logError(path, `holds ${runs.length} runs (${runs.map((run) => run.name).join(', ')}); read them with readRuns, or name one`);
}

/**
 * A failed run's error thrown again at its place: its message without the 'path: ' or
 * 'path:line: ' prefix logError gave it, which the new error puts back (once, not twice).
 */
function placedError(run: RunLog): Error {
  const path = run.source.path;
  const message = run.error ?? '';
  if (!message.startsWith(`${path}:`)) return logError(path, message);
  const placed = /^:(?:(\d+):)? /.exec(message.slice(path.length));
  if (placed === null) return logError(path, message);
  const rest = message.slice(path.length + placed[0].length);
  return placed[1] === undefined ? logError(path, rest) : logError(path, rest, Number(placed[1]));
}

/** Reads every run under `dir` (see the file comment for the layout), in path order; a file is one run. */
export async function readRuns(dir: string): Promise<RunLog[]> {
  const kind = await pathKind(dir, logError);
  const metrics = await readMlflowMetricsPath(dir);
  if (metrics !== undefined) return [metrics];
  if (kind === 'file') return readFileRuns(dir, fileRunName(dir));
  return readDirectoryRuns(dir, true);
}

/**
 * `trainings`: a JSON document holding several trainings gives one run each (`readRuns`), else
 * one run, the last training (`readRun`; see `parseJsonLog`).
 */
async function readDirectoryRuns(dir: string, trainings: boolean): Promise<RunLog[]> {
  const runs: RunLog[] = [];
  await collectRuns(dir, dir, 0, runs, new Set(), trainings);
  return runs.length > 0 ? runs : readmeRuns(dir);
}

/**
 * A folder's README is its description, never a run while walking (most READMEs that quote a
 * training quote a line or two of it, beside the logs themselves); but in a folder that holds no run
 * at all, a README whose code blocks hold a whole training's loss series (at least
 * MIN_MARKDOWN_POINTS points: `isReadmeRun`) is the only training log the folder has, and is read,
 * with a note saying so (readers-95: DGL's dglgo README and a Chinese text classifier's README pasting
 * their consoles, the fiftieth corpus's a06 and the fifty-first's d01). Only the walked folder's own
 * READMEs, not those of folders below it.
 */
async function readmeRuns(dir: string): Promise<RunLog[]> {
  const runs: RunLog[] = [];
  // The folder's names only: collectRuns has sniffed every file already, and isReadmeRun reads a README alone.
  const files = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  const readmes: string[] = [];
  for (const file of files) if (await isReadmeRun(join(dir, file))) readmes.push(file);
  for (const file of readmes) {
    const name = readmes.length === 1 ? runName(dir, dir) : `${runName(dir, dir)}/${basename(file, extname(file))}`;
    const run = await readOrReport(name, join(dir, file), () => readFileRun(join(dir, file), name, 'markdown'));
    runs.push(withNotes(run, [`${file} read as a run: the folder holds no other training log, and its README's code blocks hold one`]));
  }
  return runs;
}

function noLogs(path: string) {
  return logError(path, "no training logs found (looked for events.out.tfevents.*, CSV logs with an 'epoch' or 'step' column, pandas' unnamed index column or a training and a validation loss, JSON lines (*.jsonl, and .json / .txt / .log files holding them, as detectron2's metrics.json and DETR's log.txt), trainer_state.json, Ludwig's training_statistics.json, Keras history JSON, a list of per-epoch records or Python dict repr, catboost_info/, Ultralytics' header-less results.txt, PyTorch MetricLogger console logs (.log / .txt: 'Epoch: [0]  [10/400]  loss: 0.52 (0.61)', maskrcnn-benchmark's 'iter: 20  loss: ...'), plain console logs of 'name: value' loss lines with an epoch, step or split on them (.log / .txt: 'Epoch 3/20, train loss: 0.512, val loss: 0.601', Keras' fit output, a TF1 loop's 'Epoch 0/100, training_cost: 546.05'), Trax's training loop ('Step 1: train CrossEntropyLoss |  9.85'), the PyTorch char-RNN / seq2seq tutorials' progress prints ('0m 19s (100 5%) 2.1267', '5000 5% (0m 5s) 2.6379 Albert / Polish'), MT-DNN's logging lines of bracketed values ('Updates - [   500] Training Loss - [1.32204]'), lecun1989-repro's evaluations ('eval: split train. loss 5.576071e-02. error 8.11%. misses: 591'), build-nanogpt's '<step> train <loss>' log, OpenAI logger's '| loss | 0.52 |' tables, a console table under a header naming a counter and a loss (JDE's 'Epoch Batch ... total', fastai's 'epoch  train_loss  valid_loss  accuracy  time', Chainer's PrintReport), CatBoost's, XGBoost's and LightGBM's console evaluation lines ('[0]\\tvalidation_0-rmse:8.49'), MLflow's mlruns/ (the store, an experiment or a run folder), Jupyter notebooks (.ipynb) whose printed output holds one of these console logs or shows a history as a cell's value, Markdown pages (.md, keras.io's examples; .Rmd as knitr renders them, rstudio/keras3's vignettes) whose code blocks hold one and reStructuredText pages (.rst, Sphinx tutorials) whose literal blocks do (in a folder, no README and a training loss of 5 points or more); a headerless column of numbers only when the file's name says which loss it holds: loss.csv, train_loss.txt)");
}

/** Event files and `metrics.csv` are named by their directory (`version_3`), other files by their stem. */
function fileRunName(path: string): string {
  const name = basename(path);
  if (isEventFileName(name) || name === 'metrics.csv') return baseName(resolve(path, '..'));
  return basename(name, extname(name));
}

/**
 * `train/` with event files, and besides it at most one folder named by a validation split word
 * (Keras's `validation/`, XGBoost's `valid/`): one run, the folders' names prefixing the tags.
 */
function isKerasLayout(listing: DirScan, train: DirScan | undefined): boolean {
  const others = listing.subdirectories.filter((name) => name !== 'train');
  const paired = others.length === 0 || (others.length === 1 && isValidationSplitWord(others[0]));
  return paired && listing.subdirectories.includes('train') && train !== undefined && train.eventFiles.length > 0;
}

/** The note for a train/ + validation pair that is not Keras's own `validation/` (which needs none). */
function pairNote(subdirectories: readonly string[]): string[] {
  const validation = subdirectories.find((name) => name !== 'train');
  if (validation === undefined || validation === KERAS_RUN_DIRECTORIES[1]) return [];
  return [`the folders train/ and ${validation}/ are one run (as Keras's TensorBoard callback writes train/ + validation/): ` +
    `${validation}/'s tags are the validation series ('${validation}/<tag>')`];
}

async function collectRuns(root: string, dir: string, depth: number, out: RunLog[], visited: Set<string>, trainings: boolean): Promise<void> {
  const key = await directoryKey(dir);
  if (visited.has(key)) return;
  visited.add(key);
  const listing = await scan(dir);
  if (await mlflowRuns(root, dir, listing, out)) return;
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
  // A DVCLive metrics folder (one TSV per metric) is one run, and so is one CSV file per split
  // (train_performance.csv + val_performance.csv).
  const dvclive = await dvcliveMetricFiles(dir, listing.files);
  const splitGroups = await splitFileGroups(dir, listing.files.filter((file) => !dvclive.includes(file)));
  // An AllenNLP serialization folder's metrics_epoch_N.json files are one run; its metrics.json is their summary.
  const allennlp = allennlpEpochFiles(listing.files);
  const grouped = new Set([...dvclive, ...splitGroups.flatMap((group) => group.files.map((file) => file.name)), ...allennlp, ...(allennlp.length > 0 ? [ALLENNLP_SUMMARY] : [])]);
  const logFiles = listing.logFiles.filter((file) => !grouped.has(file.name));
  const runsHere = (listing.eventFiles.length > 0 || keras ? 1 : 0) + (dvclive.length > 0 ? 1 : 0) + (allennlp.length > 0 ? 1 : 0) + splitGroups.length + logFiles.length;
  // train/log.txt + val/log.txt with nothing else in either folder: one run (FastSpeech2's text logs).
  const folders = keras || depth >= MAX_DEPTH ? undefined : await splitFolders(dir, listing);
  if (folders !== undefined) {
    out.push(await readSplitFoldersRun(runsHere === 0 ? name : `${name}/${KERAS_RUN_DIRECTORIES[0]}`, dir, folders));
    listing.subdirectories.length = 0;
  }
  if (keras) {
    const parts = [{ prefix: '', files: listing.eventFiles.map((file) => join(dir, file)) }];
    for (const sub of listing.subdirectories) {
      const files = (await scan(join(dir, sub))).eventFiles.map((file) => join(dir, sub, file));
      parts.push({ prefix: `${sub}/`, files });
    }
    out.push(await readOrReport(name, dir, async () => withNotes(markKerasEpochs(await readEventRun(name, dir, parts)), pairNote(listing.subdirectories))));
  } else if (depth < MAX_DEPTH && splitGroups.length === 0 && await addScalarsRun(root, dir, listing, out, visited)) {
    return;
  } else if (listing.eventFiles.length > 0) {
    out.push(await readOrReport(name, dir, () => readFolderEvents(name, dir, listing.eventFiles)));
  }
  if (dvclive.length > 0) out.push(await readDvcliveRun(runsHere === 1 ? name : `${name}/dvclive`, dir, dvclive));
  if (allennlp.length > 0) out.push(await readAllennlpRun(runsHere === 1 ? name : `${name}/allennlp`, dir, listing.files, allennlp));
  for (const group of splitGroups) out.push(await readSplitFilesRun(runsHere === 1 ? name : `${name}/${group.stem}`, dir, group));
  for (const file of logFiles) {
    const fileName = runsHere === 1 ? name : `${name}/${basename(file.name, extname(file.name))}`;
    const path = join(dir, file.name);
    const known = file.kind === 'unreadable' ? undefined : file.kind;
    if (trainings) for (const run of await readOrReportAll(fileName, path, () => readFileRuns(path, fileName, known))) out.push(run);
    else out.push(await readOrReport(fileName, path, () => readFileRun(path, fileName, known)));
  }
  if (keras || depth >= MAX_DEPTH) return;
  for (const sub of listing.subdirectories) await collectRuns(root, join(dir, sub), depth + 1, out, visited, trainings);
}

function withNotes(run: RunLog, notes: readonly string[]): RunLog {
  return notes.length === 0 ? run : { ...run, notes: [...run.notes ?? [], ...notes] };
}

/** Keras writes epoch-level tags with step = epoch: say so on the points. */
function markKerasEpochs(run: RunLog): RunLog {
  for (const [name, series] of Object.entries(run.series)) {
    if (!/(^|\/)epoch_/.test(name)) continue;
    run.series[name] = { ...series, epochs: series.steps };
  }
  return run;
}
