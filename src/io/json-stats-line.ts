/**
 * One `json_stats` line of PySlowFast's `stdout.log` (facebookresearch/SlowFast,
 * slowfast/utils/logging.py's `log_json_stats`: `logger.info("json_stats: {:s}".format(json.dumps(stats, sort_keys=True)))`,
 * its meters in slowfast/utils/meters.py), read by the console reader:
 *
 *   [06/21 17:58:49][INFO] logging.py:   99: json_stats: {"_type": "train_iter_", "dt": 19.5, "epoch": "1/2", "eta": "3:22:31", "gpu_mem": "19.35G", "grad_norm": 6.47, "iter": "10/316", "loss": 3.55658, "lr": 0.00986, "top1_err": 81.25, "top5_err": 59.375}
 *   ... json_stats: {"RAM": "13.90/187.58G", "_type": "train_epoch", "dt": 0.3, "epoch": "1/20", "loss": 3.30153, "lr": 0.00901, "top1_err": 77.2, ...}
 *   ... json_stats: {"_type": "val_iter", "epoch": "10/20", "iter": "10/62", "time_diff": 0.32, "top1_err": 93.75, "top5_err": 75.0}
 *   ... json_stats: {"_type": "val_epoch", "epoch": "10/20", "min_top1_err": 76.77, "top1_err": 76.77, "top5_err": 52.1}
 *
 * Its keys are JSON's, quoted, so the console reader's `name: value` pairs never see them. The
 * `_type` says what the record is: `train_iter_` (`train_iter_ema_` for the EMA model's meters) a
 * logged iteration, at `iter` k/N of `epoch` e/E (both 1-based), its step e * N + k as the console
 * reader places any `k/N` under an epoch; `train_epoch` the epoch's averages (a `summary`: the
 * training series, the per-iteration ones renamed '<name>_step' beside them); `val_iter` a batch
 * of an evaluation pass and `val_epoch` the pass's average (a `summary` of the validation split:
 * its names get `val_`, `val_top1_err`). PySlowFast logs no validation loss, only errors. Timings
 * (`dt`, `dt_data`, `dt_net`, `time_diff`) are no series; strings (`eta`, `gpu_mem`, `RAM`) are
 * passed by; `min_top1_err` is the best so far, a record, not a series. Other `_type`s (test_iter,
 * test_final) are no training records. Python's `json.dumps` writes a non-finite loss as a bare
 * `NaN` / `Infinity`, which JSON does not allow: read as that number. Browser-safe.
 */
import type { ConsoleLine, ConsolePair } from './console-line.js';

const JSON_STATS = /\bjson_stats:\s*(\{.*\})\s*$/;
/** `"k/N"` of `epoch` and `iter`. */
const FRACTION = /^(\d+)\/(\d+)$/;
const NON_FINITE = /(:\s*)(-?Infinity|NaN)(?=\s*[,}])/g;
/** Timings and records: no series (see the module comment). */
const NOT_SERIES = /^(?:dt|dt_data|dt_net|time_diff|min_.*|_type|epoch|iter)$/;
const KINDS: Readonly<Record<string, { validation: boolean; summary: boolean }>> = {
  train_iter_: { validation: false, summary: false },
  train_iter_ema_: { validation: false, summary: false },
  train_epoch: { validation: false, summary: true },
  val_iter: { validation: true, summary: false },
  val_epoch: { validation: true, summary: true },
};

type Observation = Extract<ConsoleLine, { kind: 'observation' }>;

/** The observation a `json_stats` line holds (see the module comment), undefined for any other line. */
export function readJsonStatsLine(text: string): Observation | undefined {
  const match = JSON_STATS.exec(text);
  if (match === null) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(match[1].replace(NON_FINITE, '$1"$2"'));
  } catch {
    return undefined;
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const fields = record as Record<string, unknown>;
  const kind = typeof fields['_type'] === 'string' ? KINDS[fields['_type']] : undefined;
  const epoch = fractionOf(fields['epoch']);
  if (kind === undefined || epoch === undefined) return undefined;
  const iter = fractionOf(fields['iter']);
  if (!kind.summary && iter === undefined) return undefined;
  const pairs = Object.entries(fields).flatMap(([key, value]): ConsolePair[] => {
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?Infinity$|^NaN$/.test(value) ? Number(value) : undefined;
    if (number === undefined || NOT_SERIES.test(key)) return [];
    return [{ name: kind.validation ? `val_${key}` : key, value: number, validation: kind.validation }];
  });
  if (pairs.length === 0) return undefined;
  return {
    kind: 'observation', pairs, components: 0, summary: kind.summary, epoch: epoch.value,
    ...(kind.summary || iter === undefined ? {} : { counter: { value: iter.value, total: iter.total, named: true } }),
  };
}

function fractionOf(value: unknown): { value: number; total: number } | undefined {
  const match = typeof value === 'string' ? FRACTION.exec(value) : null;
  return match === null ? undefined : { value: Number(match[1]), total: Number(match[2]) };
}
