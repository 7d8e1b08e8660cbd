/**
 * The loss-shape charts of a comparison (and of a search): every run's loss value and gradient
 * over the residual (regression) or the predicted probability of the true class
 * (classification), computed live from the registry by `lossShape`. Curves of very different
 * sizes go to panels of their own (`scaleGroups`), so none is a sliver at the edge of another's
 * axis and none flattens the rest into the axis.
 */
import type { ComparisonResult } from '../compare/types.js';
import { chartId } from './comparison-section.js';
import { escapeHtml } from './html.js';
import { lineChart, type ReferenceLine } from './line-chart.js';
import { MULTICLASS_SHAPE_CLASSES, RESIDUAL_RANGE, lossShape, type LossShape } from './loss-shapes.js';
import { formatNumber } from './scale.js';
import { seriesColour } from './svg.js';
import { maxOf } from '../core/extent.js';

const SHAPE_WIDTH = 460;
const SHAPE_HEIGHT = 300;
/**
 * Curves share a panel while the largest |value| among them is at most this many times the
 * smallest; a curve beyond that (bce with posWeight 40 next to plain bce) gets a panel of its
 * own, with its own y axis, instead of running off the top of the others' chart.
 */
export const OFF_SCALE_FACTOR = 8;

export interface ShapeSeries {
  readonly label: string;
  readonly colour: string;
  readonly points: ReadonlyArray<readonly [number, number]>;
}

/** The largest finite |y| of a series (0 when it has none). */
function peakOf(series: ShapeSeries): number {
  return maxOf(series.points.map((p) => Math.abs(p[1])).filter(Number.isFinite), 0);
}

/**
 * Indices of `series` grouped by size: in ascending order of peak |y|, a series joins the
 * current group while its peak is at most OFF_SCALE_FACTOR times the group's smallest non-zero
 * peak, and starts a new group otherwise. The largest group comes first (the main panel; ties:
 * the smaller scale), then the others from small to large. Every index appears once.
 */
export function scaleGroups(series: readonly ShapeSeries[]): number[][] {
  const peaks = series.map(peakOf);
  const order = series.map((_, i) => i).sort((a, b) => (peaks[a] as number) - (peaks[b] as number) || a - b);
  const groups: number[][] = [];
  let base = 0;
  for (const i of order) {
    const peak = peaks[i] as number;
    const current = groups[groups.length - 1];
    if (current && (base === 0 || peak <= OFF_SCALE_FACTOR * base)) {
      current.push(i);
      if (base === 0) base = peak;
    } else {
      groups.push([i]);
      base = peak;
    }
  }
  const main = groups.reduce((best, group) => (group.length > best.length ? group : best), groups[0] ?? []);
  return [main, ...groups.filter((group) => group !== main)].filter((group) => group.length).map((group) => group.sort((a, b) => a - b));
}

export interface ShapePanelOptions {
  /** Chart id of the main panel; the others get '-2', '-3', ... */
  readonly id: string;
  readonly kind: 'loss-shape' | 'loss-gradient';
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xDomain?: readonly [number, number];
  readonly references?: readonly ReferenceLine[];
}

/**
 * One chart per scale group of `series`: the main panel titled `title`, each other one titled
 * with the curves it holds and their peak, on its own y axis (the x axis is the same).
 */
export function shapePanels(series: readonly ShapeSeries[], options: ShapePanelOptions): string[] {
  const groups = scaleGroups(series);
  return groups.map((group, g) => {
    const members = group.map((i) => series[i] as ShapeSeries);
    const peak = maxOf(members.map(peakOf), 0);
    const title = g === 0 ? options.title
      : `${options.title}: ${members.map((s) => s.label).join(', ')} (own scale, peak ${formatNumber(peak, 3)})`;
    return lineChart({
      id: g === 0 ? options.id : `${options.id}-${g + 1}`, kind: options.kind, title,
      width: SHAPE_WIDTH, height: SHAPE_HEIGHT, xLabel: options.xLabel, yLabel: options.yLabel, series: members,
      ...(options.xDomain ? { xDomain: options.xDomain } : {}),
      ...(options.references ? { references: options.references } : {}),
    });
  });
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
  const series = (pick: 'value' | 'gradient') =>
    shapes.map(({ label, colour, shape }) => ({ label, colour, points: shape.points.map((p) => [p.x, p[pick]] as const) }));
  const zeroLine = regression ? [{ from: [-RESIDUAL_RANGE, 0] as const, to: [RESIDUAL_RANGE, 0] as const }] : [{ from: [0, 0] as const, to: [1, 0] as const }];
  const xDomain = regression ? {} : { xDomain: [0, 1] as const };
  const value = shapePanels(series('value'), {
    id: chartId(section, 'shape-value'), kind: 'loss-shape', title: 'Loss value', xLabel, yLabel: 'loss', ...xDomain,
  });
  const gradient = shapePanels(series('gradient'), {
    id: chartId(section, 'shape-gradient'), kind: 'loss-gradient',
    title: regression ? 'Gradient dL/d(prediction)' : 'Gradient dL/dz (true-class logit)', xLabel, yLabel: 'gradient', references: zeroLine, ...xDomain,
  });
  // Main value and gradient panels side by side, then the panels of curves on their own scales.
  const charts = shapes.length ? [value[0], gradient[0], ...value.slice(1), ...gradient.slice(1)].join('') : '';
  const how = regression
    ? `Each loss of the comparison evaluated live on one prediction against its target, over residuals from −${RESIDUAL_RANGE} to ${RESIDUAL_RANGE} `
      + '(with the options it was trained with). The gradient is the pull one prediction gets: it keeps growing for squared errors '
      + '(an outlier pulls hardest) and is bounded for absolute, Huber and log-cosh losses.'
    : `Each loss evaluated live on one ${task === 'binary' ? 'example of the positive class' : `row of ${MULTICLASS_SHAPE_CLASSES} classes (the other two share 1 − p)`}, `
      + 'fed through the same link as in training (logits, probabilities or log-probabilities), with the options it was trained with. '
      + 'The gradient is with respect to the model\'s raw score (logit) for the true class: the corrective signal a wrong, confident prediction gets.';
  const note = missing.length ? ` Not drawn (no ${task} training use): ${missing.join(', ')}.` : '';
  const panels = value.length + gradient.length > 2
    ? ' Curves far larger than the others (more than ' + OFF_SCALE_FACTOR + '× their peak) are drawn in panels of their own, on their own scale.' : '';
  return { charts: charts ? `<div class="charts grid shapes">${charts}</div>` : '', caption: escapeHtml(how + note + panels) };
}
