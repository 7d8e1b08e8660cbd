/** History: name normalisation, building from every source, JSON round trip; smoothing. */
import { describe, expect, it } from 'vitest';
import { History, isAxisName, rollingMedian, seriesName, smoothEma } from '../../src/monitor/index.js';

describe('seriesName', () => {
  const cases: [string, string, string][] = [
    // Keras
    ['loss', 'loss', 'trainLoss'], ['val_loss', 'val_loss', 'validationLoss'], ['accuracy', 'accuracy', 'metric'],
    ['val_accuracy', 'val_accuracy', 'metric'], ['acc', 'accuracy', 'metric'], ['learning_rate', 'learning_rate', 'learningRate'],
    ['lr', 'learning_rate', 'learningRate'],
    // Lightning
    ['train_loss', 'loss', 'trainLoss'], ['train_loss_epoch', 'loss', 'trainLoss'], ['train_loss_step', 'loss_step', 'trainLoss'],
    ['val_loss_epoch', 'val_loss', 'validationLoss'], ['valid_loss', 'val_loss', 'validationLoss'], ['val_acc', 'val_accuracy', 'metric'],
    ['lr-Adam', 'learning_rate_adam', 'learningRate'],
    // TensorBoard (PyTorch tutorial tags, Keras' TensorBoard callback)
    ['Loss/train', 'loss', 'trainLoss'], ['Loss/test', 'val_loss', 'validationLoss'], ['loss/validation', 'val_loss', 'validationLoss'],
    ['epoch_loss', 'loss', 'trainLoss'], ['train/epoch_loss', 'loss', 'trainLoss'], ['validation/epoch_loss', 'val_loss', 'validationLoss'],
    ['epoch_learning_rate', 'learning_rate', 'learningRate'], ['batch_loss', 'loss_step', 'trainLoss'],
    ['evaluation_loss_vs_iterations', 'val_loss_step', 'validationLoss'],
    // Hugging Face and our trainer's metric names
    ['eval_loss', 'val_loss', 'validationLoss'], ['eval_accuracy', 'val_accuracy', 'metric'], ['f1Macro', 'f1_macro', 'metric'],
  ];
  it.each(cases)('%s -> %s (%s)', (raw, name, role) => {
    expect(seriesName(raw)).toMatchObject({ name, role });
  });

  it('axis columns are not series', () => {
    for (const axis of ['epoch', 'step', 'global_step', 'wall_time', 'Step']) {
      expect(isAxisName(axis)).toBe(true);
      expect(seriesName(axis)).toBeUndefined();
    }
  });

  it('a name without a split takes the given one (Keras writes epoch_loss into train/ and validation/ folders)', () => {
    expect(seriesName('epoch_loss', { split: 'validation' })?.name).toBe('val_loss');
    expect(seriesName('epoch_accuracy', { split: 'validation' })?.name).toBe('val_accuracy');
  });
});

describe('History', () => {
  it('append keeps points sorted by step; a repeated step replaces', () => {
    const history = new History();
    history.append('loss', { step: 2, value: 0.5 }).append('loss', { step: 0, value: 0.9 }).append('loss', { step: 1, value: 0.7 });
    history.append('train_loss', { step: 1, value: 0.6 });
    expect(history.trainLoss?.points.map((p) => [p.step, p.value])).toEqual([[0, 0.9], [1, 0.6], [2, 0.5]]);
    expect(history.trainLoss?.sourceNames).toEqual(['loss', 'train_loss']);
    history.append('loss', { value: 0.4 });
    expect(history.trainLoss?.points.at(-1)).toEqual({ step: 3, value: 0.4 });
    expect(() => history.append('epoch', { value: 1 })).toThrow(/axis column/);
  });

  it('fromEpochs reads trainer records; NaN validation losses (no validation set) give no series', () => {
    const records = [1, 2, 3].map((epoch) => ({
      epoch, trainLoss: 1 / epoch, validationLoss: 1.2 / epoch, learningRate: 0.01, metrics: { accuracy: 0.5 + epoch / 10, f1Macro: 0.4 }, seconds: 0.5,
    }));
    const history = History.fromEpochs(records);
    expect(history.names).toEqual(['loss', 'val_loss', 'learning_rate', 'val_accuracy', 'val_f1_macro']);
    expect(history.validationLoss?.points[2]).toEqual({ step: 3, epoch: 3, value: 1.2 / 3, wallTime: 1.5 });
    expect(history.metrics.map((series) => series.split)).toEqual(['validation', 'validation']);
    const noValidation = History.fromEpochs(records.map((record) => ({ ...record, validationLoss: Number.NaN })));
    expect(noValidation.validationLoss).toBeUndefined();
  });

  it('fromColumns reads Keras history.history (epochs 0-based)', () => {
    const history = History.fromColumns({ loss: [0.9, 0.5], val_loss: [1, 'nan'], lr: [0.1, 0.1] });
    expect(history.trainLoss?.points).toEqual([{ step: 0, epoch: 0, value: 0.9 }, { step: 1, epoch: 1, value: 0.5 }]);
    expect(Number.isNaN(history.validationLoss?.points[1].value)).toBe(true);
    expect(history.learningRate?.name).toBe('learning_rate');
  });

  it("fromRows merges Lightning's sparse rows and prefers per-epoch series", () => {
    const rows = [
      { epoch: 0, step: 9, train_loss_step: 0.8, train_loss_epoch: '', val_loss: '' },
      { epoch: 0, step: 9, train_loss_step: '', train_loss_epoch: '', val_loss: 0.75 },
      { epoch: 0, step: 9, train_loss_step: '', train_loss_epoch: 0.85, val_loss: '' },
      { epoch: 1, step: 19, train_loss_step: 0.5, train_loss_epoch: 'NA', val_loss: '' },
    ];
    const history = History.fromRows(rows);
    expect(history.names.sort()).toEqual(['loss', 'loss_step', 'val_loss']);
    expect(history.trainLoss?.name).toBe('loss');
    expect(history.series('train_loss_step')?.points).toEqual([{ step: 9, epoch: 0, value: 0.8 }, { step: 19, epoch: 1, value: 0.5 }]);
    expect(history.series('val_loss')?.points).toEqual([{ step: 9, epoch: 0, value: 0.75 }]);
  });

  it('fromSeries reads a log reader\'s named point lists', () => {
    const history = History.fromSeries({ 'Loss/train': [{ step: 0, value: 1, wallTime: 1e9 }], 'Loss/val': [{ step: 0, value: 1.1 }] });
    expect(history.trainLoss?.points[0]).toEqual({ step: 0, value: 1, wallTime: 1e9 });
    expect(history.validationLoss?.sourceNames).toEqual(['Loss/val']);
  });

  it('fromSeries keeps apart two curves that would land on the same series at the same steps', () => {
    const epochs = (values: number[]) => values.map((value, index) => ({ step: index + 1, epoch: index + 1, value }));
    const history = History.fromSeries({ validation_loss: epochs([0.9, 0.7, 0.6]), test_loss: epochs([1.0, 0.8, 0.75]), train_loss: epochs([1, 0.5, 0.3]) });
    expect(history.validationLoss?.points.map((point) => point.value)).toEqual([0.9, 0.7, 0.6]);
    expect(history.validationLoss?.sourceNames).toEqual(['validation_loss']);
    const apart = history.series('test_loss');
    expect(apart?.name).toBe('test_loss');
    expect(apart?.role).toBe('metric');
    expect(apart?.points.map((point) => point.value)).toEqual([1.0, 0.8, 0.75]);
  });

  it('fromSeries still joins one curve logged in parts, or twice, under two names', () => {
    // A per-epoch 'loss' and a final 'train_loss' at a later step: one curve, not two.
    const history = History.fromSeries({ loss: [{ step: 1, value: 1 }, { step: 2, value: 0.5 }], train_loss: [{ step: 3, value: 0.4 }] });
    expect(history.trainLoss?.points.map((point) => point.value)).toEqual([1, 0.5, 0.4]);
    expect(history.names).toEqual(['loss']);
    // Lightning's 'train_loss' repeats 'train_loss_epoch': one curve logged twice.
    const twice = History.fromSeries({ train_loss_epoch: [{ step: 1, value: 1 }, { step: 2, value: 0.5 }], train_loss: [{ step: 1, value: 1 }, { step: 2, value: 0.5 }] });
    expect(twice.trainLoss?.sourceNames).toEqual(['train_loss_epoch', 'train_loss']);
    expect(twice.names).toEqual(['loss']);
  });

  it('JSON round trip keeps NaN and ±Infinity', () => {
    const history = new History()
      .append('loss', { epoch: 1, value: 0.5, wallTime: 10 })
      .append('loss', { epoch: 2, value: Number.NaN })
      .append('val_loss', { epoch: 1, value: Infinity })
      .append('val_loss', { epoch: 2, value: -Infinity });
    const text = JSON.stringify(history);
    expect(text).toContain('"NaN"');
    const back = History.fromJSON(text);
    expect(back.all()).toEqual(history.all());
    expect(History.fromJSON(history.toJSON()).all()).toEqual(history.all());
    expect(() => History.fromJSON('{"format":"other"}')).toThrow(/format/);
    expect(() => History.fromJSON({ ...history.toJSON(), version: 2 })).toThrow(/version/);
  });
});

describe('smoothEma (TensorBoard classic smoothing)', () => {
  /** Independent form: the debiased EMA is a normalised weighted mean with weights (1 − w) w^(n − i). */
  function weightedMean(values: number[], w: number): number[] {
    return values.map((_, n) => {
      let sum = 0;
      for (let i = 0; i <= n; i++) sum += (1 - w) * w ** (n - i) * values[i];
      return sum / (1 - w ** (n + 1));
    });
  }

  it('equals the normalised weighted mean (default weight 0.6)', () => {
    const values = [2.3, 1.1, 0.9, 1.4, 0.6, 0.55, 0.7];
    const smoothed = smoothEma(values);
    const expected = weightedMean(values, 0.6);
    // A few roundings per point: well within 8 machine epsilons of values near 1.
    smoothed.forEach((value, i) => expect(Math.abs(value - expected[i])).toBeLessThan(8 * Number.EPSILON * 4));
    expect(smoothed[0]).toBe(2.3);
    expect(smoothEma([1, 2, 3])[1]).toBeCloseTo(1.625, 12);
  });

  it('passes NaN and Infinity through without counting them; constant series unchanged; weight 0 and 1', () => {
    const smoothed = smoothEma([1, Number.NaN, 3, Infinity, 3]);
    expect(Number.isNaN(smoothed[1])).toBe(true);
    expect(smoothed[3]).toBe(Infinity);
    expect(smoothed[2]).toBeCloseTo(weightedMean([1, 3], 0.6)[1], 14);
    expect(smoothEma([0.5, 0.5, 0.5], 0.9)).toEqual([0.5, 0.5, 0.5]);
    expect(smoothEma([1, 2, 3], 0)).toEqual([1, 2, 3]);
    expect(smoothEma([1, 2, 3], 1)).toEqual([0, 0, 0]);
    expect(smoothEma([1, 2], Number.NaN)).toEqual([1, 2]);
    expect(smoothEma([])).toEqual([]);
  });
});

describe('rollingMedian', () => {
  it('trailing and centred, skipping non-finite values', () => {
    expect(rollingMedian([1, 5, 2, 8, 3], 3)).toEqual([1, 3, 2, 5, 3]);
    expect(rollingMedian([1, 5, 2, 8, 3], 3, { centred: true })).toEqual([3, 2, 5, 3, 5.5]);
    expect(rollingMedian([1, Number.NaN, 3], 2)).toEqual([1, 1, 3]);
  });
});
