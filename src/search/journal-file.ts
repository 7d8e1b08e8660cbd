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
import { closeSync, fsyncSync, ftruncateSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, existsSync, statSync } from 'node:fs';
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
      holder = JSON.parse(readFileSync(lockPath, 'utf8')) as LockHolder;
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
    const lockPath = `${path}.lock`;
    acquireLock(lockPath, path);
    try {
      const exists = existsSync(path) && statSync(path).size > 0;
      if (exists && !resume) throw new JournalError(`${path} already holds a study; add --resume to continue it, or choose another --journal`);
      const text = exists ? readFileSync(path, 'utf8') : '';
      const { records, intactBytes } = parseJournal(text, path);
      const fd = openSync(path, 'a+');
      // A torn last line from a killed writer is cut off, so the next record starts on its own line.
      if (Buffer.byteLength(text) !== intactBytes) ftruncateSync(fd, intactBytes);
      return new JournalFile(path, lockPath, fd, records);
    } catch (error) {
      rmSync(lockPath, { force: true });
      throw error;
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
