/**
 * Readers-134: per-split lists of per-epoch records (`{"train": [{"loss": ..}, ...], "val": [...]}`),
 * a PyTorch script's own history.json, as the ninety-eighth corpus showed it (corpus-ninety-eighth-c:
 * deepshield's, with an `lr` and a `phase` list beside the splits, went unread as a Keras history
 * whose splits were "not per-epoch lists"; lnp-delivery's was read by the container fallback as two
 * trainings, one per split, and judged on the training loss). One training: each split's records at
 * their epoch, the validation split's names as 'val_' + the name. Small copies of the shapes; the
 * last block reads the real files.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLossHistoryDocument, parseJsonLog } from '../../src/io/json-log.js';
import { readRun } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';

const record = (loss: number, accuracy: number) => ({ loss, accuracy });
const points = (log: ReturnType<typeof parseJsonLog>, name: string) => seriesPoints(log.series[name]).map((p) => [p.step, p.value]);

describe('per-split lists of per-epoch records', () => {
  const document = {
    train: [record(0.38, 0.83), record(0.30, 0.87), record(0.25, 0.90)],
    val: [record(0.20, 0.90), record(0.15, 0.93), record(0.12, 0.95)],
    lr: [0.001, 0.0009, 0.0008],
    phase: [1, 1, 2],
    config: { model: 'resnet' },
  };

  it('is one training: each split at its position, validation as val_ + the name, the per-epoch lists beside it kept', () => {
    expect(isLossHistoryDocument(document)).toBe(true);
    const log = parseJsonLog(JSON.stringify(document, null, 2), 'history.json');
    expect(log.format).toBe('json-history');
    expect(Object.keys(log.series).sort()).toEqual(['accuracy', 'loss', 'lr', 'phase', 'val_accuracy', 'val_loss']);
    expect(points(log, 'val_loss')).toEqual([[0, 0.20], [1, 0.15], [2, 0.12]]);
    expect(points(log, 'lr')).toEqual([[0, 0.001], [1, 0.0009], [2, 0.0008]]);
    expect(log.notes).toEqual(expect.arrayContaining([
      "per-epoch lists beside them joined the training records: 'lr', 'phase'",
      "not per-split records, skipped: 'config'",
    ]));
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.name, history.validationLoss?.name]).toEqual(['loss', 'val_loss']);
  });

  it('a record naming its epoch is placed there (a validation split evaluated every other epoch)', () => {
    const log = parseJsonLog(JSON.stringify({
      train: [1, 2, 3, 4].map((epoch) => ({ epoch, loss: 1 / epoch })),
      val: [{ epoch: 2, loss: 0.6 }, { epoch: 4, loss: 0.4 }],
    }), 'history.json');
    expect(points(log, 'val_loss')).toEqual([[2, 0.6], [4, 0.4]]);
    expect(points(log, 'loss').map(([step]) => step)).toEqual([1, 2, 3, 4]);
  });

  it('lists of records under keys that name no split, or records without a loss, are not this shape', () => {
    const noSplit = parseJsonLog(JSON.stringify({ runs: [record(0.3, 0.8), record(0.2, 0.9)], other: [record(0.5, 0.7), record(0.4, 0.8)] }), 'h.json');
    expect(Object.keys(noSplit.series)).not.toContain('val_loss');
    expect(isLossHistoryDocument({ train: [{ accuracy: 0.8 }, { accuracy: 0.9 }] })).toBe(false);
  });
});

describe('the ninety-eighth corpus\'s files', () => {
  const corpus = join(import.meta.dirname, '..', 'monitor', 'corpus-ninety-eighth-c', 'runs');

  it('deepshield\'s history.json is read, with its learning rate, as one training judged on val_loss', async () => {
    const run = await readRun(join(corpus, 'c09-pytorch-json-guizanzotisb-deepshield', 'history.json'));
    const history = History.fromSeries(run.series, run.roles === undefined ? {} : { roles: run.roles });
    expect(history.validationLoss?.name).toBe('val_loss');
    expect(history.validationLoss?.points).toHaveLength(15);
    expect(Object.keys(run.series)).toEqual(expect.arrayContaining(['lr', 'phase', 'val_f1']));
  });

  it('lnp-delivery\'s history.json is one run with a validation loss, not two trainings', async () => {
    const run = await readRun(join(corpus, 'c04-pytorch-json-ryde-work-lnp-delivery', 'history.json'));
    const history = History.fromSeries(run.series, run.roles === undefined ? {} : { roles: run.roles });
    expect([history.trainLoss?.name, history.validationLoss?.name]).toEqual(['loss', 'val_loss']);
    expect(history.validationLoss?.points).toHaveLength(97);
    expect(run.notes?.join(' ')).not.toMatch(/one of 2 trainings/);
  });
});
