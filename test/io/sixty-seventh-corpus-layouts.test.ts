/**
 * YSDA's `print_metrics` loops that print nothing but their validation blocks, read after the sixty-sixth
 * and sixty-seventh corpora's held-out scores (so tuned), on the real lines.
 *
 * readers-116 and roles-37. gaseln/nlp_course (MIT; the 67th corpus's d01,
 * `week02_classification/homework_part2.ipynb`) trains one model in three cells, each loop printing
 * `epoch: 0` again, then ` results:`, `Mean square error: 0.08082`, `Mean absolute error: 0.21347` and
 * `Mean absolute error in dollars: 7277.87229`, and no training loss (its d02, `seminar.ipynb`, and the
 * 66th's d01 and d02 print the same blocks). readers-115 read the squared error as `val_mse`, but a
 * validation metric was read as the loss only beside a training loss, and the epochs, counted on lines
 * of their own, did not part the trainings: "nothing to diagnose", or 225 epochs of three trainings as one.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { History, diagnose } from '../../src/monitor/index.js';
import { notebook, stdout, steps, values } from './support/logs.js';

const block = (epoch: number, mse: number, mae: number) => `epoch: ${epoch}\n results:\nMean square error: ${mse}\nMean absolute error: ${mae}\nMean absolute error in dollars: ${(mae * 34000).toFixed(5)}\n`;

/** d01's cells 34 and 36, their first six epochs each. */
const FIRST_LOOP = [0.08082, 0.08065, 0.08391, 0.07709, 0.07452, 0.0801];
const SECOND_LOOP = [0.08378, 0.08055, 0.08687, 0.07567, 0.09316, 0.0763];
const cell = (mses: readonly number[]) => [stdout(mses.map((mse, epoch) => block(epoch, mse, 0.21)).join(''))];

describe("a loop printing only its validation's print_metrics blocks (readers-116, roles-37)", () => {
  it('reads the validation MSE as the validation loss where no loss is logged at all', () => {
    const history = History.fromSeries(parseLog('seminar.ipynb', notebook([cell(FIRST_LOOP)])).series);
    expect(history.trainLoss).toBeUndefined();
    expect(history.validationLoss?.sourceNames).toEqual(['val_mse']);
    expect(diagnose(history).length).toBeGreaterThan(0);
  });

  it("parts the trainings where a line of its own counts the epoch from 0 again, judging the last", () => {
    const log = parseLog('homework_part2.ipynb', notebook([cell(FIRST_LOOP), cell(SECOND_LOOP)]));
    expect(values(log.series.val_mse)).toEqual(SECOND_LOOP);
    expect(steps(log.series.val_mse)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the absolute error a metric, never the loss, and a training loss first where one is logged', () => {
    const maeOnly = parseLog('mae.log', new TextEncoder().encode([0.3, 0.28, 0.27, 0.26, 0.25].map((mae, epoch) => `epoch: ${epoch}\nval mae: ${mae}\n`).join('')));
    expect(History.fromSeries(maeOnly.series).validationLoss).toBeUndefined();
    const withTraining = parseLog('both.log', new TextEncoder().encode([0.3, 0.28, 0.27, 0.26, 0.25].map((mse, epoch) => `epoch: ${epoch}, loss: ${mse * 10}\n results:\nMean square error: ${mse}\n`).join('')));
    const history = History.fromSeries(withTraining.series);
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['val_mse']);
  });
});
