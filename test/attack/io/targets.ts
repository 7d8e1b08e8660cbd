/**
 * What the I/O attack attacks: every reader (of logs, tables, journals), every writer of
 * reports, and the CLI commands that take files. One list each; `io-attack.test.ts` checks
 * the readers' list against what losskit/io and losskit/data export, so a new reader fails
 * the test until it is attacked here. The library is loaded from a root directory, so the same
 * suite runs on an older checkout for the before/after counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Area = 'readers' | 'writers' | 'cli';
export const AREAS: readonly Area[] = ['readers', 'writers', 'cli'];

type Module = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

/** The modules of the library under attack (missing ones are empty: an older checkout). */
export interface Library {
  readonly io: Module;
  readonly data: Module;
  readonly search: Module;
  readonly journal: Module;
  readonly writeFile: Module;
  readonly cli: Module;
}

async function optional(root: string, path: string): Promise<Module> {
  try {
    return (await import(pathToFileURL(join(root, path)).href)) as Module;
  } catch {
    return {};
  }
}

export async function loadLibrary(root: string): Promise<Library> {
  return {
    io: await optional(root, 'src/io/index.ts'),
    data: await optional(root, 'src/data/index.ts'),
    search: await optional(root, 'src/search/index.ts'),
    journal: await optional(root, 'src/search/journal-file.ts'),
    writeFile: await optional(root, 'src/cli/write-file.ts'),
    cli: await optional(root, 'src/cli/run.ts'),
  };
}

/** How a reader is handed the fixture: its path, its text (UTF-8), or its bytes. */
export type Takes = 'path' | 'text' | 'bytes';

export interface Reader {
  readonly name: string;
  /** The export it attacks (`module.function`): absent in a checkout, the reader is skipped. */
  readonly export: readonly [keyof Library, string];
  /** The file extension (or name) the fixture gets. */
  readonly extension: string;
  readonly takes: Takes;
  /** The fixtures are not in its format (a CSV handed to the event-file parser): 'read' fixtures may be refused. */
  readonly foreign?: true;
  /** It may write to what it reads (a journal is appended to): it gets fixture copies of its own. */
  readonly mutates?: true;
  run(fn: Fn, input: string | Uint8Array, path: string): unknown;
}

const text = (input: string | Uint8Array) => (typeof input === 'string' ? input : new TextDecoder().decode(input));

export const READERS: readonly Reader[] = [
  { name: 'readRun .csv', export: ['io', 'readRun'], extension: '.csv', takes: 'path', run: (fn, path) => fn(path) },
  { name: 'readRun .jsonl', export: ['io', 'readRun'], extension: '.jsonl', takes: 'path', run: (fn, path) => fn(path) },
  { name: 'readRuns', export: ['io', 'readRuns'], extension: '.csv', takes: 'path', run: (fn, path) => fn(path) },
  { name: 'parseLog', export: ['io', 'parseLog'], extension: '.csv', takes: 'bytes', run: (fn, bytes, path) => fn(path, bytes) },
  { name: 'parseTextLog', export: ['io', 'parseTextLog'], extension: '.csv', takes: 'text', run: (fn, input, path) => fn('csv', text(input), path) },
  { name: 'parseCsvLog', export: ['io', 'parseCsvLog'], extension: '.csv', takes: 'text', run: (fn, input, path) => fn(text(input), path) },
  { name: 'parseJsonlLog', export: ['io', 'parseJsonlLog'], extension: '.jsonl', takes: 'text', run: (fn, input, path) => fn(text(input), path) },
  { name: 'parseJsonLog', foreign: true, export: ['io', 'parseJsonLog'], extension: '.json', takes: 'text', run: (fn, input, path) => fn(text(input), path) },
  { name: 'parseEventFile', foreign: true, export: ['io', 'parseEventFile'], extension: '.tfevents', takes: 'bytes', run: (fn, bytes, path) => fn(bytes, path) },
  { name: 'parseMlflowMetric', foreign: true, export: ['io', 'parseMlflowMetric'], extension: '.csv', takes: 'text', run: (fn, input, path) => fn(text(input), 'loss', path) },
  { name: 'parseUltralyticsResultsTxt', foreign: true, export: ['io', 'parseUltralyticsResultsTxt'], extension: '.txt', takes: 'text', run: (fn, input, path) => fn(text(input), path) },
  { name: 'parseMetricLoggerLog', foreign: true, export: ['io', 'parseMetricLoggerLog'], extension: '.log', takes: 'text', run: (fn, input, path) => fn(text(input), path) },
  { name: 'parseConsoleLog', foreign: true, export: ['io', 'parseConsoleLog'], extension: '.log', takes: 'text', run: (fn, input, path) => fn(text(input), path) },
  { name: 'parseCatBoost', foreign: true, export: ['io', 'parseCatBoost'], extension: '.tsv', takes: 'text', run: (fn, input, path) => fn({ learn: { text: text(input), file: path } }, path) },
  {
    name: 'readTextFileSync', export: ['io', 'readTextFileSync'], extension: '.csv', takes: 'path',
    run: (fn, _input, path) => {
      let length = 0;
      fn(path, (file: string, message: string) => Object.assign(new Error(`${file}: ${message}`), { name: 'LogFileError' }), (chunk: string) => {
        length += chunk.length;
      });
      return length;
    },
  },
  { name: 'loadTable .csv', export: ['data', 'loadTable'], extension: '.csv', takes: 'path', run: (fn, path) => fn(path, { target: 'y' }) },
  { name: 'loadTable .jsonl', export: ['data', 'loadTable'], extension: '.jsonl', takes: 'path', run: (fn, path) => fn(path, { target: 'y' }) },
  { name: 'loadTable .json', export: ['data', 'loadTable'], extension: '.json', takes: 'path', run: (fn, path) => fn(path, { target: 'y' }) },
  { name: 'parseTable csv', export: ['data', 'parseTable'], extension: '.csv', takes: 'text', run: (fn, input, path) => fn(text(input), 'csv', path, { target: 'y' }) },
  { name: 'parseTable jsonl', export: ['data', 'parseTable'], extension: '.jsonl', takes: 'text', run: (fn, input, path) => fn(text(input), 'jsonl', path, { target: 'y' }) },
  { name: 'parseTable json', export: ['data', 'parseTable'], extension: '.json', takes: 'text', run: (fn, input, path) => fn(text(input), 'json', path, { target: 'y' }) },
  { name: 'parseJournal', foreign: true, export: ['journal', 'parseJournal'], extension: '.jsonl', takes: 'text', run: (fn, input, path) => fn(text(input), path) },
  {
    name: 'JournalFile.open (resume)', export: ['journal', 'JournalFile'], extension: '.jsonl', takes: 'path', foreign: true, mutates: true,
    run: (journalFile, _input, path) => {
      const journal = (journalFile as unknown as { open(path: string, resume: boolean): { close(): void } }).open(path, true);
      journal.close();
      return journal;
    },
  },
];

/**
 * Exports of losskit/io and losskit/data that read but take no user file, or are not readers,
 * and why (the completeness check lists every other read* / parse* / load* export).
 */
export const NOT_USER_READERS: Readonly<Record<string, string>> = {
  'io.openRegularFile': 'the opening step of readRun / readTextFileSync, attacked through them',
  'search.parseJournal': 'the same function as journal.parseJournal, attacked there',
  'search.loadTaskDataset': "parses a table's text with data.parseTable (attacked); the file is read by search --data (COMMANDS)",
  'data.loadAutoMpg': 'an embedded dataset: no user input',
  'data.loadBoston': 'an embedded dataset: no user input',
  'data.loadIris': 'an embedded dataset: no user input',
  'data.loadPenguins': 'an embedded dataset: no user input',
  'data.loadMnist': "the mnist package's digits: no user input",
  'data.loadMnistBinary': "the mnist package's digits: no user input",
};

/** Every report / page writer: writes `text`-like output to `path`. */
export interface Writer {
  readonly name: string;
  readonly export: readonly [keyof Library, string];
  write(fn: Fn, path: string, validLog: string): Promise<void> | void;
}

/** Runs the CLI in-process; an exit code other than 0 becomes an error carrying it. */
export async function cli(runCli: Fn, argv: string[]): Promise<string> {
  const result = (await runCli(argv)) as { stdout: string; stderr: string; code: number };
  if (result.code !== 0) throw Object.assign(new Error(result.stderr), { name: 'CliExit', exitCode: result.code });
  return result.stdout;
}

export const WRITERS: readonly Writer[] = [
  { name: 'writeFileAtomic', export: ['writeFile', 'writeFileAtomic'], write: (fn, path) => void fn(path, '<html>report</html>') },
  { name: 'diagnose --report', export: ['cli', 'runCli'], write: async (fn, path, log) => void (await cli(fn, ['diagnose', log, '--report', path])) },
  { name: 'explore --out', export: ['cli', 'runCli'], write: async (fn, path) => void (await cli(fn, ['explore', '--out', path])) },
];

/** CLI commands that read a user file: argv around the fixture's path. */
export interface Command {
  readonly name: string;
  readonly extension: string;
  readonly foreign?: true;
  readonly mutates?: true;
  argv(path: string): string[];
}

export const COMMANDS: readonly Command[] = [
  { name: 'diagnose .csv', extension: '.csv', argv: (path) => ['diagnose', path] },
  { name: 'diagnose .jsonl --json', extension: '.jsonl', argv: (path) => ['diagnose', path, '--json'] },
  { name: 'compare --data .csv', extension: '.csv', argv: (path) => ['compare', '--data', path, '--target', 'y', '--losses', 'mse', '--epochs', '1', '--max-rows', '60'] },
  { name: 'search --data .csv', extension: '.csv', argv: (path) => ['search', '--data', path, '--target', 'y', '--budget', '1', '--epochs', '1'] },
  { name: 'search --journal --resume', extension: '.jsonl', foreign: true, mutates: true, argv: (path) => ['search', '--dataset', 'boston', '--journal', path, '--resume', '--budget', '1', '--epochs', '1'] },
];

/** The bytes of a regular file, for text and byte readers. */
export function bytesOf(path: string): Uint8Array {
  return readFileSync(path);
}
