/**
 * Histograms: counts of values in equal-width bins on nice boundaries (residuals of a
 * regression model), with a marker at zero when zero is inside the range.
 */
import { frame } from './axes.js';
import { extent, niceStep } from './scale.js';
import { REFERENCE_COLOUR, px, seriesColour } from './svg.js';
import { maxOf } from '../core/extent.js';

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** Bins aimed for when the caller does not say. */
export const DEFAULT_BIN_COUNT = 20;

/**
 * Equal-width bins with nice edges covering the finite values (and `cover`, when given: charts
 * that pass the same `cover` holding all their values get the same bins); the last bin includes
 * its right edge.
 */
export function histogramBins(values: readonly number[], binCount = DEFAULT_BIN_COUNT, cover?: readonly [number, number]): HistogramBin[] {
  const range = extent(cover ? [...values, ...cover] : values);
  if (!range) return [];
  let [min, max] = range;
  if (min === max) {
    min -= 0.5;
    max += 0.5;
  }
  const width = niceStep(max - min, binCount);
  const start = Math.floor(min / width) * width;
  const count = Math.max(1, Math.ceil((max - start) / width - 1e-9));
  const bins = Array.from({ length: count }, (_, i) => ({ from: start + i * width, to: start + (i + 1) * width, count: 0 }));
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const index = Math.min(count - 1, Math.max(0, Math.floor((v - start) / width)));
    (bins[index] as { count: number }).count++;
  }
  return bins;
}

export interface HistogramOptions {
  readonly id: string;
  readonly title: string;
  readonly values: readonly number[];
  readonly binCount?: number;
  readonly xLabel?: string;
  readonly colour?: string;
  readonly width?: number;
  readonly height?: number;
  readonly kind?: string;
  /** A range the bins must cover besides the values', and a count the y axis must reach: shared by a row of runs' charts. */
  readonly cover?: readonly [number, number];
  readonly coverCount?: number;
}

export const HISTOGRAM_WIDTH = 300;
export const HISTOGRAM_HEIGHT = 300;

export function histogram(options: HistogramOptions): string {
  const bins = histogramBins(options.values, options.binCount, options.cover);
  const first = bins[0];
  const last = bins[bins.length - 1];
  const xDomain: [number, number] = first && last ? [first.from, last.to] : [0, 1];
  const highest = Math.max(maxOf(bins.map((b) => b.count), 1), options.coverCount ?? 0);
  const f = frame({
    id: options.id, kind: options.kind ?? 'histogram', title: options.title,
    width: options.width ?? HISTOGRAM_WIDTH, height: options.height ?? HISTOGRAM_HEIGHT,
    xDomain, yDomain: [0, highest], yLabel: 'count',
    ...(options.xLabel ? { xLabel: options.xLabel } : {}),
  });
  const parts: string[] = [`<g class="bins" fill="${options.colour ?? seriesColour(0)}" stroke="#fff" stroke-width="0.5">`];
  for (const bin of bins) {
    if (!bin.count) continue;
    const x0 = f.x.map(bin.from);
    const x1 = f.x.map(bin.to);
    const y = f.y.map(bin.count);
    parts.push(`<rect x="${px(x0)}" y="${px(y)}" width="${px(Math.max(1, x1 - x0))}" height="${px(f.y.map(0) - y)}"/>`);
  }
  parts.push('</g>');
  const [lo, hi] = f.x.domain;
  if (lo < 0 && hi > 0) {
    parts.push(`<path class="reference" d="M${px(f.x.map(0))} ${px(f.plot.top)}V${px(f.plot.bottom)}" stroke="${REFERENCE_COLOUR}" stroke-dasharray="4 3" fill="none"/>`);
  }
  return f.render(parts.join(''));
}
