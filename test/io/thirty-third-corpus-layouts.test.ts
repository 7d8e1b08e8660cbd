/**
 * Layouts the thirty-third real-log corpus (test/monitor/corpus-thirty-third-b) left unread, read
 * after its held-out score (so tuned), written here in each layout, numbers made up: Chainer's
 * PrintReport table in a notebook (each row after `ESC[J`, a new table for each `trainer.run()`,
 * one reporting every 10 epochs), and a Korean edition's loop (`에포크 0 손실: 4.3722`).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readConsoleLine } from '../../src/io/console-line.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';
import { notebook, steps, stdout, values } from './support/logs.js';

/** Chainer's PrintReport: a header, then each row after ESC[J, epochs `from`, `from + by`, ... */
const printReport = (rows: number, from: number, by: number, start: number) =>
  'epoch       main/loss   main/accuracy  val/main/loss  val/main/accuracy\n' +
  Array.from({ length: rows }, (_, index) => `\x1b[J${String(from + index * by).padEnd(12)}${(start / (index + 1)).toFixed(6).padEnd(12)}0.5${index}        ` +
    `${(start / (index + 1) + 0.05).toFixed(6).padEnd(15)}0.4${index}           \n`).join('');

describe("Chainer's PrintReport in a notebook", () => {
  it('rows after ESC[J are read, and the losses are the training and validation losses', () => {
    const log = parseLog('report.ipynb', notebook([[stdout(printReport(8, 1, 1, 1))]]));
    expect(steps(log.series['main/loss'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['main/loss'], ['val/main/loss']]);
  });

  it("a second table whose rows count from epoch 10 (a trainer reporting every 10 epochs) is a training of its own, not a resume", () => {
    const log = parseLog('two-runs.ipynb', notebook([[stdout(printReport(20, 1, 1, 1))], [stdout(printReport(8, 10, 10, 2))]]));
    expect(steps(log.series['main/loss'])).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    expect(values(log.series['main/loss'])[0]).toBe(2);
    expect(log.notes?.find((note) => note.includes('trainings written into one log'))).toContain("Chainer's PrintReport");
  });

  it('a header written again while its training goes on (JDE logs it each epoch) stays one training', () => {
    const header = '    Epoch       Batch       box      conf        id     total  nTargets      time\n';
    const rows = (epoch: number) => Array.from({ length: 3 }, (_, i) => `    ${epoch}/9       ${i}/2     0.227      2.06        19       ${158 - epoch * 3 - i}        83      59.6\n`).join('');
    const log = parseLog('jde.log', bytes(Array.from({ length: 4 }, (_, epoch) => header + rows(epoch)).join('')));
    expect(values(log.series.total)).toHaveLength(12);
  });
});

describe('a Korean edition of a loop', () => {
  it("'에포크 0 손실: 4.3722' is epoch 0's loss; '훈련 손실' and '검증 손실' are the training and validation losses", () => {
    const counted = readConsoleLine('에포크 0 손실: 4.3722', false, true, undefined);
    expect(counted?.kind === 'observation' && [counted.epoch, counted.pairs]).toEqual([0, [{ name: 'loss', value: 4.3722, validation: false }]]);
    const split = readConsoleLine('에포크 1/10 훈련 손실: 0.52, 검증 손실: 0.61', false, true, undefined);
    expect(split?.kind === 'observation' && split.pairs.map(({ name, validation }) => [name, validation])).toEqual([['train_loss', false], ['val_loss', true]]);
  });

  it('a text line in Korean with a number (`전체 길이: 1112350`, the text length) is no observation', () => {
    expect(readConsoleLine('전체 길이: 1112350', false, true, undefined)).toBeUndefined();
  });

  it('the loop printed every 500 iterations in a notebook is read at its counter', () => {
    const text = Array.from({ length: 10 }, (_, i) => `에포크 ${i * 500} 손실: ${(4.4 / (i + 1)).toFixed(4)}\n`).join('');
    const log = parseLog('char-rnn.ipynb', notebook([[stdout('전체 길이: 1112350\n고유한 문자: 80\n')], [stdout(text)]]));
    expect(steps(log.series.loss)).toHaveLength(10);
  });
});
