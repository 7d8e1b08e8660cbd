import { LossError } from '../core/errors.js';
/**
 * Loss options as a comparison takes them: `'balanced'` placeholders resolved from the training
 * split's class counts, and short labels naming each run ('bce-with-logits (posWeight 9.04)').
 */
import type { Dataset } from '../data/types.js';

/** Option value asking for class-balancing weights computed from the training split. */
export const BALANCED = 'balanced';

/** Significant digits of option values shown in labels. */
const LABEL_DIGITS = 3;
/** Array options longer than this are abbreviated in labels. */
const LABEL_ARRAY_ITEMS = 3;

function counts(train: Dataset, classes: number): number[] {
  const result = new Array<number>(classes).fill(0);
  for (let r = 0; r < train.rows; r++) result[train.target[r]]++;
  return result;
}

/**
 * Replaces `'balanced'` values with weights from the training split:
 *  - binary `posWeight`: negatives / positives (the usual choice for bce-with-logits);
 *  - binary `alpha` (sigmoid-focal's weight of positives): the fraction of negatives;
 *  - multiclass `weight` / `alpha` (per-class tensors): n / (C n_c), 1 for balanced classes.
 * Other options pass through unchanged.
 */
export function resolveBalancedOptions(
  loss: string, options: Readonly<Record<string, unknown>>, train: Dataset, classes: number,
): Record<string, unknown> {
  const resolved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (value !== BALANCED) {
      resolved[key] = value;
      continue;
    }
    const n = train.rows;
    if (train.task === 'binary') {
      const [negatives, positives] = counts(train, 2);
      if (key === 'posWeight') resolved[key] = [negatives / Math.max(positives, 1)];
      else if (key === 'alpha') resolved[key] = negatives / n;
      else throw new LossError('option', `compare: '${loss}' option '${key}' cannot be '${BALANCED}' on a binary task (posWeight or alpha can)`);
    } else if (train.task === 'multiclass' && (key === 'weight' || key === 'alpha')) {
      resolved[key] = counts(train, classes).map((count) => n / (classes * Math.max(count, 1)));
    } else {
      throw new LossError('option', `compare: '${loss}' option '${key}' cannot be '${BALANCED}' on a ${train.task} task`);
    }
  }
  return resolved;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(LABEL_DIGITS)));
}

function formatOptionValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<number>);
    if (items.length === 1) return formatNumber(items[0]);
    const shown = items.slice(0, LABEL_ARRAY_ITEMS).map(formatNumber).join(', ');
    return `[${shown}${items.length > LABEL_ARRAY_ITEMS ? ', …' : ''}]`;
  }
  return String(value);
}

/** 'loss' or 'loss (key value, key value)'. */
export function defaultLabel(loss: string, options: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(options).map(([key, value]) => `${key} ${formatOptionValue(value)}`);
  return parts.length ? `${loss} (${parts.join(', ')})` : loss;
}

/** Makes labels unique by numbering repeats: 'mse', 'mse #2'. */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} #${count}`;
  });
}
