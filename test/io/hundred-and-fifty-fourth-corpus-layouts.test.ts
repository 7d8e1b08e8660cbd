/**
 * Layouts the hundred-and-fifty-fourth real-log corpus (round 157) and the seventy-fifth corpus
 * read wrongly or not at all, written here, numbers made up:
 *   - an image classifier's loop naming its epoch as a key and its other figures as spaced pairs
 *     (`Epoch: 1/10 Training Loss 8.483 Validation Loss 3.841 Accuracy 0.7054`, the 154th corpus's
 *     b08, readers-163): read as the line's `name: value` twin;
 *   - a TF estimator's `loss = 0.0132, step = 6901` in one cell, then a session loop's
 *     `epoch: 10 loss 0.106 accuracy 0.97` in a later one (the 75th corpus's a07, readers-164): two
 *     fits; the loop's epochs are not placed after the estimator's steps.
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';
import { notebook, stdout, values } from './support/logs.js';

const classifierLines = (count: number) => Array.from({ length: count }, (_, i) =>
  `Epoch: ${i + 1}/${count} Training Loss ${(8 - i * 0.4).toFixed(3)} Validation Loss ${(3.8 - i * 0.1).toFixed(3)} Accuracy 0.${70 + i}\n`).join('');

describe('an epoch written as a key, then spaced pairs (readers-163)', () => {
  it('the line reads as its `name: value` twin', () => {
    const spaced = readConsoleLine('Epoch: 3/10 Training Loss 4.02 Validation Loss 3.197 Accuracy 0.764', false, true, undefined);
    const keyed = readConsoleLine('Epoch: 3/10 Training Loss: 4.02 Validation Loss: 3.197 Accuracy: 0.764', false, true, undefined);
    const losses = (line: typeof spaced) => (line?.kind === 'observation' ? line.pairs.filter(({ name }) => name.endsWith('loss')) : []);
    expect(losses(spaced)).toEqual(losses(keyed));
    expect(losses(spaced)).toEqual([{ name: 'training_loss', value: 4.02, validation: false }, { name: 'validation_loss', value: 3.197, validation: true }]);
    expect(spaced).toMatchObject({ kind: 'observation', epoch: 3 });
  });

  it('a notebook of such lines gives both losses, one point per epoch', () => {
    const log = parseLog('Image Classifier Project.ipynb', notebook([[stdout(classifierLines(10))]]));
    expect(values(log.series.validation_loss)).toHaveLength(10);
    expect(values(log.series.validation_loss)[9]).toBeCloseTo(2.9, 6);
    expect(values(log.series.training_loss)[0]).toBe(8);
  });

  it('a key only counts before a number: prose with a colon stays prose, and a line of no loss is no record', () => {
    expect(readConsoleLine('Note: the loss 0.5 was reached early', false, true, undefined)).not.toMatchObject({ kind: 'observation' });
    expect(readConsoleLine('Epoch: 3/10 Accuracy 0.764 Images 818', false, true, undefined)).not.toMatchObject({ kind: 'observation' });
  });
});

describe('a loop counting epochs after a cell counting steps (readers-164)', () => {
  const estimator = Array.from({ length: 12 }, (_, i) => `INFO:tensorflow:loss = ${(0.05 / (i + 1)).toFixed(5)}, step = ${i * 100 + 1} (0.222 sec)\n`).join('');
  const loop = [0.106, 0.09, 0.083, 0.077, 0.0726, 0.073, 0.0766, 0.0784, 0.0807].map((loss, i) => `epoch: ${10 + i * 5} loss ${loss} accuracy 0.97\n`).join('');

  it('the loop is another fit: its points are its own, and the note names the cell', () => {
    const log = parseLog('chapter10.ipynb', notebook([[stdout(estimator)], [stdout('Training was interrupted. Continuing at epoch 6\n')], [stdout(loop)]]));
    expect(values(log.series.loss)).toEqual([0.106, 0.09, 0.083, 0.077, 0.0726, 0.073, 0.0766, 0.0784, 0.0807]);
    expect(log.notes?.find((note) => note.includes('trainings written into one log'))).toContain("counted steps alone");
  });

  it('in one cell (a script\'s log) nothing changes: no cell began', () => {
    const log = parseLog('train.log', bytes(estimator + loop));
    expect(log.notes?.some((note) => note.includes("counted steps alone")) ?? false).toBe(false);
  });
});
