/**
 * Building series from records in file order, with TensorBoard's rule for restarts: when a
 * series' step goes back (a run resumed from a checkpoint and logged the same steps again),
 * the points at or after the new step are dropped and the new ones kept — the
 * `purge_orphaned_data` behaviour of TensorBoard's event accumulator
 * (tensorboard/backend/event_processing/event_accumulator.py `_MaybePurgeOrphanedData`).
 * A value logged twice at the same step is the same case: the later one wins.
 * Browser-safe.
 */
import { LossError } from '../core/errors.js';
import type { ScalarPoint } from './types.js';

/** The one error of the log readers: `file:line: what is wrong`, or `file: ...`. */
export function logError(file: string, message: string): LossError {
  return new LossError('domain', `${file}: ${message}`, 'readRun', file);
}

/** Where a text log stops being readable: the line and what is wrong with it. */
export interface Damage {
  readonly line: number;
  readonly reason: string;
}

/** `log.csv:7: 3 fields, expected 2; kept the 5 rows before it and ignored the rest of the file`. */
export function damageNote(file: string, damage: Damage, kept: number, unit: 'row' | 'record'): string {
  return `${file}:${damage.line}: ${damage.reason}; kept the ${kept} ${unit}${kept === 1 ? '' : 's'} before it and ignored the rest of the file`;
}

/** The last path component, for messages and run names (works on '/' and '\' paths). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part !== '');
  return parts.length === 0 ? path : parts[parts.length - 1];
}

interface Restarts {
  count: number;
  dropped: number;
  firstFrom: number;
  firstTo: number;
}

/** Collects points series by series, keeping each sorted by step with one point per step. */
export class SeriesBuilder {
  private readonly series = new Map<string, ScalarPoint[]>();
  private readonly restarts = new Map<string, Restarts>();
  private readonly largeSteps = new Set<string>();

  add(name: string, point: ScalarPoint): void {
    let points = this.series.get(name);
    if (points === undefined) {
      points = [];
      this.series.set(name, points);
    }
    if (!Number.isSafeInteger(point.step) && Number.isInteger(point.step)) this.largeSteps.add(name);
    const last = points.length > 0 ? points[points.length - 1].step : -Infinity;
    if (point.step <= last) {
      const from = firstAtOrAfter(points, point.step);
      const restarts = this.restarts.get(name) ?? { count: 0, dropped: 0, firstFrom: last, firstTo: point.step };
      restarts.count++;
      restarts.dropped += points.length - from;
      this.restarts.set(name, restarts);
      points.length = from;
    }
    points.push(point);
  }

  get size(): number {
    return this.series.size;
  }

  /** The series as a plain object, and one warning per series that restarted (naming `source`). */
  finish(source: string, warnings: string[]): Record<string, ScalarPoint[]> {
    for (const [name, r] of this.restarts) {
      const when = r.firstFrom === r.firstTo ? `step ${r.firstTo} was logged again` : `the step went back from ${r.firstFrom} to ${r.firstTo}`;
      const more = r.count > 1 ? ` (and ${r.count - 1} more time${r.count > 2 ? 's' : ''})` : '';
      warnings.push(`${source}: '${name}': ${when}${more}, as when a run resumes from a checkpoint; kept the later values and dropped ${r.dropped} earlier point${r.dropped === 1 ? '' : 's'}`);
    }
    for (const name of this.largeSteps) {
      warnings.push(`${source}: '${name}' has steps beyond 2^53, which lose precision as JavaScript numbers`);
    }
    return Object.fromEntries(this.series);
  }
}

/** Index of the first point with step >= `step` (points are sorted by step). */
function firstAtOrAfter(points: readonly ScalarPoint[], step: number): number {
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (points[mid].step < step) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A cell or JSON value as a number: Python's spellings of the special values ('nan', 'inf',
 * '-inf', 'NaN', 'Infinity') become NaN / ±Infinity; '' and Keras's 'NA' are missing
 * (undefined, not 0); anything else that is not a decimal number is `null` (not numeric).
 */
export function parseNumber(text: string): number | undefined | null {
  const cell = text.trim();
  if (cell === '' || cell === 'NA' || cell === 'None') return undefined;
  const special = SPECIAL_VALUES.get(cell.toLowerCase());
  if (special !== undefined) return special;
  return DECIMAL.test(cell) ? Number(cell) : null;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL_VALUES = new Map<string, number>([
  ['nan', NaN], ['+nan', NaN], ['-nan', NaN],
  ['inf', Infinity], ['+inf', Infinity], ['infinity', Infinity], ['+infinity', Infinity],
  ['-inf', -Infinity], ['-infinity', -Infinity],
]);
