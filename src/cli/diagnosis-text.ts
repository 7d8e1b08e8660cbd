/**
 * A diagnosis as terminal text and as JSON: the findings of `diagnose` with their ranges, the
 * run's loss curves as a terminal chart, and a summary of every series. Used by
 * `losskit diagnose` (compare's lines are its own: commands/compare.ts, runDiagnosisLines).
 */
import { diagnosisAnswer, formatPosition, isNamedLoss, noClearAnswer, type Finding, type History, type NoClearAnswer, type Series, type SeriesPoint } from '../monitor/index.js';
import { diagnosisCurves, rangeText, renderTerminalChart } from '../report/index.js';
import { maxOf, minOf } from '../core/extent.js';

/** Columns of the terminal chart (the chart's own default); the curves are resampled to them. */
export const TERMINAL_CHART_COLUMNS = 60;
/** Where the terminal chart's own footer puts its text: 8 label columns and ' |'. */
const CHART_INDENT = ' '.repeat(10);

/**
 * The findings of one run, numbered, with severity and suggestion, indented by `indent`; where
 * the data supports no clear answer (`unclear`: a short run, a loss with a point ≤ 0, an end no
 * finding states; by default `noClearAnswer` with the default thresholds), that sentence instead
 * of "No problems found", or after findings silent on the end as a note.
 */
export function findingsText(findings: readonly Finding[], history: History, indent = '  ', unclear: NoClearAnswer | undefined = noClearAnswer(history, findings)): string {
  const note = unclear?.message;
  const answer = diagnosisAnswer(history, findings, unclear);
  if (answer === 'no clear answer') return `${indent}${note}`;
  if (answer === 'no problems found') return `${indent}No problems found.`;
  if (answer === 'nothing to diagnose') return `${indent}Nothing to diagnose: no training or validation loss series.${namedLossesText(history)}`;
  const listed = findings.map((finding, i) => [
    `${indent}${i + 1}. [${finding.severity}] ${finding.kind}, ${rangeText(finding.range)} (${finding.series})`,
    `${indent}   ${finding.message}`,
    `${indent}   Try: ${finding.suggestion}`,
  ].join('\n'));
  return [...listed, ...(note === undefined ? [] : [`${indent}Note: ${note}`])].join('\n');
}

/**
 * Why several named losses and no total give no training loss: summing them is right only where the
 * writer says its loss is their sum (Ultralytics, detectron2); otherwise their weights are unknown.
 */
function namedLossesText(history: History): string {
  const named = history.metrics.filter(isNamedLoss).map((series) => series.name);
  if (named.length === 0) return '';
  const list = named.slice(0, 4).join(', ') + (named.length > 4 ? `, ... (${named.length})` : '');
  return ` Named losses ${list} and no total: losskit does not add losses whose weights it does not know; ` +
    "log the total as 'loss' (or 'total_loss') to have it diagnosed.";
}

/**
 * Values of (x, y) at `count` evenly spaced x from `first` to `last`: the mean of the finite
 * points nearest each position (dense per-step logs are averaged, not aliased), else linear
 * interpolation between the neighbouring points (sparse ones), NaN outside the series or next
 * to a non-finite value.
 */
export function resample(x: readonly number[], y: readonly number[], first: number, last: number, count: number): number[] {
  const step = count > 1 ? (last - first) / (count - 1) : 0;
  const sums = new Array<number>(count).fill(0);
  const counts = new Array<number>(count).fill(0);
  x.forEach((xi, i) => {
    if (!Number.isFinite(y[i])) return;
    const bin = step > 0 ? Math.round((xi - first) / step) : 0;
    if (bin < 0 || bin >= count) return;
    sums[bin] += y[i];
    counts[bin]++;
  });
  let right = 0;
  return sums.map((sum, bin) => {
    if (counts[bin] > 0) return sum / counts[bin];
    const target = first + bin * step;
    while (right < x.length && x[right] < target) right++;
    if (right === 0 || right >= x.length) return Number.NaN;
    const [x0, x1, y0, y1] = [x[right - 1], x[right], y[right - 1], y[right]];
    return y0 + ((y1 - y0) * (target - x0)) / (x1 - x0);
  });
}

/**
 * The training and validation loss as a terminal chart on a shared x axis, smoothed with
 * TensorBoard's EMA at `smoothing` (0 = raw); empty when the run logged no loss.
 */
export function lossChartText(history: History, smoothing: number): string {
  const { unit, curves } = diagnosisCurves(history, smoothing);
  const xs = curves.flatMap((curve) => curve.x);
  if (curves.length === 0 || xs.length === 0) return '';
  const first = minOf(xs);
  const last = maxOf(xs);
  const columns = first === last ? 1 : TERMINAL_CHART_COLUMNS;
  const chart = renderTerminalChart(
    curves.map((curve) => ({ label: curve.label, values: resample(curve.x, curve.smoothed, first, last, columns) })),
    { normalise: false, width: TERMINAL_CHART_COLUMNS },
  );
  // The chart's footer counts epochs from 1 and calls every curve validation loss; say what this one shows.
  const lines = chart.split('\n');
  const left = `${unit} ${formatPosition(first)}`;
  const right = `${unit} ${formatPosition(last)}`;
  lines[lines.length - 3] = `${CHART_INDENT}${left}${right.padStart(TERMINAL_CHART_COLUMNS - left.length)}`;
  lines[lines.length - 1] = `${CHART_INDENT}loss${smoothing > 0 ? `, smoothed (EMA weight ${smoothing})` : ''}`;
  return lines.join('\n');
}

/** A point of a series summary: step, epoch when logged, value (non-finite values as strings in JSON). */
export interface SummaryPoint {
  readonly step: number;
  readonly epoch?: number;
  readonly value: number;
}

/** What `losskit diagnose --json` says about each series: its identity, size and landmarks. */
export interface SeriesSummary {
  readonly name: string;
  readonly role: Series['role'];
  readonly split: Series['split'];
  readonly granularity: Series['granularity'];
  readonly sourceNames: readonly string[];
  readonly points: number;
  readonly nonFinite: number;
  readonly first?: SummaryPoint;
  readonly last?: SummaryPoint;
  /** The lowest and highest finite values. */
  readonly min?: SummaryPoint;
  readonly max?: SummaryPoint;
}

function summaryPoint(point: SeriesPoint): SummaryPoint {
  return { step: point.step, ...(point.epoch === undefined ? {} : { epoch: point.epoch }), value: point.value };
}

export function seriesSummary(series: Series): SeriesSummary {
  const finite = series.points.filter((point) => Number.isFinite(point.value));
  let min: SeriesPoint | undefined;
  let max: SeriesPoint | undefined;
  for (const point of finite) {
    if (min === undefined || point.value < min.value) min = point;
    if (max === undefined || point.value > max.value) max = point;
  }
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  return {
    name: series.name, role: series.role, split: series.split, granularity: series.granularity,
    sourceNames: series.sourceNames, points: series.points.length, nonFinite: series.points.length - finite.length,
    ...(first && { first: summaryPoint(first) }),
    ...(last && { last: summaryPoint(last) }),
    ...(min && { min: summaryPoint(min) }),
    ...(max && { max: summaryPoint(max) }),
  };
}

/** JSON.stringify replacer: NaN and ±Infinity as the strings 'NaN', 'Infinity', '-Infinity' (as History's JSON). */
export function nonFiniteAsText(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}
