/**
 * Layouts the thirty-third real-log corpus (test/monitor/corpus-thirty-third-a and -b) left unread
 * or read wrong, read after its held-out score (so tuned), written here in each layout, numbers
 * made up: Chainer's PrintReport table in a notebook (each row after `ESC[J`, a new table for each
 * `trainer.run()`, one reporting every 10 epochs), a Korean edition's loop (`에포크 0 손실: 4.3722`)
 * (readers-51, part b); fastai's training table printed as text, in its 0.7, early v1 and v2 forms,
 * and the 2022 course's miniai table of a `train` and an `eval` row per epoch (readers-52, part a).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readConsoleLine } from '../../src/io/console-line.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';
import { html, notebook, steps, stdout, values } from './support/logs.js';

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
    expect(Array.from(log.series['main/loss'].epochs ?? [])).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
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

/** fastai's table as text: `header`, then `rows` rows from `row(epoch)`. */
const fastaiTable = (header: string, rows: number, row: (epoch: number) => string) => `${header}\n${Array.from({ length: rows }, (_, epoch) => row(epoch)).join('\n')}\n`;
const falling = (epoch: number, start: number) => (start / (epoch + 1)).toFixed(6);

describe("fastai's training table printed as text", () => {
  it("fastai 0.7's (`trn_loss`, a `<lambda>` metric), after progress bars in its cell: the losses, at their epochs", () => {
    const table = fastaiTable('epoch      trn_loss   val_loss   <lambda>                  ', 6, (e) => `    ${e}      ${falling(e, 1)}   ${falling(e, 1.1)}   0.9${e}                  `);
    const log = parseLog('carvana.ipynb', notebook([[stdout(' 94%|#########4| 30/32 [00:05<00:00,  5.48it/s, loss=10.6] \n\r'), stdout(table)]]));
    expect(steps(log.series.trn_loss)).toHaveLength(6);
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['trn_loss'], ['val_loss']]);
  });

  it("early fastai v1's (`train loss  valid loss`, each row's time in brackets) and v2's in a console log (a `time` column)", () => {
    const v1 = parseLog('v1.log', bytes(fastaiTable('epoch  train loss  valid loss  accuracy', 5, (e) => `${e}      ${falling(e, 1)}    ${falling(e, 1.1)}    0.60950${e}  (00:31)`)));
    expect(values(v1.series.valid_loss)).toEqual([1.1, 0.55, 0.366667, 0.275, 0.22]);
    const v2 = parseLog('v2.log', bytes(fastaiTable('epoch     train_loss  valid_loss  accuracy  time', 5, (e) => `${e}         ${falling(e, 1)}    ${falling(e, 1.1)}    0.9${e}  00:12`)));
    expect(Object.keys(v2.series).sort()).toEqual(['accuracy', 'train_loss', 'valid_loss']);
  });

  it('a table of a fit run twice is two trainings, the latest read; rows of another width are no rows', () => {
    const table = (start: number) => fastaiTable('epoch     train_loss  valid_loss  accuracy  time', 6, (e) => `${e}         ${falling(e, start)}    ${falling(e, start)}    0.9${e}  00:12`);
    const log = parseLog('two-fits.log', bytes(`${table(1)}${table(3)}0  1  2\n`));
    expect(values(log.series.train_loss)[0]).toBe(3);
    expect(values(log.series.train_loss)).toHaveLength(6);
  });
});

describe("the 2022 fastai course's miniai metrics table", () => {
  it("a `train` and an `eval` row per epoch: the eval rows are the validation figures", () => {
    const rows = Array.from({ length: 6 }, (_, epoch) => ['train', 'eval'].map((split) =>
      `<tr><td>0.8${epoch}</td><td>${falling(epoch, split === 'train' ? 1 : 1.2)}</td><td>${epoch}</td><td>${split}</td></tr>`).join('')).join('');
    const table = `<table border="1" class="dataframe"><thead><tr style="text-align: left;"><th>accuracy</th><th>loss</th><th>epoch</th><th>train</th></tr></thead><tbody>${rows}</tbody></table>`;
    const log = parseLog('augment.ipynb', notebook([[html(table)]]));
    expect(values(log.series.loss)).toHaveLength(6);
    expect(values(log.series.val_loss)[0]).toBe(1.2);
    expect(log.series.train).toBeUndefined();
  });
});
