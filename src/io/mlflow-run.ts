/**
 * One run of MLflow's file store (Node only): its folder's meta.yaml, its name, and its metric
 * files read into series (mlflow-metrics.ts reads each file). mlflow-store.ts finds the runs.
 *
 *   <run id>/meta.yaml                   `run_id`, `experiment_id`, `run_name`, `lifecycle_stage`
 *   <run id>/metrics/<metric name>       one file per metric; a '/' in the name is a subfolder:
 *                                        metrics/train/loss is the series 'train/loss'
 *   <run id>/tags/mlflow.runName         the name the MLflow UI shows; params/ and artifacts/ beside
 *
 * A run deleted in MLflow (`lifecycle_stage: deleted`, which the MLflow UI hides) and a run with no
 * metric files (only params or tags logged) are errors naming the folder: the walk reports them
 * and reads the others. A metric file that cannot be opened is a warning; the run's other metrics
 * are read. Runs that Ultralytics' MLflow callback wrote (`train/box_loss`, `val/box_loss`, ...)
 * get the split totals of ultralytics.ts, as its results.csv does.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, normalize, resolve, sep } from 'node:path';
import { finishRun } from './file-runs.js';
import { cannotRead, headOf, openRegularFile, readChunks } from './files.js';
import { MlflowMetricParser } from './mlflow-metrics.js';
import { logError } from './series.js';
import type { ParsedLog, RunLog, ScalarSeries } from './types.js';
import { isUltralyticsResults, withUltralyticsTotals } from './ultralytics.js';

/** How deep metric names nest ('a/b/c' is 2 folders down). */
export const MAX_METRIC_DEPTH = 16;
/** meta.yaml and tag files are a few hundred bytes; more is not read. */
const SMALL_FILE_BYTES = 64 << 10;

/** A folder's meta.yaml, when it is an MLflow run's or experiment's. */
export interface MlflowFolder {
  readonly kind: 'run' | 'experiment';
  /** meta.yaml's top-level `key: value` pairs (quotes removed). */
  readonly meta: ReadonlyMap<string, string>;
}

async function readSmallText(path: string): Promise<string> {
  const { handle, size } = await openRegularFile(path, logError);
  try {
    return new TextDecoder().decode(await headOf(handle, size, SMALL_FILE_BYTES));
  } finally {
    await handle.close();
  }
}

async function optionalText(path: string): Promise<string | undefined> {
  try {
    return (await readSmallText(path)).trim();
  } catch {
    return undefined;
  }
}

/** The top-level `key: value` lines of a meta.yaml (MLflow writes flat YAML), quotes removed. */
export function metaFields(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z_]\w*):\s*(.*?)\s*$/.exec(line);
    if (match === null) continue;
    const quoted = /^(['"])(.*)\1$/.exec(match[2]);
    fields.set(match[1], quoted === null ? match[2] : quoted[2]);
  }
  return fields;
}

/**
 * What `dir` is to MLflow, from its meta.yaml: a run (an `experiment_id` and a `run_id` or
 * `run_uuid`; a registered model's version has no `experiment_id`, a logged model no `run_id`),
 * an experiment (an `experiment_id` only), or nothing (no meta.yaml, or another one).
 */
export async function mlflowFolderOf(dir: string): Promise<MlflowFolder | undefined> {
  const text = await optionalText(join(dir, 'meta.yaml'));
  if (text === undefined) return undefined;
  const meta = metaFields(text);
  if (!meta.has('experiment_id')) return undefined;
  if (meta.has('run_id') || meta.has('run_uuid')) return { kind: 'run', meta };
  return meta.has('model_id') ? undefined : { kind: 'experiment', meta };
}

/** The run's id: meta.yaml's, else the folder's name. */
export function mlflowRunId(dir: string, meta: ReadonlyMap<string, string>): string {
  return meta.get('run_id') || meta.get('run_uuid') || basename(dir);
}

/**
 * The run's name: its `mlflow.runName` tag, else meta.yaml's `run_name`, else its run id;
 * `withExperiment`: after its experiment's name ('television/Seq2Pointbaseline').
 */
export async function mlflowRunName(dir: string, meta: ReadonlyMap<string, string>, withExperiment: boolean): Promise<string> {
  const name = (await optionalText(join(dir, 'tags', 'mlflow.runName'))) || meta.get('run_name') || mlflowRunId(dir, meta);
  if (!withExperiment) return name;
  const experiment = dirname(dir);
  const experimentName = metaFields((await optionalText(join(experiment, 'meta.yaml'))) ?? '').get('name') || basename(experiment);
  return `${experimentName}/${name}`;
}

/** The metric files at `path` (a file, or a folder walked in name order), as [metric name, path]; symbolic links are not followed. */
async function metricFiles(path: string, name: string, depth: number, warnings: string[], out: [string, string][]): Promise<void> {
  let entries: Dirent[];
  try {
    if (!(await stat(path)).isDirectory()) {
      out.push([name, path]);
      return;
    }
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    throw logError(path, cannotRead(error, 'list'));
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = join(path, entry.name);
    const childName = name === '' ? entry.name : `${name}/${entry.name}`;
    if (entry.isFile()) out.push([childName, child]);
    else if (entry.isDirectory() && depth < MAX_METRIC_DEPTH) await metricFiles(child, childName, depth + 1, warnings, out);
    else if (entry.isDirectory()) warnings.push(`${child}: metric names nested deeper than ${MAX_METRIC_DEPTH} folders; not read`);
  }
}

/** Streams one metric file into its series; a file that cannot be opened is a warning. */
async function readMetric(name: string, path: string, warnings: string[], notes: string[]): Promise<ScalarSeries | undefined> {
  let opened;
  try {
    opened = await openRegularFile(path, logError);
  } catch (error) {
    warnings.push(`${(error as Error).message}; the run's other metrics are read`);
    return undefined;
  }
  const { handle, size } = opened;
  const parser = new MlflowMetricParser(name, path);
  try {
    const decoder = new TextDecoder();
    await readChunks(handle, size, false, (bytes) => parser.push(decoder.decode(bytes, { stream: true })));
    parser.push(decoder.decode());
  } finally {
    await handle.close();
  }
  const metric = parser.finish();
  for (const warning of metric.warnings) warnings.push(warning);
  for (const note of metric.notes) notes.push(note);
  return metric.series;
}

/**
 * Reads the run in `dir` (see the module comment): every metric, or those under `only` (a metric
 * name or a folder of them, relative to metrics/). An error naming the folder when it has nothing to read.
 */
export async function readMlflowRun(dir: string, name: string, meta: ReadonlyMap<string, string>, only = ''): Promise<RunLog> {
  if (meta.get('lifecycle_stage') === 'deleted') {
    throw logError(dir, 'an MLflow run deleted in MLflow (meta.yaml: lifecycle_stage: deleted; the MLflow UI hides it); not read');
  }
  const metricsDir = join(dir, 'metrics');
  const isFolder = await stat(metricsDir).then((info) => info.isDirectory(), () => false);
  if (!isFolder) throw logError(dir, `an MLflow run with no metrics/ folder (run ${mlflowRunId(dir, meta)}: only params, tags or artifacts were logged); nothing to diagnose`);
  const files: [string, string][] = [];
  const warnings: string[] = [];
  await metricFiles(only === '' ? metricsDir : join(metricsDir, only), only, 0, warnings, files);
  if (files.length === 0) throw logError(metricsDir, `an MLflow run with no metric files (run ${mlflowRunId(dir, meta)}); nothing to diagnose`);
  const notes: string[] = [];
  const series: Record<string, ScalarSeries> = {};
  for (const [metric, path] of files) {
    const read = await readMetric(metric, path, warnings, notes);
    if (read !== undefined) series[metric] = read;
  }
  let parsed: ParsedLog = { format: 'mlflow', series, warnings, notes };
  if (isUltralyticsResults(Object.keys(series))) parsed = { ...withUltralyticsTotals(parsed, metricsDir), format: 'mlflow' };
  return finishRun(name, dir, 'mlflow', parsed.series, parsed.warnings, parsed);
}

/**
 * When `path` is a run's metrics/ folder, or a metric file or folder inside it, reads that run, or
 * those metrics of it (named '<run name>/<metric>'); undefined for any other path.
 */
export async function readMlflowMetricsPath(path: string): Promise<RunLog | undefined> {
  const parts = resolve(path).split(sep);
  // As given (relative stays relative), without a trailing separator: the run folder is named as the user named it.
  const given = normalize(path).replace(/(.)[\\/]+$/, '$1');
  // The nearest 'metrics' folder whose parent is a run ('metrics/metrics/mAP50B' is Ultralytics' 'metrics/mAP50B').
  for (let at = parts.length - 1; at >= 1 && parts.length - 1 - at <= MAX_METRIC_DEPTH + 1; at--) {
    if (parts[at] !== 'metrics') continue;
    let dir = given;
    for (let up = at; up < parts.length; up++) dir = join(dir, '..');
    const folder = await mlflowFolderOf(dir);
    if (folder?.kind !== 'run') continue;
    const only = parts.slice(at + 1).join('/');
    const name = await mlflowRunName(dir, folder.meta, false);
    const run = await readMlflowRun(dir, only === '' ? name : `${name}/${only}`, folder.meta, only);
    return only === '' ? run : { ...run, source: { path, format: 'mlflow' } };
  }
  return undefined;
}
