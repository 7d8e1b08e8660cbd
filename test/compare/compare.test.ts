/** compareLosses on small synthetic datasets: identical data and initialisation, winner, notes, hooks, table. */
import { describe, expect, it } from 'vitest';
import { compareLosses, DEMO_COMPARISONS, formatComparisonTable, type ComparisonResult } from '../../src/compare/index.js';
import { prepareSplit } from '../../src/data/prepare.js';
import { getDataset } from '../../src/data/registry.js';
import { resolveLoss } from '../../src/train/loss-binding.js';
import { binarySplit, multiclassSplit, regressionSplit } from '../train/synthetic.js';

// One synthetic Dataset per task, big enough for prepareSplit's train / validation / test parts.
const regression = regressionSplit(300, 0.3).train;
const binary = binarySplit(300).train;
const multiclass = multiclassSplit(300).train;

/** Everything but wall-clock times. */
function numbers(result: ComparisonResult) {
  return result.runs.map(({ seconds: _s, history, ...run }) => ({ ...run, history: history.map(({ seconds: _t, ...record }) => record) }));
}

describe('compareLosses', () => {
  it('trains each loss on the same split from the same initialisation', () => {
    const result = compareLosses({ dataset: regression, losses: ['mse', 'mse', 'huber'], epochs: 3 });
    expect(result.runs.map((run) => run.label)).toEqual(['mse', 'mse #2', 'huber']);
    const [a, b] = numbers(result);
    expect({ ...a, label: '' }).toEqual({ ...b, label: '' });
    expect(result.settings).toMatchObject({ model: 'linear', epochs: 3, seed: 1, outliers: 0, imbalance: 1 });
    expect(result.settings.trainRows + result.settings.validationRows + result.settings.testRows).toBe(regression.rows);
  });

  it('is deterministic, and a different seed changes the numbers', () => {
    const options = { dataset: multiclass, losses: ['cross-entropy', 'multi-margin'], model: 'mlp', hidden: [6], epochs: 3 } as const;
    expect(numbers(compareLosses(options))).toEqual(numbers(compareLosses(options)));
    expect(numbers(compareLosses({ ...options, seed: 2 }))).not.toEqual(numbers(compareLosses(options)));
  });

  it('names the winner by the primary test metric', () => {
    const result = compareLosses({ dataset: regression, outliers: 0.1, losses: ['mse', 'mae', 'huber'], epochs: 20, learningRate: 0.05 });
    expect(result.primaryMetric).toEqual({ name: 'rmse', higherIsBetter: false });
    const best = Math.min(...result.runs.map((run) => run.test['rmse']));
    expect(result.runs.find((run) => run.label === result.winner)?.test['rmse']).toBe(best);
    expect(result.settings.outliers).toBe(0.1);
  });

  it('says when losses of different families are compared', () => {
    const mixed = compareLosses({ dataset: binary, losses: ['bce', 'hinge'], epochs: 2 });
    expect(mixed.comparable).toBe(false);
    expect(mixed.note).toMatch(/different families \(classification: bce; margin: hinge\) are not comparable by loss value/);
    const same = compareLosses({ dataset: binary, losses: ['bce', 'sigmoid-focal'], epochs: 2 });
    expect(same.comparable).toBe(true);
    expect(same.note).toMatch(/own scale/);
  });

  it("resolves 'balanced' options from the training split and labels the run with the value", () => {
    const result = compareLosses({
      dataset: binary, epochs: 2,
      losses: [{ loss: 'bce-with-logits', options: { posWeight: 'balanced' } }, { loss: 'bce', label: 'plain bce' }],
    });
    const { train } = prepareSplit(binary, { seed: result.settings.seed });
    const positives = train.target.reduce((sum, y) => sum + y, 0);
    const posWeight = (result.runs[0].lossOptions['posWeight'] as number[])[0];
    expect(posWeight).toBe((train.rows - positives) / positives);
    expect(result.runs[0].label).toBe(`bce-with-logits (posWeight ${Number(posWeight.toPrecision(3))})`);
    expect(result.runs[1].label).toBe('plain bce');
  });

  it("'balanced' per-class weights are n / (C n_c) for multiclass", () => {
    const result = compareLosses({ dataset: multiclass, epochs: 1, losses: [{ loss: 'cross-entropy', options: { weight: 'balanced' } }] });
    const { train } = prepareSplit(multiclass, { seed: result.settings.seed });
    const counts = [0, 1, 2].map((c) => train.target.filter((y) => y === c).length);
    expect(result.runs[0].lossOptions['weight']).toEqual(counts.map((count) => train.rows / (3 * count)));
    expect(() => compareLosses({ dataset: regression, losses: [{ loss: 'mse', options: { weight: 'balanced' } }] })).toThrow(/cannot be 'balanced'/);
  });

  it('returns test predictions: values for regression, probability rows for classification', () => {
    const reg = compareLosses({ dataset: regression, losses: ['mse'], epochs: 2 });
    const predictions = reg.runs[0].predictions;
    expect(predictions.kind).toBe('regression');
    if (predictions.kind === 'regression') expect(predictions.yPred).toHaveLength(reg.settings.testRows);
    for (const [dataset, classes] of [[binary, 2], [multiclass, 3]] as const) {
      const result = compareLosses({ dataset, losses: [dataset.task === 'binary' ? 'bce' : 'cross-entropy'], epochs: 2 });
      const p = result.runs[0].predictions;
      if (p.kind !== 'classification') throw new Error('expected classification predictions');
      expect(p.probabilities).toHaveLength(result.settings.testRows);
      for (const row of p.probabilities) {
        expect(row).toHaveLength(classes);
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
    }
  });

  it('is plain data (survives JSON)', () => {
    const result = compareLosses({ dataset: binary, losses: ['bce'], epochs: 2 });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('calls the progress hooks in order', () => {
    const events: string[] = [];
    compareLosses({ dataset: regression, losses: ['mse', 'mae'], epochs: 2 }, {
      onRunStart: (p) => events.push(`start ${p.index + 1}/${p.total} ${p.label}`),
      onEpoch: (p, record) => { events.push(`epoch ${p.label} ${record.epoch}/${p.epochs}`); },
      onRunEnd: (p) => events.push(`end ${p.label}`),
    });
    expect(events).toEqual([
      'start 1/2 mse', 'epoch mse 1/2', 'epoch mse 2/2', 'end mse',
      'start 2/2 mae', 'epoch mae 1/2', 'epoch mae 2/2', 'end mae',
    ]);
  });

  it('rejects a loss that does not fit before training anything', () => {
    let started = 0;
    expect(() => compareLosses({ dataset: regression, losses: ['mse', 'cross-entropy'] }, { onRunStart: () => { started++; } }))
      .toThrow(/'cross-entropy' does not fit a regression task/);
    expect(started).toBe(0);
    expect(() => compareLosses({ dataset: regression, losses: [] })).toThrow(/at least one loss/);
  });

  it('loads registered datasets by name', () => {
    const result = compareLosses({ dataset: 'iris', losses: ['cross-entropy'], epochs: 2 });
    expect(result.dataset).toMatchObject({ name: 'iris', task: 'multiclass', rows: 150, features: 4 });
    expect(result.title).toBe(getDataset('iris').title);
  });
});

describe('formatComparisonTable', () => {
  it('prints one row per loss, the winner and the note', () => {
    const result = compareLosses({ dataset: regression, title: 'Synthetic', losses: ['mse', 'huber'], epochs: 2 });
    const text = formatComparisonTable(result);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Synthetic');
    expect(text).toMatch(/loss\s+train loss\s+val loss\s+test rmse/);
    expect(lines.some((line) => /^mse\s+\d/.test(line))).toBe(true);
    expect(lines.some((line) => /^huber\s+\d/.test(line))).toBe(true);
    expect(text).toContain(`Winner: ${result.winner} (test rmse`);
    expect(text).toContain(`Note: ${result.note}`);
  });
});

describe('DEMO_COMPARISONS', () => {
  it('has three comparisons whose losses fit their datasets', () => {
    expect(DEMO_COMPARISONS).toHaveLength(3);
    for (const comparison of DEMO_COMPARISONS) {
      const task = getDataset(comparison.dataset as string).task;
      for (const choice of comparison.losses) {
        const loss = typeof choice === 'string' ? choice : choice.loss;
        expect(() => resolveLoss(loss, task)).not.toThrow();
      }
    }
    expect(DEMO_COMPARISONS.map((c) => c.dataset)).toEqual(['boston', 'mnist-binary', 'mnist']);
  });
});
