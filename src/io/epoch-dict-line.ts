/**
 * A console line that names its epoch and then prints that epoch's metrics as a Python dict, as a
 * script's `logger.info(f"Epoch {epoch}: {metrics}")` writes them through Python's logging (its
 * `%(asctime)s - %(name)s - %(levelname)s - %(message)s` format):
 *
 *   2025-02-22 12:15:45,882 - titans_training - INFO - Epoch 0: {'loss': 10.6387, 'val_loss': 11.2}
 *
 * A line is one when an `Epoch N` (':' or ',' after it, or nothing) is followed by a flat Python
 * dict (python-literal.ts) that ends the line and holds a number under a key naming a loss
 * (`namesLoss`); the dict's numbers are read under their keys, a key with a validation prefix
 * ('val_', 'test_' ...) as validation, in epoch N. A dict with its own 'epoch' key is the Hugging Face
 * Trainer's (hf-trainer-line.ts), read first. Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import { VALIDATION_PREFIX } from './console-patterns.js';
import { looksLikePythonDict, parsePythonLiteral } from './python-literal.js';
import { namesLoss } from './series.js';

const EPOCH_DICT = /(?<![\w/-])epoch\s*(\d+)\s*[:,]?\s*(\{'.*\})\s*$/i;

/** The epoch and the pairs of an epoch's metrics dict line (see the module comment), undefined for any other line. */
export function readEpochDictLine(text: string): { epoch: number; pairs: ConsolePair[] } | undefined {
  const match = EPOCH_DICT.exec(text);
  if (match === null || !looksLikePythonDict(match[2])) return undefined;
  let value: unknown;
  try {
    value = parsePythonLiteral(match[2]);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const pairs = Object.entries(value as Record<string, unknown>).flatMap(([key, item]): ConsolePair[] => {
    const name = key.trim().toLowerCase().replace(/\s+/g, '_');
    return typeof item === 'number' && name !== '' ? [{ name, value: item, validation: VALIDATION_PREFIX.test(name) }] : [];
  });
  return pairs.some(({ name }) => namesLoss(name)) ? { epoch: Number(match[1]), pairs } : undefined;
}
