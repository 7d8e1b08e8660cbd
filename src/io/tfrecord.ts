/**
 * TFRecord framing, the container of TensorBoard event files:
 *
 *   uint64 length (little-endian) · uint32 masked_crc32c(length bytes) · data[length] · uint32 masked_crc32c(data)
 *
 * Matches: tensorflow/core/lib/io/record_reader.cc (`ReadChecksummed`), same checks, same order.
 * `RecordSplitter` takes the file in chunks of any size (records may straddle chunk
 * boundaries) and stops at the first damaged record, keeping every record before it:
 * a bad length CRC or data CRC (corruption), or a file that ends inside a record
 * (truncation — typical of a run killed while writing). Browser-safe.
 */
import { maskedCrc32c } from './crc32c.js';

export const RECORD_HEADER_BYTES = 12;
export const RECORD_FOOTER_BYTES = 4;

/** Where reading stopped and why: 'length CRC mismatch', 'data CRC mismatch' or a truncation. */
export interface RecordDamage {
  /** Byte offset in the file of the damaged record's first byte. */
  readonly offset: number;
  readonly kind: 'corrupted' | 'truncated';
  readonly reason: string;
}

/** One record's data (a view into the pushed chunk when it fits in one) and its offset in the file. */
export interface FramedRecord {
  readonly data: Uint8Array;
  readonly offset: number;
}

/**
 * Splits pushed chunks into records. Keeps views into the chunks it is given: don't reuse a
 * chunk's buffer after pushing it.
 */
export class RecordSplitter {
  private readonly chunks: Uint8Array[] = [];
  private buffered = 0;
  /** File offset of the first buffered byte. */
  private offset = 0;
  private stopped: RecordDamage | undefined;
  private count = 0;

  /** The damage that stopped reading, if any (truncation shows only after `finish`). */
  get damage(): RecordDamage | undefined {
    return this.stopped;
  }

  /** Records read intact so far. */
  get records(): number {
    return this.count;
  }

  /** Adds the next bytes of the file; returns the records they complete, in order. */
  push(chunk: Uint8Array): FramedRecord[] {
    const out: FramedRecord[] = [];
    if (this.stopped !== undefined || chunk.length === 0) return out;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.buffered >= RECORD_HEADER_BYTES) {
      const header = this.peek(RECORD_HEADER_BYTES);
      if (readUint32(header, 8) !== maskedCrc32c(header, 0, 8)) {
        this.stop('corrupted', 'length CRC mismatch');
        return out;
      }
      const length = readUint64(header, 0);
      const total = RECORD_HEADER_BYTES + length + RECORD_FOOTER_BYTES;
      if (this.buffered < total) break;
      const record = this.peek(total);
      const dataEnd = RECORD_HEADER_BYTES + length;
      if (readUint32(record, dataEnd) !== maskedCrc32c(record, RECORD_HEADER_BYTES, dataEnd)) {
        this.stop('corrupted', 'data CRC mismatch');
        return out;
      }
      out.push({ data: record.subarray(RECORD_HEADER_BYTES, dataEnd), offset: this.offset });
      this.count++;
      this.consume(total);
    }
    return out;
  }

  /** Call at the end of the file: bytes left over are a truncated record. */
  finish(): RecordDamage | undefined {
    if (this.stopped === undefined && this.buffered > 0) {
      let reason = `the file ends ${this.buffered} byte${this.buffered === 1 ? '' : 's'} into a record's ${RECORD_HEADER_BYTES}-byte header`;
      if (this.buffered >= RECORD_HEADER_BYTES) {
        const header = this.peek(RECORD_HEADER_BYTES);
        const length = readUint64(header, 0);
        reason = `the file ends ${this.buffered} bytes into a ${RECORD_HEADER_BYTES + length + RECORD_FOOTER_BYTES}-byte record`;
      }
      this.stop('truncated', reason);
    }
    return this.stopped;
  }

  private stop(kind: RecordDamage['kind'], reason: string): void {
    this.stopped = { offset: this.offset, kind, reason };
    this.chunks.length = 0;
    this.buffered = 0;
  }

  /**
   * The first `length` buffered bytes, as a view when they lie in one chunk, else copied.
   * Hint: `push` asks for a whole record only once all its bytes are buffered, so a large
   * record straddling many chunks is copied once, not once per chunk.
   */
  private peek(length: number): Uint8Array {
    const first = this.chunks[0];
    if (first.length >= length) return first.subarray(0, length);
    const joined = new Uint8Array(length);
    let filled = 0;
    for (const chunk of this.chunks) {
      const take = Math.min(chunk.length, length - filled);
      joined.set(chunk.subarray(0, take), filled);
      filled += take;
      if (filled === length) break;
    }
    return joined;
  }

  private consume(length: number): void {
    this.offset += length;
    this.buffered -= length;
    while (length > 0) {
      const first = this.chunks[0];
      if (first.length <= length) {
        length -= first.length;
        this.chunks.shift();
      } else {
        this.chunks[0] = first.subarray(length);
        length = 0;
      }
    }
  }
}

/** Little-endian uint32 at `at`. */
function readUint32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** Little-endian uint64 at `at`, as a number (exact below 2^53; no record is that long). */
function readUint64(bytes: Uint8Array, at: number): number {
  return readUint32(bytes, at + 4) * 2 ** 32 + readUint32(bytes, at);
}

/** Splits a whole file's bytes into records; `damage` says where and why it stopped early. */
export function splitRecords(bytes: Uint8Array): { records: FramedRecord[]; damage: RecordDamage | undefined } {
  const splitter = new RecordSplitter();
  const records = splitter.push(bytes);
  return { records, damage: splitter.finish() };
}
