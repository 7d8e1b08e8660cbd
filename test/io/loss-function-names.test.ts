/**
 * Histories whose losses are logged under a loss function's name and a split ('train_nll',
 * 'val_cross_entropy', 'dev_mae'), with no '...loss...' key: the readers take them for loss
 * histories (`namesLoss`), as the tag -> role table takes 'train_nll' for the training loss. A
 * bare 'mae' or 'rmse' column is a results table's, not a history's. The real run
 * (corpus-eleventh-b's json-edgequake-magnet) was unread before.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLog } from '../../src/io/json-log.js';
import { detectLogFormat } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { namesLoss, seriesPoints } from '../../src/io/series.js';
import { isLogRecord } from '../../src/io/walk-detect.js';
import { diagnose, History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-loss-functions-');

/** The shape of json-edgequake-magnet's history.json: per-epoch records of a training NLL and a dev MAE. */
const nllRecords = JSON.stringify([[1, 1.5, 0.64], [2, 1.4, 0.63], [3, 1.3, 0.62]].map(([epoch, nll, mae]) => ({ epoch, train_nll: nll, dev_mae: mae })), null, 1);
/** A results table: one record per model, errors under bare names. */
const results = JSON.stringify([{ model: 'rf', mae: 0.31, rmse: 0.52 }, { model: 'xgb', mae: 0.28, rmse: 0.47 }]);

describe('keys naming a loss', () => {
  it("'...loss...', or a split's loss function; not a bare error name", () => {
    for (const key of ['loss', 'val_loss', 'train/loss_box', 'train_nll', 'val_cross_entropy', 'dev_mae', 'test_rmse']) expect(namesLoss(key), key).toBe(true);
    for (const key of ['mae', 'rmse', 'nll', 'val_accuracy', 'epoch', 'train_f1']) expect(namesLoss(key), key).toBe(false);
  });

  it('a list of records under them is a loss history; a results table is not', () => {
    const log = parseJsonLog(nllRecords, 'history.json');
    expect(Object.keys(log.series)).toEqual(['train_nll', 'dev_mae']);
    expect(seriesPoints(log.series.train_nll).map((p) => [p.epoch, p.value])).toEqual([[1, 1.5], [2, 1.4], [3, 1.3]]);
    expect(() => parseJsonLog(results, 'results.json')).toThrow(/cannot read as a training log/);
  });

  it("a dict of lists, pandas' CSV and JSON lines under them are read too", () => {
    const lists = parseJsonLog(JSON.stringify({ train_cross_entropy: [0.9, 0.7], val_cross_entropy: [1.0, 0.8] }), 'h.json');
    expect(Object.keys(lists.series)).toEqual(['train_cross_entropy', 'val_cross_entropy']);
    expect(detectLogFormat('', bytes(',train_nll,dev_mae\n0,1.5,0.64\n1,1.4,0.63\n'))).toBe('csv');
    expect(detectLogFormat('', bytes(',mae,rmse\n0,0.31,0.52\n'))).toBeUndefined();
    expect(isLogRecord({ train_nll: 1.5 })).toBe(true);
    expect(isLogRecord({ mae: 0.31 })).toBe(false);
  });

  it('a folder walk takes the history for a run and leaves the results table alone', async () => {
    put('walk/magnet/history.json', nllRecords);
    put('walk/magnet/results.json', results);
    const runs = await readRuns(join(root, 'walk'));
    expect(runs.map((run) => [run.name, run.error === undefined])).toEqual([['magnet', true]]);
    const history = History.fromSeries(runs[0].series);
    expect([history.trainLoss?.sourceNames, history.validationLoss]).toEqual([['train_nll'], undefined]);
  });
});

describe('the real run: corpus-eleventh-b/json-edgequake-magnet', () => {
  it("reads: 'train_nll' is the training loss, 'dev_mae' (another function) stays a metric, and the still-falling end is found", async () => {
    const run = await readRun(join(import.meta.dirname, '..', 'monitor', 'corpus-eleventh-b', 'runs', 'json-edgequake-magnet'));
    expect(Object.fromEntries(Object.entries(run.series).map(([name, series]) => [name, series.length]))).toEqual({ train_nll: 24, dev_mae: 24 });
    const history = History.fromSeries(run.series);
    expect([history.trainLoss?.name, history.validationLoss?.name, history.metrics.map((series) => series.name)]).toEqual(['nll', undefined, ['nll', 'val_mae']]);
    expect(history.trainLoss?.points.at(-1)).toEqual({ step: 24, epoch: 24, value: 0.3296385713920151 });
    expect(diagnose(history).map((finding) => finding.kind)).toEqual(['still-improving']);
  });
});
