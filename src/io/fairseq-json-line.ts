/**
 * One line of a fairseq training log written with `--log-format json` (facebookresearch/fairseq,
 * fairseq/logging/progress_bar.py's `JsonProgressBar`: `logger.info(json.dumps(stats))` under the
 * progress bar's tag), read by the console reader:
 *
 *   2021-03-08 12:31:36 | INFO | train_inner | {"epoch": 1, "update": 0.0, "loss": "16.475", "ppl": "91120.8", "wps": "0", ..., "num_updates": "1", "lr": "2e-05", "gnorm": "20.751", ...}
 *   2021-03-08 12:43:15 | INFO | valid | {"epoch": 1, "valid_loss": "17.953", "valid_ppl": "253807", ..., "valid_num_updates": "10", "valid_best_loss": "17.953"}
 *   2021-03-08 12:43:15 | INFO | train | {"epoch": 1, "train_loss": "19.351", "train_ppl": "668509", ..., "train_num_updates": "10"}
 *
 * The tag says what the record is: `train_inner` the mean over the last `--log-interval` updates, at
 * `num_updates`; `valid` (or `valid_<subset>`) an evaluation pass and `train` the epoch's average, each
 * a `summary` placed at the epoch's last update (the pass's names with `valid_`, the average's without
 * `train_`, so that the per-update series are renamed '<name>_step' beside them, console-averages.ts).
 * fairseq formats its meters as strings (`"loss": "16.475"`): read as numbers. Counters, throughput, timings and the loss scale (`update`,
 * `num_updates`, `wps`, `ups`, `wpb`, `bsz`, `train_wall`, `gb_free`, `wall`, `loss_scale`) are no
 * series; `valid_best_loss` is the best so far, a record. Browser-safe.
 */
import type { ConsoleLine, ConsolePair } from './console-line.js';

/** A progress bar's tag as a capturing group: `train_inner`, `train`, `valid` or `valid_<subset>`. */
const TAG = String.raw`(train_inner|train|valid(?:_\w+)?)`;

/**
 * A progress bar's tag, then the JSON object it logs: the rest of the line. The tag between bars as
 * fairseq's own logging writes it (`| train_inner | {...}`), or in brackets before the level as its
 * Hydra entry point's does (`[2022-06-06 09:18:44,886][train_inner][INFO] - {...}`, readers-102).
 */
const FAIRSEQ_JSON = new RegExp(String.raw`(?:\|\s*${TAG}\s*\||\[${TAG}\]\[[A-Z]+\]\s*-)\s*(\{".*\})\s*$`);
const NOT_SERIES = /^(?:epoch|update|num_updates|wps|ups|wpb|bsz|train_wall|gb_free|wall|loss_scale)$|(?:^|_)best(?:_|$)/;

type Observation = Extract<ConsoleLine, { kind: 'observation' }>;

/** The observation a fairseq JSON log line holds (see the module comment), undefined for any other line. */
export function readFairseqJsonLine(text: string): Observation | undefined {
  const match = FAIRSEQ_JSON.exec(text);
  if (match === null) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(match[3]);
  } catch {
    return undefined;
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const fields = record as Record<string, unknown>;
  const tag = match[1] ?? match[2];
  const validation = tag.startsWith('valid');
  // An epoch's average and an evaluation pass's are each one figure for the epoch, placed at its last update.
  const summary = tag === 'train' || validation;
  // A field's name less its tag's prefix (`train_loss` -> `loss`, `valid_num_updates` -> `num_updates`); a pass's names get `valid_` back below.
  const bare = (key: string): string => (tag === 'train' ? key.replace(/^train_/, '') : validation ? key.replace(/^valid_/, '') : key);
  const epoch = numberOf(fields['epoch']);
  const updates = numberOf(fields[tag === 'train_inner' ? 'num_updates' : `${tag}_num_updates`]);
  if (epoch === undefined && updates === undefined) return undefined;
  const pairs = Object.entries(fields).flatMap(([key, value]): ConsolePair[] => {
    const name = bare(key);
    const number = numberOf(value);
    if (number === undefined || NOT_SERIES.test(name)) return [];
    return [{ name: validation ? `valid_${name}` : name, value: number, validation }];
  });
  if (pairs.length === 0) return undefined;
  return {
    kind: 'observation', pairs, components: 0, summary,
    ...(epoch === undefined ? {} : { epoch }),
    ...(summary || updates === undefined ? {} : { counter: { value: updates, named: true } }),
  };
}

/** A meter's value: a number, or a string fairseq formatted one into (`"16.475"`, `"3.90691e+07"`, `"inf"`). */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^\s*[-+]?(?:\d+\.?\d*(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?|inf|nan)\s*$/i.test(value)) return undefined;
  return /inf/i.test(value) ? (value.trim().startsWith('-') ? -Infinity : Infinity) : Number(value);
}
