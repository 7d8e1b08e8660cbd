/**
 * Layouts the twenty-sixth real-log corpus (test/monitor/corpus-twenty-sixth-b) left unread, read
 * after its held-out score (so tuned), in lines written here in each layout, numbers made up:
 *
 *   - a notebook loop's `Epoch 1/30 | Train 0.1226 | Val 0.0895 | Acc 0.9925`: each split's loss
 *     named by the split word alone on a line placed by its epoch (console-pairs.ts' splitLosses);
 *   - a per-epoch table whose columns are grouped by split between '|' rules, named on a line
 *     above the column names (`|---- VALID ----|---- TRAIN ----|`), in a log of many launches of
 *     which the later ones logged no rows (column-table-pipes.ts, column-table-log.ts).
 */
import { describe, expect, it } from 'vitest';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';
import { notebook, stdout, steps, values } from './support/logs.js';

describe("a loop's 'Epoch k/N | Train x | Val y' line", () => {
  const line = (epoch: number, train: number, val: number) => `Epoch ${epoch}/8 | Train ${train.toFixed(4)} | Val ${val.toFixed(4)} | Acc 0.9${epoch}00`;
  const lines = Array.from({ length: 8 }, (_, i) => line(i + 1, 0.5 - 0.03 * i, 0.45 - 0.02 * i));

  it('reads the split words as the losses, placed by the epoch', () => {
    const log = parseLog('train.log', bytes(['cuda', ...lines, 'OOD acc: 0.7'].join('\n') + '\n'));
    expect(log.format).toBe('console');
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.points.map(({ value }) => value)).toEqual(Array.from({ length: 8 }, (_, i) => Number((0.5 - 0.03 * i).toFixed(4))));
    expect(history.validationLoss?.points.map(({ value }) => value).at(-1)).toBe(0.31);
    expect(history.validationLoss?.points.map(({ epoch }) => epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reads it from a notebook cell', () => {
    const log = parseLog('experiments.ipynb', notebook([[stdout(lines.map((one) => `${one}\n`))]]));
    expect(values(log.series.val_loss)).toHaveLength(8);
  });

  it('takes no split word followed by more words, and no line with one split only', () => {
    const samples = Array.from({ length: 8 }, (_, i) => `Epoch ${i + 1} | train 1000 samples | val 200 samples`).join('\n');
    expect(detectLogFormat('train.log', bytes(samples))).toBeUndefined();
    const trainOnly = Array.from({ length: 8 }, (_, i) => `Epoch ${i + 1}/8 | Train 0.${9 - i}`).join('\n');
    expect(detectLogFormat('train.log', bytes(trainOnly))).toBeUndefined();
  });
});

describe("a table grouped by split between '|' rules", () => {
  const groups = '                           |------------ VALID -------------|----------- TRAIN -------------|------Accuracy------|------------|';
  const names = 'lr       iter     epoch    | loss   top-1  top-2            | loss   top-1  top-2           |    Current Best    | time       |';
  const rule = '-'.repeat(127);
  const start = (date: string) => `${'-'.repeat(47)} [START ${date}] ${'-'.repeat(51)}`;
  const header = ['** start training here! **', groups, names, rule];
  const row = (epoch: number, val: number, train: number) =>
    `0.0001   ${epoch}.0    ${epoch}.0        | ${val.toFixed(3)}  80.365  96.347          | ${train.toFixed(3)}  66.667  95.480         |         80.365295         |  0 hr 0${epoch} min`;
  const first = Array.from({ length: 7 }, (_, e) => row(e, 0.6 - 0.05 * e, 0.7 - 0.06 * e));

  it('is detected by content and reads each group\'s columns under its split, the cells that do not fit their names passed by', () => {
    const text = [start('2021-10-14 15:29:13'), '', ...header, ...first].join('\n') + '\n';
    expect(detectLogFormat('log_train.txt', bytes(text))).toBe('column-table');
    const log = parseLog('log_train.txt', bytes(text));
    expect(Object.keys(log.series).sort()).toEqual(['train_loss', 'train_top-1', 'train_top-2', 'valid_loss', 'valid_top-1', 'valid_top-2']);
    expect(steps(log.series.valid_loss)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['train_loss'], ['valid_loss']]);
    expect(history.validationLoss?.points.map(({ value }) => value).at(-1)).toBe(0.3);
  });

  it('keeps the training with rows when the launches after it logged none or too few', () => {
    const launches = Array.from({ length: 5 }, (_, i) => [start(`2022-08-21 11:3${i}:00`), '', ...header, '']).flat();
    const aborted = [start('2022-08-22 10:28:05'), '', ...header, row(0, 0.9, 0.9), row(1, 0.8, 0.8)];
    const log = parseLog('log_train.txt', bytes([start('2021-10-14 15:29:13'), '', ...header, ...first, ...launches, ...aborted].join('\n') + '\n'));
    expect(values(log.series.train_loss)).toHaveLength(7);
    expect(values(log.series.valid_loss).at(-1)).toBe(0.3);
    expect(log.notes?.join('\n')).toMatch(/kept training 1 of 2/);
  });

  it('reads no piped header naming a column twice without a group line above it', () => {
    const text = ['iter epoch | loss top-1 | loss top-1 |', ...Array.from({ length: 4 }, (_, e) => `${e} ${e} | 0.5 80.1 | 0.6 70.2`)].join('\n');
    expect(detectLogFormat('log.txt', bytes(text))).toBeUndefined();
  });
});
