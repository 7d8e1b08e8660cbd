/**
 * A minimal protocol-buffers wire-format reader: enough to walk TensorBoard's `Event`,
 * `Summary` and `TensorProto` messages field by field and skip everything else.
 *
 *   key = (field number << 3) | wire type
 *   wire types: 0 varint · 1 64-bit · 2 length-delimited · 5 32-bit   (3/4 groups: deprecated, rejected)
 *
 * Matches: https://protobuf.dev/programming-guides/encoding/. Browser-safe.
 * Hazards: malformed input throws `ProtobufError` with the byte offset; the caller decides
 * whether that record is damage (the record CRC passed, so it rarely happens).
 */

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LENGTH_DELIMITED = 2;
export const WIRE_FIXED32 = 5;

export class ProtobufError extends Error {
  override readonly name = 'ProtobufError';
}

const TWO_POW_32 = 2 ** 32;
const UTF8 = new TextDecoder();
/** Scratch space for reading floats: one shared DataView instead of one per message. */
const SCRATCH = new Uint8Array(8);
const SCRATCH_VIEW = new DataView(SCRATCH.buffer);

/** Little-endian float32 / float64 at `at` in `bytes`, without a DataView per call. */
export function readFloat32(bytes: Uint8Array, at: number): number {
  for (let i = 0; i < 4; i++) SCRATCH[i] = bytes[at + i];
  return SCRATCH_VIEW.getFloat32(0, true);
}

export function readFloat64(bytes: Uint8Array, at: number): number {
  for (let i = 0; i < 8; i++) SCRATCH[i] = bytes[at + i];
  return SCRATCH_VIEW.getFloat64(0, true);
}

/** Bytes as a string: a fast path for short ASCII (tags), TextDecoder for the rest. */
function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.length > 64) return UTF8.decode(bytes);
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80) return UTF8.decode(bytes);
    text += String.fromCharCode(bytes[i]);
  }
  return text;
}

/** Reads fields one at a time from a message's bytes. */
export class ProtoReader {
  private position: number;
  private readonly end: number;

  constructor(readonly bytes: Uint8Array, start = 0, end = bytes.length) {
    this.position = start;
    this.end = end;
  }

  get offset(): number {
    return this.position;
  }

  /** Where the message ends in `bytes`. */
  get limit(): number {
    return this.end;
  }

  get done(): boolean {
    return this.position >= this.end;
  }

  /** The next field's number and wire type, or undefined at the end of the message. */
  nextField(): { field: number; wireType: number } | undefined {
    if (this.done) return undefined;
    const key = this.varint();
    const field = Math.floor(key / 8);
    if (field === 0) throw new ProtobufError(`field number 0 at byte ${this.position}`);
    return { field, wireType: key % 8 };
  }

  /** A varint as a JavaScript number (exact below 2^53; larger values round). */
  varint(): number {
    const [low, high] = this.varintWords();
    return high * TWO_POW_32 + low;
  }

  /** A varint read as a two's-complement int64 (negative steps are legal in protobuf). */
  int64(): number {
    const [low, high] = this.varintWords();
    return (high | 0) * TWO_POW_32 + low;
  }

  /** The low and high 32-bit words (unsigned) of a varint of up to 64 bits. */
  private varintWords(): [number, number] {
    let low = 0;
    let high = 0;
    for (let i = 0, shift = 0; i < 10; i++, shift += 7) {
      if (this.position >= this.end) throw new ProtobufError(`varint runs past the end at byte ${this.position}`);
      const byte = this.bytes[this.position++];
      if (shift < 28) low |= (byte & 0x7f) << shift;
      else if (shift === 28) {
        low |= (byte & 0x0f) << 28;
        high |= (byte & 0x7f) >>> 4;
      } else high |= (byte & 0x7f) << (shift - 32);
      if (byte < 0x80) return [low >>> 0, high >>> 0];
    }
    throw new ProtobufError(`varint longer than 10 bytes at byte ${this.position}`);
  }

  double(): number {
    this.need(8);
    const value = readFloat64(this.bytes, this.position);
    this.position += 8;
    return value;
  }

  float(): number {
    this.need(4);
    const value = readFloat32(this.bytes, this.position);
    this.position += 4;
    return value;
  }

  /** A length-delimited field's bytes, as a view into the same buffer (no copy). */
  bytesField(): Uint8Array {
    const length = this.varint();
    this.need(length);
    const start = this.position;
    this.position += length;
    return this.bytes.subarray(start, start + length);
  }

  /**
   * A length-delimited field read as an embedded message: a reader over the same bytes.
   * Hint: no subarray is made — on scalar-heavy event files allocation, not parsing, is the cost.
   */
  message(): ProtoReader {
    const length = this.varint();
    this.need(length);
    const start = this.position;
    this.position += length;
    return new ProtoReader(this.bytes, start, this.position);
  }

  string(): string {
    return decodeUtf8(this.bytesField());
  }

  /** Skips a field whose value we don't need. */
  skip(wireType: number): void {
    switch (wireType) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_FIXED64:
        this.need(8);
        this.position += 8;
        return;
      case WIRE_LENGTH_DELIMITED:
        this.bytesField();
        return;
      case WIRE_FIXED32:
        this.need(4);
        this.position += 4;
        return;
      default:
        throw new ProtobufError(`unsupported wire type ${wireType} at byte ${this.position}`);
    }
  }

  private need(length: number): void {
    if (this.position + length > this.end) {
      throw new ProtobufError(`field of ${length} bytes runs past the end of the message at byte ${this.position}`);
    }
  }
}

/**
 * Values of a repeated numeric field, packed (wire type 2, proto3's default) or not (one
 * value per occurrence): `read` decodes one element from the reader.
 */
export function readRepeated(reader: ProtoReader, wireType: number, read: (r: ProtoReader) => number, into: number[]): void {
  if (wireType !== WIRE_LENGTH_DELIMITED) {
    into.push(read(reader));
    return;
  }
  const inner = reader.message();
  while (!inner.done) into.push(read(inner));
}
