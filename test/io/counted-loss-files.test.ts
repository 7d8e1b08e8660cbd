/**
 * Headerless loss files that count their own rows (readers-142): a script that appends `epoch,batch,loss` to
 * `training_loss.txt`, and one that writes `epoch N` before each epoch's per-batch losses in `losses.txt` (the
 * hundred-and-ninth corpus's c06 and c05, both unread before). The file's name still says which loss the numbers are.
 * readers-144 (the hundred-and-tenth's c05 and c02): `step<TAB>loss` rows whose step only grows, and a file named with
 * its run's parameters after the loss word (`losses_tau_0.05_0.005.txt`).
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

describe("'step<TAB>loss' rows and a name with the run's parameters (readers-144)", () => {
  const table = losses.map((loss, i) => `${500 * (i + 1)}\t${loss}`).join('\n') + '\n';

  it('rows of a step that only grows and a loss are the loss at those steps', () => {
    const run = parseLog('losses.txt', bytes(table));
    expect([...run.series['losses']!.steps]).toEqual([500, 1000, 1500, 2000, 2500, 3000, 3500, 4000]);
    expect([...run.series['losses']!.values]).toEqual(losses);
    expect(run.notes?.join(' ')).toMatch(/rows of 'step,loss'/);
  });

  it('a first column that goes back is no step: refused', () => {
    expect(() => parseLog('losses.txt', bytes('500\t0.5\n400\t0.4\n300\t0.3\n'))).toThrow();
  });

  it("the loss word names the series, the run's parameters after it do not; a split word after it stays", () => {
    const column = losses.join('\n') + '\n';
    expect(Object.keys(parseLog('losses_tau_0.05_0.005.txt', bytes(column)).series)).toEqual(['losses']);
    expect(Object.keys(parseLog('val_loss_fold1.txt', bytes(column)).series)).toEqual(['val_loss']);
    expect(Object.keys(parseLog('loss_val_1.txt', bytes(column)).series)).toEqual(['loss_val_1']);
    expect(Object.keys(parseLog('loss_log.txt', bytes(column)).series)).toEqual(['loss_log']);
  });
});
