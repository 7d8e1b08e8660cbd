/**
 * The value tests every JSON history reader shares (json-log.ts and the modules it is split into):
 * what a JSON object, a number, a list of numbers and a list of loss records are, and the keys
 * that place a record (the keys that name a loss are series.ts's `namesLoss`, shared with the
 * other readers). Kept apart so that the specific readers (json-whole.ts, json-split-shapes.ts)
 * and the container fallback (json-containers.ts) decide "is this a history" by one rule.
 * Browser-safe.
 */
import { namesLoss } from './series.js';

/** Keys of a `log_history` entry that place it, not series. */
export const PLACE_KEYS = new Set(['step', 'epoch']);

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A JSON value as a number: numbers (NaN / ±Infinity included), else undefined. */
export const numeric = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** True for a record holding a number under a key naming a loss (`namesLoss`: '...loss...', 'train_nll'). */
export const holdsLoss = (record: unknown): boolean =>
  isObject(record) && Object.entries(record).some(([key, item]) => namesLoss(key) && typeof item === 'number');

/**
 * True for a list of dicts, any of which has a number under a key naming a loss ('train_loss',
 * 'train_nll'): a per-epoch (or per-step) record list. Decided on all its records, not the first:
 * a logger writing one record per group of metrics (`[{"step": 0, "model/total_parameters": ..}, {"step": 0, "learning_rate/group_0": 0},
 * {"step": 0, "train/loss": 9.3}, ...]`) opens with records that hold no loss.
 */
export const isRecordList = (value: unknown): value is unknown[] =>
  Array.isArray(value) && isObject(value[0]) && value.some(holdsLoss);

/** A list of numbers (null for a missing value), as a per-epoch history holds. */
export const isNumberList = (value: unknown): value is (number | null)[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => item === null || typeof item === 'number');
