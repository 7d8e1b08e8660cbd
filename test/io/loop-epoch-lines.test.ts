/**
 * Loops that print their epoch on a line of its own (`epoch: 3`), then lines naming no epoch: read after
 * the sixty-fifth and sixty-seventh corpora's held-out scores (so tuned), on the real lines.
 *
 * readers-117 and readers-118. AkselMath/nlp_course-2023 (MIT; the 65th corpus's d01,
 * `week02_classification/homework_part2.ipynb`) prints `epoch: 0`, the validation's `print_metrics` block,
 * then the epoch's mean training `loss: 738.0692`. Read one line a step, the validation lagged a step behind
 * its training and its first point was dropped; a loop printing its validation metrics one line each
 * (`val mse`, then `val mae`) was no console log at all. ChiKApuMbA/Practical_DL (MIT; the 65th's d10,
 * `week03_convnets/seminar_pytorch.ipynb`) prints `Epoch: 0`, `Train loss: 1.79269| ...` (a phrase, held back
 * until it repeats) and `Test loss: 1.52739| ...` (placed at once): its first test points landed on one step.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, steps, values } from './support/logs.js';

const text = (lines: string) => new TextEncoder().encode(lines);

/** d01's cell 16, its first six epochs. */
const SALARY = [[0.13017, 0.27585, 738.0692], [0.13229, 0.28211, 4.2303], [0.15399, 0.31749, 3.2166], [0.13067, 0.28788, 2.8318], [0.09265, 0.23266, 2.6333], [0.11256, 0.26366, 2.4986]];
const salaryEpoch = ([mse, mae, loss]: readonly number[], epoch: number) => `epoch: ${epoch}\n results:\nMean square error: ${mse}\nMean absolute error: ${mae}\nloss: ${loss}\n`;

/** d10's cell 32, its first six epochs: train loss and accuracy, test loss and accuracy. */
const CONVNETS = [[1.79269, 0.35, 1.52739, 0.45], [1.53407, 0.44, 1.3459, 0.52], [1.44625, 0.48, 1.28387, 0.54], [1.39813, 0.5, 1.27492, 0.54], [1.36058, 0.51, 1.20691, 0.57], [1.33507, 0.52, 1.17408, 0.58]];
const convnetsEpoch = ([train, trainAcc, test, testAcc]: readonly number[], epoch: number) =>
  `Epoch: ${epoch}\n-----------\nTrain loss: ${train.toFixed(5)}| Train accuracy: ${trainAcc.toFixed(2)}%\nTest loss: ${test.toFixed(5)}| Test accuracy: ${testAcc.toFixed(2)}%\n`;

describe("a loop's epoch line places the lines after it in that epoch (readers-118)", () => {
  it("places a validation block printed before its epoch's training loss at that epoch's step, its first point kept", () => {
    const log = parseLog('homework_part2.ipynb', notebook([[stdout(SALARY.map(salaryEpoch).join(''))]]));
    expect(values(log.series.val_mse)).toEqual(SALARY.map(([mse]) => mse));
    expect(steps(log.series.val_mse)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(steps(log.series.loss)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('places each test line at its own epoch while the training phrases wait to repeat', () => {
    // The cell before, another model's training (d10's cell 26, its one epoch).
    const before = 'Epoch 1 of 100 took 69.207\n  training loss (in-iteration): \t2.320744\n  validation accuracy: \t\t\t0.00 %\n';
    const log = parseLog('seminar_pytorch.ipynb', notebook([[stdout(before)], [stdout(CONVNETS.map(convnetsEpoch).join(''))]]));
    expect(values(log.series.test_loss)).toEqual(CONVNETS.map(([, , test]) => test));
    expect(steps(log.series.test_loss)).toEqual(steps(log.series.train_loss));
    expect(steps(log.series.train_loss)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("leaves lines with their own counter to it, and a later cell's loop begins another training", () => {
    const counted = parseLog('counted.log', text('Epoch: 1\nIter: 0, Train Loss: 2.3, Val Loss: 2.3\nIter: 100, Train Loss: 1.1, Val Loss: 1.2\nEpoch: 2\nIter: 200, Train Loss: 0.9, Val Loss: 1.0\n'));
    expect(steps(counted.series.train_loss)).toEqual([0, 100, 200]);
    const first = [0.6, 0.5, 0.45].map((loss) => `train loss: ${loss}\ntest loss: ${loss + 0.1}\n`).join('');
    const second = [0.61, 0.48, 0.44, 0.42].map((loss, epoch) => `Epoch: ${epoch + 1}\ntrain loss: ${loss}\ntest loss: ${loss + 0.05}\n`).join('');
    const log = parseLog('Part 5.ipynb', notebook([[stdout(first)], [stdout(second)]]));
    expect(values(log.series.train_loss)).toEqual([0.61, 0.48, 0.44, 0.42]);
  });
});

describe('validation lines of several names between training lines (readers-117)', () => {
  const lines = [[0.5, 0.6, 0.7], [0.4, 0.5, 0.6], [0.35, 0.45, 0.5], [0.33, 0.44, 0.45]].map(([mse, mae, loss], epoch) => `epoch: ${epoch}\nval mse: ${mse}\nval mae: ${mae}\nloss: ${loss}\n`).join('');

  it('reads a loop printing each validation metric on a line of its own, every epoch at its step', () => {
    const log = parseLog('salary.log', text(lines));
    expect(values(log.series.val_mse)).toEqual([0.5, 0.4, 0.35, 0.33]);
    expect(values(log.series.val_mae)).toEqual([0.6, 0.5, 0.45, 0.44]);
    expect(steps(log.series.val_mae)).toEqual(steps(log.series.loss));
  });

  it('reads three lines naming three losses once as an evaluation, not as a series', () => {
    // BrianP490/RS-LLMs-from-scratch (Apache-2.0; the 46th corpus's b17, ch06.ipynb): the losses before fine-tuning.
    const evaluation = 'Training loss: 2.453\nValidation loss: 2.583\nTest loss: 2.322\n';
    const training = [[2.884, 2.596], [0.293, 0.19], [0.148, 0.501], [0.162, 0.073]].map(([train, val], step) => `Ep 1 (Step ${String(step * 50).padStart(6, '0')}): Train loss ${train}, Val loss ${val}\n`).join('');
    const log = parseLog('ch06.ipynb', notebook([[stdout(evaluation)], [stdout(training)]]));
    expect(Object.keys(log.series).sort()).toEqual(['train_loss', 'val_loss']);
  });
});
