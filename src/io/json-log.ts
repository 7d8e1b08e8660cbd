/**
 * Training logs that are one JSON document (not JSON lines):
 *
 *   - the Hugging Face Trainer's `trainer_state.json` (transformers `TrainerState.save_to_json`):
 *     `log_history` is a list of dicts, `{loss, grad_norm, learning_rate, epoch, step}` for
 *     training logs and `{eval_loss, eval_<metric>, eval_runtime, ..., epoch, step}` for
 *     evaluations, ending with one summary `{train_runtime, train_loss, total_flos, ...}` whose
 *     `train_loss` is the mean over the whole run: that entry is dropped (read as a point it
 *     fakes a jump at the last step). Every other numeric key becomes a series under its own
 *     name; `step` and `epoch` place the points (epochs are fractional).
 *   - a Keras history saved with `json.dump(model.fit(...).history, f)`: `{"loss": [...],
 *     "val_loss": [...]}`, one value per epoch, epochs numbered from 0 as Keras does.
 *
 * Python's bare NaN / Infinity are accepted. Browser-safe: takes the text, not a path.
 */
import { parsePythonJson } from './jsonl-log.js';
import { logError, SeriesBuilder } from './series.js';
import type { ParsedLog } from './types.js';

/** Keys of a `log_history` entry that place it, not series. */
const PLACE_KEYS = new Set(['step', 'epoch']);
/** Keys only the end-of-training summary entry has. */
const SUMMARY_KEYS = ['train_runtime', 'train_loss', 'train_samples_per_second'];

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A JSON value as a number: numbers (NaN / ±Infinity included), else undefined. */
const numeric = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function parseTrainerState(state: JsonObject, file: string): ParsedLog {
  const history = state['log_history'];
  if (!Array.isArray(history)) throw logError(file, `'log_history' must be a list of dicts, found ${typeof history}`);
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  const notes: string[] = [];
  history.forEach((entry: unknown, index) => {
    if (!isObject(entry)) {
      warnings.push(`${file}: log_history[${index}] is not a dict; skipped`);
      return;
    }
    if (SUMMARY_KEYS.some((key) => key in entry)) {
      const mean = numeric(entry['train_loss']);
      notes.push(`dropped log_history[${index}], the end-of-training summary` + (mean === undefined ? '' : ` (train_loss ${mean}, the mean over the whole run)`));
      return;
    }
    const step = numeric(entry['step']) ?? index;
    const epoch = numeric(entry['epoch']);
    for (const [key, raw] of Object.entries(entry)) {
      const value = numeric(raw);
      if (PLACE_KEYS.has(key) || value === undefined) continue;
      builder.add(key, epoch === undefined ? { step, value } : { step, epoch, value });
    }
  });
  const series = builder.finish(file, warnings);
  return { format: 'hf-trainer-state', series, warnings, notes };
}

function parseKerasHistory(columns: JsonObject, file: string): ParsedLog {
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  for (const [name, values] of Object.entries(columns)) {
    if (!Array.isArray(values)) {
      warnings.push(`${file}: '${name}' is not a list of per-epoch values; skipped`);
      continue;
    }
    values.forEach((raw: unknown, epoch) => {
      const value = numeric(raw);
      if (value !== undefined) builder.add(name, { step: epoch, epoch, value });
    });
  }
  return { format: 'json-history', series: builder.finish(file, warnings), warnings };
}

/** Parses a JSON training log (see the module comment); `file` names it in warnings and errors. */
export function parseJsonLog(text: string, file: string): ParsedLog {
  let document: unknown;
  try {
    document = parsePythonJson(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw logError(file, `not valid JSON (${(error as Error).message}); a training log in JSON is a Hugging Face trainer_state.json or a Keras history dict`);
  }
  if (isObject(document) && 'log_history' in document) return parseTrainerState(document, file);
  if (isObject(document) && Object.values(document).some(Array.isArray)) return parseKerasHistory(document, file);
  throw logError(file, "a JSON document losskit cannot read as a training log: expected a Hugging Face trainer_state.json (with 'log_history') or a Keras history dict such as {\"loss\": [...], \"val_loss\": [...]}");
}
