/**
 * Recognising a log file's format from its name and first bytes, and parsing it whole.
 * Browser-safe (the explorer page can hand it a dropped file's bytes); `runs.ts` does the
 * same from disk, streaming event files.
 */
import { parseCsvLog } from './csv-log.js';
import { maskedCrc32c } from './crc32c.js';
import { parseJsonlLog } from './jsonl-log.js';
import { parseEventFile } from './tfevents.js';
import { logError } from './series.js';
import { textDecoderFor } from './text-decoder.js';
import type { ParsedLog } from './types.js';

export type LogFileKind = 'tfevents' | 'csv' | 'jsonl';

/** How many leading bytes `detectLogFormat` looks at. */
export const SNIFF_BYTES = 4096;

/** TensorBoard and tensorboardX name event files `events.out.tfevents.<time>.<host>...`. */
export function isEventFileName(name: string): boolean {
  return name.includes('tfevents');
}

/** True when the bytes start with a TFRecord header whose length CRC checks out. */
function startsWithRecord(head: Uint8Array): boolean {
  if (head.length < 12) return false;
  const stored = new DataView(head.buffer, head.byteOffset, 12).getUint32(8, true);
  return stored === maskedCrc32c(head, 0, 8);
}

/** True when the first line is a header with an 'epoch' or 'step' column (Keras's `training.log`). */
function startsWithLogHeader(text: string): boolean {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  return firstLine.split(/[,;\t|]/).some((field) => ['epoch', 'step'].includes(field.trim().replace(/^"|"$/g, '')));
}

/**
 * The kind of log a file holds: by name first (`*tfevents*`, `.jsonl`/`.ndjson`, `.csv`/`.tsv`),
 * then by content (a valid TFRecord header; a line starting with '{'; a CSV header with an
 * 'epoch' or 'step' column, as in Keras's `training.log`). Undefined when it is none of these.
 */
export function detectLogFormat(fileName: string, head: Uint8Array): LogFileKind | undefined {
  const name = fileName.toLowerCase();
  if (isEventFileName(name)) return 'tfevents';
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.(csv|tsv)$/.test(name)) return 'csv';
  if (startsWithRecord(head)) return 'tfevents';
  const text = textDecoderFor(head).decode(head.subarray(0, SNIFF_BYTES));
  if (/^\s*\{/.test(text)) return 'jsonl';
  if (startsWithLogHeader(text)) return 'csv';
  return undefined;
}

export function notALog(file: string): Error {
  return logError(file, "not a training log losskit reads: expected TensorBoard events (events.out.tfevents.*), a CSV with an 'epoch' or 'step' column (Keras CSVLogger, Lightning metrics.csv) or JSON lines");
}

/** Parses a whole log file; `fileName` picks the format (see `detectLogFormat`) and names it in messages. */
export function parseLog(fileName: string, bytes: Uint8Array): ParsedLog {
  const kind = detectLogFormat(fileName, bytes);
  if (kind === undefined) throw notALog(fileName);
  if (kind === 'tfevents') return parseEventFile(bytes, fileName);
  const text = textDecoderFor(bytes).decode(bytes);
  return kind === 'csv' ? parseCsvLog(text, fileName) : parseJsonlLog(text, fileName);
}
