/**
 * A console line that prints an epoch's metrics as a Python dict, in one of two ways:
 *
 *   - the epoch named before the dict, as a script's `logger.info(f"Epoch {epoch}: {metrics}")`
 *     writes them through Python's logging (its `%(asctime)s - %(name)s - %(levelname)s - %(message)s`
 *     format):
 *
 *       2025-02-22 12:15:45,882 - titans_training - INFO - Epoch 0: {'loss': 10.6387, 'val_loss': 11.2}
 *
 *   - the epoch inside the dict, the whole line, as a loop's `print({"Epoch": epoch + 1, "Avg Epoch
 *     Loss": f"{loss:.4f}"})` writes it (MONAI's image-restoration tutorial):
 *
 *       {'Epoch': 1, 'Avg Epoch Loss': '0.8336'}
 *
 * A line is one when an `Epoch N` (':' or ',' after it, or nothing) is followed by a flat Python
 * dict (python-literal.ts) that ends the line, or when the line is a flat dict with a number under
 * an `epoch` key (in any case), and the dict holds a number under a key naming a loss
 * (`namesLoss`). A value is a number, or a string that is one whole number (`'0.8336'`: a value
 * formatted before it was printed; `'12:30'`, `'n/a'` are no numbers); the dict's numbers are read
 * under their keys, a key with a validation prefix ('val_', 'test_' ...) as validation, in epoch N;
 * a counter key (`epoch`, `step`) places the line, it is no series. A dict with a number under
 * `epoch` and numbers for its losses is the Hugging Face Trainer's (hf-trainer-line.ts), read
 * first. Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import { VALIDATION_PREFIX } from './console-patterns.js';
import { namesCounter } from './console-pairs.js';
import { looksLikePythonDict, parsePythonLiteral } from './python-literal.js';
import { namesLoss, parseNumber } from './series.js';

const EPOCH_DICT = /(?<![\w/-])epoch\s*(\d+)\s*[:,]?\s*(\{'.*\})\s*$/i;
/** A string value that is one whole decimal number (`'0.8336'`, `'1.2e-3'`). */
const NUMERIC_STRING = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** The epoch and the pairs of an epoch's metrics dict line (see the module comment), undefined for any other line. */
export function readEpochDictLine(text: string): { epoch: number; pairs: ConsolePair[] } | undefined {
  const named = EPOCH_DICT.exec(text);
  const dict = named === null ? wholeLineDict(text) : parsedDict(named[2]);
  if (dict === undefined) return undefined;
  const inside = Object.entries(dict).find(([key]) => key.trim().toLowerCase() === 'epoch')?.[1];
  const epoch = named === null ? inside : Number(named[1]);
  if (typeof epoch !== 'number' || !Number.isFinite(epoch)) return undefined;
  const pairs = Object.entries(dict).flatMap(([key, item]): ConsolePair[] => {
    const name = key.trim().toLowerCase().replace(/\s+/g, '_');
    const value = typeof item === 'string' && NUMERIC_STRING.test(item) ? parseNumber(item) : item;
    return typeof value === 'number' && name !== '' && !namesCounter(name) ? [{ name, value, validation: VALIDATION_PREFIX.test(name) }] : [];
  });
  return pairs.some(({ name }) => namesLoss(name)) ? { epoch, pairs } : undefined;
}

/** The line as a flat dict when it is one, whole (a progress bar's frames already removed). */
function wholeLineDict(text: string): Record<string, unknown> | undefined {
  const trimmed = text.trim();
  return trimmed.startsWith("{'") && trimmed.endsWith('}') ? parsedDict(trimmed) : undefined;
}

function parsedDict(text: string): Record<string, unknown> | undefined {
  if (!looksLikePythonDict(text)) return undefined;
  try {
    const value = parsePythonLiteral(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
  } catch {
    return undefined;
  }
}
