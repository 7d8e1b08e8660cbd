/**
 * An epoch header followed by the epoch's time alone (readers-180): a PyTorch port of Generative Deep Learning prints
 * `Epoch: 1\tepoch time 0.11 min` over `\ttrain loss: 4.2283, valid loss: 3.5230` (the 184th corpus's e07, unread
 * before: `Epoch: 1` was a header only with its total or a '|' after it, as a config's `epoch: 100` is not one).
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';
import { notebook, stdout, values } from './support/logs.js';

const train = [4.2283, 3.0208, 2.5472, 2.3142, 2.1636, 2.0621];
const valid = [3.523, 2.7528, 2.455, 2.2764, 2.1592, 2.08];
const printed = train.map((loss, e) => `Epoch: ${e + 1}\tepoch time 0.11 min\n\ttrain loss: ${loss.toFixed(4)}, valid loss: ${valid[e].toFixed(4)}\n`).join('');

describe('an epoch header with the epoch\'s time after it', () => {
  it("'Epoch: 3\\tepoch time 0.11 min' and 'Epoch: 3 time 12.5' are headers; a config's 'epoch: 100' and a line naming another time are not", () => {
    expect(readConsoleLine('Epoch: 3\tepoch time 0.11 min', false, true, undefined)).toEqual({ kind: 'header', epoch: 3 });
    expect(readConsoleLine('Epoch: 3 time 12.5', false, true, undefined)).toEqual({ kind: 'header', epoch: 3 });
    expect(readConsoleLine('epoch: 100', false, true, undefined)).toEqual({ kind: 'record-header', epoch: 100 });
    expect(readConsoleLine('epoch: 100 timeout 30', false, true, undefined)).not.toEqual(expect.objectContaining({ kind: 'header' }));
  });

  it('the losses on the lines below take its epoch, in a log and in a notebook', () => {
    for (const log of [parseLog('lstm.log', bytes(printed)), parseLog('lstm.ipynb', notebook([[stdout(printed)]]))]) {
      expect(values(log.series.train_loss)).toEqual(train);
      expect(values(log.series.valid_loss)).toEqual(valid);
    }
  });
});
