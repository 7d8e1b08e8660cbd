/**
 * A DVCLive metrics folder (Node only): DVCLive's `Live.log_metric(name, value)` appends to one TSV
 * per metric, `dvclive/plots/metrics/<name>.tsv` (`dvclive/plots/metric.py`), its header the step
 * and the metric's name (`step	loss`; DVCLive 2 puts a `timestamp` column first), so a training is
 * a FOLDER of files: `loss.tsv`, `eval_loss.tsv`, `learning_rate.tsv`, `epoch.tsv`, ... Read alone,
 * each file was a run of one series (and a folder of them "holds 11 runs"); here the files whose
 * header is `[timestamp] step <the file's stem>` are ONE run, each file's value column a series
 * under the file's stem, its role by the tag -> role table (`eval_loss` the validation loss, `loss`
 * / `train_loss` the training loss, runtimes and rates context). The step places the points: the
 * timestamp (milliseconds) is not read, nor an axis's file (`epoch.tsv`, the Trainer's fractional
 * epoch counter: the CSV reader reads an 'epoch' column as the axis, leaving no series), named in a note. At least two such files, one of them
 * naming a loss, make the folder DVCLive's; other files in it are read as they were.
 *
 * The Hugging Face Trainer's DVCLive callback (`transformers.integrations.DVCLiveCallback`, its
 * `on_log`) logs every key of each log dict: per-step `loss`, per-evaluation `eval_loss`, and at
 * the end the Trainer's summary, `train_loss`, `train_runtime`, `train_samples_per_second`, once
 * or twice at the last step. That `train_loss` is the MEAN over the run (nomelt's 0.7437 at step
 * 728, against the per-step loss's mean 0.7437 and its last value 0.171): read as the training
 * loss it merges into `loss` as a jump at the end. When a per-step `loss.tsv` is beside it, a
 * `train_loss.tsv` whose points all sit at one step at or after the loss's last one is that
 * summary: dropped and named in a note, as json-whole.ts drops trainer_state.json's summary entry.
 */
import { basename, extname, join } from 'node:path';
import { finishRun, readFileRun, readOrReport } from './file-runs.js';
import { csvHeaderOf } from './split-files-layout.js';
import { namesLoss } from './series.js';
import { isAxisName } from '../monitor/index.js';
import type { RunLog, ScalarSeries } from './types.js';

/** The fewest metric files that make a folder DVCLive's (one file alone is a run as it was). */
const MIN_METRIC_FILES = 2;

/** The name of the metric a DVCLive TSV holds (its stem), when its header is `[timestamp] step <stem>`. */
function metricOf(name: string, header: readonly string[] | undefined): string | undefined {
  if (extname(name).toLowerCase() !== '.tsv' || header === undefined) return undefined;
  const stem = basename(name, extname(name));
  const fields = header[0] === 'timestamp' ? header.slice(1) : header;
  return fields.length === 2 && fields[0] === 'step' && fields[1] === stem ? stem : undefined;
}

/** The DVCLive metric files of a folder (`files`: its regular files' names), empty when it is not one. */
export async function dvcliveMetricFiles(dir: string, files: readonly string[]): Promise<string[]> {
  const tsv = files.filter((name) => extname(name).toLowerCase() === '.tsv');
  const metrics: string[] = [];
  for (const name of tsv) if (metricOf(name, await csvHeaderOf(join(dir, name))) !== undefined) metrics.push(name);
  const namesALoss = metrics.some((name) => namesLoss(basename(name, extname(name))));
  return metrics.length >= MIN_METRIC_FILES && namesALoss ? metrics : [];
}

/** True when `summary` is the Trainer's end-of-training mean: all its points at one step, at or after `loss`'s last. */
function isTrainerSummary(summary: ScalarSeries, loss: ScalarSeries | undefined): boolean {
  if (loss === undefined || loss.length === 0 || summary.length === 0) return false;
  const step = summary.steps[0];
  return summary.steps.every((at) => at === step) && step >= loss.steps[loss.length - 1];
}

/** Reads DVCLive metric files of `dir` as one run named `name` (see the module comment). */
export function readDvcliveRun(name: string, dir: string, metricFiles: readonly string[]): Promise<RunLog> {
  return readOrReport(name, dir, async () => {
    const series: Record<string, ScalarSeries> = {};
    const warnings: string[] = [];
    const notes: string[] = [];
    const axes = metricFiles.filter((file) => isAxisName(basename(file, extname(file))));
    for (const file of metricFiles.filter((file) => !axes.includes(file))) {
      const metric = basename(file, extname(file));
      const run = await readFileRun(join(dir, file), name, 'csv');
      const values = run.series[metric];
      if (values !== undefined) series[metric] = values;
      for (const warning of run.warnings) warnings.push(warning);
    }
    const summary = series['train_loss'];
    if (summary !== undefined && isTrainerSummary(summary, series['loss'])) {
      delete series['train_loss'];
      notes.push(`dropped train_loss.tsv, the Hugging Face Trainer's end-of-training summary (train_loss ${summary.values[0]} at step ${summary.steps[0]}, the mean over the whole run), beside the per-step loss.tsv`);
    }
    notes.push(`a DVCLive metrics folder, one TSV per metric, read as one run: ${metricFiles.length - axes.length} files, each a series under its file's name` +
      (axes.length === 0 ? '' : `; not read, an axis the steps already give: ${axes.join(', ')}`));
    return finishRun(name, dir, 'dvclive', series, warnings, { notes });
  });
}
