/**
 * readers-133: a notebook cell whose loop prints an iteration counter that starts again at every
 * epoch (CS231n's PyTorch.ipynb: `Iteration 0, loss = 2.3076` ... `Iteration 700, loss = ...`, then
 * `Iteration 0` again) is one training when the loss goes on from its last level; a counter going
 * back to the start with the loss near its first value again, a new cell, an epoch counter or a
 * log file of no cells keeps the fresh-start reading (series-columns.ts). Numbers made up, in the
 * layout of the ninety-first corpus's d01.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, steps, stdout, values } from './support/logs.js';

/** One epoch's prints: 8 iterations 0..700, the loss falling from `from` by `by` a print. */
const epoch = (from: number, by: number) =>
  Array.from({ length: 8 }, (_, index) => `Iteration ${index * 100}, loss = ${(from - index * by).toFixed(4)}\nChecking accuracy on validation set\nGot ${300 + index} / 1000 correct (30.00)\n`).join('');

const trainings = (notes: readonly string[] | undefined) => notes?.find((note) => note.includes('trainings written into one log'));
const counter = (notes: readonly string[] | undefined) => notes?.find((note) => note.includes('a counter that starts again inside one training'));

describe('notebooks: an iteration counter that starts again at every epoch of one cell (readers-133)', () => {
  it('three epochs in one cell, the loss going on from its last level: one training of 24 points, its steps numbered on', () => {
    const log = parseLog('PyTorch.ipynb', notebook([[stdout(epoch(2.3, 0.1) + epoch(1.5, 0.05) + epoch(1.1, 0.02))]]));
    expect(values(log.series.loss)).toHaveLength(24);
    expect(steps(log.series.loss).slice(6, 10)).toEqual([600, 700, 800, 900]);
    expect(steps(log.series.loss).at(-1)).toBe(2300);
    expect(trainings(log.notes)).toBeUndefined();
    expect(counter(log.notes)).toContain("the step went back from 700 to 0, at or before the log's first step, and 1 more time after, but 'loss' went on from its last level (1.50 at the restart, last level 1.70, first value 2.30)");
  });

  it('an earlier cell\'s training before it stays a training of its own, and the epochs of the last cell are one', () => {
    const log = parseLog('PyTorch.ipynb', notebook([[stdout(epoch(2.3, 0.1))], [stdout('model = nn.Sequential(...)\n')], [stdout(epoch(2.3, 0.1) + epoch(1.5, 0.05))]]));
    expect(values(log.series.loss)).toHaveLength(16);
    expect(trainings(log.notes)).toContain('2 trainings written into one log');
    expect(counter(log.notes)).toContain("line 25 of cell 3 (In [3])'s output");
  });

  it('a counter back at the start with the loss near its first value again, in one cell (a search over settings): a new training', () => {
    const log = parseLog('search.ipynb', notebook([[stdout(epoch(2.3, 0.1) + epoch(2.28, 0.1))]]));
    expect(values(log.series.loss)).toHaveLength(8);
    expect(values(log.series.loss)[0]).toBe(2.28);
    expect(trainings(log.notes)).toContain('2 trainings written into one log');
    expect(counter(log.notes)).toBeUndefined();
  });

  it('a flat loss says nothing of which it is: a fresh start, as before', () => {
    const log = parseLog('flat.ipynb', notebook([[stdout(epoch(1.0, 0) + epoch(1.0, 0))]]));
    expect(values(log.series.loss)).toHaveLength(8);
    expect(trainings(log.notes)).toContain('2 trainings written into one log');
  });

  it('a log file has no cells to tell one launch from the next: the counter going back is a fresh start, as before', () => {
    const log = parseLog('train.log', new TextEncoder().encode(epoch(2.3, 0.1) + epoch(1.5, 0.05)));
    expect(values(log.series.loss)).toHaveLength(8);
    expect(trainings(log.notes)).toContain('2 trainings written into one log');
  });

  it('an epoch counter never starts again inside one training: a second loop over epochs in the cell is a new training', () => {
    const epochs = (from: number) => Array.from({ length: 6 }, (_, index) => `Epoch ${index + 1}, loss = ${(from - index * 0.05).toFixed(4)}\n`).join('');
    const log = parseLog('epochs.ipynb', notebook([[stdout(epochs(1.0) + epochs(0.74))]]));
    expect(values(log.series.loss)).toHaveLength(6);
    expect(values(log.series.loss)[0]).toBe(0.74);
  });
});
