/**
 * Line charts: loss curves over epochs, loss shapes over residuals, reliability diagrams.
 * Non-finite points break a line rather than ending the chart.
 */
import { frame } from './axes.js';
import { extent } from './scale.js';
import { REFERENCE_COLOUR, escapeXml, pathData, px, seriesColour, type LegendEntry } from './svg.js';

export interface LineSeries {
  readonly label: string;
  readonly points: ReadonlyArray<readonly [number, number]>;
  /** Defaults to the palette colour of the series' position. */
  readonly colour?: string;
  readonly dashed?: boolean;
  /** Draw a dot at each point (for sparse data such as calibration bins). */
  readonly markers?: boolean;
}

export interface ReferenceLine {
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
}

export interface LineChartOptions {
  readonly id: string;
  readonly title: string;
  readonly series: readonly LineSeries[];
  readonly xLabel?: string;
  readonly yLabel?: string;
  readonly width?: number;
  readonly height?: number;
  /** Fixed domains, used as given (e.g. [0, 1] for probabilities); otherwise the data's extent, widened to nice ticks. */
  readonly xDomain?: readonly [number, number];
  readonly yDomain?: readonly [number, number];
  /** Dotted grey guide lines drawn under the series (y = x, y = 0). */
  readonly references?: readonly ReferenceLine[];
  /** Legend entries; defaults to one per series. Pass [] for none. */
  readonly legend?: readonly LegendEntry[];
  readonly integerX?: boolean;
  /** `data-chart` kind; defaults to 'line'. */
  readonly kind?: string;
}

export const LINE_CHART_WIDTH = 420;
export const LINE_CHART_HEIGHT = 280;
const MARKER_RADIUS = 3;

/** Splits a series where a coordinate is not finite, so each piece draws as one path. */
function finiteRuns(points: ReadonlyArray<readonly [number, number]>): Array<Array<readonly [number, number]>> {
  const runs: Array<Array<readonly [number, number]>> = [[]];
  for (const point of points) {
    if (Number.isFinite(point[0]) && Number.isFinite(point[1])) (runs[runs.length - 1] as Array<readonly [number, number]>).push(point);
    else if ((runs[runs.length - 1] as unknown[]).length) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

export function lineChart(options: LineChartOptions): string {
  const all = options.series.flatMap((s) => s.points);
  const xDomain = options.xDomain ?? extent(all.map((p) => p[0])) ?? [0, 1];
  const yDomain = options.yDomain ?? extent(all.map((p) => p[1])) ?? [0, 1];
  const legendEntries = options.legend ?? options.series.map((s, i) => ({
    label: s.label, colour: s.colour ?? seriesColour(i), swatch: s.dashed ? 'dashed' as const : 'line' as const,
  }));
  const f = frame({
    id: options.id, kind: options.kind ?? 'line', title: options.title,
    width: options.width ?? LINE_CHART_WIDTH, height: options.height ?? LINE_CHART_HEIGHT,
    xDomain, yDomain, exactX: options.xDomain !== undefined, exactY: options.yDomain !== undefined,
    legend: legendEntries,
    ...(options.xLabel ? { xLabel: options.xLabel } : {}),
    ...(options.yLabel ? { yLabel: options.yLabel } : {}),
    ...(options.integerX ? { formatX: (v: number) => (Number.isInteger(v) ? String(v) : '') } : {}),
  });
  const toPixels = (p: readonly [number, number]) => [f.x.map(p[0]), f.y.map(p[1])] as const;
  const parts: string[] = [];
  for (const line of options.references ?? []) {
    parts.push(`<path class="reference" d="${pathData([toPixels(line.from), toPixels(line.to)])}" stroke="${REFERENCE_COLOUR}" stroke-dasharray="2 3" fill="none"/>`);
  }
  options.series.forEach((s, i) => {
    const colour = s.colour ?? seriesColour(i);
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    const d = finiteRuns(s.points).map((run) => pathData(run.map(toPixels))).join('');
    parts.push(`<g class="series" data-label="${escapeXml(s.label)}">`);
    if (d) parts.push(`<path d="${d}" stroke="${colour}" stroke-width="2" fill="none"${dash} stroke-linejoin="round"/>`);
    if (s.markers) {
      for (const p of s.points) {
        if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
        const [cx, cy] = toPixels(p);
        parts.push(`<circle cx="${px(cx)}" cy="${px(cy)}" r="${MARKER_RADIUS}" fill="${colour}"/>`);
      }
    }
    parts.push('</g>');
  });
  return f.render(parts.join(''));
}
