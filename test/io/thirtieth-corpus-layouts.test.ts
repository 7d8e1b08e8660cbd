/**
 * Layouts the thirtieth real-log corpus (test/monitor/corpus-thirtieth-b) left unread, read after
 * its held-out score (so tuned), written here in each layout, numbers made up:
 *
 *   - MT-DNN's logging lines of `Name - [value]` pairs (bracketed-line.ts): nlp-recipes' `... - INFO -
 *     Task - [ 0] Updates - [   500] Training Loss - [1.32204] Time Remaining - [4:25:55]` under
 *     `At epoch 0` headers, and MT-DNN's own `Task [ 0] updates[   500] train loss[1.32204] remaining[...]`;
 *   - lecun1989-repro's evaluations (eval-split-line.ts): `eval: split train. loss 5.576071e-02.
 *     error 8.11%. misses: 591` and `split test`, after the Flax port's `epoch 1` header, two
 *     trainings in two cells of one notebook.
 */
import { describe, expect, it } from 'vitest';
import { readBracketedLine } from '../../src/io/bracketed-line.js';
import { readConsoleLine } from '../../src/io/console-line.js';
import { readEvalSplitLine } from '../../src/io/eval-split-line.js';
import { readRun } from '../../src/io/index.js';
import { parseLog } from '../../src/io/parse-log.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';
import { tempFolder } from './support/temp-files.js';
import { notebook, stderr, stdout, steps, values } from './support/logs.js';

const PREFIX = '06/26/2020 08:14:13 - mtdnn.modeling_mtdnn - INFO - ';
const mtdnn = (updates: number, loss: number, left = '4:25:55') =>
  `${PREFIX}Task - [ 0] Updates - [${String(updates).padStart(6)}] Training Loss - [${loss.toFixed(5)}] Time Remaining - [${left}]`;

describe("bracketed-line: MT-DNN's `Name - [value]` logging lines", () => {
  it('reads the loss at the updates, the logging prefix, the task index and the time left passed by', () => {
    expect(readBracketedLine(mtdnn(1, 1.63923, '1 day, 13:33:33'))).toEqual({ step: 1, pairs: [{ name: 'training_loss', value: 1.63923, validation: false }] });
    expect(readBracketedLine('Task [ 0] updates[   500] train loss[1.32204] remaining[4:25:55]')).toEqual({
      step: 500, pairs: [{ name: 'train_loss', value: 1.32204, validation: false }],
    });
    expect(readBracketedLine('> epoch [ 2] updates[  1500] train loss[0.53271] remaining[0:10:05].')).toEqual({
      step: 1500, epoch: 2, pairs: [{ name: 'train_loss', value: 0.53271, validation: false }],
    });
    expect(readBracketedLine('Epoch[3/10] Train Loss[0.4100] Dev Loss[0.5200]')).toEqual({
      epoch: 3, pairs: [{ name: 'train_loss', value: 0.41, validation: false }, { name: 'dev_loss', value: 0.52, validation: true }],
    });
  });

  it('reads no other line: no loss, no counter, one pair, words between or after the pairs, a list, MetricLogger and MXNet lines', () => {
    expect(readBracketedLine(`${PREFIX}Task - [ 0] Updates - [   500] Time Remaining - [4:25:55]`)).toBeUndefined();
    expect(readBracketedLine(`${PREFIX}Training Loss - [0.61127] Time Remaining - [0:05:13]`)).toBeUndefined();
    expect(readBracketedLine('train loss[0.53]')).toBeUndefined();
    expect(readBracketedLine('Updates - [500] and then Training Loss - [0.5]')).toBeUndefined();
    expect(readBracketedLine('the loss [0.5] fell at step [3] today')).toBeUndefined();
    expect(readBracketedLine('step [3] losses [0.5, 0.4]')).toBeUndefined();
    expect(readBracketedLine('Epoch: [2]  [ 0/40]  eta: 0:28:51  lr: 0.0001  loss: 0.3403 (0.3403)')).toBeUndefined();
    expect(readBracketedLine('Epoch[0] Batch [100]\tSpeed: 1234.56 samples/sec\taccuracy=0.123')).toBeUndefined();
    expect(readConsoleLine(`${PREFIX}Task mnli_matched -- epoch 0 -- Dev ACC: 84.144`, false)?.kind).not.toBe('observation');
  });

  it('is a console observation at the updates', () => {
    expect(readConsoleLine(mtdnn(500, 1.32204), true)).toEqual({
      kind: 'observation', pairs: [{ name: 'training_loss', value: 1.32204, validation: false }], components: 0, summary: false, counter: { value: 500, named: true },
    });
  });

  it("an nlp-recipes notebook: the running training loss at the updates, counted across epochs, in the epoch of each 'At epoch' header", () => {
    const losses = [1.64, 1.32, 1.21, 1.16, 1.13, 1.08, 1.03, 0.99];
    const epoch = (e: number) => `${PREFIX}At epoch ${e}\n${PREFIX}Amount of data to go over: 24471\n` +
      losses.slice(e * 4, e * 4 + 4).map((loss, i) => `${mtdnn(e * 2000 + i * 500 + (e + i === 0 ? 1 : 0), loss)}\n`).join('') +
      `${PREFIX}Saving mt-dnn model to /tmp/checkpoint/model_${e}.pt\n`;
    const log = parseLog('tc_mnli_mtdnn.ipynb', notebook([
      [stdout(`${PREFIX}Loaded 391533 samples out of 392702\n`)],
      [stdout(`${PREFIX}Total number of params: 109484547\n${epoch(0)}`), stdout(epoch(1))],
      [stdout(`${PREFIX}predicting 100\n${PREFIX}Task mnli_mismatched -- epoch 0 -- Dev ACC: 84.422\n`)],
    ]));
    expect(log.format).toBe('console');
    expect(Object.keys(log.series)).toEqual(['training_loss']);
    expect(steps(log.series.training_loss)).toEqual([1, 500, 1000, 1500, 2000, 2500, 3000, 3500]);
    expect(values(log.series.training_loss)).toEqual(losses);
    expect(seriesPoints(log.series.training_loss!).map((point) => point.epoch)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(History.fromSeries(log.series).trainLoss?.sourceNames).toEqual(['training_loss']);
  });
});

const evaluation = (split: string, loss: number, error: number) =>
  `eval: split ${split.padEnd(5)}. loss ${loss.toExponential(6)}. error ${error.toFixed(2)}%. misses: ${Math.round(error * 20)}`;

describe("eval-split-line: lecun1989-repro's evaluations of the training and test sets", () => {
  it('reads the train split as the training loss and error, the test split as held out', () => {
    expect(readEvalSplitLine('eval: split train. loss 5.576071e-02. error 8.11%. misses: 591')).toEqual({
      pairs: [{ name: 'loss', value: 0.05576071, validation: false }, { name: 'error', value: 8.11, validation: false }],
    });
    expect(readEvalSplitLine('eval: split test . loss 5.287848e-02. error 7.37%. misses: 148')).toEqual({
      pairs: [{ name: 'test_loss', value: 0.05287848, validation: true }, { name: 'test_error', value: 7.37, validation: true }],
    });
    expect(readEvalSplitLine(evaluation('val', 0.5, 10))?.pairs[0]).toEqual({ name: 'val_loss', value: 0.5, validation: true });
  });

  it('reads no other line: another split word, a missing field, no number, another opening', () => {
    expect(readEvalSplitLine(evaluation('extra', 0.5, 10))).toBeUndefined();
    expect(readEvalSplitLine(evaluation('constructor', 0.5, 10))).toBeUndefined();
    expect(readEvalSplitLine('eval: split train. loss 5.576071e-02. error 8.11%.')).toBeUndefined();
    expect(readEvalSplitLine('eval: split train. loss n/a. error 8.11%. misses: 591')).toBeUndefined();
    expect(readEvalSplitLine('eval: split train. loss 0.05. misses: 591')).toBeUndefined();
    expect(readConsoleLine('eval: running the test split now', true)).toBeUndefined();
  });

  it('a Flax notebook of two trainings in two cells: the latest is read, the test loss as its validation loss, each at its epoch', () => {
    const run = (count: number, header: (epoch: number) => string, from: number) => Array.from({ length: count }, (_, i) =>
      `${header(i + 1)}\n${evaluation('train', from / (i + 1), 8 / (i + 1))}\n${evaluation('test', (from * 1.1) / (i + 1) + 0.001 * i, 9 / (i + 1))}\n`).join('');
    const log = parseLog('lecun1989_flax.ipynb', notebook([
      [stdout(run(8, (epoch) => `epoch ${epoch}`, 0.05))],
      [stderr('WARNING:absl:No GPU/TPU found, falling back to CPU.\n')],
      [stdout(run(6, (epoch) => `epoch ${epoch} with learning rate 0.000${300 - epoch * 2}`, 0.5))],
    ]));
    expect(log.format).toBe('console');
    expect(values(log.series.loss)).toEqual([1, 2, 3, 4, 5, 6].map((epoch) => 0.5 / epoch).map((value) => Number(value.toExponential(6))));
    expect(steps(log.series.test_loss)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seriesPoints(log.series.test_loss!).map((point) => point.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log.notes?.find((note) => note.includes('trainings written into one log'))).toContain('2 trainings');
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['loss'], ['test_loss']]);
  });

  it("repro.py's script output, with its bare pass number instead of a header, read from a .log in a folder", async () => {
    const { root, put } = tempFolder('losskit-lecun1989-');
    const text = Array.from({ length: 6 }, (_, i) => `${i + 1}\n${evaluation('train', 0.05 / (i + 1), 5)}\n${evaluation('test', 0.06 / (i + 1), 6)}\n`).join('');
    put('repro/out/base/train.log', `model stats:\n# params:       9760\n# MACs:         63660\n${text}`);
    const run = await readRun(`${root}/repro`);
    expect(run.source.format).toBe('console');
    expect(steps(run.series.loss)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(steps(run.series.test_loss)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
