/**
 * Decoding TensorBoard's `Event`, `Summary.Value` and `TensorProto` messages (only the fields
 * a scalar reader needs; everything else is skipped by wire type). Field numbers are from
 * tensorflow/tensorboard `tensorboard/compat/proto/{event,summary,tensor,tensor_shape,types}.proto`:
 *
 *   Event        { double wall_time = 1; int64 step = 2; string file_version = 3; Summary summary = 5 }
 *   Summary      { repeated Value value = 1 }
 *   Value        { string tag = 1; float simple_value = 2; TensorProto tensor = 8; SummaryMetadata metadata = 9 }
 *   SummaryMetadata { PluginData plugin_data = 1 { string plugin_name = 1 } }
 *   TensorProto  { DataType dtype = 1; TensorShapeProto tensor_shape = 2; bytes tensor_content = 4;
 *                  repeated float float_val = 5; repeated double double_val = 6; repeated int32 int_val = 7;
 *                  repeated int64 int64_val = 10; repeated int32 half_val = 13 }
 *   TensorShapeProto { repeated Dim dim = 2 { int64 size = 1 } }
 *
 * Browser-safe.
 */
import { ProtoReader, readFloat32, readFloat64, readRepeated, WIRE_FIXED32, WIRE_FIXED64, WIRE_LENGTH_DELIMITED, WIRE_VARINT } from './protobuf.js';

/** TensorFlow `DataType` codes of the numeric types a scalar summary may hold (types.proto). */
export const DataType = {
  FLOAT: 1,
  DOUBLE: 2,
  INT32: 3,
  INT64: 9,
  BFLOAT16: 14,
  HALF: 19,
} as const;

const NUMERIC_TYPES = new Set<number>(Object.values(DataType));

export interface TensorValue {
  readonly dtype: number;
  /** Dimension sizes; [] for a scalar (rank 0). */
  readonly shape: number[];
  /** The elements as numbers, or undefined when the dtype is not one of `DataType`. */
  readonly values: number[] | undefined;
}

export interface SummaryValue {
  readonly tag: string;
  /** From `metadata.plugin_data.plugin_name`; writers set it on the first value of each tag only. */
  readonly pluginName?: string;
  readonly simpleValue?: number;
  readonly tensor?: TensorValue;
}

export interface EventRecord {
  readonly wallTime: number;
  readonly step: number;
  readonly fileVersion?: string;
  /** The summary's values; empty for events that carry no summary (file_version, graphs, ...). */
  readonly values: SummaryValue[];
}

export function decodeEvent(bytes: Uint8Array): EventRecord {
  const reader = new ProtoReader(bytes);
  let wallTime = 0;
  let step = 0;
  let fileVersion: string | undefined;
  const values: SummaryValue[] = [];
  for (let key = reader.nextField(); key !== undefined; key = reader.nextField()) {
    const { field, wireType } = key;
    if (field === 1 && wireType === WIRE_FIXED64) wallTime = reader.double();
    else if (field === 2 && wireType === WIRE_VARINT) step = reader.int64();
    else if (field === 3 && wireType === WIRE_LENGTH_DELIMITED) fileVersion = reader.string();
    else if (field === 5 && wireType === WIRE_LENGTH_DELIMITED) decodeSummary(reader.message(), values);
    else reader.skip(wireType);
  }
  return fileVersion === undefined ? { wallTime, step, values } : { wallTime, step, fileVersion, values };
}

function decodeSummary(reader: ProtoReader, into: SummaryValue[]): void {
  for (let key = reader.nextField(); key !== undefined; key = reader.nextField()) {
    if (key.field === 1 && key.wireType === WIRE_LENGTH_DELIMITED) into.push(decodeValue(reader.message()));
    else reader.skip(key.wireType);
  }
}

function decodeValue(reader: ProtoReader): SummaryValue {
  let tag = '';
  let pluginName: string | undefined;
  let simpleValue: number | undefined;
  let tensor: TensorValue | undefined;
  for (let key = reader.nextField(); key !== undefined; key = reader.nextField()) {
    const { field, wireType } = key;
    if (field === 1 && wireType === WIRE_LENGTH_DELIMITED) tag = reader.string();
    else if (field === 2 && wireType === WIRE_FIXED32) simpleValue = reader.float();
    else if (field === 8 && wireType === WIRE_LENGTH_DELIMITED) tensor = readTensor(reader.message());
    else if (field === 9 && wireType === WIRE_LENGTH_DELIMITED) pluginName = decodePluginName(reader.message());
    else reader.skip(wireType);
  }
  const value: { tag: string; pluginName?: string; simpleValue?: number; tensor?: TensorValue } = { tag };
  if (pluginName !== undefined) value.pluginName = pluginName;
  if (simpleValue !== undefined) value.simpleValue = simpleValue;
  if (tensor !== undefined) value.tensor = tensor;
  return value;
}

/** `SummaryMetadata.plugin_data.plugin_name`, or undefined when absent. */
function decodePluginName(reader: ProtoReader): string | undefined {
  let name: string | undefined;
  for (let key = reader.nextField(); key !== undefined; key = reader.nextField()) {
    if (key.field === 1 && key.wireType === WIRE_LENGTH_DELIMITED) {
      const plugin = reader.message();
      for (let inner = plugin.nextField(); inner !== undefined; inner = plugin.nextField()) {
        if (inner.field === 1 && inner.wireType === WIRE_LENGTH_DELIMITED) name = plugin.string();
        else plugin.skip(inner.wireType);
      }
    } else reader.skip(key.wireType);
  }
  return name;
}

export function decodeTensor(bytes: Uint8Array): TensorValue {
  return readTensor(new ProtoReader(bytes));
}

function readTensor(reader: ProtoReader): TensorValue {
  let dtype = 0;
  const shape: number[] = [];
  let content: ProtoReader | undefined;
  const listed: number[] = [];
  for (let key = reader.nextField(); key !== undefined; key = reader.nextField()) {
    const { field, wireType } = key;
    const packed = wireType === WIRE_LENGTH_DELIMITED;
    if (field === 1 && wireType === WIRE_VARINT) dtype = reader.varint();
    else if (field === 2 && wireType === WIRE_LENGTH_DELIMITED) decodeShape(reader.message(), shape);
    else if (field === 4 && wireType === WIRE_LENGTH_DELIMITED) content = reader.message();
    else if (field === 5 && (wireType === WIRE_FIXED32 || packed)) readRepeated(reader, wireType, (r) => r.float(), listed);
    else if (field === 6 && (wireType === WIRE_FIXED64 || packed)) readRepeated(reader, wireType, (r) => r.double(), listed);
    else if ((field === 7 || field === 10) && (wireType === WIRE_VARINT || packed)) readRepeated(reader, wireType, (r) => r.int64(), listed);
    else if (field === 13 && (wireType === WIRE_VARINT || packed)) readRepeated(reader, wireType, (r) => r.varint(), listed);
    else reader.skip(wireType);
  }
  if (!NUMERIC_TYPES.has(dtype)) return { dtype, shape, values: undefined };
  let values: number[];
  if (content !== undefined && !content.done) values = decodeContent(content, dtype);
  else if (dtype === DataType.HALF) values = listed.map(halfToFloat);
  else if (dtype === DataType.BFLOAT16) values = listed.map(bfloat16ToFloat);
  else values = listed;
  return { dtype, shape, values };
}

function decodeShape(reader: ProtoReader, into: number[]): void {
  for (let key = reader.nextField(); key !== undefined; key = reader.nextField()) {
    if (key.field === 2 && key.wireType === WIRE_LENGTH_DELIMITED) {
      const dim = reader.message();
      let size = 0;
      for (let inner = dim.nextField(); inner !== undefined; inner = dim.nextField()) {
        if (inner.field === 1 && inner.wireType === WIRE_VARINT) size = dim.int64();
        else dim.skip(inner.wireType);
      }
      into.push(size);
    } else reader.skip(key.wireType);
  }
}

/** `tensor_content`: the elements' raw little-endian bytes, packed. */
function decodeContent(content: ProtoReader, dtype: number): number[] {
  const { bytes, offset: start, limit: end } = content;
  const width = dtype === DataType.DOUBLE || dtype === DataType.INT64 ? 8 : dtype === DataType.HALF || dtype === DataType.BFLOAT16 ? 2 : 4;
  const values: number[] = [];
  for (let at = start; at + width <= end; at += width) {
    if (dtype === DataType.FLOAT) values.push(readFloat32(bytes, at));
    else if (dtype === DataType.DOUBLE) values.push(readFloat64(bytes, at));
    else if (dtype === DataType.INT32) values.push(bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24));
    else if (dtype === DataType.INT64) values.push(Number(new DataView(bytes.buffer, bytes.byteOffset + at, 8).getBigInt64(0, true)));
    else if (dtype === DataType.HALF) values.push(halfToFloat(bytes[at] | (bytes[at + 1] << 8)));
    else values.push(bfloat16ToFloat(bytes[at] | (bytes[at + 1] << 8)));
  }
  return values;
}

/** IEEE 754 binary16 bits → number (sign, 5-bit exponent, 10-bit fraction; subnormals, ±Inf, NaN). */
export function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/** bfloat16 bits are the top half of a float32's. */
export function bfloat16ToFloat(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, (bits & 0xffff) << 16);
  return view.getFloat32(0);
}
