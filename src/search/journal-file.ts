/**
 * The study journal as a JSONL file, after Optuna's JournalFileStorage: an append-only log of
 * operations ('study' first, then 'ask' when a trial starts and 'finish' when it ends, 'result'
 * for the final comparison) that is replayed to rebuild the study on `--resume`.
 *
 * - Each record is one line written by one write(2) in append mode and made durable with
 *   fsync before the search goes on: `kill -9` at any moment loses at most the trials still
 *   running, never a finished one. A torn last line (killed mid-write) is ignored when read and
 *   cut off before the next append.
 * - One process at a time: opening takes `<journal>.lock` (O_EXCL, holding pid and host). A
 *   second search on the same journal is refused with the holder named; a lock left by a
 *   process that no longer exists on this host (kill -9) is taken over. Optuna lets several
 *   processes share a journal through its lock; here several workers share a study through
 *   Redis (`--redis`) instead, and a file journal has a single writer.
 */
import { closeSync, fsyncSync, ftruncateSync, lstatSync, openSync, rmSync, writeFileSync, writeSync, existsSync, statSync, type Stats } from 'node:fs';
import { readTextFileSync } from '../io/index.js';
import { hostname } from 'node:os';
import type { StudySpec } from './study.js';
import type { Distribution, Params, TrialRecord } from './types.js';

export const JOURNAL_VERSION = 1;

export type JournalRecord =
  | { readonly op: 'study'; readonly version: number; readonly spec: StudySpec; readonly createdAt: string }
  | { readonly op: 'ask'; readonly number: number; readonly params: Params; readonly distributions: Readonly<Record<string, Distribution>> }
  | { readonly op: 'finish'; readonly trial: TrialRecord }
  | { readonly op: 'result'; readonly result: unknown };

/** Where finished trials go: a file, Redis, or nowhere. */
export interface JournalSink {
  append(record: JournalRecord): void | Promise<void>;
}

export class JournalError extends Error {
  override readonly name = 'JournalError';
}

/** Parses journal text: complete lines only; a last line without its newline is torn (ignored). Returns the records and the length of the intact part. */
export function parseJournal(text: string, file: string): { records: JournalRecord[]; intactBytes: number } {
  const records: JournalRecord[] = [];
  let offset = 0;
  let line = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end < 0) break;
    line++;
    const content = text.slice(offset, end);
    if (content.trim()) {
      try {
        records.push(JSON.parse(content) as JournalRecord);
      } catch {
        throw new JournalError(`${file}:${line}: not a journal record (invalid JSON); is this a losskit search journal?`);
      }
    }
    offset = end + 1;
  }
  const first = records[0];
  if (first && first.op !== 'study') throw new JournalError(`${file}:1: a journal starts with the study record, found '${String((first as { op?: unknown }).op)}'`);
  return { records, intactBytes: Buffer.byteLength(text.slice(0, offset)) };
}

interface LockHolder { readonly pid: number; readonly host: string; readonly since: string }

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<path>.lock` or throws naming its live holder; takes over a lock whose process is gone. */
function acquireLock(lockPath: string, journal: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies LockHolder), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new JournalError(`cannot lock ${journal}: ${(error as Error).message}`);
    }
    let holder: LockHolder | undefined;
    try {
      // Read as a regular file only: a FIFO planted at the lock's name must not block the search.
      holder = JSON.parse(readText(lockPath)) as LockHolder;
    } catch {
      holder = undefined;
    }
    const stale = holder !== undefined && holder.host === hostname() && !processAlive(holder.pid);
    if (!stale) {
      const who = holder ? `process ${holder.pid} on ${holder.host} (since ${holder.since})` : 'another process';
      throw new JournalError(`${journal} is in use by ${who}; two searches must not write one journal. Wait for it, or remove ${lockPath} if that process is gone`);
    }
    rmSync(lockPath, { force: true });
  }
  throw new JournalError(`cannot lock ${journal}: the lock file keeps reappearing`);
}

/** The whole text of a regular file (special files refused: see losskit/io's readTextFileSync). */
function readText(path: string): string {
  let text = '';
  readTextFileSync(path, (file, message) => new JournalError(`${file}: ${message}`), (chunk) => {
    text += chunk;
  });
  return text;
}

/** 'ENOENT: no such file or directory, open '/x'' without the path the message already names. */
function withoutPath(error: unknown): string {
  return String((error as Error).message ?? error).replace(/, \w+ '.*'$/, '');
}

/**
 * A journal is a regular file, or absent (a new one). A folder, a device, a FIFO or socket (which
 * fsync refuses, or reading blocks on), a link loop or a link to a missing file (the journal would
 * be created wherever it points) is refused before anything is opened or locked.
 */
function checkJournalPath(path: string): void {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new JournalError(`${path}: cannot read (${withoutPath(error)})`);
    let dangling = false;
    try {
      dangling = lstatSync(path).isSymbolicLink();
    } catch {
      // Absent: a new journal.
    }
    if (dangling) throw new JournalError(`${path}: a symbolic link to a missing file; give the journal's own path`);
    return;
  }
  if (info.isDirectory()) throw new JournalError(`${path}: a folder; --journal names a file`);
  if (!info.isFile()) throw new JournalError(`${path}: not a regular file (a device, FIFO or socket); --journal names a file`);
}

/** An open journal file: its records so far, and appends made durable one by one. */
export class JournalFile implements JournalSink {
  private fd: number;
  private closed = false;
  readonly records: JournalRecord[];

  private constructor(readonly path: string, private readonly lockPath: string, fd: number, records: JournalRecord[]) {
    this.fd = fd;
    this.records = records;
  }

  /**
   * Opens (creating) the journal and locks it. `resume` false refuses a journal that already
   * holds a study, so a new search never appends to an old one by accident.
   */
  static open(path: string, resume: boolean): JournalFile {
    checkJournalPath(path);
    const lockPath = `${path}.lock`;
    acquireLock(lockPath, path);
    try {
      const exists = existsSync(path) && statSync(path).size > 0;
      if (exists && !resume) throw new JournalError(`${path} already holds a study; add --resume to continue it, or choose another --journal`);
      const text = exists ? readText(path) : '';
      const { records, intactBytes } = parseJournal(text, path);
      const fd = openSync(path, 'a+');
      // A torn last line from a killed writer is cut off, so the next record starts on its own line.
      if (Buffer.byteLength(text) !== intactBytes) ftruncateSync(fd, intactBytes);
      return new JournalFile(path, lockPath, fd, records);
    } catch (error) {
      rmSync(lockPath, { force: true });
      if (error instanceof JournalError) throw error;
      throw new JournalError(`${path}: cannot open the journal (${withoutPath(error)})`);
    }
  }

  append(record: JournalRecord): void {
    if (this.closed) throw new JournalError(`${this.path}: the journal is closed`);
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
    fsyncSync(this.fd);
    this.records.push(record);
  }

  /** Closes the file and releases the lock (idempotent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.lockPath, { force: true });
  }
}
