/**
 * readers-161: a loss printed as a one-element list, as civcode/ComputerVisionND_P1_Facial_Keypoints
 * (MIT; the hundred-and-forty-third corpus's a08) prints each epoch's means. Its first five epochs'
 * lines below are byte for byte, with the record lines between them.
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';

const PRINTED = [
  'Epoch 1 — Train Loss: [0.153055], Validation Loss: [0.308056], lr: [0.01]',
  '✔️ New best validation loss: 0.308056 — model saved.',
  'Epoch 2 — Train Loss: [0.098409], Validation Loss: [0.082996], lr: [0.01]',
  '✔️ New best validation loss: 0.082996 — model saved.',
  'Epoch 3 — Train Loss: [0.091217], Validation Loss: [0.079543], lr: [0.01]',
  '✔️ New best validation loss: 0.079543 — model saved.',
  'Epoch 4 — Train Loss: [0.087209], Validation Loss: [0.082348], lr: [0.01]',
  'Epoch 5 — Train Loss: [0.086449], Validation Loss: [0.078908], lr: [0.01]',
  '✔️ New best validation loss: 0.078908 — model saved.',
  'Finished Training',
].join('\n');

describe('a loss printed as a one-element list (readers-161)', () => {
  it("reads 'Train Loss: [0.153055]' as the number", () => {
    expect(readConsoleLine('Epoch 1 — Train Loss: [0.153055], Validation Loss: [0.308056], lr: [0.01]', false)).toMatchObject({
      kind: 'observation', epoch: 1, pairs: [{ name: 'train_loss', value: 0.153055 }, { name: 'validation_loss', value: 0.308056, validation: true }],
    });
  });

  it("reads the notebook's epochs, each validation at its epoch, the record lines passed by", () => {
    const log = parseLog('2. Define the Network Architecture.ipynb', notebook([[stdout(`${PRINTED}\n`)]]));
    expect(values(log.series.train_loss)).toEqual([0.153055, 0.098409, 0.091217, 0.087209, 0.086449]);
    expect(values(log.series.validation_loss)).toEqual([0.308056, 0.082996, 0.079543, 0.082348, 0.078908]);
  });

  it('keeps the brackets of a counter and of a list of several numbers', () => {
    expect(readConsoleLine('Epoch: [3]  [ 10/400]  eta: 0:01:02  lr: 0.01  loss: 0.5200 (0.6100)', false)).toMatchObject({
      epoch: 3, counter: { value: 10, total: 400 }, pairs: [{ name: 'lr', value: 0.01 }, { name: 'loss', value: 0.52 }],
    });
    expect(readConsoleLine('Epoch 2, losses: [0.41, 0.52]', false)).toEqual({ kind: 'header', epoch: 2 });
  });
});
