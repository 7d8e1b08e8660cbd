/**
 * JSON histories the eighth real-log corpus (test/monitor/corpus-eighth-b) showed unread: a list
 * of step records whose first records hold no loss (a logger writing one record per group of
 * metrics), a history keyed by split and then by name (`{"train": {"loss": [...]}, "val": {...}}`,
 * the mirror of the loss-then-split shape in loss-histories.test.ts), and per-epoch records keyed
 * by split and epoch (`{"train_epoch_1": {...}, "val_epoch_1": {...}}`). Inputs here are small
 * copies of those shapes; the last block reads the real files.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLossHistoryDocument, parseJsonLog } from '../../src/io/json-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';
import { tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-eighth-');

const values = (log: { series: Record<string, Parameters<typeof seriesPoints>[0]> }, name: string) =>
  seriesPoints(log.series[name]).map((p) => [p.step, p.value]);

describe('a list of step records whose first records hold no loss (cs336 metrics.json)', () => {
  // One record per group of metrics, as corpus-eighth-b's json-cs336-focused: model size, then the
  // learning rate, then the losses, each with its own wall-clock timestamp.
  const records = [
    { step: 0, timestamp: 1756114587.2, 'model/total_parameters': 22696448 },
    { step: 0, timestamp: 1756114588.0, 'learning_rate/group_0': 0 },
    { step: 0, timestamp: 1756114601.1, 'train/loss': 9.32, 'train/perplexity': 11207 },
    { step: 10, timestamp: 1756114691.9, 'learning_rate/group_0': 6e-5 },
    { step: 10, timestamp: 1756114701.1, 'train/loss': 7.41, 'train/perplexity': 1656 },
    { step: 10, timestamp: 1756114702.0, 'eval/loss': 7.6 },
  ];

  it('is a record list: decided on all its records, not the first', () => {
    expect(isLossHistoryDocument(records)).toBe(true);
    const log = parseJsonLog(JSON.stringify(records, null, 2), 'metrics.json');
    expect(log.format).toBe('json-history');
    expect(values(log, 'train/loss')).toEqual([[0, 9.32], [10, 7.41]]);
    expect(values(log, 'eval/loss')).toEqual([[10, 7.6]]);
  });

  it('the timestamp is the points\' wall time, not a series (as in JSON lines): no restart is read from it', () => {
    const log = parseJsonLog(JSON.stringify(records), 'metrics.json');
    expect(Object.keys(log.series)).not.toContain('timestamp');
    expect(seriesPoints(log.series['train/loss']).map((p) => p.wallTime)).toEqual([1756114601.1, 1756114701.1]);
    expect(log.notes).toEqual(['a list of per-epoch records: each placed by its step or epoch (else its position)']);
  });

  it('a list with no loss in any record is still no training log, and a folder walk finds the run', async () => {
    expect(isLossHistoryDocument([{ id: 1, step: 3 }, { id: 2, width: 640 }])).toBe(false);
    put('cs336/run/metrics.json', JSON.stringify(records, null, 2));
    put('cs336/data/boxes.json', JSON.stringify([{ id: 1, width: 640 }, { id: 2, height: 480 }], null, 2));
    const runs = await readRuns(join(root, 'cs336'));
    expect(runs.map((run) => [run.name, run.source.format, run.error])).toEqual([['run', 'json-history', undefined]]);
  });
});

describe('a history keyed by split, then by name (eeg-gruxnet training_history.json)', () => {
  const history = {
    train: { loss: [0.59, 0.49, 0.41], accuracy: [68.3, 76.3, 81.4] },
    val: { loss: [0.68, 0.47, 0.38], accuracy: [70.1, 80.2, 84.0], predictions: [], labels: [] },
    best_val_loss: 0.38,
    config: 'gru_xnet_bs32',
  };

  it("train's names as they are, val's with 'val_'; metadata skipped and named", () => {
    expect(isLossHistoryDocument(history)).toBe(true);
    const log = parseJsonLog(JSON.stringify(history), 'training_history.json');
    expect(log.format).toBe('json-history');
    expect(Object.keys(log.series)).toEqual(['loss', 'accuracy', 'val_loss', 'val_accuracy']);
    expect(seriesPoints(log.series.val_loss).map((p) => [p.epoch, p.value])).toEqual([[0, 0.68], [1, 0.47], [2, 0.38]]);
    expect(log.notes).toEqual([
      "per-split dicts of lists read as series: 'train', 'val' (the train split's names as they are, validation's as 'val_' + the name, test's as 'test_' + the name)",
      "not per-epoch lists of 3 numbers, skipped: 'val_predictions', 'val_labels', 'best_val_loss', 'config'",
    ]);
    const roles = History.fromSeries(log.series);
    expect([roles.trainLoss?.name, roles.validationLoss?.name]).toEqual(['loss', 'val_loss']);
  });

  it('validation / valid / test splits; a plain list of the same name is the writer\'s own and wins', () => {
    const log = parseJsonLog(JSON.stringify({ train: { loss: [2, 1] }, validation: { loss: [3, 2] }, test: { loss: [4, 3] }, val_loss: [9, 8] }), 'h.json');
    expect(Object.keys(log.series)).toEqual(['loss', 'test_loss', 'val_loss']);
    expect(values(log, 'val_loss')).toEqual([[0, 9], [1, 8]]);
  });

  it('a split dict without a loss list (a results summary) is no loss history', () => {
    expect(isLossHistoryDocument({ train: { accuracy: [0.5, 0.7] }, val: { accuracy: [0.4, 0.6] } })).toBe(false);
    expect(isLossHistoryDocument({ train: { loss: 0.3 }, val: { loss: 0.4 } })).toBe(false);
  });
});

describe('per-epoch records keyed by split and epoch (leximind training_history.json)', () => {
  const record = (total: number, task: number) => ({ summarization_loss: task, summarization_rouge1: 0.28, topic_loss: 0.5, total_loss: total });
  const document = {
    train_epoch_1: record(4.70, 4.08), val_epoch_1: record(4.13, 3.83),
    train_epoch_2: record(4.08, 3.87), val_epoch_2: record(4.06, 3.80),
    train_epoch_10: record(3.90, 3.70), val_epoch_10: record(4.03, 3.78),
    best_epoch: 2,
  };

  it('each record placed at the epoch its key names (in epoch order), its names prefixed by its split', () => {
    expect(isLossHistoryDocument(document)).toBe(true);
    const log = parseJsonLog(JSON.stringify(document, null, 2), 'training_history.json');
    expect(log.format).toBe('json-history');
    expect(Object.keys(log.series)).toEqual([
      'summarization_loss', 'summarization_rouge1', 'topic_loss', 'total_loss',
      'val_summarization_loss', 'val_summarization_rouge1', 'val_topic_loss', 'val_total_loss',
    ]);
    expect(seriesPoints(log.series.val_total_loss).map((p) => [p.step, p.epoch, p.value])).toEqual([[1, 1, 4.13], [2, 2, 4.06], [10, 10, 4.03]]);
    expect(log.notes).toEqual([
      "per-epoch records keyed by split and epoch ('train_epoch_1', 'val_epoch_1', ...; 3 epochs): each placed at its key's epoch, the train split's names as they are, validation's as 'val_' + the name, test's as 'test_' + the name",
      "not split-and-epoch records, skipped: 'best_epoch'",
    ]);
  });

  it('the total loss is the loss; the named task losses stay metrics', () => {
    const roles = History.fromSeries(parseJsonLog(JSON.stringify(document), 'h.json').series);
    expect([roles.trainLoss?.name, roles.validationLoss?.name]).toEqual(['loss', 'val_loss']);
    expect(roles.validationLoss?.points.map((p) => p.value)).toEqual([4.13, 4.06, 4.03]);
  });

  it('records without a loss, or keys naming no split, are not such a history', () => {
    expect(isLossHistoryDocument({ train_epoch_1: { accuracy: 0.5 }, val_epoch_1: { accuracy: 0.4 } })).toBe(false);
    expect(isLossHistoryDocument({ model_epoch_1: { loss: 0.5 } })).toBe(false);
  });
});

describe('the real files (corpus-eighth-b)', () => {
  const runs = join(import.meta.dirname, '../monitor/corpus-eighth-b/runs');

  it('cs336 metrics.json: 50 and 40 training-loss logs, 5 and 10 evaluations', async () => {
    for (const [name, train, evaluations] of [['json-cs336-focused', 50, 5], ['json-cs336-sweep', 40, 10]] as const) {
      const roles = History.fromSeries((await readRun(join(runs, name))).series);
      expect([roles.trainLoss?.points.length, roles.validationLoss?.points.length]).toEqual([train, evaluations]);
    }
  });

  it("eeg-gruxnet: 30 epochs of loss and val_loss, val's best (best_val_loss 0.1069) at the 28th", async () => {
    const roles = History.fromSeries((await readRun(join(runs, 'json-eeg-gruxnet'))).series);
    expect([roles.trainLoss?.points.length, roles.validationLoss?.points.length]).toEqual([30, 30]);
    expect(roles.validationLoss?.points[27].value).toBeCloseTo(0.1069, 4);
  });

  it('leximind: 7 and 8 epochs of total_loss, train and val', async () => {
    for (const [name, epochs, firstVal] of [['json-leximind-7ep', 7, 4.134], ['json-leximind-8ep', 8, 4.298]] as const) {
      const roles = History.fromSeries((await readRun(join(runs, name))).series);
      expect([roles.trainLoss?.points.length, roles.validationLoss?.points.length]).toEqual([epochs, epochs]);
      expect(roles.validationLoss?.points[0].value).toBeCloseTo(firstVal, 3);
    }
  });
});
