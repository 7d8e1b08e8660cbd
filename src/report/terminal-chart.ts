/**
 * A small ASCII chart of validation curves for the terminal: one marker character per series,
 * values interpolated between epochs so each curve reads as a line, a y-axis with three labels,
 * the epoch range under it and a legend. Plain ASCII (it is often piped or logged).
 */
import { maxOf, minOf } from '../core/extent.js';

export interface TerminalSeries {
  readonly label: string;
  readonly values: readonly number[];
}

export interface TerminalChartOptions {
  /** Plot columns (default 60) and rows (default 12), not counting the axis and legend. */
  readonly width?: number;
  readonly height?: number;
  /**
   * Divide each series by its own first value (default true), so losses with different scales
   * share the axis. Pass false when the series share units (one loss family, same scale).
   */
  readonly normalise?: boolean;
}

export const TERMINAL_CHART_WIDTH = 60;
export const TERMINAL_CHART_HEIGHT = 12;
/** Smallest plot that still shows a curve's shape. */
const MIN_WIDTH = 10;
const MIN_HEIGHT = 3;
/** Series markers in order; series beyond their number reuse them. */
export const TERMINAL_MARKERS = ['*', 'o', '+', 'x', '#', '@', '%', '&'] as const;
/** Characters of the y-axis labels (wider when a narrow range needs more digits). */
const LABEL_WIDTH = 8;
/** 17 significant digits tell any two distinct doubles apart. */
const MAX_DIGITS = 17;

/** `digits` significant digits, exponent form for very large or small magnitudes, ASCII only. */
function label(value: number, digits: number): string {
  if (!Number.isFinite(value)) return 'NaN';
  const magnitude = Math.abs(value);
  return magnitude !== 0 && (magnitude >= 1e5 || magnitude < 1e-3) ? value.toExponential(digits - 1) : String(Number(value.toPrecision(digits)));
}

/**
 * The labels of `values` with the fewest significant digits (3 at least) that keep every
 * distinct value's label distinct and each label within `tolerance` (half a row) of its value:
 * a loss moving from 0.69315 to 0.69305 reads 0.69315, 0.6931, 0.69305, not 0.693 three times.
 */
function distinctLabels(values: readonly number[], tolerance: number): string[] {
  const distinctValues = new Set(values).size;
  for (let digits = 3; ; digits++) {
    const labels = values.map((value) => label(value, digits));
    const close = labels.every((text, i) => Math.abs(Number(text) - values[i]!) <= tolerance);
    if ((close && new Set(labels).size === distinctValues) || digits === MAX_DIGITS) return labels;
  }
}

/** The value of `values` at fractional index t (linear interpolation). */
function interpolate(values: readonly number[], t: number): number {
  const i = Math.floor(t);
  const a = values[i] as number;
  const b = values[Math.min(values.length - 1, i + 1)] as number;
  return a + (b - a) * (t - i);
}

export function renderTerminalChart(series: readonly TerminalSeries[], options: TerminalChartOptions = {}): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? TERMINAL_CHART_WIDTH));
  const height = Math.max(MIN_HEIGHT, Math.floor(options.height ?? TERMINAL_CHART_HEIGHT));
  const normalise = options.normalise ?? true;
  const curves = series.map((s) => {
    const first = s.values[0];
    return normalise && first !== undefined && first !== 0 ? s.values.map((v) => v / first) : [...s.values];
  });
  const finite = curves.flat().filter(Number.isFinite);
  let min = finite.length ? minOf(finite) : 0;
  let max = finite.length ? maxOf(finite) : 1;
  if (min === max) {
    min -= 0.5;
    max += 0.5;
  }
  const grid = Array.from({ length: height }, () => new Array<string>(width).fill(' '));
  const epochs = maxOf(curves.map((c) => c.length), 0);
  // Drawn last to first, so where curves meet the first-listed series' marker shows.
  for (let s = curves.length - 1; s >= 0; s--) {
    const values = curves[s] as number[];
    if (!values.length) continue;
    const marker = TERMINAL_MARKERS[s % TERMINAL_MARKERS.length] as string;
    for (let column = 0; column < width; column++) {
      // Every series spans the columns of the longest one; shorter ones stop where their epochs end.
      const t = epochs > 1 ? (column / (width - 1)) * (epochs - 1) : 0;
      if (t > values.length - 1) break;
      const value = interpolate(values, t);
      if (!Number.isFinite(value)) continue;
      const row = Math.round(((max - value) / (max - min)) * (height - 1));
      (grid[row] as string[])[column] = marker;
      if (epochs <= 1) break;
    }
  }
  // Three labelled rows (top, middle, bottom), each labelled with the value its row stands for.
  const labelled = [0, Math.floor((height - 1) / 2), height - 1];
  const rowStep = (max - min) / (height - 1);
  const labels = distinctLabels(labelled.map((r) => (r === height - 1 ? min : max - r * rowStep)), rowStep / 2);
  const labelWidth = labels.reduce((width, text) => Math.max(width, text.length), LABEL_WIDTH);
  const pad = (text: string) => text.padStart(labelWidth);
  const lines = grid.map((row, r) => `${pad(labels[labelled.indexOf(r)] ?? '')} |${row.join('').trimEnd()}`);
  lines.push(`${pad('')} +${'-'.repeat(width)}`);
  const left = 'epoch 1';
  const right = `epoch ${Math.max(1, epochs)}`;
  lines.push(`${pad('')}  ${left}${right.padStart(width - left.length)}`);
  const legend = series.map((s, i) => `${TERMINAL_MARKERS[i % TERMINAL_MARKERS.length]} ${s.label}`).join('   ');
  lines.push(`${pad('')}  ${legend}`);
  lines.push(`${pad('')}  ${normalise ? 'validation loss / its epoch-1 value' : 'validation loss'}`);
  return lines.join('\n').replace(/[^\x20-\x7e\n]/g, '?');
}
