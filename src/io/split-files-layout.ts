/**
 * One CSV file per split (Node only): a script's own per-epoch tables, `train_performance.csv` and
 * `val_performance.csv` with the same columns (`Accuracy,Precision,Recall,loss`), are ONE run, each
 * file's series taken with its split: the training file's names as they are, the validation file's
 * as 'val_' + the name (its `loss` is `val_loss`), a test file's as 'test_' + the name, as
 * json-split-shapes.ts names a history keyed by split. Such files alone are no run (one bare `loss`
 * column is a data table's as much as a log's: walk-detect.ts), and files that are logs on their
 * own (`train_log.csv` with an `epoch` column) would otherwise be two runs, neither with both losses.
 *
 * Only when nothing is in doubt: each name holds exactly one split word (train / training; val /
 * valid / validation / dev / eval; test) and the rest of the names is the same (`train_perf.csv`,
 * `val_perf.csv`), one file per split, a training file among them, and the files' headers share
 * their axis (the same `epoch` or `step` column, pandas' index, or none: rows numbered from 0) and
 * their loss columns, with no name taken twice once prefixed. Otherwise the files are what they
 * were: each a run when it looks like a log, else passed by.
 */
import { extname, join } from 'node:path';
import { isPandasIndexName } from './csv-header.js';
import { finishRun, readFileRun, readOrReport } from './file-runs.js';
import { headOf, openRegularFile } from './files.js';
import { headerFieldsOf, SNIFF_BYTES } from './parse-log.js';
import { logError, namesLoss } from './series.js';
import { textDecoderFor } from './text-decoder.js';
import type { LogFormat, RunLog, ScalarSeries } from './types.js';

/** The words that name a split in a file's name, and the prefix its series get ('' for training). */
const SPLIT_WORDS = new Map([
  ['train', ''], ['training', ''],
  ['val', 'val_'], ['valid', 'val_'], ['validation', 'val_'], ['dev', 'val_'], ['eval', 'val_'],
  ['test', 'test_'],
]);
const PREFIX_ORDER = ['', 'val_', 'test_'];
const SPLIT_NAMES = new Map([['', 'training'], ['val_', 'validation'], ['test_', 'test']]);
const EXTENSIONS = ['.csv', '.tsv'];

/** One file of a split group: its name, and the prefix its series get. */
export interface SplitFile {
  readonly name: string;
  readonly prefix: string;
}

/** The files of one run, training first; `stem` is the training file's name without its extension. */
export interface SplitFiles {
  readonly stem: string;
  readonly files: readonly SplitFile[];
}

/** A file's split prefix and its name with the split word replaced by '*', when the name holds exactly one split word. */
function splitOf(name: string): { prefix: string; rest: string } | undefined {
  const extension = extname(name).toLowerCase();
  if (!EXTENSIONS.includes(extension)) return undefined;
  const words = name.slice(0, -extension.length).toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
  const at = words.flatMap((word, i) => (SPLIT_WORDS.has(word) ? [i] : []));
  if (at.length !== 1) return undefined;
  const rest = [...words.slice(0, at[0]), '*', ...words.slice(at[0] + 1)].join('_');
  return { prefix: SPLIT_WORDS.get(words[at[0]]) ?? '', rest: `${rest}${extension}` };
}

/** The header of a CSV or TSV file (its first line's fields), undefined when it cannot be read. */
export async function csvHeaderOf(path: string): Promise<string[] | undefined> {
  try {
    const { handle, size } = await openRegularFile(path, logError);
    try {
      const head = await headOf(handle, size, SNIFF_BYTES);
      return headerFieldsOf(textDecoderFor(head).decode(head));
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/** What places a file's rows, as csv-log.ts decides it: 'step', 'epoch', pandas' index, or the row number. */
function axisOf(fields: readonly string[]): string {
  if (fields.includes('step')) return 'step';
  if (fields.includes('epoch')) return 'epoch';
  return fields.length > 1 && isPandasIndexName(fields[0]) ? 'index' : 'rows';
}

const lossColumns = (fields: readonly string[]) => fields.filter(namesLoss).sort().join('\u0000');

/** True when the headers share their axis and their (non-empty) loss columns, and no name is taken twice once prefixed. */
function sharesAxisAndLosses(files: readonly SplitFile[], headers: readonly (string[] | undefined)[]): boolean {
  const [first] = headers;
  if (first === undefined || lossColumns(first) === '') return false;
  const names = new Set<string>();
  return headers.every((fields, i) => {
    if (fields === undefined || axisOf(fields) !== axisOf(first) || lossColumns(fields) !== lossColumns(first)) return false;
    const axis = new Set(['step', 'epoch', ...(axisOf(fields) === 'index' ? [fields[0]] : [])]);
    return fields.filter((field) => !axis.has(field)).every((field) => {
      const name = `${files[i].prefix}${field}`;
      const fresh = !names.has(name);
      names.add(name);
      return fresh;
    });
  });
}

/** The groups of files in a folder (`files`: its regular files' names) that are one run each (see the module comment). */
export async function splitFileGroups(dir: string, files: readonly string[]): Promise<SplitFiles[]> {
  const byRest = new Map<string, SplitFile[]>();
  for (const name of files) {
    const split = splitOf(name);
    if (split === undefined) continue;
    const members = byRest.get(split.rest) ?? [];
    members.push({ name, prefix: split.prefix });
    byRest.set(split.rest, members);
  }
  const groups: SplitFiles[] = [];
  for (const members of byRest.values()) {
    const prefixes = new Set(members.map((file) => file.prefix));
    if (members.length < 2 || prefixes.size !== members.length || !prefixes.has('')) continue;
    members.sort((a, b) => PREFIX_ORDER.indexOf(a.prefix) - PREFIX_ORDER.indexOf(b.prefix));
    const headers = await Promise.all(members.map((file) => csvHeaderOf(join(dir, file.name))));
    if (!sharesAxisAndLosses(members, headers)) continue;
    groups.push({ stem: members[0].name.slice(0, -extname(members[0].name).length), files: members });
  }
  return groups;
}

/** Reads a split group of `dir` as one run named `name`; a file that cannot be read makes the run an error naming it. */
export function readSplitFilesRun(name: string, dir: string, group: SplitFiles): Promise<RunLog> {
  return readOrReport(name, dir, async () => {
    const series: Record<string, ScalarSeries> = {};
    const warnings: string[] = [];
    const notes: string[] = [];
    let format: LogFormat = 'csv-keras';
    for (const [i, file] of group.files.entries()) {
      const run = await readFileRun(join(dir, file.name), name, 'csv');
      if (i === 0) format = run.source.format;
      for (const [key, points] of Object.entries(run.series)) series[`${file.prefix}${key}`] = points;
      for (const warning of run.warnings) warnings.push(warning);
      for (const note of run.notes ?? []) notes.push(note);
    }
    const described = group.files.map(({ name: file, prefix }) => `${file} (${SPLIT_NAMES.get(prefix)}: ${prefix === '' ? 'its names as they are' : `'${prefix}' + the name`})`);
    notes.push(`one CSV file per split, read as one run: ${described.join(', ')}`);
    return finishRun(name, dir, format, series, warnings, { notes });
  });
}
