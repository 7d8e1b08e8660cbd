/**
 * The two layouts the twelfth real-log corpus (test/monitor/corpus-twelfth-a) left unread:
 *
 *   - fastai's `CSVLogger(append=True)`, which writes the header again at each fit: the header
 *     written again begins a new training (judged on the last, as fresh starts are), fastai's
 *     `#na#` is a missing value, and damage inside one training (an interrupted fit's short row)
 *     truncates that training, not the ones after it;
 *   - one CSV file per split (`train_performance.csv` + `val_performance.csv`, the same columns):
 *     one run, the validation file's `loss` read as `val_loss`; only when the names say the split
 *     without doubt and the files share their axis and loss columns.
 *
 * Small copies of those shapes first; the last block reads the real runs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvLog } from '../../src/io/csv-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { parseNumber, seriesPoints } from '../../src/io/series.js';
import { diagnose, History } from '../../src/monitor/index.js';
import { tempFolder } from './support/temp-files.js';

const values = (log: { series: Record<string, Parameters<typeof seriesPoints>[0]> }, name: string) =>
  seriesPoints(log.series[name]).map((p) => [p.step, p.value]);

const HEADER = 'epoch,train_loss,valid_loss,accuracy';
/** `count` epochs of one fastai fit, from epoch 0. */
const fit = (count: number, first: number) => Array.from({ length: count }, (_, epoch) => `${epoch},${first - epoch / 10},${first + 0.1 - epoch / 20},0.${5 + epoch}`);

describe("fastai's CSVLogger(append=True): the header written again begins a new training", () => {
  it("an interrupted fit (a short row with '#na#') loses its own rows only; the last training is the run", () => {
    const text = [HEADER, '0,4.99,#na#', HEADER, ...fit(1, 0.43), HEADER, '0,1.07,#na#', HEADER, ...fit(6, 0.39)].join('\n') + '\n';
    const log = parseCsvLog(text, 'history.csv');
    expect(Object.keys(log.series)).toEqual(['train_loss', 'valid_loss', 'accuracy']);
    expect(values(log, 'train_loss').map(([epoch]) => epoch)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(values(log, 'train_loss')[0][1]).toBe(0.39);
    expect(log.warnings).toEqual([
      "history.csv:2: 3 fields, expected 4 (the header's columns); kept the 0 rows of its training before it and ignored the rest of that training (up to the header written again on line 3)",
      "history.csv:6: 3 fields, expected 4 (the header's columns); kept the 0 rows of its training before it and ignored the rest of that training (up to the header written again on line 7)",
    ]);
    expect(log.notes).toEqual(["history.csv:3: the header row is written again, and 2 more times after: 4 trainings written into one log (a header written again begins a new training, as fastai's CSVLogger(append=True) writes one at each fit); kept the latest (from line 7, 6 points) and left out the 3 before it"]);
  });

  it("'#na#' is a missing cell, as an empty one and 'NA' are", () => {
    expect(['#na#', ' #na# ', '', 'NA'].map(parseNumber)).toEqual([undefined, undefined, undefined, undefined]);
    const log = parseCsvLog(`${HEADER}\n0,0.9,#na#,0.5\n1,0.8,0.85,0.6\n`, 'history.csv');
    expect(values(log, 'valid_loss')).toEqual([[1, 0.85]]);
    expect(log.warnings).toEqual([]);
  });

  it('a last training too short for the trend rules gives way to the one before, as a fresh start does', () => {
    const log = parseCsvLog([HEADER, ...fit(5, 0.9), HEADER, ...fit(2, 0.5)].join('\n') + '\n', 'history.csv');
    expect(values(log, 'train_loss').map(([epoch]) => epoch)).toEqual([0, 1, 2, 3, 4]);
    expect(log.notes?.[0]).toBe("history.csv:7: the header row is written again: 2 trainings written into one log (a header written again begins a new training, as fastai's CSVLogger(append=True) writes one at each fit); kept training 1 of 2 (up to line 6, 5 points): the latest (from line 7, 2 points) is shorter than the 5 points the trend rules need");
  });

  it("a column with no value in the kept training is left out, not taken from an earlier fit's", () => {
    const last = fit(5, 0.4).map((row) => row.split(',').map((cell, i) => (i === 2 ? '#na#' : cell)).join(','));
    const log = parseCsvLog([HEADER, ...fit(5, 0.9), HEADER, ...last].join('\n') + '\n', 'history.csv');
    expect(Object.keys(log.series)).toEqual(['train_loss', 'accuracy']);
  });

  it('a new training begins at the header even when the epochs go on (a later fit numbered from where the last ended)', () => {
    const later = fit(5, 0.5).map((row) => row.replace(/^\d+/, (epoch) => String(Number(epoch) + 5)));
    const log = parseCsvLog([HEADER, ...fit(5, 0.9), HEADER, ...later].join('\n') + '\n', 'history.csv');
    expect(values(log, 'train_loss').map(([epoch]) => epoch)).toEqual([5, 6, 7, 8, 9]);
  });

  it('damage in the last training ignores the rest of the file; a file whose every training is damaged before a row is an error', () => {
    const log = parseCsvLog([HEADER, ...fit(5, 0.9), HEADER, ...fit(2, 0.5), '2,0.3', '3,0.2,0.3,0.7'].join('\n') + '\n', 'history.csv');
    expect(log.warnings).toEqual(["history.csv:10: 2 fields, expected 4 (the header's columns); kept the 2 rows of its training before it and ignored the rest of the file"]);
    expect(values(log, 'train_loss').map(([epoch]) => epoch)).toEqual([0, 1, 2, 3, 4]);
    expect(() => parseCsvLog([HEADER, '0,4.99,#na#', HEADER, '0,1.07,#na#', ''].join('\n'), 'history.csv')).toThrow('history.csv:2: 3 fields, expected 4');
  });

  it("the rows kept before damage are counted in the damaged training; the trainings after it are read", () => {
    const log = parseCsvLog('epoch,loss\n0,1\n1,0.5\n2,0.4,9\nepoch,loss\n0,2\n', 'log.csv');
    // Neither training has the 5 points the trend rules need: the latest is kept.
    expect(values(log, 'loss')).toEqual([[0, 2]]);
    expect(log.warnings[0]).toBe("log.csv:4: 3 fields, expected 2 (the header's columns); kept the 2 rows of its training before it and ignored the rest of that training (up to the header written again on line 5)");
  });
});

describe('one CSV file per split is one run', () => {
  const { root, put } = tempFolder('losskit-split-files-');
  const table = (rows: number[][], header = 'Accuracy,loss') => `${header}\n${rows.map((row) => row.join(',')).join('\n')}\n`;
  const train = table([[0.2, 2.0], [0.3, 1.8], [0.4, 1.6]]);
  const validation = table([[0.25, 2.5], [0.35, 1.9]]);

  it("train_performance.csv + val_performance.csv: the validation file's loss is val_loss, its metrics val_ + the name", async () => {
    put('fer/train_performance.csv', train);
    put('fer/val_performance.csv', validation);
    const run = await readRun(join(root, 'fer'));
    expect(run.name).toBe('fer');
    expect(Object.keys(run.series)).toEqual(['Accuracy', 'loss', 'val_Accuracy', 'val_loss']);
    expect(values(run, 'val_loss')).toEqual([[0, 2.5], [1, 1.9]]);
    expect(run.notes).toEqual(["one CSV file per split, read as one run: train_performance.csv (training: its names as they are), val_performance.csv (validation: 'val_' + the name)"]);
    const history = History.fromSeries(run.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['loss'], ['val_loss']]);
  });

  it('files that are logs on their own (an epoch column) join too, a test file as test_; other logs in the folder stay runs of their own', async () => {
    const withEpochs = (rows: number[][]) => table(rows.map((row, epoch) => [epoch, ...row]), 'epoch,acc,loss');
    put('keras/train_log.csv', withEpochs([[0.5, 1], [0.6, 0.8]]));
    put('keras/validation_log.csv', withEpochs([[0.55, 1.1], [0.58, 0.9]]));
    put('keras/test_log.csv', withEpochs([[0.57, 0.95]]));
    put('keras/finetune.csv', withEpochs([[0.7, 0.5]]));
    const runs = await readRuns(join(root, 'keras'));
    expect(runs.map((run) => run.name)).toEqual(['keras/train_log', 'keras/finetune']);
    expect(Object.keys(runs[0].series)).toEqual(['acc', 'loss', 'val_acc', 'val_loss', 'test_acc', 'test_loss']);
    expect(seriesPoints(runs[0].series.val_loss)).toEqual([{ step: 0, epoch: 0, value: 1.1 }, { step: 1, epoch: 1, value: 0.9 }]);
  });

  it('left alone when anything is in doubt: no training file, two files of one split, another axis or other losses, a data table', async () => {
    // Each file is then what it was: a run when it is a log on its own (train_perf.csv with an epoch column), else passed by.
    const cases: Record<string, Record<string, string>> = {
      'no-train': { 'val_perf.csv': validation, 'test_perf.csv': validation },
      'two-validation': { 'train_perf.csv': train, 'val_perf.csv': validation, 'valid_perf.csv': validation },
      'other-axis': { 'train_perf.csv': table([[0, 0.2, 2.0]], 'epoch,Accuracy,loss'), 'val_perf.csv': validation },
      'other-losses': { 'train_perf.csv': train, 'val_perf.csv': table([[0.25, 2.5]], 'Accuracy,total_loss') },
      'other-names': { 'train_perf.csv': train, 'val_scores.csv': validation },
      'two-splits-in-a-name': { 'train_val_perf.csv': train, 'val_perf.csv': validation },
      data: { 'train.csv': table([[1, 2]], 'id,price'), 'test.csv': table([[3, 4]], 'id,price') },
    };
    for (const [folder, files] of Object.entries(cases)) {
      for (const [file, text] of Object.entries(files)) put(`doubt/${folder}/${file}`, text);
      const names = (await readRuns(join(root, 'doubt', folder))).map((run) => run.name);
      expect(names, folder).toEqual(folder === 'other-axis' ? ['other-axis'] : []);
    }
  });
});

describe('the real runs of corpus-twelfth-a', () => {
  const runs = join(import.meta.dirname, '..', 'monitor', 'corpus-twelfth-a', 'runs');

  it('fastai-retinopathy: four fits appended, two interrupted; the last (16 epochs) is the run, and its noisy validation loss is found', async () => {
    const run = await readRun(join(runs, 'fastai-retinopathy'));
    expect(run.source.format).toBe('csv-fastai');
    expect(Object.fromEntries(Object.entries(run.series).map(([name, series]) => [name, series.length]))).toEqual({ train_loss: 16, valid_loss: 16, accuracy: 16, auroc: 16 });
    expect(run.warnings.map((warning) => warning.replace(/^.*history\.csv:/, ''))).toEqual([
      "2: 3 fields, expected 5 (the header's columns); kept the 0 rows of its training before it and ignored the rest of that training (up to the header written again on line 3)",
      "6: 3 fields, expected 5 (the header's columns); kept the 0 rows of its training before it and ignored the rest of that training (up to the header written again on line 7)",
    ]);
    expect(run.notes?.[0]).toMatch(/history\.csv:3: the header row is written again, and 2 more times after: 4 trainings .* kept the latest \(from line 7, 16 points\) and left out the 3 before it$/);
    const history = History.fromSeries(run.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['train_loss'], ['valid_loss']]);
    expect(history.validationLoss?.points.slice(0, 3)).toEqual([{ step: 0, epoch: 0, value: 0.452819 }, { step: 1, epoch: 1, value: 161.800034 }, { step: 2, epoch: 2, value: 0.389007 }]);
    expect(history.trainLoss?.points.at(-1)).toEqual({ step: 15, epoch: 15, value: 0.253323 });
    // Labelled noisy-validation|divergence; the plateau the rules also report is a false alarm by the labels (a rules matter).
    expect(diagnose(history).map((finding) => finding.kind)).toContain('noisy-validation');
  });

  it('csv-fer-resnet: the training and validation files are one run, 31 and 30 epochs', async () => {
    const run = await readRun(join(runs, 'csv-fer-resnet'));
    expect(run.name).toBe('csv-fer-resnet');
    expect(Object.fromEntries(Object.entries(run.series).map(([name, series]) => [name, series.length]))).toEqual({
      Accuracy: 31, Precision: 31, Recall: 31, loss: 31, val_Accuracy: 30, val_Precision: 30, val_Recall: 30, val_loss: 30,
    });
    const history = History.fromSeries(run.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['loss'], ['val_loss']]);
    expect(history.trainLoss?.points[0]).toEqual({ step: 0, epoch: 0, value: 2.060011386871338 });
    expect(history.validationLoss?.points.at(-1)).toEqual({ step: 29, epoch: 29, value: 0.8890315890312195 });
    // Labelled plateau|still-improving|widening-gap (marginal: flattening); the rules find none of them yet, and raise nothing else.
    const allowed = ['plateau', 'still-improving', 'widening-gap', 'lr-too-low'];
    expect(diagnose(history).filter((finding) => !allowed.includes(finding.kind))).toEqual([]);
  });
});
