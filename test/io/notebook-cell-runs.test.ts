/**
 * A notebook whose loop prints training lines with no counter and no epoch (`Loss: 0.41 Acc:
 * 0.87`, `\tTrain Loss: 4.06 | Train PPL: 58.0`) and is run in several cells: each cell is a
 * training of its own (console-launch.ts' `CellRuns`), the latest long enough is the run; and
 * Keras' fit run again in another cell, its epochs counted from 1 again, a training the reader
 * declares. The layouts are those of the 32nd corpus' b04 (dataflowr), b18 (Practical DL), a03
 * and a09 (keras.io) notebooks, numbers made up.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { parseConsoleLog } from '../../src/io/console-log.js';
import { History } from '../../src/monitor/index.js';
import { notebook, stdout, values } from './support/logs.js';

const lines = (start: number, count: number, step: number) =>
  Array.from({ length: count }, (_, index) => `Loss: ${(start - index * step).toFixed(4)} Acc: 0.${80 + index}\n`).join('');

describe('notebooks: a loop with no counter run in several cells', () => {
  it('a second cell printing the same lines is a new training: the latest is read, and the note names its cell', () => {
    const log = parseLog('two-models.ipynb', notebook([[stdout(lines(0.9, 8, 0.05))], [stdout('model = Net()\n')], [stdout(lines(2.5, 10, 0.1))]]));
    expect(values(log.series.loss)).toHaveLength(10);
    expect(values(log.series.loss)[0]).toBe(2.5);
    const trainings = log.notes?.find((note) => note.includes('trainings written into one log'));
    expect(trainings).toContain('a new cell prints training lines with no counter or epoch');
    expect(trainings).toContain("line 1 of cell 3 (In [3])'s output");
    expect(trainings).toContain("kept the latest (from cell 3 (In [3])'s output, 10 points)");
  });

  it('one line per cell, cell after cell: each cell a training of its own, none long enough, so the latest is read', () => {
    const log = parseLog('one-each.ipynb', notebook([[stdout(lines(0.9, 3, 0.05))], [stdout('Loss: 0.7 Acc: 0.9\n')], [stdout('Loss: 0.6 Acc: 0.9\n')]]));
    expect(log.notes?.find((note) => note.includes('trainings written into one log'))).toContain('3 trainings');
    expect(values(log.series.loss)).toEqual([0.6]);
  });

  it('a cell printing one line of the same kind after a long training (a test pass printed alike): the training is read', () => {
    const log = parseLog('then-one.ipynb', notebook([[stdout(lines(0.9, 8, 0.05))], [stdout('Loss: 0.61 Acc: 0.9\n')]]));
    expect(values(log.series.loss)).toHaveLength(8);
  });

  it("a test line in the next cell goes on with the training: it is no training line", () => {
    const log = parseLog('then-test.ipynb', notebook([[stdout(lines(0.9, 8, 0.05))], [stdout('Test Loss: 0.61\n')]]));
    expect(values(log.series.loss)).toHaveLength(8);
    expect(log.notes?.some((note) => note.includes('trainings written into one log'))).toBe(false);
  });

  it('lines with an epoch are kept apart by their epochs, not by their cells: a fit continued in the next cell is one training', () => {
    const epochs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `Epoch ${from + index}, train loss: ${(1 - (from + index) * 0.05).toFixed(3)}\n`).join('');
    const log = parseLog('continued.ipynb', notebook([[stdout(epochs(1, 5))], [stdout(epochs(6, 10))]]));
    expect(values(log.series.train_loss)).toHaveLength(10);
  });

  it("Keras' fit, then a cell printing the test loss alike ('Loss: 0.36047', the 32nd corpus' a03): no training point, the fit is read", () => {
    const fit = Array.from({ length: 6 }, (_, index) => `Epoch ${index + 1}/6\n45/45 [==============================] - 20s 437ms/step - loss: ${(1 - index * 0.1).toFixed(4)} - val_loss: ${(1.1 - index * 0.1).toFixed(4)}\n`).join('');
    const log = parseLog('fit-then-score.ipynb', notebook([[stdout(fit)], [stdout('Loss: 0.36047\nmean iou_score: 0.77471\n')]]));
    expect(values(log.series.loss)).toEqual([1, 0.9, 0.8, 0.7, 0.6, 0.5]);
    expect(log.notes?.find((note) => note.includes('trainings written into one log'))).toContain("kept training 1 of 2 (up to cell 1 (In [1])'s output, 6 points)");
  });

  it("a second Keras fit in another cell ('Epoch 1/100' again) logging no val_loss (the 32nd corpus' a09): the first fit's val_loss is no part of the run", () => {
    const keras = (epochs: number, pairs: (epoch: number) => string) => Array.from({ length: epochs }, (_, index) => `Epoch ${index + 1}/100\n48/48 [==============================] - 5s 97ms/step - ${pairs(index)}\n`).join('');
    const teacher = keras(8, (index) => `loss: ${(2 - index * 0.2).toFixed(4)} - val_loss: ${(2.5 - index * 0.1).toFixed(4)}`);
    const student = keras(9, (index) => `accuracy: 0.${50 + index} - total_loss: ${(0.15 - index * 0.01).toFixed(4)} - val_accuracy: 0.${40 + index}`);
    const log = parseLog('distiller.ipynb', notebook([[stdout(teacher)], [stdout(student)]]));
    expect(Object.keys(log.series).sort()).toEqual(['accuracy', 'total_loss', 'val_accuracy']);
    expect(log.notes?.find((note) => note.includes('trainings written into one log'))).toContain("a new cell's epochs count from the start again");
  });

  it("a Keras fit continued in the next cell (initial_epoch: 'Epoch 6/10' on) is one training", () => {
    const keras = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `Epoch ${from + index}/10\n48/48 [==============================] - 5s 97ms/step - loss: ${(2 - (from + index) * 0.1).toFixed(4)} - val_loss: ${(2.5 - (from + index) * 0.1).toFixed(4)}\n`).join('');
    const log = parseLog('continued-fit.ipynb', notebook([[stdout(keras(1, 5))], [stdout(keras(6, 10))]]));
    expect(values(log.series.val_loss)).toHaveLength(10);
    expect(log.notes?.some((note) => note.includes('trainings written into one log'))).toBe(false);
  });

  it("a loop's lines naming their epoch ('Epoch: 1, tloss: 0.60, vloss: 0.54'), run again in another cell: the later training alone, read as the losses", () => {
    const loop = (count: number, scale: number) => Array.from({ length: count }, (_, index) => `Epoch: ${index + 1}, tloss: ${(scale / (index + 1)).toFixed(4)}, vloss: ${(scale / (index + 1) + 0.1).toFixed(4)}, : 100%|##########| 7/7 [00:00<00:00, 15.93it/s]\n`).join('');
    const log = parseLog('early-stop.ipynb', notebook([[stdout(loop(13, 0.6))], [stdout('Loss = 0.0090\n')], [stdout(loop(15, 100))]]));
    expect(values(log.series.tloss)).toHaveLength(15);
    expect(values(log.series.vloss)[0]).toBe(100.1);
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['tloss'], ['vloss']]);
  });

  it('the same lines in a log file (no cells) stay one series', () => {
    const log = parseConsoleLog(lines(0.9, 8, 0.05) + lines(2.5, 10, 0.1), 'train.log');
    expect(values(log.series.loss)).toHaveLength(18);
  });
});
