/**
 * Layouts the forty-third real-log corpus (test/monitor/corpus-forty-third-a to -d) left unread,
 * read after its held-out score (so tuned), written here, numbers made up. readers-76: an EMG
 * speech-recognition loop draws a rule after its epoch line's number, `-----finished epoch 1 -
 * training loss: 3.7851------` (c07, c08): the trailing dashes hid the number. readers-78: a C++
 * regression tool writes each split's metrics in braces, `検証: epoch=1 train={MAE=   0.286 RMSE=
 * 0.382} test={MAE=   0.293 RMSE=   0.591}` (d07, d08, a Shift-JIS file).
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';
import { steps, values } from './support/logs.js';

describe("a rule drawn after an epoch line's last number (readers-76)", () => {
  it('is decoration: the line is read, one point per epoch', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `-----finished epoch ${i + 1} - training loss: ${(3.8 - i * 0.3).toFixed(4)}------`);
    const log = parseLog('log.txt', bytes(`train / dev split: 8055 200\n${lines.join('\nsome prediction text\n')}\n`));
    expect(values(log.series.training_loss)).toEqual([3.8, 3.5, 3.2, 2.9, 2.6, 2.3]);
    expect(steps(log.series.training_loss)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('only after a number: a rule after words stays part of a heading', () => {
    expect(readConsoleLine('----Prediction Evaluation-----', false)).toBeUndefined();
  });
});

describe("a split's metrics in braces (readers-78)", () => {
  it("'train={MAE= 0.29 RMSE= 0.38} test={...}' gives each pair its split, one point per epoch", () => {
    const lines = Array.from({ length: 6 }, (_, i) =>
      `検証: epoch=${i + 1} train={MAE=   ${(0.29 - i * 0.01).toFixed(3)} RMSE=   0.382} test={MAE=   0.293 RMSE=   ${(0.59 - i * 0.02).toFixed(3)}}`);
    const log = parseLog('XNN.log', bytes(`ネットワーク: 58:ELU - (32:ELU x 3) - 1\n${lines.join('\n')}\n学習完了: 21.905秒\n`));
    expect(values(log.series.test_rmse)).toEqual([0.59, 0.57, 0.55, 0.53, 0.51, 0.49]);
    expect(steps(log.series.test_rmse)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(values(log.series.train_mae)).toEqual([0.29, 0.28, 0.27, 0.26, 0.25, 0.24]);
  });

  it('a Python dict after a split word is not such a group', () => {
    const line = readConsoleLine("epoch=2 train={'loss': 0.5}", false);
    expect(line?.kind === 'observation' ? line.pairs.map(({ name }) => name) : []).not.toContain('train_loss');
  });
});
