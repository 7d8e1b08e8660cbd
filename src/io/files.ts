/**
 * Opening and reading the files a user names, for the log readers (async) and the table loader
 * (sync). Only regular files are read: a device (/dev/null, /dev/zero), a named pipe, a socket
 * or a loop of symbolic links is an error naming the path, never a hang or an endless read.
 * Reads are bounded by the size the file had when opened (a log still being written is read as
 * it was then; a /proc file that claims size 0 reads as empty) and go in chunks, so memory is
 * what the reader keeps, not the file. Node only.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { textDecoderFor } from './text-decoder.js';

/** Bytes read at a time. */
export const READ_CHUNK_BYTES = 1 << 20;
/** The error a reader raises, given the path and what is wrong. */
export type FileErrorFactory = (path: string, message: string) => Error;

// O_NONBLOCK: `open` on a FIFO returns at once instead of waiting for a writer (the file is
// then refused by its type). Windows has no such flag and no FIFOs to wait on.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Why a path cannot be read, from the error of `stat`, `open` or `readdir`. */
export function cannotRead(error: unknown, verb = 'read'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return `cannot ${verb}: a loop of symbolic links (ELOOP)`;
  // "ENOENT: no such file or directory, open '/path'": the path is already at the front.
  const message = String((error as Error).message ?? error).replace(/, \w+ '.*'$/, '');
  return `cannot ${verb} (${message})`;
}

/** What a special file is, for the error that refuses it. */
export function specialFileKind(info: Stats): string {
  if (info.isCharacterDevice()) return 'a character device (such as /dev/null or /dev/zero)';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  return 'neither a regular file nor a directory';
}

/** 'file' or 'directory' (symbolic links followed); anything else is an error naming the path. */
export async function pathKind(path: string, fail: FileErrorFactory): Promise<'file' | 'directory'> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw fail(path, cannotRead(error));
  }
  if (info.isFile()) return 'file';
  if (info.isDirectory()) return 'directory';
  throw fail(path, `is ${specialFileKind(info)}, not a file or a directory`);
}

/**
 * Opens a regular file for reading; the type is checked on the open file itself, so nothing can
 * be swapped in between a look and the open.
 */
export async function openRegularFile(path: string, fail: FileErrorFactory): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    throw fail(path, cannotRead(error));
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw fail(path, `is ${specialFileKind(info)}, not a regular file`);
  }
  return { handle, size: info.size };
}

/**
 * Hands the file to `onChunk` in chunks, up to the `size` it had when opened. `fresh`: a new
 * buffer per chunk (for readers that keep views into them), else one buffer reused.
 */
export async function readChunks(handle: FileHandle, size: number, fresh: boolean, onChunk: (bytes: Uint8Array) => void): Promise<void> {
  let buffer = new Uint8Array(Math.min(READ_CHUNK_BYTES, size));
  for (let remaining = size; remaining > 0;) {
    if (fresh) buffer = new Uint8Array(Math.min(READ_CHUNK_BYTES, remaining));
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, remaining), null);
    if (bytesRead === 0) break;
    remaining -= bytesRead;
    onChunk(buffer.subarray(0, bytesRead));
  }
}

/** The last `count` bytes of an open file (a positional read). */
export async function tailOf(handle: FileHandle, size: number, count: number): Promise<Uint8Array> {
  const tail = new Uint8Array(Math.min(count, size));
  const { bytesRead } = await handle.read(tail, 0, tail.length, size - tail.length);
  return tail.subarray(0, bytesRead);
}

/** The first `count` bytes of an open file (a positional read: the file position stays at 0). */
export async function headOf(handle: FileHandle, size: number, count: number): Promise<Uint8Array> {
  const head = new Uint8Array(Math.min(count, size));
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  return head.subarray(0, bytesRead);
}

/**
 * Reads a regular file as text, synchronously, in chunks handed to `onText` with the file's size
 * (decoded by its byte order mark): the table loader's way in, which keeps only what its parser keeps.
 */
export function readTextFileSync(path: string, fail: FileErrorFactory, onText: (text: string, size: number) => void): void {
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    throw fail(path, cannotRead(error));
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw fail(path, `is ${specialFileKind(info)}, not a regular file`);
    const buffer = new Uint8Array(Math.min(READ_CHUNK_BYTES, info.size));
    let decoder: TextDecoder | undefined;
    for (let remaining = info.size; remaining > 0;) {
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buffer, 0, Math.min(buffer.length, remaining), null);
      } catch (error) {
        throw fail(path, cannotRead(error));
      }
      if (bytesRead === 0) break;
      remaining -= bytesRead;
      decoder ??= textDecoderFor(buffer);
      onText(decoder.decode(buffer.subarray(0, bytesRead), { stream: true }), info.size);
    }
    if (decoder) onText(decoder.decode(), info.size);
  } finally {
    closeSync(fd);
  }
}
