/**
 * Horizontal bar charts: one bar per labelled value (a test metric per loss). Horizontal so
 * long labels such as 'bce (posWeight 4)' stay readable; the value is printed at each bar.
 */
import { formatNumber, formatTick, linearScale, niceDomain, tickStep } from './scale.js';
import { AXIS_COLOUR, BOLD_WIDTH, GRID_COLOUR, chartTitle, fitText, px, seriesColour, svgRoot, text, textWidth } from './svg.js';
import { maxOf, minOf } from '../core/extent.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly colour?: string;
  /** Drawn with a dark outline and its label in bold (the winner). */
  readonly highlight?: boolean;
}

export interface BarChartOptions {
  readonly id: string;
  readonly title: string;
  readonly bars: readonly Bar[];
  /** What the values are, under the axis. */
  readonly valueLabel?: string;
  /** Defaults to BAR_CHART_WIDTH, widened so long labels leave MIN_BAR_ROOM px for the bars. */
  readonly width?: number;
  /** Fixed value domain (e.g. [0, 1] for accuracy); otherwise from 0 to the data, widened to nice ticks. */
  readonly domain?: readonly [number, number];
  readonly kind?: string;
}

export const BAR_CHART_WIDTH = 420;
const BAR_HEIGHT = 22;
const BAR_GAP = 8;
const EDGE = 10;
const TITLE_GAP = 12;
/** Least width (px) left for the bars themselves when the chart widens for its labels. */
const MIN_BAR_ROOM = 220;
/** Room right of the longest bar for its value label. */
const VALUE_ROOM = 52;

export function barChart(options: BarChartOptions): string {
  const { bars } = options;
  const longestLabel = maxOf(bars.map((b) => textWidth(b.label) * BOLD_WIDTH), 0);
  const width = options.width ?? Math.max(BAR_CHART_WIDTH, EDGE + longestLabel + 8 + MIN_BAR_ROOM + VALUE_ROOM + EDGE);
  const finite = bars.map((b) => b.value).filter(Number.isFinite);
  const lowest = minOf(finite, 0);
  const highest = maxOf(finite, 0);
  const domain = options.domain ?? niceDomain(lowest, highest === lowest ? lowest + 1 : highest);
  const labelWidth = Math.min(width - 2 * EDGE - VALUE_ROOM - MIN_BAR_ROOM / 2, longestLabel);
  const left = EDGE + labelWidth + 8;
  const right = width - EDGE - VALUE_ROOM;
  const title = chartTitle(options.title, EDGE, EDGE, width - 2 * EDGE);
  const top = EDGE + title.height + TITLE_GAP;
  const plotHeight = Math.max(1, bars.length) * (BAR_HEIGHT + BAR_GAP);
  const bottom = top + plotHeight;
  const height = bottom + 24 + (options.valueLabel ? 18 : 0) + EDGE;
  const x = linearScale(domain, [left, right]);
  const zero = x.map(Math.max(domain[0], Math.min(domain[1], 0)));

  const parts: string[] = [];
  parts.push(title.svg);
  const grid = x.ticks.map((t) => `M${px(x.map(t))} ${px(top)}V${px(bottom)}`).join('');
  if (grid) parts.push(`<path class="grid" d="${grid}" stroke="${GRID_COLOUR}" fill="none"/>`);
  bars.forEach((bar, i) => {
    const y = top + i * (BAR_HEIGHT + BAR_GAP) + BAR_GAP / 2;
    const value = Number.isFinite(bar.value) ? bar.value : 0;
    const end = x.map(Math.max(domain[0], Math.min(domain[1], value)));
    const outline = bar.highlight ? ` stroke="#111" stroke-width="1.5"` : '';
    // A zero-width bar still gets one pixel, so every value is visible as a mark.
    const barWidth = Math.max(1, Math.abs(end - zero));
    parts.push(`<rect x="${px(Math.min(zero, end))}" y="${px(y)}" width="${px(barWidth)}" height="${BAR_HEIGHT}" fill="${bar.colour ?? seriesColour(i)}"${outline}/>`);
    parts.push(text(left - 8, y + BAR_HEIGHT / 2, fitText(bar.label, labelWidth / BOLD_WIDTH), { anchor: 'end', baseline: 'middle', weight: bar.highlight ? 'bold' : 'normal' }));
    parts.push(text(Math.max(zero, end) + 5, y + BAR_HEIGHT / 2, formatNumber(bar.value), { baseline: 'middle', weight: bar.highlight ? 'bold' : 'normal' }));
  });
  const ticks = x.ticks.map((t) => `M${px(x.map(t))} ${px(bottom)}V${px(bottom + 4)}`).join('');
  parts.push(`<path class="axes" d="M${px(zero)} ${px(top)}V${px(bottom)}M${px(left)} ${px(bottom)}H${px(right)}${ticks}" stroke="${AXIS_COLOUR}" fill="none"/>`);
  for (const t of x.ticks) parts.push(text(x.map(t), bottom + 7, formatTick(t, tickStep(x)), { anchor: 'middle', baseline: 'hanging' }));
  if (options.valueLabel) parts.push(text((left + right) / 2, bottom + 34, options.valueLabel, { anchor: 'middle', baseline: 'middle' }));
  return svgRoot({ width, height, id: options.id, kind: options.kind ?? 'bar', title: options.title }, parts.join(''));
}
