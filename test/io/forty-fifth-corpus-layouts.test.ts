/**
 * Layouts the forty-fifth real-log corpus (test/monitor/corpus-forty-fifth-a to -d) left unread,
 * read after its held-out score (so tuned), written here, numbers made up. readers-81: a training
 * script writes a title and a summary before its CSV table (`Training log for model saved in:
 * ./outputs_...`, `Best validation accuracy: 94.8980`, then `epoch,train_loss,val_loss,...`, d19 in a
 * `training_log.txt`): the first line was taken for the header, and the file for no log.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/runs.js';
import { steps, values } from './support/logs.js';
import { bytes, tempFolder } from './support/temp-files.js';

const rows = Array.from({ length: 6 }, (_, i) => `${i + 1},${(1.9 - i * 0.2).toFixed(2)},${(2 - i * 0.1).toFixed(2)},${30 + i},${20 + i},0.85`);
const table = `epoch,train_loss,val_loss,train_acc,val_acc,epoch_time_sec\n${rows.join('\n')}\n`;
const preface = 'Training log for model saved in: ./outputs_cropped\nBest validation accuracy: 94.8980\n';

describe('a CSV table after lines of prose (readers-81)', () => {
  it('reads the table, its prose passed by with a note', () => {
    const log = parseLog('training_log.txt', bytes(preface + table));
    expect(values(log.series.train_loss)).toEqual([1.9, 1.7, 1.5, 1.3, 1.1, 0.9]);
    expect(steps(log.series.val_loss)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log.notes).toContain('the first 2 lines are prose before the table, passed by');
  });

  it('a folder walk reads it too, streamed', async () => {
    const { root, put } = tempFolder('losskit-csv-preface-');
    put('run/training_log.txt', preface + table);
    const runs = await readRuns(join(root, 'run'));
    expect(runs.map((run) => [run.source.format, run.error])).toEqual([['csv-keras', undefined]]);
    expect(values(runs[0].series.val_loss)).toEqual([2, 1.9, 1.8, 1.7, 1.6, 1.5]);
  });

  it('only before a header naming an epoch or step, after at most three lines', () => {
    expect(() => parseLog('notes.txt', bytes(`${preface}name,price,volume\na,1,2\nb,3,4\nc,5,6\n`))).toThrow(/not a training log/);
    expect(() => parseLog('notes.txt', bytes(`one\ntwo\nthree\nfour\n${table}`))).toThrow(/not a training log/);
  });
});
