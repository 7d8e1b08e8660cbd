/**
 * Layouts the forty-third real-log corpus (test/monitor/corpus-forty-third-a to -d) left unread,
 * read after its held-out score (so tuned), written here, numbers made up. readers-76: an EMG
 * speech-recognition loop draws a rule after its epoch line's number, `-----finished epoch 1 -
 * training loss: 3.7851------` (c07, c08): the trailing dashes hid the number.
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
