/**
 * compareLosses on small synthetic datasets: folds, identical data and initialisation per fold,
 * intervals, the verdict (winners only beyond noise, never on ties), the failure guard, hooks,
 * early stopping, target scaling and the text table.
 */
import { describe, expect, it } from 'vitest';
import { compareLosses, DEMO_COMPARISONS, formatComparisonTable, type ComparisonResult } from '../../src/compare/index.js';
import { createRandom, normal } from '../../src/core/random.js';
import { prepareSplit } from '../../src/data/prepare.js';
import { getDataset } from '../../src/data/registry.js';
import { resampledMean } from '../../src/stats/index.js';
import { resolveLoss } from '../../src/train/loss-binding.js';
import { binarySplit, dataset, multiclassSplit, regressionSplit } from '../train/synthetic.js';

// One synthetic Dataset per task, big enough for five folds with validation rows.
const regression = regressionSplit(300, 0.3).train;
const binary = binarySplit(300).train;
const multiclass = multiclassSplit(300).train;

/** Targets unrelated to the features. */
function noise(task: 'regression' | 'binary', rows = 250, seed = 3) {
  const random = createRandom(seed);
  const x = Array.from({ length: rows }, () => [normal(random), normal(random)]);
  const y = Array.from({ length: rows }, () => (task === 'regression' ? normal(random) : random() < 0.4 ? 1 : 0));
  return dataset(`noise-${task}`, task, x, y, task === 'binary' ? ['no', 'yes'] : undefined);
}

/** Everything but wall-clock times. */
function numbers(result: ComparisonResult) {
  return result.runs.map(({ seconds: _s, history: _h, evaluations, label: _l, ...run }) => ({
    ...run, evaluations: evaluations.map(({ seconds: _t, history, ...e }) => ({ ...e, history: history.map(({ seconds: _u, ...record }) => record) })),
  }));
}

describe('compareLosses: evaluation', () => {
  it('trains each loss on the same five folds from the same initialisation', () => {
    const result = compareLosses({ dataset: regression, losses: ['mse', 'mse', 'huber'], epochs: 3 });
    expect(result.runs.map((run) => run.label)).toEqual(['mse', 'mse #2', 'huber']);
    const [a, b] = numbers(result);
    expect(a).toEqual(b);
    expect(result.evaluation).toMatchObject({ folds: 5, repeats: 1, evaluations: 5, stratified: false, patience: 10 });
    expect(result.runs[0].evaluations).toHaveLength(5);
    expect(result.evaluation.trainRows + result.evaluation.validationRows + result.evaluation.testRows).toBe(regression.rows);
    expect(result.settings).toMatchObject({ model: 'linear', epochs: 3, seed: 1, outliers: 0, imbalance: 1 });
  });

  it('is deterministic, and a different seed changes the numbers', () => {
    const options = { dataset: multiclass, losses: ['cross-entropy', 'multi-margin'], model: 'mlp', hidden: [6], epochs: 3, folds: 3 } as const;
    expect(numbers(compareLosses(options))).toEqual(numbers(compareLosses(options)));
    expect(numbers(compareLosses({ ...options, seed: 2 }))).not.toEqual(numbers(compareLosses(options)));
  });

  it('reports every metric as the mean over folds with the corrected interval of losskit/stats', () => {
    const result = compareLosses({ dataset: binary, losses: ['bce'], epochs: 5, folds: 4, repeats: 2 });
    expect(result.evaluation).toMatchObject({ folds: 4, repeats: 2, evaluations: 8, stratified: true });
    const run = result.runs[0];
    const values = run.evaluations.map((e) => e.test['prAuc']);
    const expected = resampledMean(values, { testRows: result.evaluation.testRows, trainRows: result.evaluation.trainRows });
    expect(run.summary['prAuc']).toEqual({ mean: expected.mean, halfWidth: expected.halfWidth, low: expected.low, high: expected.high, values });
    expect(run.test['prAuc']).toBe(expected.mean);
    expect(run.summary['prAuc']!.halfWidth).toBeGreaterThan(0);
  });

  it('stops early on the validation loss, or trains every epoch with patience 0', () => {
    const stopped = compareLosses({ dataset: regression, losses: ['mse'], epochs: 200, patience: 2, folds: 2 });
    for (const e of stopped.runs[0].evaluations) expect(e.history.length).toBeLessThan(200);
    const full = compareLosses({ dataset: regression, losses: ['mse'], epochs: 12, patience: 0, folds: 2 });
    for (const e of full.runs[0].evaluations) expect(e.history.length).toBe(12);
  });

  it('calls the progress hooks per fold and loss, in order', () => {
    const events: string[] = [];
    compareLosses({ dataset: regression, losses: ['mse', 'mae'], epochs: 1, folds: 2, patience: 0 }, {
      onRunStart: (p) => events.push(`start ${p.index + 1}/${p.total} ${p.label} fold ${p.evaluation + 1}/${p.evaluations}`),
      onEpoch: (p, record) => { events.push(`epoch ${p.label} ${record.epoch}/${p.epochs}`); },
      onRunEnd: (p, run) => events.push(`end ${p.label} fold ${run.evaluation + 1}`),
    });
    expect(events).toEqual([
      'start 1/2 mse fold 1/2', 'epoch mse 1/1', 'end mse fold 1', 'start 2/2 mae fold 1/2', 'epoch mae 1/1', 'end mae fold 1',
      'start 1/2 mse fold 2/2', 'epoch mse 1/1', 'end mse fold 2', 'start 2/2 mae fold 2/2', 'epoch mae 1/1', 'end mae fold 2',
    ]);
  });

  it('rejects a loss that does not fit, and bad evaluation settings, before training anything', () => {
    let started = 0;
    expect(() => compareLosses({ dataset: regression, losses: ['mse', 'cross-entropy'] }, { onRunStart: () => { started++; } }))
      .toThrow(/'cross-entropy' does not fit a regression task/);
    expect(started).toBe(0);
    expect(() => compareLosses({ dataset: regression, losses: [] })).toThrow(/at least one loss/);
    expect(() => compareLosses({ dataset: regression, losses: ['mse'], folds: 1 })).toThrow(/'folds' must be an integer >= 2, received 1/);
    expect(() => compareLosses({ dataset: regression, losses: ['mse'], patience: -1 })).toThrow(/'patience' must be an integer >= 0/);
  });
});

describe('compareLosses: verdict', () => {
  it('names a winner only when it beats every other run beyond noise', () => {
    // 20 % of the training targets thrown far off (the test targets stay clean): mse is pulled, mae is not.
    const result = compareLosses({ dataset: regression, outliers: 0.2, losses: ['mse', 'mae'], epochs: 60, learningRate: 0.05 });
    expect(result.primaryMetric).toEqual({ name: 'rmse', higherIsBetter: false });
    expect(result.winner).toBe('mae');
    expect(result.verdict.kind).toBe('winner');
    const [comparison] = result.verdict.comparisons;
    expect(comparison).toMatchObject({ better: 'mae', other: 'mse', metric: 'rmse', significant: true });
    expect(comparison.low).toBeGreaterThan(0);
    expect(result.verdict.text).toMatch(/^Winner: mae \(test RMSE [\d.]+ ± [\d.]+ vs [\d.]+ ± [\d.]+ for mse; Δ = [\d.]+ ± [\d.]+, p = 0\.\d+\)$/);
  });

  it('never crowns an exact tie', () => {
    const result = compareLosses({ dataset: regression, losses: ['mse', 'mse'], epochs: 5 });
    expect(result.winner).toBe('');
    expect(result.verdict.kind).toBe('no-clear-winner');
    expect(result.verdict.text).toBe('No clear winner: mse and mse #2 are within noise (test RMSE Δ = 0 ± 0)');
  });

  it('says "no clear winner" when the difference is inside run-to-run noise', () => {
    const result = compareLosses({ dataset: binary, losses: ['bce', 'bce-with-logits'], epochs: 10 });
    // Two spellings of the same loss from the same start: differences are rounding, far inside the noise.
    expect(result.winner).toBe('');
    expect(result.verdict.text).toMatch(/^No clear winner: bce(-with-logits)? and bce(-with-logits)? are within noise \(test PR-AUC Δ = /);
  });

  it('flags a regression run that learned nothing, warns, and keeps it from winning', () => {
    const result = compareLosses({ dataset: noise('regression'), losses: ['mse', 'mae'], epochs: 10 });
    for (const run of result.runs) expect(run.failure?.reason).toMatch(/^R² -?[\d.]+ ± [\d.]+ is at most 0.05: no better than predicting the training mean/);
    expect(result.winner).toBe('');
    expect(result.verdict).toMatchObject({ kind: 'none', text: 'No winner: no run learned anything (see the warnings)' });
    expect(result.baseline.label).toBe('training mean');
    expect(formatComparisonTable(result)).toContain('WARNING: mse learned nothing: R² ');
  });

  it('flags a classifier no better than the class prior', () => {
    const result = compareLosses({ dataset: noise('binary'), losses: ['bce'], epochs: 10 });
    expect(result.baseline.label).toBe('class prior');
    expect(result.runs[0].failure?.reason).toMatch(/^test PR-AUC [\d.]+ ± [\d.]+ is no better than the class prior's [\d.]+ \(-?[\d.]+ % of the way to perfect; the bar is 5 %\)/);
    expect(result.verdict.text).toBe('No verdict: bce learned nothing (see the warning)');
  });

  it('a single loss that learned something is reported, not crowned', () => {
    const result = compareLosses({ dataset: multiclass, losses: ['cross-entropy'], epochs: 5 });
    expect(result.runs[0].failure).toBeUndefined();
    expect(result.verdict.kind).toBe('single');
    expect(result.winner).toBe('');
  });
});

describe('compareLosses: losses and targets', () => {
  it("resolves 'balanced' options from the training rows of each fold and labels the run with the first fold's value", () => {
    const result = compareLosses({
      dataset: binary, epochs: 2, folds: 3,
      losses: [{ loss: 'bce-with-logits', options: { posWeight: 'balanced' } }, { loss: 'bce', label: 'plain bce' }],
    });
    const { train } = prepareSplit(binary, { seed: result.settings.seed, fold: { index: 0, count: 3 } });
    const positives = train.target.reduce((sum, y) => sum + y, 0);
    const posWeight = (result.runs[0].lossOptions['posWeight'] as number[])[0];
    expect(posWeight).toBe((train.rows - positives) / positives);
    expect(result.runs[0].label).toBe(`bce-with-logits (posWeight ${Number(posWeight.toPrecision(3))})`);
    expect(result.runs[1].label).toBe('plain bce');
  });

  it("'balanced' per-class weights are n / (C n_c) for multiclass", () => {
    const result = compareLosses({ dataset: multiclass, epochs: 1, folds: 2, losses: [{ loss: 'cross-entropy', options: { weight: 'balanced' } }] });
    const { train } = prepareSplit(multiclass, { seed: result.settings.seed, fold: { index: 0, count: 2 } });
    const counts = [0, 1, 2].map((c) => train.target.filter((y) => y === c).length);
    expect(result.runs[0].lossOptions['weight']).toEqual(counts.map((count) => train.rows / (3 * count)));
    expect(() => compareLosses({ dataset: regression, losses: [{ loss: 'mse', options: { weight: 'balanced' } }] })).toThrow(/cannot be 'balanced'/);
  });

  it('trains on targets in the hundreds of thousands as on unit targets, metrics in target units', () => {
    const big = { ...regression, target: regression.target.map((y) => 300_000 + 90_000 * y) };
    const options = { epochs: 30, folds: 3 } as const;
    // The same data in units 90,000 times smaller, with Huber's delta in those units.
    const small = compareLosses({ ...options, dataset: regression, losses: ['mse', { loss: 'huber', options: { delta: 0.5 } }] });
    const large = compareLosses({ ...options, dataset: big, losses: ['mse', { loss: 'huber', options: { delta: 45_000 } }] });
    large.runs.forEach((run, i) => {
      expect(run.summary['r2']!.mean).toBeGreaterThan(0.9);
      expect(run.summary['r2']!.mean).toBeCloseTo(small.runs[i].summary['r2']!.mean, 6);
      expect(run.summary['rmse']!.mean / 90_000).toBeCloseTo(small.runs[i].summary['rmse']!.mean, 6);
    });
    const scaling = large.runs[1].targetScaling!;
    expect(scaling.method).toBe('standardised');
    // Huber's delta is in target units, divided by the training std for the standardised fit.
    expect(scaling.lossOptions['delta'] as number).toBeCloseTo(45_000 / scaling.scale, 12);
  });

  it('returns the first fold\'s test predictions: values for regression, probability rows for classification', () => {
    const reg = compareLosses({ dataset: regression, losses: ['mse'], epochs: 2, folds: 2 });
    const predictions = reg.runs[0].predictions;
    expect(predictions.kind).toBe('regression');
    if (predictions.kind === 'regression') expect(predictions.yPred).toHaveLength(reg.settings.testRows);
    for (const [data, classes] of [[binary, 2], [multiclass, 3]] as const) {
      const result = compareLosses({ dataset: data, losses: [data.task === 'binary' ? 'bce' : 'cross-entropy'], epochs: 2, folds: 2 });
      const p = result.runs[0].predictions;
      if (p.kind !== 'classification') throw new Error('expected classification predictions');
      expect(p.probabilities).toHaveLength(result.settings.testRows);
      for (const row of p.probabilities) {
        expect(row).toHaveLength(classes);
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
    }
  });

  it('says when losses of different families are compared', () => {
    const mixed = compareLosses({ dataset: binary, losses: ['bce', 'hinge'], epochs: 2, folds: 2 });
    expect(mixed.comparable).toBe(false);
    expect(mixed.note).toMatch(/different families \(classification: bce; margin: hinge\) are not comparable by loss value/);
    const same = compareLosses({ dataset: binary, losses: ['bce', 'sigmoid-focal'], epochs: 2, folds: 2 });
    expect(same.comparable).toBe(true);
    expect(same.note).toMatch(/own scale/);
  });

  it('is plain data (survives JSON) and loads registered datasets by name', () => {
    const result = compareLosses({ dataset: 'iris', losses: ['cross-entropy'], epochs: 2 });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.dataset).toMatchObject({ name: 'iris', task: 'multiclass', rows: 150, features: 4 });
    expect(result.title).toBe(getDataset('iris').title);
  });
});

describe('formatComparisonTable', () => {
  it('prints one row per loss with mean ± interval, the baseline, the verdict and the note', () => {
    const result = compareLosses({ dataset: regression, title: 'Synthetic', losses: ['mse', 'huber'], epochs: 2 });
    const text = formatComparisonTable(result);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Synthetic');
    expect(lines[1]).toMatch(/^synthetic-regression \(regression\): 300 rows, 3 features; 5-fold cross-validation: \d+ train \/ \d+ validation \/ \d+ test rows per fold$/);
    expect(text).toMatch(/loss\s+test rmse\s+test mae\s+test R²\s+epochs\s+time/);
    expect(lines.some((line) => /^mse\s+[\d.]+ ± [\d.]+\s/.test(line))).toBe(true);
    expect(lines.some((line) => /^baseline: training mean\s+[\d.]+ ± [\d.]+/.test(line))).toBe(true);
    expect(text).toContain(result.verdict.text);
    expect(text).toContain(`Note: ${result.note}`);
  });
});

describe('DEMO_COMPARISONS', () => {
  it('has three comparisons whose losses fit their datasets and whose claims name their runs', () => {
    expect(DEMO_COMPARISONS).toHaveLength(3);
    for (const comparison of DEMO_COMPARISONS) {
      const task = getDataset(comparison.dataset as string).task;
      for (const choice of comparison.losses) {
        const loss = typeof choice === 'string' ? choice : choice.loss;
        expect(() => resolveLoss(loss, task)).not.toThrow();
      }
      expect(comparison.claims.length).toBeGreaterThan(0);
      for (const claim of comparison.claims) {
        for (const index of [...claim.challengers, claim.reference]) expect(index).toBeLessThan(comparison.losses.length);
        expect(claim.challengers).not.toContain(claim.reference);
      }
    }
    expect(DEMO_COMPARISONS.map((c) => c.dataset)).toEqual(['boston', 'mnist-binary', 'mnist']);
  });
});
