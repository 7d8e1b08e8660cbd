import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsyncSync, lstatSync, openSync, readdirSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './args.js';

/**
 * Writes a whole file or nothing, safely in a shared directory:
 *
 *   1. the text goes to a new temporary file beside the target, named
 *      `.<name>.losskit-<pid>-<random>.tmp` and created exclusively (O_CREAT | O_EXCL |
 *      O_NOFOLLOW): nothing planted at that name, a symbolic link least of all, is ever opened,
 *      and the random part makes the name unguessable;
 *   2. it is flushed to disk and renamed over the target, so a crash or a full disk never
 *      leaves a half-written report. A symbolic link at the target is replaced, not followed;
 *      a folder, FIFO, socket or device at the target is refused.
 *
 * A process killed between 1 and 2 (kill -9) leaves its temporary file behind: the next write
 * to the same target removes those whose process is no longer running.
 */
export function writeFileAtomic(path: string, text: string): void {
  const folder = dirname(path);
  const name = basename(path);
  refuseNonFile(path);
  removeStaleTemporaries(folder, name);
  const temporary = join(folder, `${temporaryPrefix(name)}${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o666);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${reason(error)}`);
  }
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${path}: ${reason(error)}`);
  }
}

/** `.<name>.losskit-`: what every temporary file for `name` starts with. */
function temporaryPrefix(name: string): string {
  return `.${name}.losskit-`;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `permission denied (${code}): the folder is not writable`;
  if (code === 'ENOENT') return 'no such folder (ENOENT)';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder (ENOTDIR)';
  if (code === 'EISDIR') return 'it is a folder (EISDIR)';
  if (code === 'ENOSPC') return 'no space left on the device (ENOSPC)';
  return (error as Error).message;
}

/**
 * Only a regular file (or a link, which is replaced) is written over: renaming onto a folder
 * fails only after all the work, and renaming onto a FIFO, socket or device (/dev/null as root)
 * would silently replace something that is not a report.
 */
function refuseNonFile(path: string): void {
  let info: Stats;
  try {
    info = lstatSync(path);
  } catch {
    return; // Absent (the usual case) or unreadable: the write itself will say.
  }
  if (info.isDirectory()) throw new UsageError(`cannot write ${path}: it is a folder (EISDIR)`);
  if (!info.isFile() && !info.isSymbolicLink()) {
    const kind = info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : 'a device';
    throw new UsageError(`cannot write ${path}: it is ${kind}, not a file; give the path of a file`);
  }
}

/** True when a process with this id runs (EPERM: it does, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files for `name` left by processes that are gone (killed mid-write). */
function removeStaleTemporaries(folder: string, name: string): void {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  const prefix = temporaryPrefix(name);
  for (const entry of entries) {
    const match = entry.startsWith(prefix) ? /^(\d+)-[0-9a-f]{16}\.tmp$/.exec(entry.slice(prefix.length)) : null;
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || running(pid)) continue;
    const stale = join(folder, entry);
    try {
      // Only plain files or links: never follow anything into another folder.
      if (lstatSync(stale).isDirectory()) continue;
      rmSync(stale, { force: true });
    } catch {
      // Gone already, or not ours to remove: it does not stop the write.
    }
  }
}
