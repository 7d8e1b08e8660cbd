/**
 * Chainer's `LogReport` file, `result/log` (chainer/training/extensions/log_report.py): a JSON list
 * written again whole at each report, one record per trigger (an epoch by default, or every N
 * iterations), each the means of what was reported since the last one plus `epoch`, `iteration`
 * and `elapsed_time` (seconds since the training began):
 *
 *   [{"main/loss": 0.057, "validation/main/loss": 0.044, "epoch": 1, "iteration": 847, "elapsed_time": 21.7}, ...]
 *
 * The names are the reporters' (chainer/reporter.py): `main/loss` is the loss the `main` model
 * reports to its updater, the training loss; the `Evaluator` extension reports the same model's
 * values under the `validation/` prefix, so `validation/main/loss` is the validation loss. The role
 * table reads both as named metrics (`main_loss`, `val_main_loss`: a model's name is no split or
 * total word), so this reader gives the roles, as CatBoost's reader gives its objective's. Other
 * reported values stay series under their names: components (`main/cls_loss`), accuracies, and the
 * several losses of an adversarial updater (ADDA's `loss/discrim`, `loss/encoder`), none of which is
 * the training loss when no `main/loss` is reported. The step is `iteration` (records may come every
 * N iterations), `epoch` the point's epoch; `elapsed_time` is kept as context, not as a wall time.
 *
 * Why its own reader: read as a generic list of records the points sat at their epoch, two records
 * of one epoch (a per-iteration trigger) merged, and no loss had a role. Browser-safe.
 */
import { isObject, isRecordList, numeric } from './json-shapes.js';
import { logError, SeriesBuilder } from './series.js';
import type { ParsedLog } from './types.js';

/** The keys `LogReport` adds to every record (log_report.py `__call__`). */
const LOG_REPORT_KEYS = ['epoch', 'iteration', 'elapsed_time'] as const;
/** The training loss of the main model, and the Evaluator's validation loss of it. */
const MAIN_LOSS = 'main/loss';
const VALIDATION_MAIN_LOSS = 'validation/main/loss';

/** True for a Chainer LogReport list: records that hold a loss, every one with `epoch`, `iteration` and `elapsed_time` numbers. */
export function isChainerLog(document: unknown): document is Record<string, unknown>[] {
  return isRecordList(document) && document.every((record) => isObject(record) && LOG_REPORT_KEYS.every((key) => typeof record[key] === 'number'));
}

/** Reads a Chainer LogReport list (see the module comment); `file` names it in messages. */
export function readChainerLog(document: unknown, file: string): ParsedLog {
  if (!isChainerLog(document)) throw logError(file, "not a Chainer LogReport log: expected a list of records, each with 'epoch', 'iteration' and 'elapsed_time'");
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  for (const record of document) {
    const step = record['iteration'] as number;
    const epoch = record['epoch'] as number;
    for (const [key, raw] of Object.entries(record)) {
      const value = numeric(raw);
      if (value === undefined || key === 'iteration' || key === 'epoch') continue;
      builder.add(key, { step, epoch, value });
    }
  }
  const series = builder.finish(file, warnings);
  const roles: Record<string, 'trainLoss' | 'validationLoss'> = {};
  if (MAIN_LOSS in series) roles[MAIN_LOSS] = 'trainLoss';
  if (VALIDATION_MAIN_LOSS in series) roles[VALIDATION_MAIN_LOSS] = 'validationLoss';
  const read = [MAIN_LOSS in series ? `'${MAIN_LOSS}' the training loss` : `no '${MAIN_LOSS}', so no training loss is chosen (the other losses stay named series)`,
    VALIDATION_MAIN_LOSS in series ? `'${VALIDATION_MAIN_LOSS}' the validation loss` : `no '${VALIDATION_MAIN_LOSS}'`];
  const notes = [`Chainer's LogReport log, one record per report placed at its iteration: ${read.join(', ')}`];
  return { format: 'chainer', series, warnings, notes, ...(Object.keys(roles).length === 0 ? {} : { roles }) };
}
