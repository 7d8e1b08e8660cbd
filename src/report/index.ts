/**
 * Reports of loss comparisons and of training-run diagnoses: self-contained HTML, the terminal chart, and the
 * SVG chart kit they are drawn with. Browser-safe string builders; no DOM, no dependencies.
 */
export { renderReport, DEFAULT_REPORT_TITLE, type ReportOptions } from './render-report.js';
export {
  renderDiagnosisReport, diagnosisChart, diagnosisChartId, logFormatName, DEFAULT_DIAGNOSIS_TITLE, MAX_DRAWN_POINTS,
  type DiagnosedRun, type DiagnosisReportOptions,
} from './diagnosis-report.js';
export { diagnosisCurves, findingSpan, rangeText, type DiagnosisCurve, type DiagnosisCurves } from './diagnosis-curves.js';
export { renderTerminalChart, type TerminalSeries, type TerminalChartOptions } from './terminal-chart.js';
export { lossShape, shapeGrid, type LossShape, type ShapePoint } from './loss-shapes.js';
export { calibration, confusionCounts, residuals, type CalibrationBin } from './diagnostics.js';
export { lineChart, type LineChartOptions, type LineSeries, type ReferenceLine } from './line-chart.js';
export { barChart, type Bar, type BarChartOptions } from './bar-chart.js';
export { scatterChart, type ScatterChartOptions } from './scatter-chart.js';
export { histogram, histogramBins, type HistogramBin, type HistogramOptions } from './histogram.js';
export { matrixChart, type MatrixChartOptions } from './matrix-chart.js';
export { linearScale, niceDomain, niceStep, niceTicks, formatTick, type LinearScale } from './scale.js';
export { escapeXml } from './svg.js';
export { renderSearchReport, type SearchReportOptions } from './search-report.js';
