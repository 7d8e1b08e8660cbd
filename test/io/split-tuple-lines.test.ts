/**
 * readers-91, on the real lines: a Udacity dog-breed notebook (49th b08) prints each epoch's two
 * splits as one bracketed pair per measure, `Train epoch 1/10: (train / valid) loss = (2.76836 /
 * 0.92970), (train / valid) accuracy = (35.94% / 72.69%)`, after its checkpoint message. The lines
 * below are the transfer-learning cell's first three epochs, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';

const LINES = [
  'Validation loss reduced from inf to 0.9296997675638713. (Saving)\n',
  'Train epoch 1/10: (train / valid) loss = (2.76836 / 0.92970), (train / valid) accuracy = (35.94% / 72.69%)\n',
  'Validation loss reduced from 0.9296997675638713 to 0.7608158808268473. (Saving)\n',
  'Train epoch 2/10: (train / valid) loss = (1.56636 / 0.76082), (train / valid) accuracy = (55.96% / 77.25%)\n',
  'Validation loss reduced from 0.7608158808268473 to 0.6609686114830885. (Saving)\n',
  'Train epoch 3/10: (train / valid) loss = (1.39863 / 0.66097), (train / valid) accuracy = (60.79% / 77.60%)\n',
];

describe('two splits in brackets naming two values in brackets (readers-91)', () => {
  it("reads each split's loss per epoch; the checkpoint messages add no point", () => {
    const log = parseLog('dog_app.ipynb', notebook([[stdout(LINES)]]));
    expect(values(log.series.train_loss)).toEqual([2.76836, 1.56636, 1.39863]);
    expect(values(log.series.valid_loss)).toEqual([0.9297, 0.76082, 0.66097]);
  });

  it('keeps each value with its split and measure', () => {
    expect(readConsoleLine(LINES[1], false)).toMatchObject({
      kind: 'observation', epoch: 1,
      pairs: [
        { name: 'train_loss', value: 2.76836, validation: false }, { name: 'valid_loss', value: 0.9297, validation: true },
        { name: 'train_accuracy', value: 35.94, validation: false }, { name: 'valid_accuracy', value: 72.69, validation: true },
      ],
    });
  });
});
