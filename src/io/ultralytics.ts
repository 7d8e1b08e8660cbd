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

/** The evaluation's series: its losses and its metrics. */
const isEvaluation = (name: string) => COMPONENT.exec(name)?.[1] === 'val' || name.startsWith('metrics/');

/**
 * The steps whose evaluation repeats the one before it exactly: every validation loss and metric the same to the last
 * printed digit. A trainer that validates every few epochs (a YOLOv9 run evaluated at 15 of its 50 epochs, the
 * hundred-and-sixteenth corpus's b06) writes the last evaluation again on the rows between; no two evaluations of
 * weights that moved agree in seven numbers, so those rows hold no new evaluation (readers-148).
 */
function repeatedEvaluations(series: Readonly<Record<string, ScalarSeries>>, names: readonly string[]): Set<number> {
  const repeated = new Set<number>();
  const evaluation = names.filter(isEvaluation);
  if (!evaluation.some((name) => COMPONENT.exec(name)?.[1] === 'val')) return repeated;
  const byStep = evaluation.map((name) => new Map(Array.from(series[name].steps, (step, i) => [step, series[name].values[i]])));
  const steps = [...series[evaluation[0]].steps];
  for (let i = 1; i < steps.length; i++) {
    const same = byStep.every((values) => values.has(steps[i]) && values.has(steps[i - 1]) && values.get(steps[i]) === values.get(steps[i - 1]));
    if (same) repeated.add(steps[i]);
  }
  return repeated;
}

/** `series` without the points at `steps`. */
function withoutSteps(series: ScalarSeries, steps: ReadonlySet<number>): ScalarSeries {
  const keep = Array.from(series.steps, (step) => !steps.has(step));
  const pick = (values: Float64Array) => Float64Array.from(values.filter((_, i) => keep[i]));
  return {
    length: keep.filter(Boolean).length, steps: pick(series.steps), values: pick(series.values),
    ...(series.epochs === undefined ? {} : { epochs: pick(series.epochs) }),
    ...(series.wallTimes === undefined ? {} : { wallTimes: pick(series.wallTimes) }),
  };
}

/**
 * The split totals 'train/loss' and 'val/loss' of `series` (see the module comment), the series
 * with them added, and a note per split naming its components. Rows that repeat the evaluation
 * before them exactly (`repeatedEvaluations`) keep their training points, not their evaluation's.
 */
export function ultralyticsTotals(logged: Readonly<Record<string, ScalarSeries>>, file: string, warnings: string[]): { series: Record<string, ScalarSeries>; notes: string[] } {
  const names = Object.keys(logged);
  const repeated = repeatedEvaluations(logged, names);
  const series = repeated.size === 0 ? logged
    : Object.fromEntries(names.map((name) => [name, isEvaluation(name) ? withoutSteps(logged[name], repeated) : logged[name]]));
  const builder = new SeriesBuilder();
  const notes: string[] = repeated.size === 0 ? [] : [`${repeated.size} rows repeat the evaluation before them exactly (every validation loss and metric): validated every few epochs, the rows between carry the last evaluation again, so their validation points are left out`];
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
