/**
 * Reading runs from files (Node only): a log file into its run (or its runs: a JSON document
 * holding several trainings), event files into one run, and a read that fails into a run with
 * `error` set, so that one bad file in a walk does not hide the others. The formats are the
 * browser-safe parsers'; this module opens the files, checks they are regular files and not Git
 * LFS pointers, and streams them in chunks. Used by runs.ts's walk and its layouts.
 */
import { basename, join } from 'node:path';
import { CsvLogParser } from './csv-log.js';
import { csvPrefaceLines } from './csv-sniff.js';
import { headOf, openRegularFile, readChunks, tailOf } from './files.js';
import { parseJsonLog, parseJsonTrainings } from './json-log.js';
import { JsonlLogParser } from './jsonl-log.js';
import { isPageName } from './markdown-log.js';
import { MetricLoggerParser } from './metric-logger.js';
import { ConsoleLogParser } from './console-log.js';
import { StepSplitLogParser } from './step-split-log.js';
import { holdsTabTable } from './tab-tables.js';
import { KeyValueTableLogParser } from './kv-table-log.js';
import { ColumnTableLogParser } from './column-table-log.js';
import { BoosterLogParser } from './booster-log.js';
import { detectLogFormat, detectLogTail, isEventFileName, parseTextLog, lfsPointerError, LONG_SNIFF_BYTES, MAX_PAGE_BYTES, mayBeConsoleLog, needsLongerHead, notALog, SNIFF_BYTES, withUltralyticsTotalsIfAny, type LogFileKind } from './parse-log.js';
import { logError, SeriesBuilder } from './series.js';
import { textDecoderFor } from './text-decoder.js';
import { parseUltralyticsResultsTxt } from './ultralytics-txt.js';
import { parseFlairLossTsv } from './flair-loss-tsv.js';
import { EventFileReader, ScalarCollector } from './tfevents.js';
import { isUltralyticsResults, ultralyticsTotals } from './ultralytics.js';
import { InputError } from '../core/errors.js';
import type { LogFormat, ParsedLog, RunLog, ScalarSeries } from './types.js';

/**
 * Runs `read`; an input error (not a log, damaged beyond reading) or a file-system error
 * becomes a run with `error` set, so one bad file does not hide the others.
 */
export async function readOrReport(name: string, path: string, read: () => Promise<RunLog>): Promise<RunLog> {
  try {
    return await read();
  } catch (error) {
    const fileSystem = typeof (error as NodeJS.ErrnoException).code === 'string';
    if (!(error instanceof InputError) && !fileSystem) throw error;
    const message = fileSystem ? `${path}: cannot read (${(error as Error).message})` : (error as Error).message;
    return { name, source: { path, format: 'unreadable' }, series: {}, warnings: [message], error: message };
  }
}

/** `readOrReport` for a file that may hold several runs. */
export async function readOrReportAll(name: string, path: string, read: () => Promise<RunLog[]>): Promise<RunLog[]> {
  let runs: RunLog[] = [];
  const failed = await readOrReport(name, path, async () => {
    runs = await read();
    return runs[0];
  });
  return failed.error === undefined ? runs : [failed];
}

/** Reads the event files directly in folder `dir` (`names`, as listed) into one run, their tags unprefixed. */
export function readFolderEvents(name: string, dir: string, names: readonly string[]): Promise<RunLog> {
  return readEventRun(name, dir, [{ prefix: '', files: names.map((file) => join(dir, file)) }]);
}

/** Reads event files (paths) into one run; each part's tags get its prefix; YOLOv5's component losses get their split totals. */
export async function readEventRun(name: string, path: string, parts: { prefix: string; files: string[] }[]): Promise<RunLog> {
  const collector = new ScalarCollector(new SeriesBuilder());
  for (const part of parts) {
    for (const file of part.files) await streamEventFile(file, collector, part.prefix);
  }
  const warnings = [...collector.warnings];
  const notes: string[] = [];
  const read = collector.builder.finish(path, warnings, notes);
  // YOLOv5's tags are Ultralytics' results.csv columns: the same split totals (ultralytics.ts).
  if (!isUltralyticsResults(Object.keys(read))) return finishRun(name, path, 'tfevents', read, warnings, { notes });
  const totals = ultralyticsTotals(read, path, warnings);
  return finishRun(name, path, 'tfevents', totals.series, warnings, { notes: [...notes, ...totals.notes] });
}

async function streamEventFile(path: string, collector: ScalarCollector, prefix: string): Promise<void> {
  const reader = new EventFileReader(path, collector, prefix);
  const { handle, size } = await openRegularFile(path, logError);
  try {
    const pointer = lfsPointerError(path, await headOf(handle, size, SNIFF_BYTES));
    if (pointer !== undefined) throw pointer;
    // A fresh buffer per read: the reader keeps views into the chunks it is given.
    await readChunks(handle, size, true, (chunk) => reader.push(chunk));
  } finally {
    await handle.close();
  }
  reader.finish();
}

export async function readFileRun(path: string, name: string, known?: LogFileKind): Promise<RunLog> {
  return (await readFileRunsOf(path, name, known, false))[0];
}

/** The readers that stream a text log in chunks, by its kind (the others are read whole above). */
const STREAMING_PARSERS: Readonly<Record<Exclude<LogFileKind, 'tfevents' | 'ultralytics-txt' | 'flair' | 'json' | 'notebook' | 'markdown'>, new (path: string) => { push(chunk: string): void; finish(): ParsedLog }>> = {
  csv: CsvLogParser, jsonl: JsonlLogParser, 'metric-logger': MetricLoggerParser, console: ConsoleLogParser,
  'step-split': StepSplitLogParser, 'kv-table': KeyValueTableLogParser, 'column-table': ColumnTableLogParser, booster: BoosterLogParser,
};

/**
 * A log file's runs: one, except a JSON document holding several trainings (history containers,
 * see `parseJsonTrainings`): one run each, named `<name>/<the container's path>`.
 */
export async function readFileRuns(path: string, name: string, known?: LogFileKind): Promise<RunLog[]> {
  return readFileRunsOf(path, name, known, true);
}

async function readFileRunsOf(path: string, name: string, known: LogFileKind | undefined, trainings: boolean): Promise<RunLog[]> {
  const eventRun = async () => [await readEventRun(name, path, [{ prefix: '', files: [path] }])];
  if (known === 'tfevents' || (known === undefined && isEventFileName(basename(path)))) return eventRun();
  const { handle, size } = await openRegularFile(path, logError);
  try {
    const head = await headOf(handle, size, SNIFF_BYTES);
    const pointer = lfsPointerError(path, head);
    if (pointer !== undefined) throw pointer;
    const sniffed = known === undefined && needsLongerHead(head) ? await headOf(handle, size, LONG_SNIFF_BYTES) : head;
    let kind = known ?? detectLogFormat(basename(path), sniffed);
    if (kind === undefined && mayBeConsoleLog(sniffed, size)) kind = detectLogFormat(basename(path), await headOf(handle, size, LONG_SNIFF_BYTES));
    // A page's training after megabytes of images: the whole page is looked at (readers-128).
    if (kind === undefined && size > LONG_SNIFF_BYTES && isPageName(path) && size <= MAX_PAGE_BYTES) kind = detectLogFormat(basename(path), await headOf(handle, size, size));
    // A training's lines after megabytes of other output: the file's end is looked at too (readers-57).
    if (kind === undefined && size > LONG_SNIFF_BYTES) kind = detectLogTail(await tailOf(handle, size, LONG_SNIFF_BYTES));
    if (kind === 'tfevents') return await eventRun();
    if (kind === undefined) throw notALog(path);
    const decoder = textDecoderFor(head);
    let parsed: ParsedLog;
    const streamed = kind === 'ultralytics-txt' || kind === 'flair' || kind === 'json' || kind === 'notebook' || kind === 'markdown' ? undefined : kind;
    // A copied tab-separated training table is written as console lines over the whole text (tab-tables.ts).
    const tabHead = async () => (sniffed.length >= Math.min(size, LONG_SNIFF_BYTES) ? sniffed : headOf(handle, size, LONG_SNIFF_BYTES));
    const tabTable = streamed !== undefined && streamed !== 'csv' && streamed !== 'jsonl' && holdsTabTable(decoder.decode(await tabHead()));
    if (streamed === undefined || tabTable) {
      // Read whole: a results.txt or Flair's loss.tsv has one row per epoch (a few hundred lines); a
      // JSON document (trainer_state.json, a notebook) is at most a few MB, a Markdown page less.
      let text = '';
      await readChunks(handle, size, false, (bytes) => { text += decoder.decode(bytes, { stream: true }); });
      text += decoder.decode();
      if (kind === 'ultralytics-txt') {
        parsed = parseUltralyticsResultsTxt(text, path);
      } else if (kind === 'flair') {
        parsed = parseFlairLossTsv(text, path);
      } else if (kind !== 'json') {
        parsed = parseTextLog(kind, text, path);
      } else if (trainings) {
        const all = parseJsonTrainings(text, path);
        if (all.length > 1) return all.map(({ where, parsed: one }) => finishRun(`${name}/${where}`, path, one.format, one.series, one.warnings, one));
        parsed = all[0].parsed;
      } else {
        parsed = parseJsonLog(text, path);
      }
    } else {
      // A CSV's prose preface (csv-sniff.ts) is counted on the sniffed head: the table follows within a few lines.
      const parser = streamed === 'csv' ? new CsvLogParser(path, csvPrefaceLines(decoder.decode(sniffed))) : new STREAMING_PARSERS[streamed](path);
      await readChunks(handle, size, false, (bytes) => parser.push(decoder.decode(bytes, { stream: true })));
      parser.push(decoder.decode());
      parsed = kind === 'csv' ? withUltralyticsTotalsIfAny(parser.finish(), path) : parser.finish();
    }
    return [finishRun(name, path, parsed.format, parsed.series, parsed.warnings, parsed)];
  } finally {
    await handle.close();
  }
}

export function finishRun(
  name: string, path: string, format: LogFormat, series: Record<string, ScalarSeries>, warnings: string[],
  extra: Pick<ParsedLog, 'roles' | 'notes'> = {},
): RunLog {
  if (Object.keys(series).length === 0) warnings.push(`${path}: no scalar series found`);
  return {
    name, source: { path, format }, series, warnings,
    ...(extra.roles === undefined ? {} : { roles: extra.roles }),
    ...(extra.notes === undefined || extra.notes.length === 0 ? {} : { notes: extra.notes }),
  };
}
