/**
 * Layouts the twenty-ninth real-log corpus (test/monitor/corpus-twenty-ninth-b) left unread, read
 * after its held-out score (so tuned), written here in each layout, numbers made up:
 *
 *   - the PyTorch "NLP from scratch" tutorials' progress prints (char-rnn-line.ts): generation's
 *     `0m 19s (100 5%) 2.1267` (practical-pytorch's in square brackets, seq2seq's with the time
 *     left), classification's `5000 5% (0m 5s) 2.6379 Albert / Polish ✗ (Czech)`, among sample text;
 *   - Trax's training loop (trax-line.ts): `Step      1: train CrossEntropyLossWithLogSoftmax |  9.85`,
 *     `Step      1: eval  WeightedCategoryAccuracy |  0.08`, `Step    100: Ran 100 train steps in ...`.
 */
import { describe, expect, it } from 'vitest';
import { readCharRnnLine } from '../../src/io/char-rnn-line.js';
import { readConsoleLine } from '../../src/io/console-line.js';
import { readRun } from '../../src/io/index.js';
import { parseLog } from '../../src/io/parse-log.js';
import { readTraxLine } from '../../src/io/trax-line.js';
import { History } from '../../src/monitor/index.js';
import { tempFolder } from './support/temp-files.js';
import { notebook, stdout, steps, values } from './support/logs.js';

const loss = (value: number) => ({ step: 0, pairs: [{ name: 'loss', value, validation: false }] });

describe('char-rnn-line: the PyTorch NLP-from-scratch tutorials\' progress prints', () => {
  it('reads the time-first line, bracketed or not, with the time left or not, and the counter-first line with its sample', () => {
    expect(readCharRnnLine('0m 19s (100 5%) 2.1267')).toEqual({ ...loss(2.1267), step: 100 });
    expect(readCharRnnLine('[3m 21s (1000 50%) 1.9770]')).toEqual({ ...loss(1.977), step: 1000 });
    expect(readCharRnnLine('1m 47s (- 25m 8s) (5000 6%) 2.8641')).toEqual({ ...loss(2.8641), step: 5000 });
    expect(readCharRnnLine("10000 10% (0m 14s) 2.7166 O'Kelly / English ✗ (Irish)")).toEqual({ ...loss(2.7166), step: 10000 });
    expect(readCharRnnLine('15000 15% (0m 23s) 1.1694 Vescovi / Italian ✓')).toEqual({ ...loss(1.1694), step: 15000 });
    expect(readCharRnnLine('100000 100% (2m 33s) 0.2713')).toEqual({ ...loss(0.2713), step: 100000 });
  });

  it('reads no other line: no loss, prose with a number and a percent, a bracket left open, past 100 %, iteration 0', () => {
    expect(readCharRnnLine('0m 19s (100 5%)')).toBeUndefined();
    expect(readCharRnnLine('5000 5% (0m 5s)')).toBeUndefined();
    expect(readCharRnnLine('5000 5% (0m 5s) 2.6379 names were misread')).toBeUndefined();
    expect(readCharRnnLine('The model reached 95% accuracy (0m 5s) 2.5 times faster')).toBeUndefined();
    expect(readCharRnnLine('In 100 steps (5%) the loss fell to 2.1267')).toBeUndefined();
    expect(readCharRnnLine('[0m 19s (100 5%) 2.1267')).toBeUndefined();
    expect(readCharRnnLine('0m 19s (100 105%) 2.1267')).toBeUndefined();
    expect(readCharRnnLine('0m 0s (0 0%) 2.9')).toBeUndefined();
    expect(readCharRnnLine('0m 19s (100 5%) 2')).toBeUndefined();
  });

  it('is a console observation at the iteration', () => {
    expect(readConsoleLine('[0m 38s (200 10%) 1.9876]', false)).toEqual({
      kind: 'observation', pairs: [{ name: 'loss', value: 1.9876, validation: false }], components: 0, summary: false, counter: { value: 200, named: true },
    });
    expect(readConsoleLine('10% of 5000 names (0m 5s) scored 2.6', false)).toBeUndefined();
  });

  it('a generation notebook: the progress lines among sampled text are the training loss at each iteration', () => {
    const progress = [2.13, 1.99, 2.08, 1.91, 1.96, 1.87];
    const text = progress.map((value, i) => `[${i}m ${10 + i}s (${(i + 1) * 100} ${(i + 1) * 5}%) ${value.toFixed(4)}]\nWh! 'Lod at the to Cell I dy\nKING 3:\nBut thes lo he ther\n\n`).join('');
    const log = parseLog('char-rnn-generation.ipynb', notebook([[stdout('file_len = 1115394\n')], [stdout(text)]]));
    expect(log.format).toBe('console');
    expect(Object.keys(log.series)).toEqual(['loss']);
    expect(steps(log.series.loss)).toEqual([100, 200, 300, 400, 500, 600]);
    expect(values(log.series.loss)).toEqual(progress);
  });

  it('a classification script\'s output, read from a .log in a folder', async () => {
    const rows = [2.79, 2.71, 1.17, 2.14, 2.03, 1.99].map((value, i) => `${(i + 1) * 5000} ${(i + 1) * 5}% (${i}m ${7 * i}s) ${value.toFixed(4)} Neil / Chinese ${i % 2 === 0 ? '✗ (Irish)' : '✓'}\n`);
    const { root, put } = tempFolder('losskit-char-rnn-');
    put('run/train.log', `n_categories = 18\n${rows.join('')}`);
    const run = await readRun(`${root}/run`);
    expect(run.source.format).toBe('console');
    expect(steps(run.series.loss)).toEqual([5000, 10000, 15000, 20000, 25000, 30000]);
    expect(History.fromSeries(run.series).trainLoss?.name).toBe('loss');
  });
});

describe("trax-line: Trax's training loop metric lines", () => {
  it('reads a train line as the named loss, an eval line as validation, a cross entropy without the word loss as a loss', () => {
    expect(readTraxLine('Step      1: train CrossEntropyLossWithLogSoftmax |  9.85205269')).toEqual({
      step: 1, pairs: [{ name: 'cross_entropy_loss_with_log_softmax', value: 9.85205269, validation: false }],
    });
    expect(readTraxLine('Step    100: eval        WeightedCategoryAccuracy |  0.22895759')).toEqual({
      step: 100, pairs: [{ name: 'val_weighted_category_accuracy', value: 0.22895759, validation: true }],
    });
    expect(readTraxLine('Step    500: eval  WeightedCategoryCrossEntropy |  3.64122152')?.pairs[0].name).toBe('val_weighted_category_cross_entropy_loss');
    expect(readTraxLine('Step   1000: train                        loss | -0.50000000')?.pairs[0]).toEqual({ name: 'loss', value: -0.5, validation: false });
  });

  it('reads no other line: the timing and weight-count lines, another split word, no value, no step', () => {
    expect(readTraxLine('Step    100: Ran 100 train steps in 130.79 secs')).toBeUndefined();
    expect(readTraxLine('Step      1: Total number of trainable weights: 80370196')).toBeUndefined();
    expect(readTraxLine('Step      1: test  CrossEntropyLoss |  9.8')).toBeUndefined();
    expect(readTraxLine('Step      1: train CrossEntropyLoss |  n/a')).toBeUndefined();
    expect(readTraxLine('train CrossEntropyLoss |  9.85')).toBeUndefined();
    expect(readConsoleLine('Step    100: Ran 99 train steps in 487.01 secs', false)?.kind).not.toBe('observation');
  });

  it('a notebook of a Trax loop: the training and validation cross entropy at their steps, accuracy a validation metric', () => {
    const train = [9.85, 7.03, 5.25, 4.33, 3.97, 3.83];
    const evals = [9.72, 5.82, 4.47, 3.83, 4.21, 3.64];
    const block = (i: number) => `\nStep ${String(i === 0 ? 1 : i * 100).padStart(6)}: Ran ${i === 0 ? 1 : 100} train steps in 70.54 secs\n` +
      `Step ${String(i === 0 ? 1 : i * 100).padStart(6)}: train CrossEntropyLossWithLogSoftmax |  ${train[i].toFixed(8)}\n` +
      `Step ${String(i === 0 ? 1 : i * 100).padStart(6)}: eval  CrossEntropyLossWithLogSoftmax |  ${evals[i].toFixed(8)}\n` +
      `Step ${String(i === 0 ? 1 : i * 100).padStart(6)}: eval        WeightedCategoryAccuracy |  0.${20 + i * 4}000000\n`;
    const text = `\nStep      1: Total number of trainable weights: 80370196${train.map((_, i) => block(i)).join('')}`;
    const log = parseLog('nmt-trax.ipynb', notebook([[stdout('trax 1.3.7\n')], [stdout(text)]]));
    expect(log.format).toBe('console');
    expect(steps(log.series.cross_entropy_loss_with_log_softmax)).toEqual([1, 100, 200, 300, 400, 500]);
    expect(values(log.series.val_cross_entropy_loss_with_log_softmax)).toEqual(evals);
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.name).toBe('cross_entropy_loss_with_log_softmax');
    expect(history.validationLoss?.name).toBe('val_cross_entropy_loss_with_log_softmax');
    expect(values(log.series.val_weighted_category_accuracy)).toEqual([0.2, 0.24, 0.28, 0.32, 0.36, 0.4]);
  });
});
