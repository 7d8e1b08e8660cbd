/**
 * build-nanogpt's step log (`<step> train <loss>`, `<step> val <loss>`, `<step> hella <acc>`),
 * met in the twenty-first corpus, part b (nanogpt-fineweb-train) and unread before. The lines are
 * written here in the layout of karpathy/build-nanogpt's train_gpt2.py, numbers made up.
 */
import { describe, expect, it } from 'vitest';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-step-split-');

const nanogpt = [
  '0 val 11.0213',
  '0 hella 0.2486',
  '0 train 11.027695',
  '1 train 10.977922',
  '2 train 10.880912',
  '3 train 10.748536',
  '4 val 10.5120',
  '4 train 10.596173',
].join('\n') + '\n';

describe('build-nanogpt step log', () => {
  it('is detected by content, whatever the name', () => {
    for (const name of ['log.txt', 'train_log.txt', 'out']) expect(detectLogFormat(name, bytes(nanogpt))).toBe('step-split');
  });

  it('reads each split at its step: train_loss the training loss, val_loss the validation loss', () => {
    const log = parseLog('log.txt', bytes(nanogpt));
    expect(log.format).toBe('step-split');
    expect(seriesPoints(log.series['train_loss']).map(({ step }) => step)).toEqual([0, 1, 2, 3, 4]);
    expect(seriesPoints(log.series['val_loss'])).toEqual([{ step: 0, value: 11.0213 }, { step: 4, value: 10.512 }]);
    expect(seriesPoints(log.series['hella_acc'])).toEqual([{ step: 0, value: 0.2486 }]);
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.points.map(({ value }) => value).at(-1)).toBeCloseTo(10.596173);
    expect(history.validationLoss?.points.length).toBe(2);
  });

  it("reads only the first value of a fork's longer line", () => {
    const fork = ['0 train 5.5 | lr 1.0e-04 | norm: 1.2', '1 train 5.4 | lr 2.0e-04 | norm: 1.1', '2 train 5.3 | lr 3.0e-04 | norm: 1.0'].join('\n') + '\n';
    expect(seriesPoints(parseLog('log.txt', bytes(fork)).series['train_loss']).map(({ value }) => value)).toEqual([5.5, 5.4, 5.3]);
  });

  it('takes no text of a few such lines or of numbered prose', () => {
    expect(detectLogFormat('log.txt', bytes('0 train 1.5\n1 train 1.4\n'))).toBeUndefined();
    expect(detectLogFormat('notes.txt', bytes('3 apples 2\n4 pears 5\n5 plums 7\n'))).toBeUndefined();
    expect(() => parseLog('notes.txt', bytes('3 apples 2\n'))).toThrow(/not a training log/);
  });

  it('is found in a folder walk', async () => {
    put('gpt/log/log.txt', nanogpt);
    const runs = await readRuns(root);
    expect(runs.map((run) => [run.name, run.source.format])).toEqual([['gpt/log', 'step-split']]);
  });
});
