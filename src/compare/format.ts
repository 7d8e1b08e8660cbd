/**
 * The comparison as plain text for the terminal: how it was evaluated, one row per loss with
 * each test metric as mean ± half-width of its 95 % interval over the folds, the baseline that
 * learned nothing, the verdict, a loud warning for every run that learned nothing, and the
 * comparability note. No colours or box-drawing, so it reads the same in logs and pipes.
 */
import type { Task } from '../data/types.js';
import type { ComparisonResult, ComparisonRun, MetricSummary } from './types.js';
import { median } from '../monitor/index.js';
import { formatSummary } from './verdict.js';
import { maxOf } from '../core/extent.js';

export { formatSignificant as formatMetric } from '../stats/index.js';

/** Test metrics shown per task, in order, when present (the primary metric always comes first). */
const SHOWN_METRICS: Readonly<Record<Task, readonly string[]>> = {
  regression: ['rmse', 'mae', 'r2'],
  binary: ['prAuc', 'rocAuc', 'accuracy', 'balancedAccuracy'],
  multiclass: ['accuracy', 'f1Macro', 'logLoss'],
};
/** At most this many metric columns, so the table fits a 100-column terminal. */
const MAX_METRIC_COLUMNS = 4;
const COLUMN_GAP = '  ';

/** Short column headings for long metric names. */
const HEADINGS: Readonly<Record<string, string>> = {
  medianAbsoluteError: 'medAE', balancedAccuracy: 'bal.acc', accuracy: 'accuracy', ece: 'ECE',
  rocAuc: 'roc-auc', prAuc: 'pr-auc', f1Macro: 'f1 macro', logLoss: 'log-loss', r2: 'R²',
};

function metricColumns(result: ComparisonResult): string[] {
  const present = new Set(result.runs.flatMap((run) => Object.keys(run.summary)));
  const primary = result.primaryMetric.name;
  const wanted = [primary, ...SHOWN_METRICS[result.dataset.task].filter((name) => name !== primary)];
  const columns = wanted.filter((name) => present.has(name));
  // Metrics of an unknown task shape (none of the listed ones present): show what there is.
  if (columns.length <= 1) for (const name of present) if (!columns.includes(name)) columns.push(name);
  return columns.slice(0, MAX_METRIC_COLUMNS);
}

function pad(text: string, width: number, left: boolean): string {
  return left ? text.padEnd(width) : text.padStart(width);
}

/** Median of the epochs a run's evaluations ran (early stopping ends them at different points), rounded. */
export function medianEpochs(run: ComparisonRun): number {
  return Math.round(median(run.evaluations.map((evaluation) => evaluation.history.length)));
}

/** The heading line of a metric, e.g. 'test rmse'. */
export function metricHeading(name: string): string {
  return `test ${HEADINGS[name] ?? name}`;
}

/** How the runs were evaluated and trained, in two lines. */
function designLines(result: ComparisonResult): string[] {
  const { settings, dataset, evaluation: e } = result;
  const extras = [
    settings.outliers ? `${Math.round(settings.outliers * 100)} % outliers in training targets` : '',
    settings.imbalance < 1 ? `class ${dataset.classNames?.[settings.imbalanceClass ?? 1] ?? settings.imbalanceClass ?? 1} kept at ${Math.round(settings.imbalance * 100)} % in training` : '',
  ].filter(Boolean);
  const folds = `${e.folds}-fold cross-validation${e.stratified ? ' (stratified)' : ''}${e.repeats > 1 ? ` × ${e.repeats} repeats` : ''}`;
  const model = settings.model === 'mlp' ? `mlp [${settings.hidden.join(', ')}] ${settings.activation}` : 'linear';
  const stopping = e.patience > 0 ? `up to ${settings.epochs} epochs, early stopping after ${e.patience} without a better validation loss` : `${settings.epochs} epochs`;
  const targets = result.runs.some((run) => run.targetScaling) ? '; targets standardised for training, metrics in target units' : '';
  return [
    `${dataset.name} (${dataset.task}): ${dataset.rows} rows, ${dataset.features} features; ${folds}: `
      + `${e.trainRows} train / ${e.validationRows} validation / ${e.testRows} test rows per fold${extras.length ? `; ${extras.join('; ')}` : ''}`,
    `${model}, ${settings.optimizer} lr ${settings.learningRate}, batch ${settings.batchSize}, ${stopping}, seed ${settings.seed}${targets}`,
  ];
}

/** One line per run that learned nothing, meant to be seen. */
export function failureWarnings(result: ComparisonResult): string[] {
  return result.runs.flatMap((run) => (run.failure ? [`WARNING: ${run.label} learned nothing: ${run.failure.reason}. It is excluded from winning.`] : []));
}

/** The claims checked on the comparison (the demo's), each with its parts. */
export function claimLines(result: ComparisonResult): string[] {
  return (result.claims ?? []).flatMap((claim) => [
    `Claim: ${claim.text}: ${claim.outcome.toUpperCase()}`,
    ...claim.parts.map((part) => `  ${part.text}`),
  ]);
}

/** The table, the verdict, warnings and the note, as lines joined by '\n' (no trailing newline). */
export function formatComparisonTable(result: ComparisonResult): string {
  const metrics = metricColumns(result);
  const header = ['loss', ...metrics.map(metricHeading), 'epochs', 'time'];
  const cells = (summary: Readonly<Record<string, MetricSummary>>) => metrics.map((name) => formatSummary(summary[name]));
  const rows = result.runs.map((run) => [
    run.label + (run.failure ? ' (FAILED)' : run.label === result.winner ? ' (winner)' : ''),
    ...cells(run.summary),
    String(medianEpochs(run)),
    `${run.seconds.toFixed(1)} s`,
  ]);
  rows.push([`baseline: ${result.baseline.label}`, ...cells(result.baseline.summary), '-', '-']);
  const widths = header.map((heading, column) => maxOf(rows.map((row) => row[column].length), heading.length));
  const line = (row: readonly string[]) => row.map((cell, column) => pad(cell, widths[column], column === 0)).join(COLUMN_GAP).trimEnd();
  const direction = result.primaryMetric.higherIsBetter ? 'higher is better' : 'lower is better';
  const warnings = failureWarnings(result);
  return [
    result.title,
    ...designLines(result),
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    `Metrics are means over the ${result.evaluation.evaluations} test folds ± the half-width of their 95 % interval (Nadeau–Bengio corrected). `
      + `${metricHeading(result.primaryMetric.name)} decides (${direction}); epochs: median epochs run.`,
    result.verdict.text,
    ...(result.claims?.length ? ['', ...claimLines(result)] : []),
    ...(warnings.length ? ['', ...warnings] : []),
    `Note: ${result.note}`,
  ].join('\n');
}

/** The primary metric of a run, e.g. '0.8123 ± 0.0251' (for summaries elsewhere). */
export function primarySummary(result: ComparisonResult, label: string): string {
  return formatSummary(result.runs.find((run) => run.label === label)?.summary[result.primaryMetric.name]);
}

