import { describe, expect, it } from 'vitest';
import { ProtoReader } from '../../src/io/protobuf.js';
import { decodeEvent, decodeTensor, halfToFloat } from '../../src/io/tfevents-proto.js';
import { EventFileReader, parseEventFile, ScalarCollector } from '../../src/io/tfevents.js';
import { RecordSplitter, splitRecords } from '../../src/io/tfrecord.js';
import type { ScalarSeries } from '../../src/io/types.js';
import { encodeEvent, frameRecord, unknownFields, writeEventFile, type EventSpec, type ScalarEncoding } from './support/tfevents-writer.js';

const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((byte) => parseInt(byte, 16)));
const values = (series: ScalarSeries | undefined) => (series ? [...series.values] : undefined);
const steps = (series: ScalarSeries | undefined) => (series ? [...series.steps] : undefined);

/** Three tags over five steps, as a PyTorch SummaryWriter would write them. */
function pytorchEvents(): EventSpec[] {
  return [0, 1, 2, 3, 4].map((step) => ({
    step: step * 100,
    wallTime: 1_700_000_000 + step,
    scalars: [
      { tag: 'Loss/train', value: 1 / (step + 1) },
      { tag: 'Loss/val', value: 1.5 / (step + 1) },
      { tag: 'lr', value: 0.1 * 0.5 ** step },
    ],
  }));
}

describe('TFRecord framing and Event decoding against bytes built independently', () => {
  it('reads a record framed and encoded by a separate Python script (bitwise CRC-32C)', () => {
    // Event { wall_time: 1700000000.5, step: 3, summary { value { tag: 'loss', simple_value: 0.25 } } }
    const golden = fromHex('1a00000000000000129bd82d0900002040fc54d94110032a0d0a0b0a046c6f7373150000803ebcf29b54');
    const { records, damage } = splitRecords(golden);
    expect(damage).toBeUndefined();
    expect(records).toHaveLength(1);
    expect(decodeEvent(records[0].data)).toEqual({ wallTime: 1700000000.5, step: 3, values: [{ tag: 'loss', simpleValue: 0.25 }] });
    // The test writer produces exactly these bytes, so its other files are trustworthy too.
    expect(frameRecord(encodeEvent({ step: 3, wallTime: 1700000000.5, scalars: [{ tag: 'loss', value: 0.25 }] }))).toEqual(golden);
  });

  it('decodes varints up to 64 bits, negative int64 steps and the header event', () => {
    const reader = new ProtoReader(fromHex('ffffffffffffffffff01' + '80808080808080808001' + 'ac02'));
    expect(reader.int64()).toBe(-1);
    expect(reader.varint()).toBe(2 ** 63);
    expect(reader.varint()).toBe(300);
    expect(decodeEvent(encodeEvent({ step: -5 })).step).toBe(-5);
    expect(decodeEvent(encodeEvent({ step: 2n ** 40n + 1n })).step).toBe(2 ** 40 + 1);
    expect(decodeEvent(encodeEvent({ step: 0, fileVersion: 'brain.Event:2' })).fileVersion).toBe('brain.Event:2');
  });
});

describe('scalars round-trip through the test writer', () => {
  it('simple_value scalars: several tags and steps, wall times kept', () => {
    const { bytes } = writeEventFile(pytorchEvents());
    const log = parseEventFile(bytes, 'events.out.tfevents.1.host');
    expect(log.format).toBe('tfevents');
    expect(log.warnings).toEqual([]);
    expect(Object.keys(log.series).sort()).toEqual(['Loss/train', 'Loss/val', 'lr']);
    expect(steps(log.series['Loss/train'])).toEqual([0, 100, 200, 300, 400]);
    expect(values(log.series['Loss/train'])).toEqual([1, 1 / 2, 1 / 3, 1 / 4, 1 / 5].map(Math.fround));
    expect(values(log.series.lr)).toEqual([0.1, 0.05, 0.025, 0.0125, 0.00625].map(Math.fround));
    expect(log.series['Loss/val'].wallTimes?.[2]).toBe(1_700_000_002);
  });

  const encodings: [ScalarEncoding, (x: number) => number][] = [
    ['float_val', Math.fround],
    ['content_float32', Math.fround],
    ['content_float64', (x) => x],
    ['double_val', (x) => x],
    ['half_val', (x) => x],
  ];
  it.each(encodings)('tensor scalars written as %s, plugin on the first value of each tag only (TF2 / Keras)', (encoding, expected) => {
    const events: EventSpec[] = [0, 1, 2].map((step) => ({
      step,
      scalars: [
        { tag: 'epoch_loss', value: [0.5, 0.25, 0.125][step], encoding, ...(step === 0 && { plugin: 'scalars' }) },
        { tag: 'epoch_accuracy', value: [0.75, 0.875, 1][step], encoding, ...(step === 0 && { plugin: 'scalars' }) },
      ],
    }));
    const log = parseEventFile(writeEventFile(events).bytes, 'events.out.tfevents.2.v2');
    expect(log.warnings).toEqual([]);
    expect(values(log.series.epoch_loss)).toEqual([0.5, 0.25, 0.125].map(expected));
    expect(values(log.series.epoch_accuracy)).toEqual([0.75, 0.875, 1].map(expected));
  });

  it('keeps NaN and Infinity values (the diagnosis must see them)', () => {
    const events: EventSpec[] = [
      { step: 1, scalars: [{ tag: 'loss', value: NaN }, { tag: 't', value: Infinity, encoding: 'content_float32', plugin: 'scalars' }] },
      { step: 2, scalars: [{ tag: 'loss', value: -Infinity }, { tag: 't', value: NaN, encoding: 'float_val' }] },
    ];
    const log = parseEventFile(writeEventFile(events).bytes, 'f.tfevents');
    expect(values(log.series.loss)).toEqual([NaN, -Infinity]);
    expect(values(log.series.t)).toEqual([Infinity, NaN]);
  });

  it('skips tensors of other plugins and non-scalar tensors; warns only for a malformed "scalars" tensor', () => {
    const events: EventSpec[] = [{
      step: 1,
      scalars: [
        { tag: 'weights', value: 0, values: [1, 2, 3, 4, 5, 6], shape: [2, 3], encoding: 'float_val', plugin: 'histograms' },
        { tag: 'unlabelled_matrix', value: 0, values: [1, 2], shape: [2], encoding: 'float_val' },
        { tag: 'one_element_no_plugin', value: 7, shape: [1, 1], encoding: 'float_val' },
        { tag: 'bad_scalar', value: 0, values: [1, 2], shape: [2], encoding: 'float_val', plugin: 'scalars' },
      ],
    }];
    const log = parseEventFile(writeEventFile(events).bytes, 'events.out.tfevents.3');
    expect(Object.keys(log.series)).toEqual(['one_element_no_plugin']);
    expect(log.warnings).toEqual(["events.out.tfevents.3: tag 'bad_scalar' is marked 'scalars' but holds a tensor of shape [2] and dtype 1; its values are skipped"]);
  });

  it('skips unknown fields in Event and Summary.Value (all four wire types)', () => {
    const events = pytorchEvents().map((event) => ({ ...event, extraFields: unknownFields(), extraValueFields: unknownFields() }));
    const log = parseEventFile(writeEventFile(events).bytes, 'events.out.tfevents.4');
    expect(log.warnings).toEqual([]);
    expect(values(log.series['Loss/train'])).toHaveLength(5);
  });

  it('reads the same records whatever the chunk size (records straddle chunk boundaries)', () => {
    const { bytes } = writeEventFile(pytorchEvents());
    const whole = parseEventFile(bytes, 'f');
    for (const size of [1, 3, 12, 13, 50, 4096]) {
      const collector = new ScalarCollector();
      const reader = new EventFileReader('f', collector);
      for (let at = 0; at < bytes.length; at += size) reader.push(bytes.slice(at, at + size));
      expect(reader.finish()).toBe(6);
      expect(collector.builder.finish('f', [])).toEqual(whole.series);
    }
  });

  it('decodes integer and bfloat16 tensors built byte by byte', () => {
    // dtype DT_INT64 (08 09), shape {} (12 00), int64_val packed [-3] (52 0a fd ff ff ff ff ff ff ff ff 01)
    expect(decodeTensor(fromHex('0809120052' + '0a' + 'fdffffffffffffffff01'))).toEqual({ dtype: 9, shape: [], values: [-3] });
    // dtype DT_INT32 (08 03), tensor_content 4 bytes little-endian -2 (22 04 fe ff ff ff)
    expect(decodeTensor(fromHex('080322' + '04' + 'feffffff')).values).toEqual([-2]);
    // dtype DT_BFLOAT16 (08 0e), shape [1] (12 04 12 02 08 01), tensor_content 0x3fc0 = 1.5 (22 02 c0 3f)
    expect(decodeTensor(fromHex('080e' + '120412020801' + '2202c03f'))).toEqual({ dtype: 14, shape: [1], values: [1.5] });
    // DT_STRING (7) is not numeric: no values
    expect(decodeTensor(fromHex('0807')).values).toBeUndefined();
  });

  it('converts half and bfloat16 bit patterns', () => {
    expect([0x3c00, 0xc000, 0x7bff, 0x0001, 0x7c00, 0xfc00].map(halfToFloat)).toEqual([1, -2, 65504, 2 ** -24, Infinity, -Infinity]);
    expect(halfToFloat(0x7e00)).toBeNaN();
  });
});

describe('damaged files: stop at the damaged record, keep every record before it, say where', () => {
  const file = 'events.out.tfevents.1700000000.host';
  const { bytes, offsets } = writeEventFile(pytorchEvents());
  const last = offsets[offsets.length - 1];

  it('a file cut in the middle of its last record', () => {
    const cut = bytes.slice(0, last + 20);
    const log = parseEventFile(cut, file);
    expect(steps(log.series['Loss/train'])).toEqual([0, 100, 200, 300]);
    expect(log.warnings).toEqual([`${file}: truncated record at byte ${last} (the file ends 20 bytes into a ${bytes.length - last}-byte record); kept 5 records before it`]);
  });

  it('a file cut inside a record header', () => {
    const log = parseEventFile(bytes.slice(0, last + 5), file);
    expect(steps(log.series['Loss/train'])).toEqual([0, 100, 200, 300]);
    expect(log.warnings[0]).toBe(`${file}: truncated record at byte ${last} (the file ends 5 bytes into a record's 12-byte header); kept 5 records before it`);
  });

  it('a corrupted length CRC', () => {
    const damaged = bytes.slice();
    damaged[offsets[3] + 9] ^= 0x01;
    const log = parseEventFile(damaged, file);
    expect(steps(log.series['Loss/train'])).toEqual([0, 100]);
    expect(log.warnings).toEqual([`${file}: corrupted record at byte ${offsets[3]} (length CRC mismatch); kept 3 records before it`]);
  });

  it('a corrupted length (its CRC no longer matches)', () => {
    const damaged = bytes.slice();
    damaged[offsets[2]] += 1;
    expect(parseEventFile(damaged, file).warnings[0]).toContain(`corrupted record at byte ${offsets[2]} (length CRC mismatch); kept 2 records`);
  });

  it('a corrupted data byte (data CRC mismatch)', () => {
    const damaged = bytes.slice();
    damaged[offsets[4] + 12 + 5] ^= 0x40;
    const log = parseEventFile(damaged, file);
    expect(steps(log.series['Loss/val'])).toEqual([0, 100, 200]);
    expect(log.warnings).toEqual([`${file}: corrupted record at byte ${offsets[4]} (data CRC mismatch); kept 4 records before it`]);
  });

  it('an empty file is not damage; a splitter that stopped ignores further chunks', () => {
    expect(splitRecords(new Uint8Array(0))).toEqual({ records: [], damage: undefined });
    const splitter = new RecordSplitter();
    const damaged = bytes.slice();
    damaged[9] ^= 1;
    expect(splitter.push(damaged)).toEqual([]);
    expect(splitter.push(bytes)).toEqual([]);
    expect(splitter.finish()).toEqual({ offset: 0, kind: 'corrupted', reason: 'length CRC mismatch' });
  });

  it('a record whose CRC passes but is not an Event is skipped with a warning, reading goes on', () => {
    const garbage = frameRecord(Uint8Array.from([0x0f, 0x01]));
    const tail = writeEventFile([{ step: 7, scalars: [{ tag: 'loss', value: 1 }] }], { header: false }).bytes;
    const log = parseEventFile(Uint8Array.from([...garbage, ...tail]), file);
    expect(steps(log.series.loss)).toEqual([7]);
    expect(log.warnings[0]).toMatch(/^events\.out\.tfevents\.1700000000\.host: skipped record at byte 0 \(unsupported wire type 7/);
  });
});
