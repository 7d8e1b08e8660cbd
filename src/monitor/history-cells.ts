/**
 * The cells of a logged table as a History reads them (`History.fromRows`, `fromColumns`):
 * numbers, numeric strings with Python's and R's spellings of the non-finite ('nan', 'inf',
 * 'Infinity') and blanks ('', 'NA', 'None', null), and the axis columns a row may carry.
 * Browser-safe.
 */

/** A cell of a logged table: numbers, numeric strings ('nan', 'inf'), or blanks ('', 'NA', null). */
export type LoggedCell = number | string | null | undefined;

/** Columns that count steps (the axis when present; else the epoch, else the row index). */
export const STEP_COLUMNS = ['step', 'global_step', 'globalstep', 'iteration'];
/** Columns that hold a wall-clock time. */
export const WALL_TIME_COLUMNS = ['wall_time', 'walltime', 'timestamp', 'time'];

/** Number of a logged cell; undefined for a blank. 'nan', 'inf', '-inf', 'Infinity' are read as such. */
export function cellNumber(cell: LoggedCell): number | undefined {
  if (typeof cell === 'number') return cell;
  if (cell === null || cell === undefined) return undefined;
  const text = cell.trim().toLowerCase();
  if (text === '' || text === 'na' || text === 'null' || text === 'none') return undefined;
  if (text === 'nan') return Number.NaN;
  if (text === 'inf' || text === '+inf' || text === 'infinity' || text === '+infinity') return Infinity;
  if (text === '-inf' || text === '-infinity') return -Infinity;
  const value = Number(text);
  return Number.isNaN(value) ? undefined : value;
}

/** The first finite number under one of these column names (case-insensitive), undefined when none. */
export function firstColumn(row: Readonly<Record<string, LoggedCell>>, names: readonly string[]): number | undefined {
  for (const key of Object.keys(row)) {
    if (names.includes(key.toLowerCase())) {
      const value = cellNumber(row[key]);
      if (value !== undefined && Number.isFinite(value)) return value;
    }
  }
  return undefined;
}
