/**
 * Layouts the thirty-seventh real-log corpus (test/monitor/corpus-thirty-seventh-a) left unread,
 * read after its held-out score (so tuned), written here in each layout, numbers made up
 * (readers-58): a TF1 loop's `Step 100 of 916` line over its `Mini-batch loss:` line, with a
 * `Validation error:` line after it; Packt's MXNet cookbook's `E: 0, TrL: 0.2163, VL: 0.1052 ---
 * Updating saved model`.
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { namesLoss } from '../../src/io/series.js';
import { seriesName } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';
import { notebook, steps, stdout, values } from './support/logs.js';

describe("a TF1 loop's step line over its loss line", () => {
  const text = Array.from({ length: 6 }, (_, i) =>
    `Step ${i * 100} of 916\nMini-batch loss: ${(7.7 - i).toFixed(5)} Error: 10.00000 Learning rate: 0.01000\nValidation error: ${(8 - i).toFixed(1)}%`).join('\n');

  it("'Step 100 of 916' alone on its line places the lines after it, in a notebook", () => {
    const log = parseLog('4_tensorflow_mnist.ipynb', notebook([[stdout(`${text}\n`)]]));
    expect(steps(log.series['mini-batch_loss'])).toEqual([0, 100, 200, 300, 400, 500]);
    expect(values(log.series['mini-batch_loss'])).toEqual([7.7, 6.7, 5.7, 4.7, 3.7, 2.7]);
  });

  it("'Validation error: 6.0%' announces no split for the lines after it (they stay the training's)", () => {
    const log = parseLog('mnist.log', bytes(`${text}\n`));
    expect(Object.keys(log.series).filter((name) => name.startsWith('val_'))).toEqual([]);
    expect(readConsoleLine('Validation error: 6.0%', false, true, undefined)).toBeUndefined();
    expect(readConsoleLine('Eval begin...', false, true, undefined)).toEqual({ kind: 'split', word: 'eval' });
  });

  it('a counter line with more on it is no bare header: it places only the indented lines under it', () => {
    expect(readConsoleLine('Step 100 of 916', false, true, undefined)).toMatchObject({ kind: 'record-header', bare: true });
    expect(readConsoleLine('INFO [step=10/10000,epoch=0]', false, true, undefined)).not.toHaveProperty('bare');
  });
});

describe("Packt's MXNet cookbook's epoch lines", () => {
  const text = Array.from({ length: 8 }, (_, i) =>
    `E: ${String(i).padStart(4)}, TrL: ${(0.2 - i * 0.01).toFixed(6)}, VL: ${(0.1 - i * 0.002).toFixed(6)}${i % 3 === 0 ? ' --- Updating saved model' : ''}`).join('\n');

  it("'TrL' and 'VL' are the training and the validation loss; 'vl_acc' is no loss", () => {
    expect([seriesName('TrL')?.role, seriesName('trl')?.name, seriesName('VL')?.role, seriesName('vl')?.name]).toEqual(['trainLoss', 'loss', 'validationLoss', 'val_loss']);
    expect([namesLoss('trl'), namesLoss('vl'), namesLoss('vl_acc'), namesLoss('vacc')]).toEqual([true, true, false, false]);
  });

  it("every epoch is read, those whose line ends '--- Updating saved model' too", () => {
    const log = parseLog('3_3_Training_for_Regression_Models.ipynb', notebook([[stdout(`${text}\n`)]]));
    expect(values(log.series.trl)).toHaveLength(8);
    expect(values(log.series.vl)).toEqual([0.1, 0.098, 0.096, 0.094, 0.092, 0.09, 0.088, 0.086]);
  });

  it("a record's words glued to a Keras frame, or among the pairs, still report a record", () => {
    expect(readConsoleLine('489/500 [====>.] - ETA: 0s - loss: 0.0858 - accuracy: 0.8310Restoring model weights from the end of the best epoch.', false, true, undefined)).toEqual({ kind: 'record' });
    expect(readConsoleLine('Epoch 3: best val_loss: 0.45', false, true, undefined)).toEqual({ kind: 'record' });
  });
});
