/**
 * One line of the Hugging Face Trainer's console output: `Trainer.log` prints each logged dict
 * with Python's `print` (transformers trainer.py, `self.log` -> `ProgressCallback.on_log`), so a
 * plain `trainer.train()` run's stdout holds, among its progress bars and messages,
 *
 *   {'loss': 0.6964, 'grad_norm': 0.0699, 'learning_rate': 0.001, 'epoch': 0.04}
 *   {'eval_loss': 0.6957, 'eval_runtime': 8.78, 'eval_samples_per_second': 56.0, 'epoch': 1.0}
 *   {'train_runtime': 895.9, 'train_samples_per_second': 23.7, 'train_loss': 0.6904, 'epoch': 5.0}
 *
 * the very records `trainer_state.json`'s `log_history` keeps, less their `step`. A line is one
 * when it is, whole, a flat Python dict (python-literal.ts) with a number under `epoch` and one
 * under a key naming a loss (`namesLoss`): its numbers are read under their own names ('loss',
 * 'eval_loss'), as the trainer_state reader names them, placed by the epoch (fractional, as the
 * Trainer counts it). The end-of-training summary (`train_runtime`, its `train_loss` the mean over
 * the whole run) is no observation, as that reader drops it. A dict that does not start the line
 * (a progress bar's frame before it) is read from its '{'. The same record printed as a JSON object
 * (`{"epoch": 5, "step": 35, "loss": 71.87, "time": 183}`, a script's `print(json.dumps(stats))` among a
 * wandb run's `output.log` warnings, the 104th corpus's e06, readers-137) is read the same way, placed by
 * its step where it has one. Browser-safe.
 */
import { looksLikePythonDict, parsePythonLiteral } from './python-literal.js';
import { namesLoss } from './series.js';
import { parsePythonJson } from './jsonl-log.js';

/** Keys only the end-of-training summary has (as json-whole.ts drops it from `log_history`). */
const SUMMARY_KEYS = ['train_runtime', 'train_samples_per_second'];
/** The prefixes `Trainer.evaluate` and `Trainer.predict` put before their metrics (`metric_key_prefix`). */
const EVALUATION_PREFIX = /^(eval|test)_/;
/** Keys that place the record, no series. */
const PLACE_KEYS = new Set(['epoch', 'step']);

export type TrainerLine =
  | {
    readonly kind: 'trainer-record'; readonly epoch: number; readonly step?: number; readonly values: ReadonlyMap<string, number>;
    /** Every number is under an evaluation's prefix (`Trainer.evaluate`'s `metric_key_prefix`: `eval_loss`, `test_loss`). */
    readonly evaluation: boolean;
  }
  | { readonly kind: 'trainer-summary' };

/**
 * The dict `text` ends with, from its '{': a Python dict's repr, or a JSON object (a script's own
 * `print(json.dumps(record))`, the same record in JSON's quotes); undefined when it ends with neither.
 */
function dictEnding(text: string): unknown {
  if (!text.trimEnd().endsWith('}')) return undefined;
  const python = text.indexOf("{'");
  const json = text.indexOf('{"');
  try {
    if (python >= 0 && (json < 0 || python < json)) {
      const dict = text.slice(python).trim();
      return looksLikePythonDict(dict) ? parsePythonLiteral(dict) : undefined;
    }
    return json >= 0 ? parsePythonJson(text.slice(json).trim()) : undefined;
  } catch {
    return undefined;
  }
}

/** What `text` (one line, its '\r' frames removed) says as a Trainer log dict, undefined when it is none. */
export function readTrainerLine(text: string): TrainerLine | undefined {
  const value = dictEnding(text);
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  const epoch = (value as Record<string, unknown>)['epoch'];
  if (typeof epoch !== 'number' || !Number.isFinite(epoch)) return undefined;
  if (!entries.some(([key, item]) => namesLoss(key) && typeof item === 'number')) return undefined;
  if (SUMMARY_KEYS.some((key) => key in (value as object))) return { kind: 'trainer-summary' };
  const step = (value as Record<string, unknown>)['step'];
  const values = new Map(entries.filter((entry): entry is [string, number] => typeof entry[1] === 'number' && !PLACE_KEYS.has(entry[0])));
  const evaluation = [...values.keys()].every((key) => EVALUATION_PREFIX.test(key));
  return { kind: 'trainer-record', epoch, ...(typeof step === 'number' && Number.isFinite(step) ? { step } : {}), values, evaluation };
}
