/**
 * The comparison as a plain-text table for the terminal: one row per loss with its final train
 * and validation loss, test metrics, best epoch and time; then the winner and the comparability
 * note. No colours or box-drawing, so it reads the same in logs and pipes.
 */
import type { Task } from '../data/types.js';
import type { ComparisonResult } from './types.js';
import { maxOf } from '../core/extent.js';

/** Test metrics shown per task, in order, when present (the primary metric always comes first). */
const SHOWN_METRICS: Readonly<Record<Task, readonly string[]>> = {
  regression: ['rmse', 'mae', 'medianAbsoluteError', 'r2'],
  binary: ['prAuc', 'rocAuc', 'balancedAccuracy', 'f1Macro'],
  multiclass: ['accuracy', 'f1Macro', 'logLoss', 'ece'],
};
/** At most this many metric columns, so the table fits a 100-column terminal. */
const MAX_METRIC_COLUMNS = 4;
const SIGNIFICANT_DIGITS = 4;
const COLUMN_GAP = '  ';

/** Short column headings for long metric names. */
const HEADINGS: Readonly<Record<string, string>> = {
  medianAbsoluteError: 'medAE', balancedAccuracy: 'bal.acc', accuracy: 'accuracy', ece: 'ECE',
  rocAuc: 'roc-auc', prAuc: 'pr-auc', f1Macro: 'f1 macro', logLoss: 'log-loss',
};

/** A number in at most four significant digits, without exponent for everyday magnitudes. */
export function formatMetric(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '-';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) return value.toExponential(SIGNIFICANT_DIGITS - 1);
  return String(Number(value.toPrecision(SIGNIFICANT_DIGITS)));
}

function metricColumns(result: ComparisonResult): string[] {
  const present = new Set(result.runs.flatMap((run) => Object.keys(run.test)));
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

/** The table, the winner line and the note, as lines joined by '\n' (no trailing newline). */
export function formatComparisonTable(result: ComparisonResult): string {
  const metrics = metricColumns(result);
  const header = ['loss', 'train loss', 'val loss', ...metrics.map((name) => `test ${HEADINGS[name] ?? name}`), 'best epoch', 'time'];
  const rows = result.runs.map((run) => {
    const last = run.history.at(-1);
    return [
      run.label,
      formatMetric(last?.trainLoss),
      formatMetric(last?.validationLoss),
      ...metrics.map((name) => formatMetric(run.test[name])),
      `${run.bestEpoch}/${run.history.length}`,
      `${run.seconds.toFixed(1)} s`,
    ];
  });
  const widths = header.map((heading, column) => maxOf(rows.map((row) => row[column].length), heading.length));
  const line = (cells: readonly string[]) => cells.map((cell, column) => pad(cell, widths[column], column === 0)).join(COLUMN_GAP).trimEnd();
  const { settings, dataset, primaryMetric } = result;
  const extras = [
    settings.outliers ? `${Math.round(settings.outliers * 100)} % outliers in training targets` : '',
    settings.imbalance < 1 ? `class ${dataset.classNames?.[settings.imbalanceClass ?? 1] ?? settings.imbalanceClass ?? 1} kept at ${Math.round(settings.imbalance * 100)} % in training` : '',
  ].filter(Boolean);
  const model = settings.model === 'mlp' ? `mlp [${settings.hidden.join(', ')}] ${settings.activation}` : 'linear';
  const winner = result.runs.find((run) => run.label === result.winner);
  const direction = primaryMetric.higherIsBetter ? 'higher is better' : 'lower is better';
  return [
    `${result.title}`,
    `${dataset.name} (${dataset.task}): ${settings.trainRows} train / ${settings.validationRows} validation / ${settings.testRows} test rows, ` +
      `${dataset.features} features${extras.length ? `; ${extras.join('; ')}` : ''}`,
    `${model}, ${settings.optimizer} lr ${settings.learningRate}, batch ${settings.batchSize}, ${settings.epochs} epochs, seed ${settings.seed}`,
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    winner
      ? `Winner: ${winner.label} (test ${HEADINGS[primaryMetric.name] ?? primaryMetric.name} ${formatMetric(winner.test[primaryMetric.name])}, ${direction})`
      : `No winner: no run has a finite test ${primaryMetric.name}`,
    `Note: ${result.note}`,
  ].join('\n');
}
