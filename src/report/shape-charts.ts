/**
 * The loss-shape charts of a comparison: every run's loss value and gradient over the
 * residual (regression) or the predicted probability of the true class (classification),
 * computed live from the registry by `lossShape`.
 */
import type { ComparisonResult } from '../compare/types.js';
import { chartId } from './comparison-section.js';
import { escapeHtml } from './html.js';
import { lineChart } from './line-chart.js';
import { MULTICLASS_SHAPE_CLASSES, RESIDUAL_RANGE, lossShape, type LossShape } from './loss-shapes.js';
import { extent, formatNumber, niceDomain } from './scale.js';
import { seriesColour } from './svg.js';
import { maxOf, minOf } from '../core/extent.js';

const SHAPE_WIDTH = 460;
const SHAPE_HEIGHT = 300;
/**
 * A curve whose largest |value| is more than this many times the smallest curve's runs off the
 * top of the chart (its legend entry gives its peak), so one heavily weighted loss (bce with
 * posWeight 40) does not flatten the others into the axis.
 */
export const OFF_SCALE_FACTOR = 8;

interface ShapeSeries {
  readonly label: string;
  readonly colour: string;
  readonly points: ReadonlyArray<readonly [number, number]>;
}

/** The y domain that keeps the on-scale curves readable, and the legend labels saying which are off scale. */
export function shapeScale(series: readonly ShapeSeries[]): { yDomain?: [number, number]; labels: string[] } {
  const peaks = series.map((s) => maxOf(s.points.map((p) => Math.abs(p[1])).filter(Number.isFinite), 0));
  const positive = peaks.filter((peak) => peak > 0);
  const reference = positive.length ? minOf(positive) : 0;
  const off = peaks.map((peak) => reference > 0 && peak > OFF_SCALE_FACTOR * reference);
  const labels = series.map((s, i) => (off[i] ? `${s.label} (off scale, peak ${formatNumber(peaks[i] as number, 3)})` : s.label));
  if (!off.some(Boolean)) return { labels };
  const kept = extent(series.filter((_, i) => !off[i]).flatMap((s) => s.points.map((p) => p[1])));
  if (!kept) return { labels };
  return { yDomain: niceDomain(Math.min(0, kept[0]), Math.max(0, kept[1])), labels };
}

/** The value and gradient charts, and a caption naming anything that could not be drawn. */
export function shapeCharts(result: ComparisonResult, section: number): { charts: string; caption: string } {
  const task = result.dataset.task;
  const shapes: Array<{ label: string; colour: string; shape: LossShape }> = [];
  const missing: string[] = [];
  result.runs.forEach((run, index) => {
    let shape: LossShape | undefined;
    try {
      shape = lossShape(run.loss, task, run.lossOptions);
    } catch {
      shape = undefined;
    }
    if (shape) shapes.push({ label: run.label, colour: seriesColour(index), shape });
    else missing.push(run.label);
  });
  const regression = task === 'regression';
  const xLabel = regression ? 'residual e = prediction − target' : 'predicted probability of the true class p';
  const series = (pick: 'value' | 'gradient') => {
    const raw = shapes.map(({ label, colour, shape }) => ({ label, colour, points: shape.points.map((p) => [p.x, p[pick]] as const) }));
    const { yDomain, labels } = shapeScale(raw);
    return {
      series: raw.map((s, i) => ({ ...s, label: labels[i] as string })),
      ...(yDomain ? { yDomain } : {}),
    };
  };
  const zeroLine = regression ? [{ from: [-RESIDUAL_RANGE, 0] as const, to: [RESIDUAL_RANGE, 0] as const }] : [{ from: [0, 0] as const, to: [1, 0] as const }];
  const charts = shapes.length ? [
    lineChart({
      id: chartId(section, 'shape-value'), kind: 'loss-shape', title: 'Loss value',
      width: SHAPE_WIDTH, height: SHAPE_HEIGHT, xLabel, yLabel: 'loss', ...series('value'),
      ...(regression ? {} : { xDomain: [0, 1] as const }),
    }),
    lineChart({
      id: chartId(section, 'shape-gradient'), kind: 'loss-gradient',
      title: regression ? 'Gradient dL/d(prediction)' : 'Gradient dL/dz (true-class logit)',
      width: SHAPE_WIDTH, height: SHAPE_HEIGHT, xLabel, yLabel: 'gradient', ...series('gradient'), references: zeroLine,
      ...(regression ? {} : { xDomain: [0, 1] as const }),
    }),
  ].join('') : '';
  const how = regression
    ? `Each loss of the comparison evaluated live on one prediction against its target, over residuals from −${RESIDUAL_RANGE} to ${RESIDUAL_RANGE} `
      + '(with the options it was trained with). The gradient is the pull one prediction gets: it keeps growing for squared errors '
      + '(an outlier pulls hardest) and is bounded for absolute, Huber and log-cosh losses.'
    : `Each loss evaluated live on one ${task === 'binary' ? 'example of the positive class' : `row of ${MULTICLASS_SHAPE_CLASSES} classes (the other two share 1 − p)`}, `
      + 'fed through the same link as in training (logits, probabilities or log-probabilities), with the options it was trained with. '
      + 'The gradient is with respect to the model\'s raw score (logit) for the true class: the corrective signal a wrong, confident prediction gets.';
  const note = missing.length ? ` Not drawn (no ${task} training use): ${missing.join(', ')}.` : '';
  return { charts: charts ? `<div class="charts">${charts}</div>` : '', caption: escapeHtml(how + note) };
}
