/**
 * Formats the twenty-fifth real-log corpus (test/monitor/corpus-twenty-fifth-a) left unread (read
 * after its held-out score, so tuned), each on the corpus's own runs (read in place, their sources
 * and licences in that corpus's sources.json) and in a few hand-written cases:
 *
 *   - an AllenNLP serialization folder's `metrics_epoch_N.json` files: one run in epoch order, the
 *     final `metrics.json` no point (allennlp-layout.ts);
 *   - Flair's `loss.tsv`, Flair 0.4's rows one field longer than the header realigned with a note,
 *     TEST_* kept apart from DEV_LOSS (flair-loss-tsv.ts);
 *   - Chainer's LogReport `log`, a JSON list in a file without an extension: `main/loss` and
 *     `validation/main/loss` the losses, by content beside a text `log` (json-chainer.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlairLossTsv } from '../../src/io/flair-loss-tsv.js';
import { parseJsonLog } from '../../src/io/json-log.js';
import { parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import type { ScalarSeries } from '../../src/io/types.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const CORPUS = join(import.meta.dirname, '../monitor/corpus-twenty-fifth-a/runs');
const { root, put } = tempFolder('losskit-twenty-fifth-');
const values = (series: ScalarSeries | undefined) => (series === undefined ? [] : Array.from(series.values));
const points = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((p) => [p.step, p.value]));
const historyOf = (run: { series: Record<string, ScalarSeries>; roles?: Readonly<Record<string, 'trainLoss' | 'validationLoss'>> }) =>
  History.fromSeries(run.series, run.roles === undefined ? {} : { roles: run.roles });

describe('an AllenNLP serialization folder', () => {
  it('reads the real metrics_epoch_N.json files as one run in epoch order, metrics.json and the best-so-far keys not points', async () => {
    const run = await readRun(join(CORPUS, 'a04-allennlp-json-robinweitzel'));
    expect(run.source.format).toBe('allennlp');
    expect(run.series.validation_loss?.length).toBe(19);
    // Epoch 10 after epoch 9, not after epoch 1 (the names sort '_10' before '_2').
    expect(values(run.series.validation_loss).slice(0, 3).map((v) => Number(v.toFixed(4)))).toEqual([3.1532, 2.7172, 2.5996]);
    expect(points(run.series.training_loss)[10]).toEqual([10, expect.closeTo(1.6735, 4)]);
    expect(values(run.series.validation_loss).at(-1)).toBeCloseTo(3.5205, 4);
    expect(Object.keys(run.series).some((name) => name.startsWith('best_') || name.startsWith('peak_') || name === 'training_epochs')).toBe(false);
    expect(run.notes?.join('\n')).toMatch(/not read: metrics\.json/);
    const history = historyOf(run);
    expect(history.trainLoss?.sourceNames).toEqual(['training_loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['validation_loss']);
  });

  it('reads a hand-written folder, one epoch file damaged, the others kept; a folder beside it is its own run', async () => {
    const epoch = (n: number, loss: number) => JSON.stringify({ epoch: n, best_epoch: 0, training_loss: loss, validation_loss: loss + 0.5, best_validation_loss: 0.5, training_duration: '0:01:00' });
    put('allen/run/metrics_epoch_0.json', epoch(0, 2));
    put('allen/run/metrics_epoch_1.json', '{"epoch": 1, "training_loss":');
    put('allen/run/metrics_epoch_2.json', epoch(2, 1));
    put('allen/run/metrics.json', epoch(2, 1));
    put('allen/run/config.json', JSON.stringify({ trainer: { num_epochs: 3 } }));
    const run = await readRun(join(root, 'allen/run'));
    expect(points(run.series.training_loss)).toEqual([[0, 2], [2, 1]]);
    expect(run.warnings.join('\n')).toMatch(/metrics_epoch_1\.json: not valid JSON/);
    const runs = await readRuns(join(root, 'allen'));
    expect(runs.map((one) => one.name)).toEqual(['run']);
  });
});

describe("Flair's loss.tsv", () => {
  it('reads the real Flair 0.5 file: TRAIN_LOSS the training loss, DEV_LOSS the validation loss', async () => {
    const run = await readRun(join(CORPUS, 'a07-flair-jannenev-compare-nlp'));
    expect(run.source.format).toBe('flair');
    expect(points(run.series.TRAIN_LOSS)[0]).toEqual([1, expect.closeTo(0.8579, 4)]);
    expect(points(run.series.DEV_LOSS).at(-1)).toEqual([15, expect.closeTo(0.6957, 4)]);
    expect(run.notes?.join('\n')).not.toMatch(/more fields than the header/);
    const history = historyOf(run);
    expect(history.trainLoss?.sourceNames).toEqual(['TRAIN_LOSS']);
    expect(history.validationLoss?.sourceNames).toEqual(['DEV_LOSS']);
  });

  it('realigns the real Flair 0.4 rows (one empty field more than the header) with a note, TEST_* kept apart', async () => {
    for (const id of ['a08-flair-mood-dj-data', 'a09-flair-mood-dj-model-stuff']) {
      const run = await readRun(join(CORPUS, id));
      expect(run.series.DEV_LOSS?.length).toBe(20);
      expect(run.notes?.join('\n')).toMatch(/loss\.tsv:2: every data row has more fields than the header's 19, empty ones \(the first after TRAIN_LOSS/);
      expect(run.series.TEST_LOSS).toBeUndefined();
      expect(run.series.TESTSET_PRECISION?.length).toBe(20);
      expect(historyOf(run).validationLoss?.sourceNames).toEqual(['DEV_LOSS']);
    }
    const run = await readRun(join(CORPUS, 'a08-flair-mood-dj-data'));
    // The 11th field of each row, not the 'DEV_PRECISION' 0.7627 a read by the header's names would put there.
    expect(values(run.series.DEV_LOSS)[0]).toBeCloseTo(0.014904, 6);
    expect(values(run.series.DEV_LOSS).at(-1)).toBeCloseTo(0.0050005, 6);
    expect(values(run.series.DEV_PRECISION)[0]).toBe(0.7627);
  });

  it('realigns only rows whose extra fields are empty; another misaligned row is damage, the rows before it kept', () => {
    const header = 'EPOCH\tTIMESTAMP\tBAD_EPOCHS\tLEARNING_RATE\tTRAIN_LOSS\tDEV_LOSS\tDEV_PRECISION';
    const text = [header, '1\t10:00:00\t0\t0.1\t0.9\t\t0.8\t0.5', '2\t10:00:01\t0\t0.1\t0.7\t0.6\t0.6', '3\t10:00:02\t0\t0.1\t0.6\t0.55\t0.7\t0.9', '4\t10:00:03\t0\t0.1\t0.5\t0.5\t0.7', ''].join('\n');
    const parsed = parseFlairLossTsv(text, 'loss.tsv');
    expect(points(parsed.series.DEV_LOSS)).toEqual([[1, 0.8], [2, 0.6]]);
    expect(parsed.notes?.join('\n')).toMatch(/loss\.tsv:2: 1 of 2 data rows have more fields than the header's 7/);
    expect(parsed.warnings).toEqual(["loss.tsv:4: 8 fields, expected 7 (the header's columns); kept the 2 rows before it and ignored the rest of the file"]);
  });

  it('reads a header without DEV columns: TEST_LOSS, as written, stands in as the validation loss; `_` is missing', () => {
    const text = 'EPOCH\tTIMESTAMP\tLEARNING_RATE\tTRAIN_LOSS\tTEST_LOSS\tTEST_F1\n0\t09:00:00\t0.1\t1.2\t_\t_\n1\t09:00:05\t0.1\t1.0\t1.1\t0.4\n';
    const parsed = parseLog('loss.tsv', bytes(text));
    expect(parsed.format).toBe('flair');
    expect(points(parsed.series.TEST_LOSS)).toEqual([[1, 1.1]]);
    expect(parsed.notes?.join('\n')).toMatch(/no DEV_LOSS column: TEST_LOSS is the validation loss/);
    expect(History.fromSeries(parsed.series).validationLoss?.sourceNames).toEqual(['TEST_LOSS']);
  });

  it('is found by its header in a folder whatever the name, and a CSV with an EPOCH column of another writer stays a CSV', async () => {
    put('flair/run/training-loss.tsv', 'EPOCH\tTIMESTAMP\tTRAIN_LOSS\tDEV_LOSS\n1\t10:00:00\t0.9\t1.0\n2\t10:00:01\t0.8\t0.95\n');
    const run = await readRun(join(root, 'flair/run'));
    expect(run.source.format).toBe('flair');
    expect(parseLog('log.csv', bytes('epoch,loss\n0,1\n1,0.5\n')).format).toBe('csv-keras');
  });
});

describe("Chainer's LogReport log", () => {
  it('reads the real logs (a file named log, no extension): main/loss and validation/main/loss the losses, placed at their iterations', async () => {
    const run = await readRun(join(CORPUS, 'a11-chainer-siamese-mnist'));
    expect(run.source.format).toBe('chainer');
    expect(points(run.series['main/loss'])[0]).toEqual([847, expect.closeTo(0.05665, 5)]);
    expect(seriesPoints(run.series['validation/main/loss']!)[0]?.epoch).toBe(1);
    const history = historyOf(run);
    expect(history.trainLoss?.sourceNames).toEqual(['main/loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['validation/main/loss']);
    const components = historyOf(await readRun(join(CORPUS, 'a12-chainer-dgcnn-modelnet')));
    expect(components.trainLoss?.sourceNames).toEqual(['main/loss']);
    expect(components.series('main/cls_loss')?.role).toBe('metric');
  });

  it("keeps an adversarial run's several losses as named series, none of them the training loss", async () => {
    const run = await readRun(join(CORPUS, 'a10-chainer-adda-pfnet'));
    expect(run.roles).toEqual({ 'validation/main/loss': 'validationLoss' });
    const history = historyOf(run);
    expect(history.trainLoss).toBeUndefined();
    expect(history.validationLoss?.sourceNames).toEqual(['validation/main/loss']);
    expect(history.series('loss/discrim')?.role).toBe('metric');
    expect(history.series('loss/encoder')?.role).toBe('metric');
  });

  it('places per-iteration records of one epoch apart, and a list without LogReport keys stays a plain record list', () => {
    const log = [
      { 'main/loss': 1, epoch: 0, iteration: 100, elapsed_time: 1 },
      { 'main/loss': 0.8, epoch: 0, iteration: 200, elapsed_time: 2 },
      { 'main/loss': 0.7, 'validation/main/loss': 0.9, epoch: 1, iteration: 300, elapsed_time: 3 },
    ];
    const parsed = parseJsonLog(JSON.stringify(log), 'log');
    expect(points(parsed.series['main/loss'])).toEqual([[100, 1], [200, 0.8], [300, 0.7]]);
    expect(parsed.series['iteration']).toBeUndefined();
    expect(parseJsonLog(JSON.stringify([{ epoch: 1, loss: 1 }, { epoch: 2, loss: 0.5 }]), 'log').format).toBe('json-history');
  });

  it('tells a JSON list `log` from a text `log` by content while walking', async () => {
    put('bare/chainer/log', JSON.stringify([{ 'main/loss': 1, epoch: 1, iteration: 10, elapsed_time: 1 }, { 'main/loss': 0.5, epoch: 2, iteration: 20, elapsed_time: 2 }], null, 4));
    put('bare/text/log', ['Epoch 1, train loss: 0.9, val loss: 1.0', 'Epoch 2, train loss: 0.7, val loss: 0.9', 'Epoch 3, train loss: 0.6, val loss: 0.85', ''].join('\n'));
    put('bare/other/log', 'nothing to read here\n');
    const runs = await readRuns(join(root, 'bare'));
    expect(runs.map((run) => [run.name, run.source.format])).toEqual([['chainer', 'chainer'], ['text', 'console']]);
  });
});
