/**
 * Layouts the fortieth real-log corpus (test/monitor/corpus-fortieth-a, -d) left unread, read after
 * its held-out score (so tuned), written here, numbers made up (readers-67): TensorFlow Federated's
 * rounds printed as an `OrderedDict` (`Round   5: OrderedDict([('sparse_categorical_accuracy', 0.19),
 * ('loss', 2.2449977)])`), and Chainer's tutorials' `loss (train): 1.5355, loss (valid): 1.1857`,
 * at times with the next name glued to the number (`1.1641acc (train): 0.75`). readers-68: Keras
 * `evaluate()` lines in the fit's own cell after a fit without validation (`1/1 [===] - loss: 2.3761`
 * after the last epoch's `1024/1024 [===] - loss: 0.0267`), read as one more training point.
 * readers-69 and roles-34: a W&B history export (`,_step,Train/inner_sum_loss,Train/inner_reg_loss,
 * Train/inner_output_loss,...`), which a folder walk passed by and whose loss is the sum of its parts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { kerasEvaluationLines } from '../../src/io/notebook-cells.js';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/runs.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { notebook, steps, stdout, values } from './support/logs.js';

describe("TensorFlow Federated's rounds printed as an OrderedDict (readers-67)", () => {
  it("each item is a pair, placed at its round", () => {
    const text = [0, 5, 10, 15, 20, 25].map((round, i) =>
      `Round ${String(round).padStart(3)}: OrderedDict([('sparse_categorical_accuracy', 0.${i + 1}), ('loss', ${(2.5 - i * 0.2).toFixed(1)})])`).join('\n');
    const log = parseLog('federated.ipynb', notebook([[stdout(`${text}\n`)]]));
    expect(values(log.series.loss)).toEqual([2.5, 2.3, 2.1, 1.9, 1.7, 1.5]);
    expect(steps(log.series.loss)).toEqual([0, 5, 10, 15, 20, 25]);
  });
});

describe("Chainer's tutorials' 'loss (train):' figures (readers-67)", () => {
  it("'loss (train): 1.53, loss (valid): 1.18' names each split's loss, a glued name set apart", () => {
    expect(readConsoleLine('epoch: 0, iteration: 20, loss (train): 0.5593, loss (valid): 1.1641acc (train): 0.7500, acc (valid): 0.2812', false)).toMatchObject({
      kind: 'observation', epoch: 0,
      pairs: [{ name: 'train_loss', value: 0.5593 }, { name: 'valid_loss', value: 1.1641, validation: true }, { name: 'train_acc', value: 0.75 }, { name: 'valid_acc', value: 0.2812, validation: true }],
    });
    const text = Array.from({ length: 6 }, (_, i) => `epoch: ${i}, iteration: ${(i + 1) * 5}, loss (train): ${(1.5 - i * 0.1).toFixed(4)}, loss (valid): ${(1.2 - i * 0.05).toFixed(4)}`).join('\n');
    const log = parseLog('14_Basics_of_Chainer.ipynb', notebook([[stdout(`${text}\n`)]]));
    expect(values(log.series.valid_loss)).toEqual([1.2, 1.15, 1.1, 1.05, 1, 0.95]);
  });
});

describe("Keras evaluate() lines in the fit's cell, no validation (readers-68)", () => {
  const bar = '[==============================]';
  const fit = Array.from({ length: 6 }, (_, i) => `Epoch ${i + 1}/6\n1024/1024 ${bar} - 3s 3ms/step - loss: ${(0.05 - i * 0.004).toFixed(4)}`).join('\n');
  const evaluations = ['2.3761', '0.1690', '0.0462'].map((loss) => `1/1 ${bar} - 0s 68ms/step - loss: ${loss}`).join('\n');

  it('a progress line counting another number of batches than the epoch\'s, under the same header, is an evaluation', () => {
    const isEvaluation = kerasEvaluationLines();
    expect([...fit.split('\n'), ...evaluations.split('\n')].map(isEvaluation).filter(Boolean)).toHaveLength(3);
    const log = parseLog('rnn.ipynb', notebook([[stdout(`${fit}\n${evaluations}\n`)]]));
    expect(values(log.series.loss)).toEqual([0.05, 0.046, 0.042, 0.038, 0.034, 0.03]);
  });
});

describe('a W&B history export whose loss is the sum of its parts (readers-69, roles-34)', () => {
  const { root, put } = tempFolder('losskit-fortieth-');
  const rows = Array.from({ length: 8 }, (_, i) => {
    const output = 0.4 - i * 0.03;
    return `${i},${i * 10},${output.toFixed(4)},0.0,${output.toFixed(4)},${(0.7 + i * 0.02).toFixed(2)}`;
  });
  const csv = [',_step,Train/inner_sum_loss,Train/inner_reg_loss,Train/inner_output_loss,Train/inner_accuracy', ...rows].join('\n');

  it("'_step' is its step column, the unnamed index no series, and a folder walk finds it", async () => {
    const log = parseLog('metrics.csv', bytes(`${csv}\n`));
    expect(steps(log.series['Train/inner_sum_loss'])).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
    expect(log.series['']).toBeUndefined();
    put('kpconv/metrics.csv', `${csv}\n`);
    expect(await readRuns(join(root, 'kpconv'))).toHaveLength(1);
  });

  it("the named loss that is the sum of the others at every step is the training loss; named losses none of which is the others' sum stay metrics", () => {
    const history = History.fromSeries(parseLog('metrics.csv', bytes(`${csv}\n`)).series);
    expect(history.trainLoss?.sourceNames).toEqual(['Train/inner_sum_loss']);
    const gan = History.fromColumns({ g_loss: [1, 0.9, 0.8, 0.7], d_loss: [0.5, 0.6, 0.55, 0.6], cycle_loss: [2, 1.8, 1.7, 1.6] });
    expect(gan.trainLoss).toBeUndefined();
  });
});
