/**
 * The frame every x–y chart shares: margins sized to the tick labels, nice linear scales,
 * grid lines, axes with tick labels and axis titles, a chart title above and a legend below,
 * and a clip path so series never draw outside the plot area.
 */
import { DEFAULT_TICK_COUNT, formatTick, linearScale, niceDomain, tickStep, type LinearScale } from './scale.js';
import {
  AXIS_COLOUR, GRID_COLOUR, chartTitle, escapeXml, legend, legendHeight, px, svgRoot, text, textWidth,
  type LegendEntry,
} from './svg.js';
import { maxOf } from '../core/extent.js';

/** Space (px) between the plot and the things around it. */
const TICK_LENGTH = 4;
const TICK_LABEL_GAP = 3;
const AXIS_TITLE_HEIGHT = 18;
const EDGE = 10;
/** Between the title and the plot, so the top tick label clears the title. */
const TITLE_GAP = 14;
/** Marks may spill this far outside the plot area (a dot on the edge stays whole). */
const CLIP_PADDING = 5;

export interface FrameOptions {
  readonly id: string;
  /** `data-chart` of the root element. */
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Data extents; widened to nice tick multiples unless marked exact. */
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  readonly exactX?: boolean;
  readonly exactY?: boolean;
  readonly xTickCount?: number;
  readonly yTickCount?: number;
  /** Labels the x ticks (e.g. epochs as integers); defaults to `formatTick`. */
  readonly formatX?: (value: number) => string;
  readonly legend?: readonly LegendEntry[];
}

export interface Frame {
  readonly x: LinearScale;
  readonly y: LinearScale;
  /** The plot area in px. */
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  /** `clip-path` attribute value keeping series inside the plot area. */
  readonly clip: string;
  /** Wraps the series' SVG in the frame and the root element. */
  render(series: string): string;
}

export function frame(options: FrameOptions): Frame {
  const { width, height, id } = options;
  const xTickCount = options.xTickCount ?? DEFAULT_TICK_COUNT;
  const yTickCount = options.yTickCount ?? DEFAULT_TICK_COUNT;
  const xDomain = options.exactX ? options.xDomain : niceDomain(options.xDomain[0], options.xDomain[1], xTickCount);
  const yDomain = options.exactY ? options.yDomain : niceDomain(options.yDomain[0], options.yDomain[1], yTickCount);

  // The y tick labels decide the left margin, so lay them out before the scales get their ranges.
  const yProbe = linearScale(yDomain, [1, 0], yTickCount);
  const yLabels = yProbe.ticks.map((t) => formatTick(t, tickStep(yProbe)));
  const yLabelWidth = maxOf(yLabels.map((label) => textWidth(label)), 0);
  const legendEntries = options.legend ?? [];

  const left = EDGE + (options.yLabel ? AXIS_TITLE_HEIGHT : 0) + yLabelWidth + TICK_LENGTH + TICK_LABEL_GAP;
  const right = width - EDGE - 8;
  const title = chartTitle(options.title, EDGE, EDGE, width - 2 * EDGE);
  const top = EDGE + title.height + TITLE_GAP;
  const legendSpace = legendHeight(legendEntries, right - left);
  const bottom = height - EDGE - legendSpace - (legendSpace ? 6 : 0) - (options.xLabel ? AXIS_TITLE_HEIGHT : 0) - 16 - TICK_LENGTH;

  const x = linearScale(xDomain, [left, right], xTickCount);
  const y = linearScale(yDomain, [bottom, top], yTickCount);
  const formatX = options.formatX ?? ((value: number) => formatTick(value, tickStep(x)));
  const clipId = `${id}-clip`;

  const parts: string[] = [];
  parts.push(`<defs><clipPath id="${escapeXml(clipId)}"><rect x="${px(left - CLIP_PADDING)}" y="${px(top - CLIP_PADDING)}" width="${px(right - left + 2 * CLIP_PADDING)}" height="${px(bottom - top + 2 * CLIP_PADDING)}"/></clipPath></defs>`);
  parts.push(`<rect class="plot-area" x="${px(left)}" y="${px(top)}" width="${px(right - left)}" height="${px(bottom - top)}" fill="#fff"/>`);
  const grid: string[] = [];
  for (const t of y.ticks) grid.push(`M${px(left)} ${px(y.map(t))}H${px(right)}`);
  for (const t of x.ticks) grid.push(`M${px(x.map(t))} ${px(top)}V${px(bottom)}`);
  if (grid.length) parts.push(`<path class="grid" d="${grid.join('')}" stroke="${GRID_COLOUR}" fill="none"/>`);

  const ticks: string[] = [];
  y.ticks.forEach((t, i) => {
    ticks.push(`M${px(left - TICK_LENGTH)} ${px(y.map(t))}H${px(left)}`);
    parts.push(text(left - TICK_LENGTH - TICK_LABEL_GAP, y.map(t), yLabels[i] as string, { anchor: 'end', baseline: 'middle' }));
  });
  for (const t of x.ticks) {
    ticks.push(`M${px(x.map(t))} ${px(bottom)}V${px(bottom + TICK_LENGTH)}`);
    parts.push(text(x.map(t), bottom + TICK_LENGTH + TICK_LABEL_GAP, formatX(t), { anchor: 'middle', baseline: 'hanging' }));
  }
  parts.push(`<path class="axes" d="M${px(left)} ${px(top)}V${px(bottom)}H${px(right)}${ticks.join('')}" stroke="${AXIS_COLOUR}" fill="none"/>`);

  if (options.xLabel) parts.push(text((left + right) / 2, bottom + TICK_LENGTH + 18 + AXIS_TITLE_HEIGHT / 2, options.xLabel, { anchor: 'middle', baseline: 'middle' }));
  if (options.yLabel) parts.push(text(EDGE + 6, (top + bottom) / 2, options.yLabel, { anchor: 'middle', baseline: 'middle', rotate: -90 }));
  parts.push(title.svg);
  const legendTop = height - EDGE - legendSpace;
  const overlay = legendEntries.length ? legend(legendEntries, left, legendTop, right - left) : '';

  const background = parts.join('');
  return {
    x, y,
    plot: { left, top, right, bottom },
    clip: `url(#${clipId})`,
    render: (series) => svgRoot(
      { width, height, id, kind: options.kind, title: options.title, domains: { x: x.domain, y: y.domain } },
      `${background}<g clip-path="url(#${escapeXml(clipId)})">${series}</g>${overlay}`,
    ),
  };
}

/** Pixel size of a frame's plot area, for callers that size marks (bars, cells) to it. */
export function plotSize(f: Frame): { width: number; height: number } {
  return { width: f.plot.right - f.plot.left, height: f.plot.bottom - f.plot.top };
}
