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
 * (a progress bar's frame before it) is read from its '{'. Browser-safe.
 */
import { looksLikePythonDict, parsePythonLiteral } from './python-literal.js';
import { namesLoss } from './series.js';

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

/** What `text` (one line, its '\r' frames removed) says as a Trainer log dict, undefined when it is none. */
export function readTrainerLine(text: string): TrainerLine | undefined {
  const start = text.indexOf("{'");
  if (start < 0 || !text.trimEnd().endsWith('}')) return undefined;
  const dict = text.slice(start).trim();
  if (!looksLikePythonDict(dict)) return undefined;
  let value: unknown;
  try {
    value = parsePythonLiteral(dict);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
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
