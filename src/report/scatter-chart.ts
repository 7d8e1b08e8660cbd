/**
 * Scatter plots: predicted vs true values, with the y = x line a perfect model would sit on.
 * Large point sets are thinned to an evenly spaced subset so the report stays small.
 */
import { frame } from './axes.js';
import { extent } from './scale.js';
import { REFERENCE_COLOUR, px, seriesColour } from './svg.js';

export interface ScatterChartOptions {
  readonly id: string;
  readonly title: string;
  readonly points: ReadonlyArray<readonly [number, number]>;
  readonly xLabel?: string;
  readonly yLabel?: string;
  readonly colour?: string;
  /** Draw the y = x line and give both axes the same domain. */
  readonly diagonal?: boolean;
  /**
   * Data extents the axes must cover besides the points' (widened to nice ticks as usual): the
   * same for every chart of a row of runs, so their axes match.
   */
  readonly cover?: { readonly x?: readonly [number, number]; readonly y?: readonly [number, number] };
  readonly width?: number;
  readonly height?: number;
  readonly kind?: string;
}

export const SCATTER_CHART_SIZE = 300;
/** Most points drawn; beyond this an evenly spaced subset is shown (the title says so). */
export const MAX_SCATTER_POINTS = 1500;
const POINT_RADIUS = 2.5;

export function scatterChart(options: ScatterChartOptions): string {
  const finite = options.points.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  const stride = Math.ceil(finite.length / MAX_SCATTER_POINTS);
  const shown = stride > 1 ? finite.filter((_, i) => i % stride === 0) : finite;
  const xs = extent([...finite.map((p) => p[0]), ...(options.cover?.x ?? [])]) ?? [0, 1];
  const ys = extent([...finite.map((p) => p[1]), ...(options.cover?.y ?? [])]) ?? [0, 1];
  // With the diagonal, both axes cover both extents, so y = x runs corner to corner.
  const both: [number, number] = [Math.min(xs[0], ys[0]), Math.max(xs[1], ys[1])];
  const title = stride > 1 ? `${options.title} (every ${stride}th point)` : options.title;
  const f = frame({
    id: options.id, kind: options.kind ?? 'scatter', title,
    width: options.width ?? SCATTER_CHART_SIZE, height: options.height ?? SCATTER_CHART_SIZE,
    xDomain: options.diagonal ? both : xs, yDomain: options.diagonal ? both : ys,
    ...(options.xLabel ? { xLabel: options.xLabel } : {}),
    ...(options.yLabel ? { yLabel: options.yLabel } : {}),
  });
  const parts: string[] = [];
  if (options.diagonal) {
    const [lo, hi] = f.x.domain;
    parts.push(`<path class="reference" d="M${px(f.x.map(lo))} ${px(f.y.map(lo))}L${px(f.x.map(hi))} ${px(f.y.map(hi))}" stroke="${REFERENCE_COLOUR}" stroke-dasharray="4 3" fill="none"/>`);
  }
  const colour = options.colour ?? seriesColour(0);
  parts.push(`<g class="points" fill="${colour}" fill-opacity="0.6">`);
  for (const [x, y] of shown) parts.push(`<circle cx="${px(f.x.map(x))}" cy="${px(f.y.map(y))}" r="${POINT_RADIUS}"/>`);
  parts.push('</g>');
  return f.render(parts.join(''));
}
