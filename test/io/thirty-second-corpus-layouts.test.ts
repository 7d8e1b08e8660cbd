/**
 * Layouts the thirty-second real-log corpus (test/monitor/corpus-thirty-second-b) read wrong,
 * read after its held-out score (so tuned), written here in each layout, numbers made up: the
 * PyTorch seq2seq tutorials' epoch lines (`Epoch: 01 | Time: 1m 12s`, then `\tTrain Loss: 5.023 |
 * Train PPL: 151.870` and `\t Val. Loss: 4.904 |  Val. PPL: 134.856`), trained twice in one
 * notebook, each training followed by its test (`| Test Loss: 3.650 | Test PPL:  38.477 |`).
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';
import { notebook, steps, stdout, values } from './support/logs.js';

/** One training of `count` epochs as the tutorials print it: train falling, validation flat from epoch 4. */
const tutorialTraining = (count: number, start: number) => Array.from({ length: count }, (_, index) => {
  const train = start - index * 0.3;
  const val = start - Math.min(index, 3) * 0.2 + 0.5;
  return `Epoch: ${String(index + 1).padStart(2, '0')} | Time: 1m 12s\n\tTrain Loss: ${train.toFixed(3)} | Train PPL: ${Math.exp(train).toFixed(3).padStart(7)}\n` +
    `\t Val. Loss: ${val.toFixed(3)} |  Val. PPL: ${Math.exp(val).toFixed(3).padStart(7)}\n`;
}).join('');

describe('the PyTorch seq2seq tutorials\' epoch lines', () => {
  it("'Epoch: 01 | Time: 1m 12s' is an epoch header; a config's 'epoch: 100' is none (at most a record's, for lines indented under it: readers-98)", () => {
    expect(readConsoleLine('Epoch: 01 | Time: 1m 12s', false, true, undefined)).toEqual({ kind: 'header', epoch: 1 });
    expect(readConsoleLine('epoch: 100', false, true, undefined)).toEqual({ kind: 'record-header', epoch: 100 });
    expect(readConsoleLine('  epoch: 100', false, true, undefined)).toBeUndefined();
  });

  it("'Val. Loss' is the validation loss: the abbreviation's full stop is no part of the name", () => {
    const line = readConsoleLine('\t Val. Loss: 4.904 |  Val. PPL: 134.856', true, true, undefined);
    expect(line?.kind === 'observation' && line.pairs.map(({ name, validation }) => [name, validation])).toEqual([['val_loss', true], ['val_ppl', true]]);
  });

  it('a log of one training: train and validation at each epoch, the test after it passed by', () => {
    const log = parseLog('seq2seq.log', bytes(`${tutorialTraining(8, 5)}| Test Loss: 3.650 | Test PPL:  38.477 |\n`));
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['train_loss'], ['val_loss']]);
    expect(steps(log.series.val_loss)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(log.series.test_loss).toBeUndefined();
  });

  it("two trainings in a notebook, each with its test: the first's test is no point of either, the second's passed by too", () => {
    const log = parseLog('two-models.ipynb', notebook([
      [stdout(tutorialTraining(10, 5))], [stdout('| Test Loss: 3.650 | Test PPL:  38.477 |\n')],
      [stdout(tutorialTraining(10, 4))], [stdout('| Test Loss: 2.134 | Test PPL:   8.445 |\n')],
    ]));
    expect(values(log.series.train_loss)[0]).toBe(4);
    expect(values(log.series.val_loss)).toHaveLength(10);
    expect(log.series.test_loss).toBeUndefined();
    // Each test is in a cell after its training's: an evaluation of the trained model (readers-65), passed by.
    expect(log.notes?.[1]).toContain("2 lines of validation figures in a cell after the training's (an evaluation of the trained model, evaluate()) passed by");
  });
});
