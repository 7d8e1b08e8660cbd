/**
 * The Hugging Face Trainer's notebook table repeats its latest logged training loss on every
 * evaluation row (`NotebookProgressCallback.on_evaluate` looks it up in the log history): a run
 * that evaluates more often than it logs shows one measurement on several rows, which is no loss
 * that never moved (the twenty-eighth corpus's b05, an RT-DETR run, got lr-too-low from it).
 */
import { describe, expect, it } from 'vitest';
import { trainingTableLines } from '../../src/io/notebook-html.js';

const trainerTable = (rows: readonly (readonly string[])[]) =>
  `<table><thead><tr><th>Epoch</th><th>Training Loss</th><th>Validation Loss</th></tr></thead><tbody>${
    rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

describe("the Trainer's table: a repeated training loss is one measurement", () => {
  it('writes a training loss only on the rows where it changed; every validation loss is written', () => {
    const { lines } = trainingTableLines([trainerTable([
      ['1', 'No log', '208.9'], ['2', 'No log', '71.0'], ['3', '114.2', '21.6'], ['4', '114.2', '15.0'], ['5', '114.2', '13.0'], ['6', '52.7', '12.5'], ['7', '52.7', '12.4'],
    ])]);
    expect(lines.slice(1)).toEqual([
      'epoch 1, validation_loss: 208.9',
      'epoch 2, validation_loss: 71.0',
      'epoch 3, training_loss: 114.2, validation_loss: 21.6',
      'epoch 4, validation_loss: 15.0',
      'epoch 5, validation_loss: 13.0',
      'epoch 6, training_loss: 52.7, validation_loss: 12.5',
      'epoch 7, validation_loss: 12.4',
    ]);
  });

  it("...but another table's equal neighbours are its measurements (fastai's train_loss is logged every epoch)", () => {
    const fastai = '<table><tr><th>epoch</th><th>train_loss</th><th>valid_loss</th><th>time</th></tr>' +
      '<tr><th>1</th><th>0.5000</th><th>0.4000</th><th>00:10</th></tr><tr><th>2</th><th>0.5000</th><th>0.4000</th><th>00:10</th></tr></table>';
    const { lines } = trainingTableLines([fastai]);
    expect(lines.slice(1)).toEqual(['epoch 1, train_loss: 0.5000, valid_loss: 0.4000', 'epoch 2, train_loss: 0.5000, valid_loss: 0.4000']);
  });
});
