/**
 * Scalars from TensorBoard event files (`events.out.tfevents.*`), hand-written with no
 * dependencies: TFRecord framing with both masked CRC-32Cs verified (tfrecord.ts), then
 * `Event` → `Summary` → `Value` (tfevents-proto.ts). A scalar is either
 *
 *   - `simple_value` (float32): PyTorch `SummaryWriter.add_scalar`, tensorboardX, TF1 `tf.summary.scalar`;
 *   - a one-element numeric `tensor` (DT_FLOAT via `tensor_content` or `float_val`, or double,
 *     half, bfloat16, int32, int64): TF2 `tf.summary.scalar`, Keras's `TensorBoard` callback,
 *     PyTorch `add_scalar(new_style=True)`. Writers mark the tag with plugin 'scalars' in the
 *     metadata of its FIRST value only, so the plugin is remembered per tag; tensors of tags
 *     owned by another plugin (histograms, images, text, hparams) are skipped.
 *
 * Damage (a truncated file, a CRC mismatch) stops reading at that record; the records before
 * it are kept and a warning names the file and the byte offset. Browser-safe.
 */
import { ProtobufError } from './protobuf.js';
import { decodeEvent, type EventRecord, type TensorValue } from './tfevents-proto.js';
import { RecordSplitter, type RecordDamage } from './tfrecord.js';
import { SeriesBuilder } from './series.js';
import type { ParsedLog } from './types.js';

/** The plugin name TensorBoard's scalar dashboard owns (tensorboard/plugins/scalar/metadata.py). */
export const SCALARS_PLUGIN = 'scalars';

/**
 * Turns events into series, for one run: one collector may read several event files (they
 * share the per-tag plugin memory, as TensorBoard does per run). `addEvent`'s `prefix` is put
 * before every tag ('train/' for the events of a Keras run's train directory).
 */
export class ScalarCollector {
  readonly builder: SeriesBuilder;
  readonly warnings: string[] = [];
  private readonly pluginByTag = new Map<string, string>();
  private readonly reported = new Set<string>();

  constructor(builder = new SeriesBuilder()) {
    this.builder = builder;
  }

  /** Adds an event's scalars; `file` names the event file in warnings. */
  addEvent(event: EventRecord, file: string, prefix = ''): void {
    for (const value of event.values) {
      const tagKey = prefix + value.tag;
      if (value.pluginName !== undefined && !this.pluginByTag.has(tagKey)) this.pluginByTag.set(tagKey, value.pluginName);
      let scalar: number | undefined;
      if (value.simpleValue !== undefined) scalar = value.simpleValue;
      else if (value.tensor !== undefined) scalar = this.tensorScalar(tagKey, value.tensor, file);
      if (scalar === undefined) continue;
      // wall_time 0 means the field was absent.
      this.builder.add(tagKey, event.wallTime !== 0 ? { step: event.step, value: scalar, wallTime: event.wallTime } : { step: event.step, value: scalar });
    }
  }

  private tensorScalar(tag: string, tensor: TensorValue, file: string): number | undefined {
    const plugin = this.pluginByTag.get(tag);
    if (plugin !== undefined && plugin !== SCALARS_PLUGIN) return undefined;
    const elements = tensor.shape.reduce((product, size) => product * size, 1);
    if (tensor.values !== undefined && elements === 1 && tensor.values.length === 1) return tensor.values[0];
    // Only complain about tensors that claim to be scalars; unknown non-scalars are some other plugin's data.
    if (plugin === SCALARS_PLUGIN) this.warnOnce(tag, `${file}: tag '${tag}' is marked 'scalars' but holds a tensor of shape [${tensor.shape.join(', ')}] and dtype ${tensor.dtype}; its values are skipped`);
    return undefined;
  }

  private warnOnce(key: string, message: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.warnings.push(message);
  }
}

/** Reads one event file pushed in chunks into a collector. */
export class EventFileReader {
  private readonly splitter = new RecordSplitter();
  private skipped = 0;
  private firstSkipped = '';

  constructor(
    private readonly file: string,
    private readonly collector: ScalarCollector,
    private readonly prefix = '',
  ) {}

  push(chunk: Uint8Array): void {
    for (const record of this.splitter.push(chunk)) {
      let event: EventRecord;
      try {
        event = decodeEvent(record.data);
      } catch (error) {
        // The CRC passed, so the bytes are as written: this record just isn't an Event we understand.
        if (!(error instanceof ProtobufError)) throw error;
        if (this.skipped++ === 0) this.firstSkipped = `record at byte ${record.offset} (${error.message})`;
        continue;
      }
      this.collector.addEvent(event, this.file, this.prefix);
    }
  }

  /** Ends the file: reports damage and undecodable records. Returns the number of intact records. */
  finish(): number {
    const damage = this.splitter.finish();
    if (damage !== undefined) this.collector.warnings.push(damageWarning(this.file, damage, this.splitter.records));
    if (this.skipped > 0) {
      const more = this.skipped > 1 ? ` and ${this.skipped - 1} more` : '';
      this.collector.warnings.push(`${this.file}: skipped ${this.firstSkipped}${more}: not a valid Event message`);
    }
    return this.splitter.records;
  }
}

/** `events.out.tfevents.x: corrupted record at byte 1234 (data CRC mismatch); kept 17 records before it`. */
export function damageWarning(file: string, damage: RecordDamage, kept: number): string {
  return `${file}: ${damage.kind} record at byte ${damage.offset} (${damage.reason}); kept ${kept} record${kept === 1 ? '' : 's'} before it`;
}

/** Scalars of one whole event file held in memory. */
export function parseEventFile(bytes: Uint8Array, file: string): ParsedLog {
  const collector = new ScalarCollector();
  const reader = new EventFileReader(file, collector);
  reader.push(bytes);
  reader.finish();
  const warnings = [...collector.warnings];
  const notes: string[] = [];
  const series = collector.builder.finish(file, warnings, notes);
  return { format: 'tfevents', series, warnings, ...(notes.length > 0 && { notes }) };
}
