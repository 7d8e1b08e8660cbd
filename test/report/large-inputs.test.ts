/**
 * Issue 11, item 2: `losskit diagnose` crashed at ~70k points on `Math.min(...xs)` in the
 * terminal chart. Every chart and summary gets 10^6 points here; the list of charts is every
 * function `losskit/report` exports, so a new chart must be added to LARGE (or to NOT_DATA_SIZED,
 * with the reason) before this test passes. The lint rule in eslint.config.js keeps spreads out
 * of Math.* and push() in the first place.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lossChartText, resample, seriesSummary } from '../../src/cli/diagnosis-text.js';
import { runCli } from '../../src/cli/run.js';
import type { ComparisonResult } from '../../src/compare/types.js';
import { diagnose, History } from '../../src/monitor/index.js';
import * as report from '../../src/report/index.js';
import type { DiagnosedRun } from '../../src/report/index.js';
import { searchLosses, type SearchResult } from '../../src/search/index.js';
import { syntheticBinary, syntheticRegression } from './synthetic-results.js';

const N = 1_000_000;
const wave = (i: number) => 1 / (1 + i / 1e4) + 0.01 * Math.sin(i);
const values = Array.from({ length: N }, (_, i) => wave(i));
const points = values.map((value, i): [number, number] => [i, value]);

/** A run logged at every step for 10^6 steps, validated every 1000. */
function longHistory(): History {
  const steps = Float64Array.from({ length: N }, (_, i) => i);
  const validationSteps = Float64Array.from({ length: N / 1000 }, (_, i) => i * 1000);
  return History.fromSeries({
    train_loss: { length: N, steps, values: Float64Array.from(values) },
    val_loss: { length: validationSteps.length, steps: validationSteps, values: validationSteps.map((step) => 1.1 * wave(step)) },
  });
}

let history: History | undefined;
const longRun = (): DiagnosedRun => {
  history ??= longHistory();
  return { name: 'long', source: { path: 'long.csv', format: 'csv-lightning' }, warnings: [], history, findings: diagnose(history) };
};

/** A comparison whose test predictions have 10^6 rows (its histories stay per epoch: tens to thousands). */
function largeComparison(base: ComparisonResult, classification: boolean): ComparisonResult {
  const yTrue = Array.from({ length: N }, (_, i) => (classification ? i % 2 : values[i]));
  const runs = base.runs.slice(0, 1).map((run) => ({
    ...run,
    predictions: classification
      ? { kind: 'classification' as const, yTrue, probabilities: yTrue.map((y, i) => (y === 1 ? [0.3, 0.7] : [0.6 + 0.3 * (i % 2), 0.4 - 0.3 * (i % 2)])) }
      : { kind: 'regression' as const, yTrue, yPred: yTrue.map((y, i) => y + 0.01 * Math.cos(i)) },
  }));
  return { ...base, runs, winner: runs[0]?.label ?? base.winner };
}

let smallSearch: SearchResult | undefined;
/** A real (tiny) search whose trials are repeated to 1000 trials of 1000 reported values each. */
function largeSearch(): SearchResult {
  if (smallSearch === undefined) throw new Error('the small search runs in beforeAll');
  const trials = Array.from({ length: 1000 }, (_, i) => {
    const trial = smallSearch!.trials[i % smallSearch!.trials.length];
    return { ...trial, number: i, intermediate: Array.from({ length: 1000 }, (_, k): [number, number] => [k + 1, wave(i * 1000 + k)]) };
  });
  return { ...smallSearch, trials };
}

beforeAll(async () => {
  smallSearch = await searchLosses({ task: { data: { kind: 'embedded', name: 'boston' }, prepare: {}, train: { epochs: 2 }, seed: 1 }, budget: 3, repeats: 0 });
}, 120_000);

const classification = { kind: 'classification' as const, yTrue: Array.from({ length: N }, (_, i) => i % 3), probabilities: Array.from({ length: N }, (_, i) => [0.2, 0.3, 0.5].map((p, c) => (c === i % 3 ? p + 0.3 : p) / 1.3)) };

/** Each chart or summary of `losskit/report`, called with 10^6 points; returns its output. */
const LARGE: Record<string, () => unknown> = {
  renderTerminalChart: () => report.renderTerminalChart([{ label: 'loss', values }]),
  lineChart: () => report.lineChart({ id: 'l', title: 'loss', series: [{ label: 'loss', points }] }),
  scatterChart: () => report.scatterChart({ id: 's', title: 'fit', points }),
  histogram: () => report.histogram({ id: 'h', title: 'residuals', values }),
  histogramBins: () => report.histogramBins(values),
  calibration: () => report.calibration({ kind: 'classification', yTrue: classification.yTrue.map((y) => y % 2), probabilities: classification.probabilities.map((row) => [row[0] + row[1], row[2]]) }),
  confusionCounts: () => report.confusionCounts(classification),
  residuals: () => report.residuals(values, values.map((v) => v + 1)),
  // Draws diagnosisChart, which draws diagnosisCurves: one 10^6-point pass covers all three.
  renderDiagnosisReport: () => report.renderDiagnosisReport([longRun()]),
  renderReport: () => report.renderReport([largeComparison(syntheticRegression(), false), largeComparison(syntheticBinary(), true)]),
  renderSearchReport: () => report.renderSearchReport(largeSearch()),
};

/** Data-sized exports whose 10^6-point run is part of another entry's (to keep the test's time down). */
const COVERED_BY: Record<string, string> = {
  diagnosisChart: 'renderDiagnosisReport',
  diagnosisCurves: 'renderDiagnosisReport',
};

/** Exports that take no data-sized input, and why. */
const NOT_DATA_SIZED: Record<string, string> = {
  barChart: 'one bar per loss or metric (the lint rule keeps spreads out of it)',
  matrixChart: 'classes x classes cells (the lint rule keeps spreads out of it)',
  diagnosisChartId: 'an index and a name',
  logFormatName: 'one format name',
  findingSpan: 'one finding',
  rangeText: 'one range',
  lossShape: 'a fixed grid of SHAPE_POINTS points',
  shapeGrid: 'a fixed grid of SHAPE_POINTS points',
  linearScale: 'a domain and a range',
  niceDomain: 'two numbers',
  niceStep: 'one number',
  niceTicks: 'two numbers',
  formatTick: 'one number',
  escapeXml: 'one string',
};

describe('every chart and summary takes 10^6 points (no stack overflow)', () => {
  it('the list covers every function losskit/report exports', () => {
    const functions = Object.entries(report).filter(([, value]) => typeof value === 'function').map(([name]) => name);
    const unlisted = functions.filter((name) => !(name in LARGE) && !(name in COVERED_BY) && !(name in NOT_DATA_SIZED));
    expect(unlisted, 'add these to LARGE (or NOT_DATA_SIZED with the reason)').toEqual([]);
  });

  for (const [name, run] of Object.entries(LARGE)) {
    it(name, () => {
      expect(run).not.toThrow();
    });
  }

  it('the CLI summaries: series summary, resampling, the terminal loss chart', () => {
    const run = longRun();
    const summaries = run.history.all().map(seriesSummary);
    expect(summaries.map((summary) => summary.points)).toEqual([N, N / 1000]);
    expect(resample(points.map((p) => p[0]), values, 0, N - 1, 60)).toHaveLength(60);
    expect(lossChartText(run.history, 0.6)).toContain('step 999999');
  });
});

describe('losskit diagnose on a 10^6-row log (the repro)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'losskit-large-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const file = join(folder, 'metrics.csv');
  const rows = ['epoch,step,train_loss,val_loss'];
  for (let i = 0; i < N; i++) rows.push(`${Math.floor(i / 1000)},${i},${wave(i).toFixed(6)},${i % 1000 === 999 ? (1.1 * wave(i)).toFixed(6) : ''}`);
  writeFileSync(file, `${rows.join('\n')}\n`);

  it('text, JSON and HTML report all come back', async () => {
    const text = await runCli(['diagnose', file]);
    expect([text.code, text.stderr]).toEqual([0, '']);
    expect(text.stdout).toContain('epoch 999');
    const json = await runCli(['diagnose', file, '--json', '--report', join(folder, 'report.html')]);
    expect([json.code, json.stderr]).toEqual([0, '']);
    expect(JSON.parse(json.stdout).runs[0].series[0].points).toBe(N);
  }, 180_000);
});
