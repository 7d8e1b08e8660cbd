/**
 * An AllenNLP serialization folder (Node only): its trainer (allennlp/training/gradient_descent_trainer.py,
 * `_try_train`; `Trainer.train` in AllenNLP < 1.0) writes `metrics_epoch_<N>.json` at the end of
 * each epoch N (0-based), one JSON object of the run so far:
 *
 *   {"best_epoch": 0, "peak_cpu_memory_MB": 5093.5, "training_duration": "0:14:26.76", "training_start_epoch": 0,
 *    "training_epochs": 0, "epoch": 0, "training_loss": 5.18, "training_f1": 0.39, ...,
 *    "validation_loss": 3.15, "validation_f1": 0.68, ..., "best_validation_loss": 3.15, ...}
 *
 * and at the end `metrics.json`, the final summary (the last epoch's numbers, the best ones, a test
 * evaluation's `test_*`). A training is therefore a FOLDER of files, one point each: read alone,
 * no file was a history (a single number is a summary), and the folder held no run. Here the
 * `metrics_epoch_<N>.json` files are ONE run, in the order of N (not of the names: `_10` sorts
 * before `_2`), each file's point at epoch N: `training_<metric>` the training split's series and
 * `validation_<metric>` the validation split's, under their names (the role table reads
 * `training_loss` as the training loss, `validation_loss` as the validation loss). Not read, and
 * named in a note: `metrics.json` (the summary is no point of the curve), `best_epoch` and
 * `best_validation_*` (the best so far: a running minimum, no measurement of the epoch), the trainer's
 * counters `training_epochs` and `training_start_epoch`, `training_duration` (a text) and the
 * `peak_*` memory figures.
 */
import { basename } from 'node:path';
import { finishRun, readOrReport } from './file-runs.js';
import { isObject, numeric } from './json-shapes.js';
import { parsePythonJson } from './jsonl-log.js';
import { layoutFileText } from './run-layouts.js';
import { SeriesBuilder } from './series.js';
import type { RunLog } from './types.js';

const EPOCH_FILE = /^metrics_epoch_(\d+)\.json$/;
/** The trainer's final summary beside the epoch files. */
export const ALLENNLP_SUMMARY = 'metrics.json';
/** The split prefixes AllenNLP gives the train and validation metrics (`metrics["training_" + key]`). */
const SPLIT_PREFIXES = ['training_', 'validation_'];
/** Keys under the split prefixes that are the trainer's bookkeeping, not a metric of the epoch. */
const NOT_METRICS = new Set(['training_epochs', 'training_start_epoch', 'training_duration']);

const epochOf = (name: string) => Number(EPOCH_FILE.exec(name)?.[1]);

/** The `metrics_epoch_<N>.json` files of a folder (`files`: its regular files' names), in epoch order; empty when none. */
export function allennlpEpochFiles(files: readonly string[]): string[] {
  return files.filter((name) => EPOCH_FILE.test(name)).sort((a, b) => epochOf(a) - epochOf(b));
}

/** Reads the epoch files of `dir` as one run named `name` (see the module comment). */
export function readAllennlpRun(name: string, dir: string, files: readonly string[], epochFiles: readonly string[]): Promise<RunLog> {
  return readOrReport(name, dir, async () => {
    const builder = new SeriesBuilder();
    const warnings: string[] = [];
    const skipped = new Set<string>();
    for (const file of epochFiles) {
      const read = await layoutFileText(dir, file, files);
      if (read === undefined) continue;
      const epoch = epochOf(file);
      let metrics: unknown;
      try {
        metrics = parsePythonJson(read.text);
      } catch (error) {
        warnings.push(`${read.file}: not valid JSON (${(error as Error).message}); skipped`);
        continue;
      }
      if (!isObject(metrics)) {
        warnings.push(`${read.file}: not a JSON object of metrics; skipped`);
        continue;
      }
      for (const [key, raw] of Object.entries(metrics)) {
        const value = numeric(raw);
        if (SPLIT_PREFIXES.some((prefix) => key.startsWith(prefix)) && !NOT_METRICS.has(key) && value !== undefined) builder.add(key, { step: epoch, epoch, value });
        else if (key !== 'epoch') skipped.add(key.startsWith('best_validation_') ? 'best_validation_*' : key.startsWith('peak_') ? 'peak_*' : key);
      }
    }
    const notes: string[] = [];
    const series = builder.finish(dir, warnings, notes);
    const first = basename(epochFiles[0]);
    const range = epochFiles.length === 1 ? first : `${first} to ${basename(epochFiles[epochFiles.length - 1])}`;
    notes.push(`an AllenNLP serialization folder: ${range} (${epochFiles.length} files), one point per epoch, read as one run in epoch order, ` +
      "training_* the training split's series and validation_* the validation split's" +
      (files.includes(ALLENNLP_SUMMARY) ? `; not read: ${ALLENNLP_SUMMARY} (the final summary, no point of the curve)` : '') +
      (skipped.size === 0 ? '' : `; not series (the best so far, the trainer's counters, memory): ${[...skipped].join(', ')}`));
    return finishRun(name, dir, 'allennlp', series, warnings, { notes });
  });
}
