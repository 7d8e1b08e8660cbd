/**
 * The loss curves a diagnosis is drawn on: a run's training and validation loss on one x axis
 * (epochs when both carry epochs, else steps), raw and EMA-smoothed, and where each finding of
 * `diagnose` lies on that axis. Shared by the HTML diagnosis report and the terminal chart.
 * Browser-safe.
 */
import { TENSORBOARD_SMOOTHING_WEIGHT, formatPosition, smoothEma, type Finding, type FindingRange, type History, type Series } from '../monitor/index.js';

/** One loss series ready to draw: x in the chart's unit, raw values and their debiased EMA. */
export interface DiagnosisCurve {
  /** 'training loss' or 'validation loss'. */
  readonly label: string;
  /** The History series' canonical name ('loss', 'val_loss', 'loss_step'). */
  readonly name: string;
  readonly x: readonly number[];
  readonly raw: readonly number[];
  readonly smoothed: readonly number[];
}

export interface DiagnosisCurves {
  readonly unit: 'epoch' | 'step';
  /** Training loss first, then validation loss; either may be missing. */
  readonly curves: readonly DiagnosisCurve[];
}

/** True when the series is per-epoch and every point says which epoch: `diagnose` then reads it by epoch. */
function byEpoch(series: Series): boolean {
  return series.granularity === 'epoch' && series.points.every((point) => point.epoch !== undefined);
}

/**
 * The run's loss curves. `smoothing` is TensorBoard's smoothing weight (0 = raw, default 0.6),
 * applied by index before anything is thinned out, as TensorBoard does.
 */
export function diagnosisCurves(history: History, smoothing = TENSORBOARD_SMOOTHING_WEIGHT): DiagnosisCurves {
  const present = [
    { label: 'training loss', series: history.trainLoss },
    { label: 'validation loss', series: history.validationLoss },
  ].filter((entry): entry is { label: string; series: Series } => entry.series !== undefined);
  const unit = present.length > 0 && present.every((entry) => byEpoch(entry.series)) ? 'epoch' : 'step';
  const curves = present.map(({ label, series }): DiagnosisCurve => {
    const raw = series.points.map((point) => point.value);
    return {
      label,
      name: series.name,
      x: series.points.map((point) => (unit === 'epoch' ? (point.epoch as number) : point.step)),
      raw,
      smoothed: smoothEma(raw, smoothing),
    };
  });
  return { unit, curves };
}

/**
 * Where a finding lies on a chart whose x axis is in `unit`: [from, to]. A finding read by epoch
 * on a chart drawn by step is mapped through its series' points (the steps of its first and last
 * epoch); undefined when that is not possible.
 */
export function findingSpan(finding: Finding, history: History, unit: 'epoch' | 'step'): [number, number] | undefined {
  const { from, to } = finding.range;
  if (finding.range.unit === unit) return [Math.min(from, to), Math.max(from, to)];
  const points = history.series(finding.series)?.points ?? [];
  if (finding.range.unit === 'epoch') {
    const inside = points.filter((point) => point.epoch !== undefined && point.epoch >= from && point.epoch <= to);
    return inside.length ? [inside[0].step, inside[inside.length - 1].step] : undefined;
  }
  const inside = points.filter((point) => point.epoch !== undefined && point.step >= from && point.step <= to);
  return inside.length ? [inside[0].epoch as number, inside[inside.length - 1].epoch as number] : undefined;
}

/** 'epoch 12', 'epochs 12-20', 'steps 100-900', 'epochs 0.768-3.584' (ASCII, for terminals and logs). */
export function rangeText(range: FindingRange): string {
  if (range.from === range.to) return `${range.unit} ${formatPosition(range.from)}`;
  return `${range.unit}s ${formatPosition(range.from)}-${formatPosition(range.to)}`;
}
