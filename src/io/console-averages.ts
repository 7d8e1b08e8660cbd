/**
 * A console log's epoch averages beside its per-batch lines (console-log.ts): while reading, an
 * epoch's average training value is kept under a key of its own (`averageKey`), and when the log
 * is read the averages take the plain names and the per-batch training series become
 * '<name>_step', as Lightning names its two (per-step granularity in the role table, so that the
 * per-epoch series is taken first). Browser-safe.
 */
import type { ScalarSeries } from './types.js';

/** The builder's key prefix of an epoch average's training series until `averagesNamed` names it. */
const AVERAGE = '\u0000avg\u0000';

/** The key an epoch average of training series `name` is kept under while reading. */
export const averageKey = (name: string): string => AVERAGE + name;

/** The series name a builder key stands for (an average's key without its prefix). */
export const plainName = (key: string): string => key.replace(AVERAGE, '');

/** The series with the epoch averages under their names and the per-batch training series as '<name>_step' beside them. */
export function averagesNamed(series: Record<string, ScalarSeries>, batchNames: ReadonlySet<string>): Record<string, ScalarSeries> {
  return Object.fromEntries(Object.entries(series).map(([name, values]) => {
    if (name.startsWith(AVERAGE)) return [name.slice(AVERAGE.length), values];
    return [batchNames.has(name) ? `${name}_step` : name, values];
  }));
}

