/**
 * Layouts the forty-fourth real-log corpus (test/monitor/corpus-forty-fourth-a to -d) left unread,
 * read after its held-out score (so tuned), written here, numbers made up. readers-79: a PointNet
 * notebook's loop prints each split's loss under the split's name as a key, `Epoch 1/250 | Train:
 * 53.1655 | Val: 50.9308 | Asym: 94.0380 | Chamfer: 7.6922` (b05); without the colons (`| Train
 * 0.1226 | Val 0.0895 |`) it was read already.
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
