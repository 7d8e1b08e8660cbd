/**
 * A console table whose columns are grouped between '|' rules, each group named on a header line
 * above the column names, as a hand-written PyTorch trainer prints its per-epoch table (CBNet's
 * `log_train.txt`, met in the twenty-sixth corpus, part b):
 *
 *                              |------------ VALID -------------|----------- TRAIN -------------|------Accuracy------|------------|
 *   lr       iter     epoch    | loss   top-1  top-2            | loss   top-1  top-2           |    Current Best    | time       |
 *   0.0001   0.0    0.0        | 0.521  80.365  96.347          | 0.653  66.667  95.480         |         80.365295         |  0 hr 06 min
 *
 * The k-th '|' segment of the group line names the k-th segment of the header under it (the rules
 * are drawn by hand and their '|' need not line up with the header's, so segments are matched by
 * their order, not by column): `loss` under `VALID` is 'valid_loss', under `TRAIN` 'train_loss'.
 * The segment naming a counter holds the columns from its first counter on (`lr` before `iter` is
 * passed by, as a logging prefix is in column-table-log.ts). A row has as many segments as its
 * header; each other segment is read when it has one cell per name, and passed by when it has not
 * (`Current Best` over one number, `time` over `0 hr 06 min`). Without a group line, a header
 * naming one column twice (`loss top-1 | loss top-1`) is none: which loss is which is not written.
 * column-table-log.ts reads the cells. Browser-safe.
 */

/** One '|' segment of a header: where its names start in the header's list, and how many. */
export interface PipedSegment {
  readonly first: number;
  readonly count: number;
}

/** A header whose columns are grouped between '|' rules. */
export interface PipedHeader {
  readonly names: readonly string[];
  /** One per '|' segment of the line; undefined for segments before the counter's. */
  readonly segments: readonly (PipedSegment | undefined)[];
}

/** A group line's segment: a rule of '-', '=' or '+' around at most one label (`------ VALID ------`). */
const GROUP_SEGMENT = /^[\s=+-]*([A-Za-z][\w.]*(?:[-/][\w.]+)*(?: [\w.]+(?:[-/][\w.]+)*)*)?[\s=+-]*$/;

/** The line's '|' segments, the blank one after a closing '|' left out. */
function segmentsOf(line: string): string[] {
  const segments = line.split('|');
  if (segments.length > 1 && segments[segments.length - 1].trim() === '') segments.pop();
  return segments;
}

/**
 * The labels of a group line, one per '|' segment (undefined for a bare rule), or undefined when
 * `line` is no group line: two segments or more, all rules, at least one labelled and one drawn.
 */
export function groupLabels(line: string): (string | undefined)[] | undefined {
  if (!line.includes('|')) return undefined;
  const segments = segmentsOf(line);
  const labels: (string | undefined)[] = [];
  for (const segment of segments) {
    const match = GROUP_SEGMENT.exec(segment);
    if (match === null) return undefined;
    labels.push(match[1]?.toLowerCase().replace(/\s+/g, '_'));
  }
  const drawn = segments.some((segment) => /-{3,}|={3,}/.test(segment));
  return segments.length >= 2 && drawn && labels.some((label) => label !== undefined) ? labels : undefined;
}

/**
 * The piped header `line` is, under the group line's `labels` (undefined when the line above is
 * none), or undefined: `isWord` tells a column name, `isCounter` a counter's.
 */
export function readPipedHeader(line: string, labels: readonly (string | undefined)[] | undefined,
  isWord: (token: string) => boolean, isCounter: (token: string) => boolean): PipedHeader | undefined {
  if (!line.includes('|')) return undefined;
  const parts = segmentsOf(line).map((segment) => segment.trim().split(/\s+/).filter((token) => token !== ''));
  const at = parts.findIndex((tokens) => tokens.some(isCounter));
  if (at < 0 || parts.length < 2) return undefined;
  const names: string[] = [];
  const segments: (PipedSegment | undefined)[] = [];
  for (const [k, tokens] of parts.entries()) {
    if (k < at) {
      segments.push(undefined);
      continue;
    }
    const columns = k === at ? tokens.slice(tokens.findIndex(isCounter)) : tokens;
    if (!columns.every(isWord)) return undefined;
    const label = labels?.[k];
    segments.push({ first: names.length, count: columns.length });
    for (const column of columns) names.push(label === undefined || isCounter(column) ? column : `${label}_${column}`);
  }
  return new Set(names).size === names.length ? { names, segments } : undefined;
}

/**
 * The cells of a piped row under `header`, one per name (undefined for a segment passed by), or
 * undefined when `line` has not the header's segments or too few cells where its counters are.
 */
export function pipedCells(line: string, header: PipedHeader): (string | undefined)[] | undefined {
  if (!line.includes('|')) return undefined;
  const parts = segmentsOf(line);
  // A last column left blank (`| 510s | ` under `| Time | Note`) ends the row with its '|'.
  if (parts.length === header.segments.length - 1 && line.trimEnd().endsWith('|')) parts.push('');
  if (parts.length !== header.segments.length) return undefined;
  const cells: (string | undefined)[] = Array.from({ length: header.names.length }, () => undefined);
  const counters = header.segments.find((segment) => segment !== undefined);
  for (const [k, segment] of header.segments.entries()) {
    if (segment === undefined) continue;
    const tokens = parts[k].trim().split(/\s+/).filter((token) => token !== '');
    // The counter's segment may hold columns before its first counter (`lr`): its last cells are the header's.
    if (segment === counters ? tokens.length < segment.count : tokens.length !== segment.count) {
      if (segment === counters) return undefined;
      continue;
    }
    tokens.slice(tokens.length - segment.count).forEach((token, i) => (cells[segment.first + i] = token));
  }
  return cells;
}
