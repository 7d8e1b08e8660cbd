/**
 * Test-set diagnostics per run: for regression, predicted vs true values (with y = x) and the
 * residual histogram; for classification, the confusion matrix and the reliability diagram.
 * One row per run, and the same axes for every run (regression: the union of the runs' values
 * and residuals, and the same bins; classification: probabilities and row fractions already
 * share [0, 1]), so the rows compare at a glance. A run that diverged keeps axes of its own:
 * its predictions would squash everyone else's.
 */
import type { ComparisonResult, ComparisonRun } from '../compare/types.js';
import { chartId } from './comparison-section.js';
import { CALIBRATION_BINS, calibration, confusionCounts, residuals } from './diagnostics.js';
import { histogram, histogramBins } from './histogram.js';
import { lineChart } from './line-chart.js';
import { matrixChart } from './matrix-chart.js';
import { extent, formatNumber } from './scale.js';
import { scatterChart } from './scatter-chart.js';
import { REFERENCE_COLOUR, seriesColour } from './svg.js';
import { maxOf } from '../core/extent.js';

const DIAGNOSTIC_SIZE = 300;

function runTitle(result: ComparisonResult, run: ComparisonRun): string {
  return `${run.label}${run.label === result.winner ? ' (winner)' : ''}`;
}

/** What every regression row's axes must cover: the values and residuals of the runs that did not diverge. */
interface SharedAxes {
  readonly values?: readonly [number, number];
  readonly residuals?: readonly [number, number];
  readonly count?: number;
}

function regressionAxes(runs: readonly ComparisonRun[]): SharedAxes {
  const values: number[] = [];
  const errors: number[][] = [];
  for (const run of runs) {
    if (run.divergedAtEpoch !== undefined || run.predictions.kind !== 'regression') continue;
    const { yTrue, yPred } = run.predictions;
    for (const v of yTrue) values.push(v);
    for (const v of yPred) values.push(v);
    errors.push(residuals(yTrue, yPred));
  }
  const valueRange = extent(values);
  const residualRange = extent(errors.flat());
  // The tallest bin of any run, with every run binned alike.
  const count = residualRange ? maxOf(errors.map((e) => maxOf(histogramBins(e, undefined, residualRange).map((bin) => bin.count), 0)), 0) : 0;
  return { ...(valueRange ? { values: valueRange } : {}), ...(residualRange ? { residuals: residualRange, count } : {}) };
}

function regressionCharts(result: ComparisonResult, run: ComparisonRun, index: number, section: number, shared: SharedAxes): string[] {
  if (run.predictions.kind !== 'regression') return [];
  const { yTrue, yPred } = run.predictions;
  const colour = seriesColour(index);
  const id = { index, label: run.label };
  const own = run.divergedAtEpoch !== undefined ? ' (diverged: axes of its own)' : '';
  const axes = own ? {} : shared;
  return [
    scatterChart({
      id: chartId(section, 'scatter', id), kind: 'predicted-vs-true', title: `${runTitle(result, run)}: predicted vs true${own}`,
      points: yTrue.map((t, r) => [t, yPred[r] as number] as const), diagonal: true, colour,
      xLabel: `true ${result.dataset.targetName}`, yLabel: 'predicted', width: DIAGNOSTIC_SIZE, height: DIAGNOSTIC_SIZE,
      ...(axes.values ? { cover: { x: axes.values, y: axes.values } } : {}),
    }),
    histogram({
      id: chartId(section, 'residuals', id), kind: 'residual-histogram', title: `${runTitle(result, run)}: residuals${own}`,
      values: residuals(yTrue, yPred), colour, xLabel: 'predicted − true', width: DIAGNOSTIC_SIZE, height: DIAGNOSTIC_SIZE,
      ...(axes.residuals ? { cover: axes.residuals, coverCount: axes.count ?? 0 } : {}),
    }),
  ];
}

function classificationCharts(result: ComparisonResult, run: ComparisonRun, index: number, section: number): string[] {
  if (run.predictions.kind !== 'classification') return [];
  const predictions = run.predictions;
  const classes = Math.max(2, result.dataset.classNames?.length ?? predictions.probabilities[0]?.length ?? 2);
  const labels = result.dataset.classNames ?? Array.from({ length: classes }, (_, c) => String(c));
  const binary = result.dataset.task === 'binary';
  const { ece, bins } = calibration(predictions);
  const id = { index, label: run.label };
  const colour = seriesColour(index);
  return [
    matrixChart({
      id: chartId(section, 'confusion', id), kind: 'confusion-matrix', title: `${runTitle(result, run)}: confusion matrix`,
      counts: confusionCounts(predictions, classes), labels,
    }),
    lineChart({
      id: chartId(section, 'calibration', id), kind: 'calibration',
      title: `${runTitle(result, run)}: calibration (ECE ${formatNumber(ece, 3)})`,
      width: DIAGNOSTIC_SIZE + 40, height: DIAGNOSTIC_SIZE + 40, xDomain: [0, 1], yDomain: [0, 1],
      xLabel: binary ? 'predicted P(positive)' : 'confidence (top-class probability)',
      yLabel: binary ? 'observed positive rate' : 'accuracy',
      series: [{ label: 'model', points: bins.map((b) => [b.confidence, b.frequency] as const), colour, markers: true }],
      references: [{ from: [0, 0], to: [1, 1] }],
      legend: [{ label: 'per-bin mean', colour, swatch: 'line' }, { label: 'perfect calibration', colour: REFERENCE_COLOUR, swatch: 'dashed' }],
    }),
  ];
}

/** The diagnostic charts of every run: one row (a `.run-row`) per run, on shared axes. */
export function predictionCharts(result: ComparisonResult, section: number): string {
  const shared = result.dataset.task === 'regression' ? regressionAxes(result.runs) : {};
  const rows = result.runs.map((run, index) => {
    const charts = result.dataset.task === 'regression'
      ? regressionCharts(result, run, index, section, shared)
      : classificationCharts(result, run, index, section);
    return charts.length ? `<div class="run-row" data-run="${index}">${charts.join('')}</div>` : '';
  });
  return `<div class="charts grid runs">${rows.join('')}</div>`;
}

/** What the diagnostic charts show, for the caption above them. */
export function predictionCaption(result: ComparisonResult): string {
  if (result.dataset.task === 'regression') {
    return 'Predictions on the first test fold of each run against the truth (points on the dashed y = x line are exact), '
      + 'and the distribution of residuals (predicted − true; the dashed line is zero).';
  }
  const reliability = result.dataset.task === 'binary'
    ? 'the predicted probability of the positive class against the observed positive rate'
    : 'the top-class probability against the accuracy of those predictions';
  return 'Confusion matrices of the first test fold (rows: true class, columns: predicted class; shade: fraction of the row) '
    + `and reliability diagrams in ${CALIBRATION_BINS} equal-width bins: ${reliability}. A calibrated model sits on the dashed diagonal; `
    + 'ECE is the count-weighted mean distance from it.';
}
