/**
 * `renderDiagnosisReport`: what `diagnose` found in one or more training runs, as one
 * self-contained HTML file (inline SVG and CSS, nothing fetched, no scripts; the same runs
 * always give the same bytes). Per run: where it was read from, the readers' warnings, a chart
 * of the training and validation loss (raw values faint, the EMA-smoothed curves solid) with
 * each finding shaded over its range and numbered, and the findings with their suggestions.
 * Browser-safe.
 */
import { TENSORBOARD_SMOOTHING_WEIGHT, diagnosisAnswer, diagnosisSummary, noClearAnswer, type Finding, type History, type NoClearAnswer, type Severity } from '../monitor/index.js';
import { frame } from './axes.js';
import { diagnosisCurves, findingSpan, rangeText, type DiagnosisCurves } from './diagnosis-curves.js';
import { definitionList, escapeHtml, htmlDocument } from './html.js';
import { extent, formatNumber } from './scale.js';
import { escapeXml, fitText, pathData, px, slug, text, type LegendEntry } from './svg.js';

/** One diagnosed run, as the CLI's `diagnose` command assembles it. */
export interface DiagnosedRun {
  readonly name: string;
  /** Where the run was read from (a log file or run directory) and its format. */
  readonly source?: { readonly path: string; readonly format: string };
  /** The log readers' warnings (damaged records, with file and line or byte offset). */
  readonly warnings: readonly string[];
  /** What the reader did to the data (a summed YOLO loss, a dropped Hugging Face summary entry). */
  readonly notes?: readonly string[];
  readonly history: History;
  /** `diagnose(history)`, computed by the caller (who chose the thresholds). */
  readonly findings: readonly Finding[];
  /**
   * `noClearAnswer(history, findings, thresholds)`, computed by the caller with the same
   * thresholds (undefined: a clear answer); when the property is absent, computed here with the
   * default thresholds.
   */
  readonly noClearAnswer?: NoClearAnswer | undefined;
}

/** The run's no-clear-answer statement: the caller's, else computed with the default thresholds. */
function unclearOf(run: DiagnosedRun): NoClearAnswer | undefined {
  return 'noClearAnswer' in run ? run.noClearAnswer : noClearAnswer(run.history, run.findings);
}

export interface DiagnosisReportOptions {
  /** Document title and heading; default 'losskit diagnosis'. */
  readonly title?: string;
  /** TensorBoard smoothing weight of the solid curves (0 = raw); default 0.6. */
  readonly smoothing?: number;
}

export const DEFAULT_DIAGNOSIS_TITLE = 'losskit diagnosis';
export const DIAGNOSIS_CHART_WIDTH = 680;
export const DIAGNOSIS_CHART_HEIGHT = 340;
/**
 * Longer curves are thinned to about this many points for drawing (after smoothing): TensorBoard
 * draws at most 1000 points of a scalar series too.
 */
export const MAX_DRAWN_POINTS = 1000;

/** Okabe–Ito colours: training blue, validation bluish green; findings by severity. */
const CURVE_COLOURS = ['#0072b2', '#009e73'] as const;
const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = { critical: '#d55e00', warning: '#e69f00', info: '#56b4e9' };
const RAW_OPACITY = 0.3;
const BAND_OPACITY = 0.14;
const LABEL_ROW_HEIGHT = 14;
/** Narrowest band drawn, in px, so a one-epoch finding still shows. */
const MIN_BAND_WIDTH = 4;

const STYLE = `<style>
ol.findings{padding-left:22px}
ol.findings li{margin:10px 0}
ol.findings .severity{display:inline-block;padding:0 7px;border-radius:9px;color:#fff;font-size:12px;font-weight:600;margin-right:6px}
ol.findings .suggestion{color:#333}
ul.warnings{font-size:14px;margin:4px 0}
</style>`;

/** Every index-th point so about `max` remain, always keeping the last. */
function thinned<T>(values: readonly T[], max: number): T[] {
  if (values.length <= max) return [...values];
  const stride = Math.ceil(values.length / max);
  const kept = values.filter((_, i) => i % stride === 0);
  if ((values.length - 1) % stride !== 0) kept.push(values[values.length - 1]);
  return kept;
}

/** The chart id of run `index` (1-based): unique in the document. */
export function diagnosisChartId(index: number, name: string): string {
  return `d${index}-diagnosis-${slug(name)}`;
}

/** The run's loss chart with its findings shaded and numbered (see the file comment). `data-chart="diagnosis"`. */
export function diagnosisChart(run: DiagnosedRun, index: number, smoothing = TENSORBOARD_SMOOTHING_WEIGHT): string {
  const { unit, curves }: DiagnosisCurves = diagnosisCurves(run.history, smoothing);
  const all = curves.flatMap((curve) => [...curve.raw, ...curve.smoothed]);
  const spans = run.findings.map((finding) => findingSpan(finding, run.history, unit));
  const xs = [...curves.flatMap((curve) => curve.x), ...spans.flatMap((span) => span ?? [])];
  const severities = [...new Set(run.findings.map((finding) => finding.severity))];
  const legendEntries: LegendEntry[] = [
    ...curves.map((curve, i) => ({ label: `${curve.label} (smoothed)`, colour: CURVE_COLOURS[i % 2], swatch: 'line' as const })),
    ...(curves.length ? [{ label: 'raw values (faint)', colour: '#b8c4ce', swatch: 'line' as const }] : []),
    ...severities.map((severity) => ({ label: `${severity} finding`, colour: SEVERITY_COLOURS[severity], swatch: 'square' as const })),
  ];
  const f = frame({
    id: diagnosisChartId(index, run.name), kind: 'diagnosis',
    title: `${run.name}: ${curves.length ? curves.map((curve) => curve.label).join(' and ') : 'no loss series'}`,
    width: DIAGNOSIS_CHART_WIDTH, height: DIAGNOSIS_CHART_HEIGHT,
    xDomain: extent(xs) ?? [0, 1], yDomain: extent(all) ?? [0, 1],
    xLabel: unit, yLabel: 'loss', legend: legendEntries,
    formatX: (value) => (Number.isInteger(value) ? String(value) : ''),
  });
  const parts: string[] = [];
  const { top, bottom, left, right } = f.plot;
  run.findings.forEach((finding, i) => {
    const span = spans[i];
    if (span === undefined) return;
    const colour = SEVERITY_COLOURS[finding.severity];
    let x0 = f.x.map(span[0]);
    let x1 = f.x.map(span[1]);
    if (x1 - x0 < MIN_BAND_WIDTH) [x0, x1] = [(x0 + x1) / 2 - MIN_BAND_WIDTH / 2, (x0 + x1) / 2 + MIN_BAND_WIDTH / 2];
    const label = `${i + 1} ${finding.kind}`;
    const y = top + 4 + (i % 3) * LABEL_ROW_HEIGHT;
    // Labels start at the band's left edge, or end at its right edge in the right half of the plot.
    const rightHalf = x0 > (left + right) / 2;
    const room = rightHalf ? x1 - left - 4 : right - x0 - 4;
    parts.push(`<g class="finding" data-kind="${escapeXml(finding.kind)}" data-severity="${finding.severity}">`
      + `<title>${escapeXml(`${i + 1}. ${finding.kind}, ${rangeText(finding.range)}: ${finding.message}`)}</title>`
      + `<rect x="${px(x0)}" y="${px(top)}" width="${px(x1 - x0)}" height="${px(bottom - top)}" fill="${colour}" fill-opacity="${BAND_OPACITY}"/>`
      + `<path d="M${px(x0)} ${px(top)}V${px(bottom)}M${px(x1)} ${px(top)}V${px(bottom)}" stroke="${colour}" stroke-opacity="0.6" fill="none"/>`
      + text(rightHalf ? x1 - 3 : x0 + 3, y, fitText(label, room, 11), { anchor: rightHalf ? 'end' : 'start', baseline: 'hanging', size: 11, colour: '#333' })
      + '</g>');
  });
  curves.forEach((curve, i) => {
    const colour = CURVE_COLOURS[i % 2];
    const line = (values: readonly number[]) => {
      const points = thinned(curve.x.map((x, k) => [x, values[k]] as const), MAX_DRAWN_POINTS);
      // Non-finite values break the line (NaN and Inf are marked by the non-finite finding).
      const pieces: Array<Array<readonly [number, number]>> = [[]];
      for (const [x, y] of points) {
        if (Number.isFinite(y)) pieces[pieces.length - 1].push([f.x.map(x), f.y.map(y)]);
        else if (pieces[pieces.length - 1].length) pieces.push([]);
      }
      return pieces.map((piece) => pathData(piece.length === 1 ? [piece[0], [piece[0][0] + 0.5, piece[0][1]]] : piece)).join('');
    };
    parts.push(`<g class="series" data-label="${escapeXml(curve.label)}">`
      + `<path class="raw" d="${line(curve.raw)}" stroke="${colour}" stroke-opacity="${RAW_OPACITY}" stroke-width="1.5" fill="none" stroke-linejoin="round"/>`
      + `<path class="smoothed" d="${line(curve.smoothed)}" stroke="${colour}" stroke-width="2.2" fill="none" stroke-linejoin="round"/>`
      + '</g>');
  });
  return f.render(parts.join(''));
}

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  'csv-keras': 'Keras CSVLogger', 'csv-table': 'CSV table', 'csv-long': 'long CSV table', 'csv-fastai': 'fastai CSVLogger', 'csv-lightning': 'PyTorch Lightning CSVLogger', jsonl: 'JSON lines', tfevents: 'TensorBoard event files',
  'hf-trainer-state': 'Hugging Face trainer_state.json', 'json-history': 'Keras history (JSON)', catboost: 'CatBoost catboost_info',
  ultralytics: 'Ultralytics results', mlflow: 'MLflow file store', 'metric-logger': 'PyTorch MetricLogger console log', console: 'plain console log',
  'step-split': 'build-nanogpt step log', 'kv-table': 'OpenAI logger key/value tables', 'column-table': 'console table log', booster: 'gradient-boosting evaluation log',
  ludwig: 'Ludwig training_statistics.json', dvclive: 'DVCLive metrics folder',
  unreadable: 'unreadable',
};

/** A log format for people: 'csv-keras' → 'Keras CSVLogger'. */
export function logFormatName(format: string): string {
  return FORMAT_NAMES[format] ?? format;
}

function findingItem(finding: Finding, run: number, index: number): string {
  const colour = SEVERITY_COLOURS[finding.severity];
  return `<li id="run-${run}-finding-${index}" data-kind="${escapeHtml(finding.kind)}">`
    + `<span class="severity" style="background:${colour}">${finding.severity}</span>`
    + `<strong>${escapeHtml(finding.kind)}</strong>, ${escapeHtml(rangeText(finding.range))} (series ${escapeHtml(finding.series)}). `
    + `${escapeHtml(finding.message)}<br><span class="suggestion"><em>Try:</em> ${escapeHtml(finding.suggestion)}</span></li>`;
}

function seriesText(history: History): string {
  const names = history.all().map((series) => `${series.name} (${series.points.length})`);
  return names.length ? names.join(', ') : 'none';
}

function runSection(run: DiagnosedRun, index: number, smoothing: number): string {
  const pairs: Array<[string, string]> = [];
  if (run.source) pairs.push(['source', run.source.path], ['format', logFormatName(run.source.format)]);
  pairs.push(['series (points)', seriesText(run.history)], ['findings', String(run.findings.length)]);
  const warnings = run.warnings.length
    ? `<p class="note">The log reader reported ${run.warnings.length} problem${run.warnings.length === 1 ? '' : 's'}; every record before the damage was kept.</p>`
      + `<ul class="warnings">${run.warnings.map((warning) => `<li>${escapeHtml(warning)}</li>`).join('')}</ul>`
    : '';
  // No clear answer: in place of "No problems found", or after findings silent on the end.
  const note = unclearOf(run)?.message;
  const findings = run.findings.length
    ? `<ol class="findings">${run.findings.map((finding, i) => findingItem(finding, index, i + 1)).join('')}</ol>`
      + (note === undefined ? '' : `<p class="note no-clear-answer">${escapeHtml(note)}</p>`)
    : note !== undefined ? `<p class="note comparable no-clear-answer">${escapeHtml(note)}</p>`
    : diagnosisAnswer(run.history, run.findings, undefined) === 'no problems found'
      ? '<p class="note comparable">No problems found: none of the rules fired on this run\'s loss curves.</p>'
      : '<p class="note comparable">Nothing to diagnose: there is no training or validation loss series to read.</p>';
  return `<section class="comparison diagnosis" id="run-${index}">
<h2>${escapeHtml(run.name)}</h2>
${definitionList('settings', pairs)}
${warnings}
<div class="charts">${diagnosisChart(run, index, smoothing)}</div>
<p class="caption">Faint lines: the values as logged. Solid lines: smoothed with TensorBoard's debiased EMA (weight ${formatNumber(smoothing)}). Shaded bands: the range each finding covers, numbered as below.</p>
<h3>Findings</h3>
${findings}
</section>`;
}

/** One HTML document with a section per run (see the file comment). */
export function renderDiagnosisReport(runs: readonly DiagnosedRun[], options: DiagnosisReportOptions = {}): string {
  const title = options.title ?? DEFAULT_DIAGNOSIS_TITLE;
  const smoothing = options.smoothing ?? TENSORBOARD_SMOOTHING_WEIGHT;
  const found = runs.reduce((total, run) => total + run.findings.length, 0);
  const contents = runs.map((run, i) => `<li><a href="#run-${i + 1}">${escapeHtml(run.name)}</a>: `
    + `${escapeHtml(diagnosisSummary(run.history, run.findings, unclearOf(run)))}</li>`);
  const body = [
    STYLE,
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p class="lede">${runs.length} run${runs.length === 1 ? '' : 's'} read, ${found} finding${found === 1 ? '' : 's'}. `
      + 'Overfitting, plateaus, learning rates too high or too low, divergence and NaN, noisy validation, runs still improving at the end.</p>',
    runs.length > 1 ? `<nav><ol>${contents.join('')}</ol></nav>` : '',
    '</header>',
    ...runs.map((run, i) => runSection(run, i + 1, smoothing)),
    runs.length ? '' : '<p>No runs to show.</p>',
    '<footer>Generated by losskit diagnose. Self-contained: inline SVG and CSS, nothing loaded from elsewhere.</footer>',
  ];
  return htmlDocument(title, body.filter(Boolean).join('\n'));
}
