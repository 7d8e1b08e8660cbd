/**
 * Training logs that are one JSON document (not JSON lines):
 *
 *   - Ludwig's `training_statistics.json` (`training`, `validation`, `test` blocks of per-feature
 *     metric lists): one run, read by json-ludwig.ts.
 *   - the Hugging Face Trainer's `trainer_state.json` (transformers `TrainerState.save_to_json`):
 *     `log_history` is a list of dicts, `{loss, grad_norm, learning_rate, epoch, step}` for
 *     training logs and `{eval_loss, eval_<metric>, eval_runtime, ..., epoch, step}` for
 *     evaluations, ending with one summary `{train_runtime, train_loss, total_flos, ...}` whose
 *     `train_loss` is the mean over the whole run: that entry is dropped (read as a point it
 *     fakes a jump at the last step). Every other numeric key becomes a series under its own
 *     name; `step` and `epoch` place the points (epochs are fractional).
 *   - a hand-written list of per-epoch records, `[{"epoch": 1, "train_loss": 0.9, "val_loss": 1.1},
 *     ...]` (`json.dump(history_records, f)`), read as `log_history` is: placed by `step`, else
 *     `epoch`, else the record's position (`timestamp` / `wall_time` is the points' wall time, as in
 *     JSON lines); some record must hold a '...loss...' number, not necessarily the first (a logger
 *     writing one record per group of metrics opens with the model's size and the learning rate).
 *   - a Keras history saved with `json.dump(model.fit(...).history, f)`: `{"loss": [...],
 *     "val_loss": [...]}`, one value per epoch, epochs numbered from 0 as Keras does, or by an
 *     `epoch` list when the writer added one. Hand-written histories often keep run metadata next
 *     to the lists (`"backbone": "EfficientNet-B0"`, `"classes": [...]`, `"phase_starts": [0, 15]`):
 *     only the per-epoch lists (numbers, as long as the loss lists) are series; the other keys
 *     are named in a note. A history keyed by loss and then by split, `{"loc_loss": {"train": [...],
 *     "validation": [...]}, ...}`, is read as that dict flattened: `loc_loss`, `val_loc_loss`; one keyed
 *     by split and then by name, `{"train": {"loss": [...]}, "val": {"loss": [...]}}`, likewise:
 *     `loss`, `val_loss`.
 *   - per-epoch records keyed by split and epoch, `{"train_epoch_1": {"total_loss": 4.7, ...},
 *     "val_epoch_1": {...}, ...}`: read as a record list, each record at its key's epoch, its
 *     names prefixed by its split as above (`total_loss`, `val_total_loss`).
 *   - the fallback, for a document none of the above claims as a whole (a script's own results file):
 *     its HISTORY CONTAINERS, searched at most `MAX_CONTAINER_DEPTH` keys deep through objects and
 *     lists: a list of >= 2 records some of which holds a '...loss...' number, an object with a
 *     '...loss...' list of >= 2 numbers (or keyed by loss then split, or by split then name), per-epoch
 *     records keyed by split and epoch, an object with a `log_history`. Each is read by the reader of
 *     its shape above. One container is the run (`{"args": {...}, "history": [...]}`: a note names
 *     'history' and the keys next to it, skipped); several are several trainings (`{"model_a":
 *     {"history": [...]}, "model_b": {"history": [...]}}`): `parseJsonTrainings` gives one each,
 *     named by its path ('model_a.history'), `parseJsonLog` the last in document order, the latest,
 *     its note naming the others. A single number or a one-point list is a summary, not a history.
 *
 * Python's bare NaN / Infinity are accepted. A history saved as Python's repr of the dict
 * (`str(history.history)`: single quotes, `nan`, NumPy 2's `np.float64(0.5)`), as the whole file or
 * as a JSON string holding it (`json.dump(str(history.history), f)`), is read as a Python literal
 * (python-literal.ts) and said so in a note. Browser-safe: takes the text, not a path.
 *
 * This module is the entry (the text to a document, the walk's detection, the public parsers); the
 * readers live beside it: json-shapes.ts (the value tests they share), json-split-shapes.ts (the
 * split-keyed shapes), json-whole.ts (the readers of a whole document, `readWhole`) and
 * json-containers.ts (the history-container fallback).
 */
import { parsePythonJson } from './jsonl-log.js';
import { historyContainers, isHistoryContainer, readContainer } from './json-containers.js';
import { isNumberList, isObject, isRecordList } from './json-shapes.js';
import { hasEpochRecords, hasSplitRecords, isSplitHistory, isSplitObject, SPLIT_PREFIXES } from './json-split-shapes.js';
import { isLudwigStatistics } from './json-ludwig.js';
import { claimedWhole, readWhole } from './json-whole.js';
import { looksLikePythonDict, parsePythonLiteral, PythonLiteralError } from './python-literal.js';
import { logError, namesLoss } from './series.js';
import type { ParsedLog } from './types.js';

export { MAX_CONTAINER_DEPTH } from './json-containers.js';

/**
 * True for a JSON document that is a loss history: a Keras history dict (or one with metadata
 * next to its lists) with at least one '...loss...' key holding a list of numbers, a per-split
 * object of lists (`{"loc_loss": {"train": [...], "validation": [...]}}`), a split's dict of lists
 * (`{"train": {"loss": [...]}, "val": {"loss": [...]}}`), per-epoch records keyed by split and
 * epoch (`{"train_epoch_1": {"loss": ..}, ...}`), per-split lists of records (`{"train":
 * [{"loss": ..}], "val": [...]}`), or a list of records one of which holds a '...loss...' number,
 * or Ludwig's `training_statistics.json`. Configs, tokenizers and result summaries are not.
 */
export function isLossHistoryDocument(document: unknown): boolean {
  if (isRecordList(document) || isLudwigStatistics(document)) return true;
  if (isObject(document) && (hasEpochRecords(document) || hasSplitRecords(document))) return true;
  if (isObject(document) && Object.entries(document).some(([key, value]) =>
    (namesLoss(key) && (isNumberList(value) || isSplitObject(value))) || (SPLIT_PREFIXES.has(key) && isSplitHistory(value)))) return true;
  // A trainer state whose `log_history` holds losses, wherever the key is in the file (the walk's
  // head check sees only the file's first bytes; a custom state may open with a long config).
  if (isObject(document) && isHistoryContainer(document['log_history'])) return true;
  // The fallback: a document no specific reader claims, holding a history container.
  return !claimedWhole(document) && historyContainers(document).length > 0;
}

/** A JSON log's document, and how it was read when not as plain JSON. */
interface JsonDocument {
  readonly document: unknown;
  readonly note?: string;
}

function pythonLiteral(text: string, file: string, where: string): unknown {
  try {
    return parsePythonLiteral(text);
  } catch (error) {
    if (!(error instanceof PythonLiteralError)) throw error;
    throw logError(file, `${where} holds a Python dict that cannot be read: ${error.message}`, where === 'the file' ? error.line : undefined);
  }
}

/**
 * The document of a JSON log: JSON (with Python's bare NaN / Infinity), else a Python dict's repr;
 * a JSON string that holds a Python dict's repr is read as that dict.
 */
export function readJsonDocument(text: string, file: string): JsonDocument {
  const body = text.replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = parsePythonJson(body);
  } catch (error) {
    if (!looksLikePythonDict(body)) {
      throw logError(file, `not valid JSON (${(error as Error).message}); a training log in JSON is a Hugging Face trainer_state.json or a Keras history dict`);
    }
    return { document: pythonLiteral(body, file, 'the file'), note: "read as a Python dict literal (as str(history.history) writes it), not JSON" };
  }
  if (typeof document === 'string' && looksLikePythonDict(document)) {
    const note = 'a JSON string holding a Python dict literal (as json.dump(str(history.history)) writes it): read the dict';
    return { document: pythonLiteral(document, file, 'the JSON string'), note };
  }
  return { document };
}

const UNREADABLE_DOCUMENT = "a JSON document losskit cannot read as a training log: expected a Hugging Face trainer_state.json (with 'log_history'), a Keras history dict such as {\"loss\": [...], \"val_loss\": [...]}, or a list of per-epoch records such as [{\"epoch\": 1, \"train_loss\": 0.9, \"val_loss\": 1.1}, ...], as the document or inside it";

/** One training read from a JSON document: `where` is its container's path, undefined for the whole document. */
export interface JsonTraining {
  readonly where?: string;
  readonly parsed: ParsedLog;
}

/**
 * Every training a JSON log holds: the whole document when a specific reader claims it, else one per
 * history container found inside it (the fallback, see `historyContainers`), in document order.
 */
export function parseJsonTrainings(text: string, file: string): JsonTraining[] {
  return readTrainings(text, file, false);
}

/** `parseJsonTrainings`; `lastOnly`: the last training alone, its note naming the others. */
function readTrainings(text: string, file: string, lastOnly: boolean): JsonTraining[] {
  const { document, note } = readJsonDocument(text, file);
  const whole = readWhole(document, file, note);
  if (whole !== undefined) return [{ parsed: whole }];
  const all = historyContainers(document);
  if (all.length === 0) throw logError(file, UNREADABLE_DOCUMENT);
  const read = lastOnly ? all.slice(-1) : all;
  return read.map((container) => ({ where: container.path, parsed: readContainer(document, container, all, file, note, lastOnly) }));
}

/**
 * Parses a JSON training log (see the module comment); `file` names it in warnings and errors. A
 * document holding several trainings (several history containers) gives the last in document order,
 * the latest training, with a note naming the others (`parseJsonTrainings` gives them all).
 */
export function parseJsonLog(text: string, file: string): ParsedLog {
  return readTrainings(text, file, true)[0].parsed;
}
