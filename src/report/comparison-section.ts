/**
 * The top of a comparison's report section: what was trained on what, the results table
 * (the terminal's columns), the comparability note, the training curves and the test-metric bars.
 */
import { median } from '../monitor/index.js';
import { formatEstimate } from '../stats/index.js';
import type { ComparisonResult, MetricSummary } from '../compare/types.js';
import { barChart } from './bar-chart.js';
import { definitionList, escapeHtml } from './html.js';
import { lineChart } from './line-chart.js';
import { extent, formatNumber } from './scale.js';
import { seriesColour, slug } from './svg.js';

/** Size of the per-run loss-curve charts (small multiples). */
const CURVE_WIDTH = 340;
const CURVE_HEIGHT = 250;
/** Size of the normalised validation overview. */
const OVERVIEW_WIDTH = 520;
const OVERVIEW_HEIGHT = 300;

/** A chart id unique in the document: comparison index, chart kind, run index and label. */
export function chartId(section: number, kind: string, run?: { index: number; label: string }): string {
  return run ? `c${section}-${kind}-${run.index}-${slug(run.label)}` : `c${section}-${kind}`;
}

function percent(fraction: number): string {
  return `${formatNumber(fraction * 100, 3)} %`;
}

/** The dataset and training settings as a definition list. */
export function settingsHtml(result: ComparisonResult): string {
  const { dataset, settings } = result;
  const model = settings.model === 'mlp'
    ? `MLP, hidden [${settings.hidden.join(', ')}], ${settings.activation}`
    : { regression: 'linear regression', binary: 'logistic regression', multiclass: 'softmax regression' }[dataset.task];
  const pairs: Array<[string, string]> = [
    ['dataset', `${dataset.title} (${dataset.name})`],
    ['task', dataset.task + (dataset.classNames ? `, ${dataset.classNames.length} classes` : '')],
    ['rows × features', `${dataset.rows} × ${dataset.features}`],
    ['target', dataset.targetName],
    ['evaluation', `${result.evaluation.folds}-fold cross-validation${result.evaluation.stratified ? ', stratified' : ''}`
      + `${result.evaluation.repeats > 1 ? ` × ${result.evaluation.repeats} repeats` : ''}`],
    ['rows per fold (train / validation / test)', `${result.evaluation.trainRows} / ${result.evaluation.validationRows} / ${result.evaluation.testRows}`],
    ['model', model],
    ['optimizer', `${settings.optimizer}, learning rate ${formatNumber(settings.learningRate)}`
      + (settings.optimizer === 'sgd' && settings.momentum ? `, momentum ${formatNumber(settings.momentum)}` : '')
      + (settings.weightDecay ? `, weight decay ${formatNumber(settings.weightDecay)}` : '')],
    ['batch size', String(settings.batchSize)],
    ['epochs', result.evaluation.patience > 0 ? `at most ${settings.epochs}, early stopping after ${result.evaluation.patience} without a better validation loss` : String(settings.epochs)],
    ['seed', String(settings.seed)],
    ['precision', settings.precision],
  ];
  const scaled = result.runs.find((run) => run.targetScaling)?.targetScaling;
  if (scaled) pairs.push(['targets', `standardised for training (mean ${formatNumber(scaled.shift)}, std ${formatNumber(scaled.scale)} on the first fold's training rows); metrics in target units`]);
  if (settings.outliers > 0) pairs.push(['outliers injected', `${percent(settings.outliers)} of training targets`]);
  if (settings.imbalance < 1) {
    // Without an explicit class the data preparation subsamples the positive class of a binary task.
    const index = settings.imbalanceClass ?? (dataset.task === 'binary' ? 1 : undefined);
    const name = index === undefined ? 'one class' : `class '${dataset.classNames?.[index] ?? index}'`;
    pairs.push(['imbalance', `kept ${percent(settings.imbalance)} of the training rows of ${name}`]);
  }
  if (dataset.classNames && dataset.classNames.length <= 12) pairs.push(['classes', dataset.classNames.join(', ')]);
  return definitionList('settings', pairs);
}

/** Display names of the metrics the trainer and the metrics module report; others are split at capitals. */
const METRIC_NAMES: Readonly<Record<string, string>> = {
  mae: 'MAE', rmse: 'RMSE', mse: 'MSE', r2: 'R²', medianAbsoluteError: 'median abs. error',
  accuracy: 'accuracy', balancedAccuracy: 'balanced accuracy', rocAuc: 'ROC\u2011AUC', prAuc: 'PR\u2011AUC',
  logLoss: 'log\u2011loss', ece: 'ECE', expectedCalibrationError: 'ECE',
  f1Macro: 'F1 (macro)', precisionMacro: 'precision (macro)', recallMacro: 'recall (macro)',
};

/** A metric's name for people: 'balancedAccuracy' → 'balanced accuracy'. */
export function metricTitle(name: string): string {
  return METRIC_NAMES[name] ?? name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Test-metric names, the primary metric first, then the order the runs report them (union over runs). */
export function testMetricNames(result: ComparisonResult): string[] {
  const names: string[] = result.runs.some((run) => result.primaryMetric.name in run.test) ? [result.primaryMetric.name] : [];
  for (const run of result.runs) for (const name of Object.keys(run.test)) if (!names.includes(name)) names.push(name);
  return names;
}

function summaryCell(summary: MetricSummary | undefined): string {
  return `<td>${summary ? escapeHtml(formatEstimate(summary.mean, summary.halfWidth)) : '–'}</td>`;
}

/** The results table: each test metric as mean ± half-width over the folds, epochs run, time; the baseline last. */
export function resultsTable(result: ComparisonResult): string {
  const metrics = testMetricNames(result);
  const primary = result.primaryMetric;
  const metricHeads = metrics.map((m) => (m === primary.name
    ? `<th class="primary" title="primary metric: names the winner">${escapeHtml(metricTitle(m))}\u00a0${primary.higherIsBetter ? '↑' : '↓'}</th>`
    : `<th>${escapeHtml(metricTitle(m))}</th>`));
  const headHtml = '<tr><th rowspan="2">loss</th>'
    + (metrics.length ? `<th colspan="${metrics.length}">test metrics, mean ± 95 % interval over ${result.evaluation.evaluations} folds</th>` : '')
    + '<th rowspan="2">epochs (median)</th><th rowspan="2">time (s)</th></tr>'
    + `<tr>${metricHeads.join('')}</tr>`;
  const rows = result.runs.map((run) => {
    const winner = run.label === result.winner;
    const cells = [
      `<td>${escapeHtml(run.label)}${winner ? '<span class="badge">winner</span>' : ''}`
        + `${run.failure ? '<span class="badge failed">learned nothing</span>' : ''}`
        + `${run.divergedAtEpoch !== undefined ? `<span class="badge diverged">diverged at epoch ${run.divergedAtEpoch}</span>` : ''}</td>`,
      ...metrics.map((m) => summaryCell(run.summary[m])),
      `<td>${Math.round(median(run.evaluations.map((evaluation) => evaluation.history.length)))}</td>`,
      `<td>${formatNumber(run.seconds, 3)}</td>`,
    ];
    return `<tr${winner ? ' class="winner"' : run.failure ? ' class="failed"' : ''}>${cells.join('')}</tr>`;
  });
  const baseline = `<tr class="baseline"><td>baseline: ${escapeHtml(result.baseline.label)}</td>${metrics.map((m) => summaryCell(result.baseline.summary[m])).join('')}<td>–</td><td>–</td></tr>`;
  return `<div class="table-wrap"><table class="results"><thead>${headHtml}</thead><tbody>${rows.join('')}${baseline}</tbody></table></div>`;
}

/**
 * One small chart per run: train loss dashed, validation loss solid, best epoch marked. The
 * epoch axes are the same for every run (how long each trained reads across); the loss axes
 * are each run's own, since losses of different kinds have different units.
 */
export function curveCharts(result: ComparisonResult, section: number): string {
  const epochs = extent(result.runs.flatMap((run) => run.history.map((r) => r.epoch)));
  const charts = result.runs.map((run, index) => {
    const colour = seriesColour(index);
    const train = run.history.map((r) => [r.epoch, r.trainLoss] as const);
    const validation = run.history.map((r) => [r.epoch, r.validationLoss] as const);
    const ys = extent([...train, ...validation].map((p) => p[1])) ?? [0, 1];
    return lineChart({
      id: chartId(section, 'curves', { index, label: run.label }), kind: 'loss-curves',
      title: `${run.label}${run.label === result.winner ? ' (winner)' : ''}${run.failure ? ' (learned nothing)' : ''}, fold 1`,
      width: CURVE_WIDTH, height: CURVE_HEIGHT, xLabel: 'epoch', yLabel: `${run.loss} loss`, integerX: true,
      ...(epochs && epochs[1] > epochs[0] ? { xDomain: epochs } : {}),
      series: [
        { label: 'train', points: train, colour, dashed: true },
        { label: 'validation', points: validation, colour },
      ],
      references: [{ from: [run.bestEpoch, ys[0]], to: [run.bestEpoch, ys[1]] }],
      legend: [
        { label: 'train', colour, swatch: 'dashed' },
        { label: 'validation', colour, swatch: 'line' },
        { label: `best epoch ${run.bestEpoch}`, colour: '#888', swatch: 'dashed' },
      ],
    });
  });
  return `<div class="charts grid curves">${charts.join('')}</div>`;
}

/** Validation curves of every run divided by their first-epoch value, on one chart. */
export function overviewChart(result: ComparisonResult, section: number): string {
  const series = result.runs.map((run, index) => {
    const first = run.history[0]?.validationLoss ?? NaN;
    return {
      label: run.label, colour: seriesColour(index),
      points: run.history.map((r) => [r.epoch, first !== 0 ? r.validationLoss / first : NaN] as const),
    };
  });
  return lineChart({
    id: chartId(section, 'validation-overview'), kind: 'validation-overview',
    title: 'Validation loss ÷ its epoch-1 value (fold 1)', width: OVERVIEW_WIDTH, height: OVERVIEW_HEIGHT,
    xLabel: 'epoch', yLabel: 'relative validation loss', integerX: true, series,
  });
}

/** The primary test metric per run as bars, the winner outlined. */
export function metricBars(result: ComparisonResult, section: number): string {
  const { name, higherIsBetter } = result.primaryMetric;
  return barChart({
    id: chartId(section, 'metric-bars'), kind: 'metric-bars',
    title: `Test ${metricTitle(name)}, mean over folds (${higherIsBetter ? 'higher' : 'lower'} is better)`,
    valueLabel: metricTitle(name),
    bars: result.runs.map((run, index) => ({
      label: run.label, value: run.test[name] ?? NaN, colour: seriesColour(index), highlight: run.label === result.winner,
    })),
  });
}
