/**
 * Layouts the forty-fourth real-log corpus (test/monitor/corpus-forty-fourth-a to -d) left unread,
 * read after its held-out score (so tuned), written here, numbers made up. readers-79: a PointNet
 * notebook's loop prints each split's loss under the split's name as a key, `Epoch 1/250 | Train:
 * 53.1655 | Val: 50.9308 | Asym: 94.0380 | Chamfer: 7.6922` (b05); without the colons (`| Train
 * 0.1226 | Val 0.0895 |`) it was read already. readers-80: Udacity's TF1 notebooks print the data
 * sets' shapes in an early cell (`Test set (18724, 28, 28, 1) (18724, 10)`), which announced the
 * test split for the training loop's `Minibatch loss at step 0 : 3.51` lines cells later (a05).
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, steps, stdout, values } from './support/logs.js';

describe('a split written as a key, the loss unnamed (readers-79)', () => {
  it("'Epoch 1/250 | Train: 53.17 | Val: 50.93 | Asym: 94.04' gives the training and validation loss", () => {
    const lines = Array.from({ length: 6 }, (_, i) =>
      `Epoch ${i + 1}/250 | Train: ${(53 - i * 5).toFixed(4)} | Val: ${(50 - i * 4).toFixed(4)} | Asym: 94.0380 | Chamfer: 7.6922\n`);
    const log = parseLog('testing.ipynb', notebook([[stdout(['Using Device: cuda\n', ...lines])]]));
    expect(values(log.series.train_loss)).toEqual([53, 48, 43, 38, 33, 28]);
    expect(values(log.series.val_loss)).toEqual([50, 46, 42, 38, 34, 30]);
    expect(steps(log.series.val_loss)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log.series.train).toBeUndefined();
  });

  it('is read only on a line placed by an epoch or a named counter, with both splits', () => {
    const kinds = (line: string) => readConsoleLine(line, false);
    expect(kinds('Train: 201 | Validation: 51')).toBeUndefined();
    const one = kinds('Epoch 3 | Train: 0.52 | Asym: 3.1');
    expect(one?.kind === 'observation' ? one.pairs.map(({ name }) => name) : []).not.toContain('train_loss');
  });
});

describe("a data set's shape after a split word (readers-80)", () => {
  it("'Test set (18724, 28, 28, 1)' announces no split: the minibatch losses after it are training losses", () => {
    const shapes = ['Training set (200000, 28, 28, 1) (200000, 10)\n', 'Validation set (10000, 28, 28, 1) (10000, 10)\n', 'Test set (18724, 28, 28, 1) (18724, 10)\n'];
    const loop = Array.from({ length: 6 }, (_, i) => [`Minibatch loss at step ${i * 50} : ${(3 - i * 0.4).toFixed(2)}\n`, 'Minibatch accuracy: 50.0%\n', 'Validation accuracy: 60.0%\n']).flat();
    const log = parseLog('4_convolutions.ipynb', notebook([[stdout(shapes)], [stdout(['Initialized\n', ...loop])]]));
    expect(values(log.series.minibatch_loss)).toEqual([3, 2.6, 2.2, 1.8, 1.4, 1]);
    expect(log.series.test_minibatch_loss).toBeUndefined();
  });

  it("a split word opening a line without a shape still announces ('Eval begin...')", () => {
    expect(readConsoleLine('Eval begin...', false)).toEqual({ kind: 'split', word: 'eval' });
    expect(readConsoleLine('Test set (18724, 28, 28, 1) (18724, 10)', false)).toBeUndefined();
  });
});
