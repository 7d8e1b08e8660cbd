/**
 * Headerless loss files that count their own rows (readers-142): a script that appends `epoch,batch,loss` to
 * `training_loss.txt`, and one that writes `epoch N` before each epoch's per-batch losses in `losses.txt` (the
 * hundred-and-ninth corpus's c06 and c05, both unread before). The file's name still says which loss the numbers are.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/runs.js';
import { bytes, tempFolder } from './support/temp-files.js';

const losses = [1.55, 1.23, 1.11, 0.97, 0.9, 0.86, 0.83, 0.82];
const counted = losses.map((loss, i) => `${1 + Math.floor(i / 4)},${1 + (i % 4)},${loss}`).join('\n') + '\n';
const marked = [0, 1].map((epoch) => `epoch ${epoch + 1}\n\n${losses.slice(4 * epoch, 4 * epoch + 4).join('\n')}`).join('\n') + '\n';

describe("'epoch,batch,loss' rows without a header (readers-142)", () => {
  it('are the loss the name says, one point per row, in the epoch of the first column', () => {
    const run = parseLog('training_loss.txt', bytes(counted));
    expect([...run.series['training_loss']!.values]).toEqual(losses);
    expect([...run.series['training_loss']!.steps]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(Object.keys(run.series)).toEqual(['training_loss']);
    expect(run.notes?.join(' ')).toMatch(/rows of 'epoch,batch,loss'/);
  });

  it('in a file whose name says no loss, or with counters that are not whole numbers, are refused', () => {
    expect(() => parseLog('numbers.csv', bytes(counted))).toThrow();
    expect(() => parseLog('training_loss.csv', bytes('1.5,2,0.9\n2.5,3,0.8\n'))).toThrow(/no header row/);
  });
});

describe("'epoch N' lines over a loss a line (readers-142)", () => {
  const { root, put } = tempFolder('losskit-marked-loss-');
  put('run/losses.txt', marked);

  it('are read as the loss the name says, one point per number, the epochs from the lines', async () => {
    const run = parseLog('losses.txt', bytes(marked));
    expect([...run.series['losses']!.values]).toEqual(losses);
    expect([...run.series['losses']!.steps]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const [walked] = await readRuns(`${root}/run`);
    expect([...(walked?.series['losses']?.values ?? [])]).toEqual(losses);
  });
});
