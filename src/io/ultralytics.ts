/**
 * Ultralytics YOLO's `results.csv` (ultralytics/utils/callbacks, `save_results`; YOLOv5's
 * train.py before it): one row per epoch with component losses per split,
 *
 *   YOLOv8+  epoch, train/box_loss, train/cls_loss, train/dfl_loss, metrics/precision(B), ...,
 *            val/box_loss, val/cls_loss, val/dfl_loss, lr/pg0, lr/pg1, lr/pg2      (epochs from 1)
 *   YOLOv5   epoch, train/box_loss, train/obj_loss, train/cls_loss, metrics/..., val/..., x/lr0 ...
 *            (names padded with spaces to a fixed width; epochs from 0)
 *   YOLOv10  epoch, train/box_om, train/cls_om, train/dfl_om, train/box_oo, train/cls_oo, train/dfl_oo, ...
 *            (the one-to-many and one-to-one heads' losses, `YOLOv10DetectionTrainer.loss_names`;
 *            `v10DetectLoss` back-propagates their sum)
 *
 * The CSV reader reads it (names trimmed); this adds each split's total, 'train/loss' and
 * 'val/loss', the sum of its component losses at every epoch where all of them are logged, as
 * Ultralytics' own trainer sums them into the loss it back-propagates. The components stay as
 * series (metrics). YOLOv5's TensorBoard logger writes the same keys as scalar tags, one event per
 * epoch (utils/loggers/__init__.py `on_fit_epoch_end`: `self.tb.add_scalar(k, v, epoch)` for
 * 'train/box_loss', 'train/obj_loss', ..., 'val/cls_loss'): file-runs.ts gives an event run with
 * such tags the same totals (`ultralyticsTotals`), or its validation loss would be one component
 * ('val/box_loss'), the first a name-based fallback finds. Browser-safe.
 */
import { SeriesBuilder } from './series.js';
import type { ParsedLog, ScalarSeries } from './types.js';

/** A component loss; `train/loss_4` is a YOLO fork's fourth (ultralytics-txt-layout.ts). */
const COMPONENT = /^(train|val)\/(?:\w+_(?:loss|om|oo)|loss_\d+)$/;

/** True when the series look like an Ultralytics results.csv: component losses for both splits. */
export function isUltralyticsResults(names: readonly string[]): boolean {
  const splits = new Set(names.map((name) => COMPONENT.exec(name)?.[1]).filter((split) => split !== undefined));
  return splits.has('train') && splits.has('val') && !names.includes('train/loss');
}

/** Sums the components of one split at every step where all of them have a value. */
function total(series: Readonly<Record<string, ScalarSeries>>, components: readonly string[], builder: SeriesBuilder, name: string): void {
  const byStep = components.map((component) => {
    const { steps, values } = series[component];
    return new Map(Array.from(steps, (step, i) => [step, values[i]]));
  });
  const first = series[components[0]];
  for (let i = 0; i < first.length; i++) {
    const step = first.steps[i];
    const parts = byStep.map((values) => values.get(step));
    if (parts.some((part) => part === undefined)) continue;
    const value = parts.reduce((sum: number, part) => sum + (part as number), 0);
    const epoch = first.epochs?.[i];
    builder.add(name, epoch === undefined || Number.isNaN(epoch) ? { step, value } : { step, epoch, value });
  }
}

/**
 * The split totals 'train/loss' and 'val/loss' of `series` (see the module comment), the series
 * with them added, and a note per split naming its components.
 */
export function ultralyticsTotals(series: Readonly<Record<string, ScalarSeries>>, file: string, warnings: string[]): { series: Record<string, ScalarSeries>; notes: string[] } {
  const names = Object.keys(series);
  const builder = new SeriesBuilder();
  const notes: string[] = [];
  for (const split of ['train', 'val'] as const) {
    const components = names.filter((name) => COMPONENT.exec(name)?.[1] === split);
    if (components.length === 0) continue;
    total(series, components, builder, `${split}/loss`);
    notes.push(`'${split}/loss' is the sum ${components.map((name) => `'${name}'`).join(' + ')} (Ultralytics' total loss)`);
  }
  return { series: { ...series, ...builder.finish(file, warnings) }, notes };
}

/** The parsed results.csv with 'train/loss' and 'val/loss' added (see the module comment). */
export function withUltralyticsTotals(parsed: ParsedLog, file: string): ParsedLog {
  const warnings = [...parsed.warnings];
  const { series, notes } = ultralyticsTotals(parsed.series, file, warnings);
  return { ...parsed, format: 'ultralytics', series, warnings, notes: [...(parsed.notes ?? []), ...notes] };
}
