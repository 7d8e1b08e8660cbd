/**
 * A small TensorBoard event-file writer for tests: protobuf encoding by hand, TFRecord framing
 * with masked CRC-32C. It writes scalars the ways the real writers do — `simple_value`
 * (PyTorch SummaryWriter, tensorboardX) and rank-0 tensors with the 'scalars' plugin on the
 * first value of each tag (TF2 / Keras) — and can add unknown fields and damage files.
 */
import { maskedCrc32c } from '../../../src/io/crc32c.js';

class ProtoWriter {
  private readonly bytes: number[] = [];

  varint(value: number | bigint): this {
    let v = BigInt.asUintN(64, BigInt(value));
    do {
      const byte = Number(v & 0x7fn);
      v >>= 7n;
      this.bytes.push(v > 0n ? byte | 0x80 : byte);
    } while (v > 0n);
    return this;
  }

  key(field: number, wireType: number): this {
    return this.varint(field * 8 + wireType);
  }

  double(field: number, value: number): this {
    const buffer = new DataView(new ArrayBuffer(8));
    buffer.setFloat64(0, value, true);
    this.key(field, 1).bytes.push(...new Uint8Array(buffer.buffer));
    return this;
  }

  float(field: number, value: number): this {
    const buffer = new DataView(new ArrayBuffer(4));
    buffer.setFloat32(0, value, true);
    this.key(field, 5).bytes.push(...new Uint8Array(buffer.buffer));
    return this;
  }

  uint(field: number, value: number | bigint): this {
    return this.key(field, 0).varint(value);
  }

  message(field: number, data: Uint8Array): this {
    this.key(field, 2).varint(data.length).bytes.push(...data);
    return this;
  }

  string(field: number, text: string): this {
    return this.message(field, new TextEncoder().encode(text));
  }

  raw(data: Uint8Array): this {
    this.bytes.push(...data);
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export const DT_FLOAT = 1;
export const DT_DOUBLE = 2;
export const DT_HALF = 19;

/** How a scalar is written: simple_value, or a rank-0 tensor holding it in one of the tensor fields. */
export type ScalarEncoding = 'simple_value' | 'float_val' | 'double_val' | 'content_float32' | 'content_float64' | 'half_val';

export interface ScalarSpec {
  readonly tag: string;
  readonly value: number;
  readonly encoding?: ScalarEncoding;
  /** The plugin name to put in the metadata (writers do so on a tag's first value only). */
  readonly plugin?: string;
  /** A tensor shape other than [] (rank 0). */
  readonly shape?: number[];
  /** Several values for a non-scalar tensor (float_val). */
  readonly values?: number[];
}

/** float32 bits → IEEE binary16 bits (round toward zero; enough for test values). */
function toHalf(value: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, value);
  const bits = view.getUint32(0);
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  if (exponent <= 0) return sign;
  if (exponent >= 31) return sign | 0x7c00 | ((bits & 0x7fffff) !== 0 && ((bits >>> 23) & 0xff) === 255 ? 0x200 : 0);
  return sign | (exponent << 10) | ((bits >>> 13) & 0x3ff);
}

function tensorProto(spec: ScalarSpec): Uint8Array {
  const encoding = spec.encoding ?? 'float_val';
  const dtype = encoding === 'double_val' || encoding === 'content_float64' ? DT_DOUBLE : encoding === 'half_val' ? DT_HALF : DT_FLOAT;
  const shape = new ProtoWriter();
  for (const size of spec.shape ?? []) shape.message(2, new ProtoWriter().uint(1, size).finish());
  const tensor = new ProtoWriter().uint(1, dtype).message(2, shape.finish());
  const values = spec.values ?? [spec.value];
  if (encoding === 'float_val') {
    const packed = new ProtoWriter();
    for (const v of values) packed.raw(new Uint8Array(new Float32Array([v]).buffer));
    tensor.message(5, packed.finish());
  } else if (encoding === 'double_val') {
    const packed = new ProtoWriter();
    for (const v of values) packed.raw(new Uint8Array(new Float64Array([v]).buffer));
    tensor.message(6, packed.finish());
  } else if (encoding === 'half_val') {
    const packed = new ProtoWriter();
    for (const v of values) packed.varint(toHalf(v));
    tensor.message(13, packed.finish());
  } else {
    const array = encoding === 'content_float32' ? new Float32Array(values) : new Float64Array(values);
    tensor.message(4, new Uint8Array(array.buffer));
  }
  return tensor.finish();
}

function summaryValue(spec: ScalarSpec): Uint8Array {
  const value = new ProtoWriter().string(1, spec.tag);
  if (spec.plugin !== undefined) {
    const pluginData = new ProtoWriter().string(1, spec.plugin).message(2, new Uint8Array([8, 1])).finish();
    value.message(9, new ProtoWriter().message(1, pluginData).string(2, spec.tag).finish());
  }
  if ((spec.encoding ?? 'simple_value') === 'simple_value') value.float(2, spec.value);
  else value.message(8, tensorProto(spec));
  return value.finish();
}

export interface EventSpec {
  readonly step: number | bigint;
  readonly wallTime?: number;
  readonly fileVersion?: string;
  readonly scalars?: ScalarSpec[];
  /** Bytes appended to the Event message (e.g. unknown fields). */
  readonly extraFields?: Uint8Array;
  /** Bytes appended inside the Summary.Value message of every scalar. */
  readonly extraValueFields?: Uint8Array;
}

export function encodeEvent(spec: EventSpec): Uint8Array {
  const event = new ProtoWriter().double(1, spec.wallTime ?? 1_700_000_000.5).uint(2, spec.step);
  if (spec.fileVersion !== undefined) event.string(3, spec.fileVersion);
  if (spec.scalars !== undefined) {
    const summary = new ProtoWriter();
    for (const scalar of spec.scalars) {
      const value = summaryValue(scalar);
      summary.message(1, spec.extraValueFields ? Uint8Array.from([...value, ...spec.extraValueFields]) : value);
    }
    event.message(5, summary.finish());
  }
  if (spec.extraFields) event.raw(spec.extraFields);
  return event.finish();
}

/** TFRecord framing: length, masked CRC of the length, data, masked CRC of the data. */
export function frameRecord(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length + 4);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(data.length), true);
  view.setUint32(8, maskedCrc32c(out, 0, 8), true);
  out.set(data, 12);
  view.setUint32(12 + data.length, maskedCrc32c(data), true);
  return out;
}

/** A whole event file: the `brain.Event:2` header event, then `events`. Also returns each record's offset. */
export function writeEventFile(events: readonly EventSpec[], { header = true } = {}): { bytes: Uint8Array; offsets: number[] } {
  const records = [...(header ? [encodeEvent({ step: 0, fileVersion: 'brain.Event:2' })] : []), ...events.map(encodeEvent)].map(frameRecord);
  const bytes = new Uint8Array(records.reduce((total, record) => total + record.length, 0));
  const offsets: number[] = [];
  let at = 0;
  for (const record of records) {
    offsets.push(at);
    bytes.set(record, at);
    at += record.length;
  }
  return { bytes, offsets };
}

/** Unknown-field bytes: a varint field 42, a fixed64 field 43, a string field 44 and a fixed32 field 45. */
export function unknownFields(): Uint8Array {
  return new ProtoWriter().uint(42, 300).double(43, 1.5).string(44, 'ignored').float(45, 2.5).finish();
}
