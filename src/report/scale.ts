/**
 * Linear scales with "nice" ticks (steps of 1, 2 or 5 times a power of ten), the way
 * d3-scale's `ticks` and R's `pretty` choose them, so axes read 0, 0.5, 1, 1.5 rather than
 * 0.013, 0.41, 0.81.
 */

/** Ticks aimed for on an axis when the caller does not say. */
export const DEFAULT_TICK_COUNT = 5;
/** Relative padding of a degenerate domain (all values equal), so it still has a height. */
const DEGENERATE_PADDING = 0.1;

/** The nice step (1, 2 or 5 × 10^k) closest to splitting `span` into `count` intervals. */
export function niceStep(span: number, count = DEFAULT_TICK_COUNT): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  // Thresholds at the geometric means of neighbouring nice steps (√2, √10, √50).
  const nice = fraction < Math.SQRT2 ? 1 : fraction < Math.sqrt(10) ? 2 : fraction < Math.sqrt(50) ? 5 : 10;
  return nice * power;
}

/** Rounds away floating-point noise of tick arithmetic (0.30000000000000004 → 0.3). */
function clean(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const rounded = Number(value.toFixed(Math.min(20, decimals)));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Tick values: multiples of the nice step inside [min, max]. */
export function niceTicks(min: number, max: number, count = DEFAULT_TICK_COUNT): number[] {
  const step = niceStep(max - min, count);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(clean(k * step, step));
  return ticks;
}

/** Extends [min, max] outwards to the nearest multiples of the nice step; degenerate spans get padding. */
export function niceDomain(min: number, max: number, count = DEFAULT_TICK_COUNT): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * DEGENERATE_PADDING;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min, count);
  return [clean(Math.floor(min / step + 1e-9) * step, step), clean(Math.ceil(max / step - 1e-9) * step, step)];
}

/** The finite extent of some values, or undefined when none is finite. */
export function extent(values: Iterable<number>): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? [min, max] : undefined;
}

export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** Maps a data value to a pixel position (values outside the domain extrapolate). */
  map(value: number): number;
  readonly ticks: readonly number[];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number], tickCount = DEFAULT_TICK_COUNT): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return {
    domain, range,
    map: (value) => r0 + ((value - d0) / span) * (r1 - r0),
    ticks: niceTicks(d0, d1, tickCount),
  };
}

/**
 * A tick label: as many decimals as the step needs, thousands and millionths in exponent form.
 * `step` is the distance between neighbouring ticks.
 */
export function formatTick(value: number, step: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e5 || magnitude < 1e-4) return value.toExponential(1).replace('e+', 'e');
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return value.toFixed(Math.min(10, decimals));
}

/** Distance between the scale's ticks (1 when it has fewer than two). */
export function tickStep(scale: LinearScale): number {
  const [a, b] = scale.ticks;
  return a !== undefined && b !== undefined ? b - a : 1;
}

/** A compact number for labels and tables: 4 significant digits, exponent form when very large or small. */
export function formatNumber(value: number, digits = 4): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) return value.toExponential(digits - 1).replace('e+', 'e');
  return String(Number(value.toPrecision(digits)));
}
