/**
 * The fallback for a JSON document no specific reader claims as a whole (a script's own results
 * file): its HISTORY CONTAINERS, the values inside it (at most `MAX_CONTAINER_DEPTH` keys deep) that
 * a specific reader would read as one training, found in document order and each read by
 * `readWhole`, with notes naming the container, the other trainings and the metadata next to it.
 * Apart from json-log.ts because it is one mechanism (a search and its notes) on top of the readers.
 * Browser-safe.
 */
import { isNumberList, isObject, isRecordList } from './json-shapes.js';
import { hasEpochRecords, isSplitObject, SPLIT_PREFIXES } from './json-split-shapes.js';
import { readWhole } from './json-whole.js';
import { logError, namesLoss } from './series.js';
import type { ParsedLog } from './types.js';

/** How deep below the document the fallback looks for history containers (the document's own keys are depth 1). */
export const MAX_CONTAINER_DEPTH = 4;
/** The fewest points a nested container's loss must hold (one number is a summary, not a history). */
const MIN_CONTAINER_POINTS = 2;

/** A loss list with enough points to be a history. */
const isLongLossList = (value: unknown): boolean => isNumberList(value) && value.length >= MIN_CONTAINER_POINTS;

/**
 * True for a value inside a document that holds one training's history, as a specific reader reads
 * it: (a) a list of >= 2 records some record of which holds a '...loss...' number; (b) an object
 * with a '...loss...' list of >= 2 numbers (columns), also keyed by loss then split (`{"loss":
 * {"train": [...]}}`) or by split then name (`{"train": {"loss": [...]}}`); per-epoch records keyed
 * by split and epoch; an object with a `log_history` record list (a trainer state).
 */
export function isHistoryContainer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length >= MIN_CONTAINER_POINTS && isRecordList(value);
  if (!isObject(value)) return false;
  if (isRecordList(value['log_history']) || hasEpochRecords(value)) return true;
  return Object.entries(value).some(([key, item]) =>
    (namesLoss(key) && (isLongLossList(item) || (isSplitObject(item) && Object.values(item).some(isLongLossList)))) ||
    (SPLIT_PREFIXES.has(key) && isObject(item) && Object.entries(item).some(([name, list]) => namesLoss(name) && isLongLossList(list))));
}

/** A history container: where it is in the document (`history`, `medicine.history`, `runs[0]`) and its value. */
export interface HistoryContainer {
  readonly path: string;
  readonly segments: readonly (string | number)[];
  readonly value: unknown;
}

const childrenOf = (value: unknown): [string | number, unknown][] =>
  Array.isArray(value) ? value.map((item, index) => [index, item]) : isObject(value) ? Object.entries(value) : [];

const pathOf = (segments: readonly (string | number)[]): string =>
  segments.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');

/**
 * The history containers below a document (not the document itself), in document order, at most
 * `MAX_CONTAINER_DEPTH` keys deep; a container is not searched further.
 */
export function historyContainers(document: unknown): HistoryContainer[] {
  const found: HistoryContainer[] = [];
  const visit = (value: unknown, segments: (string | number)[]) => {
    if (segments.length > 0 && isHistoryContainer(value)) {
      found.push({ path: pathOf(segments), segments, value });
      return;
    }
    if (segments.length >= MAX_CONTAINER_DEPTH) return;
    for (const [segment, child] of childrenOf(value)) {
      if (child !== null && typeof child === 'object') visit(child, [...segments, segment]);
    }
  };
  visit(document, []);
  return found;
}

const quote = (paths: readonly string[]): string => {
  const shown = paths.slice(0, 12).map((path) => `'${path}'`).join(', ');
  return paths.length > 12 ? `${shown} and ${paths.length - 12} more` : shown;
};

/**
 * The keys next to a container, along its path from the document down, that lead to no other
 * container: run metadata (`args`, `best_val_loss`, `epochs_ran`, `config`), named in a note.
 */
function skippedBeside(document: unknown, chosen: HistoryContainer, all: readonly HistoryContainer[]): string[] {
  const skipped: string[] = [];
  let node = document;
  chosen.segments.forEach((segment, depth) => {
    const here = chosen.segments.slice(0, depth);
    for (const [key] of childrenOf(node)) {
      if (key === segment) continue;
      const beside = [...here, key];
      const leadsToContainer = all.some((container) => beside.every((part, i) => container.segments[i] === part));
      if (!leadsToContainer) skipped.push(pathOf(beside));
    }
    node = childrenOf(node).find(([key]) => key === segment)?.[1];
  });
  return skipped;
}

/** One container read as a run, with notes naming it and what lies next to it. */
export function readContainer(document: unknown, container: HistoryContainer, all: readonly HistoryContainer[], file: string, note: string | undefined, asLast: boolean): ParsedLog {
  const parsed = readWhole(container.value, file, undefined);
  // isHistoryContainer only accepts what readWhole claims.
  if (parsed === undefined) throw logError(file, `the history under '${container.path}' cannot be read`);
  const skipped = skippedBeside(document, container, all);
  const others = all.filter((other) => other !== container).map(({ path }) => path);
  const several = others.length === 0 ? ''
    : asLast ? `, the last of ${all.length} trainings in the document, the latest (not read: ${quote(others)}; readRuns reads each as a run)`
    : ` (one of ${all.length} trainings in the document: ${quote(all.map(({ path }) => path))})`;
  const notes = [
    ...(note === undefined ? [] : [note]),
    `no reader claims the document as a whole: read the history under '${container.path}'${several}`,
    ...(skipped.length === 0 ? [] : [`next to the history, not read: ${quote(skipped)}`]),
    ...(parsed.notes ?? []),
  ];
  return { ...parsed, notes };
}
