/**
 * A layout the fifty-eighth real-log corpus (test/monitor/corpus-fifty-eighth-a, -b and -d) left unread,
 * read after its held-out score (so tuned), on the real lines. readers-107: the Lasagne-era loop of the
 * YSDA Practical_DL course, as students' copies print it (ilivans' CIFAR CNN notebook, MIT, d07: its
 * first three epochs), the loss named with a qualifier in brackets, `  training loss (in-iteration): \t1.783646`
 * under `Epoch 1 of 100 took 113.205s`. The qualifier hid the pair: three such notebooks were unread.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { steps, values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

const YSDA = [
  'Epoch 1 of 100 took 113.205s',
  '  training loss (in-iteration): \t1.783646',
  '  validation accuracy: \t\t\t49.56 %',
  'Epoch 2 of 100 took 121.702s',
  '  training loss (in-iteration): \t1.535484',
  '  validation accuracy: \t\t\t55.02 %',
  'Epoch 3 of 100 took 118.269s',
  '  training loss (in-iteration): \t1.422615',
  '  validation accuracy: \t\t\t60.79 %',
  '',
].join('\n');

describe('a loss named with a qualifier in brackets, `training loss (in-iteration):` (readers-107)', () => {
  it('reads the name without its qualifier, at the epoch of the header above it', () => {
    const log = parseLog('homework.log', bytes(YSDA));
    expect(values(log.series.training_loss)).toEqual([1.783646, 1.535484, 1.422615]);
    expect(steps(log.series.training_loss)).toEqual([1, 2, 3]);
  });

  it('a qualifier naming a split, `loss (test-set):`, is left as it was; a scale, `loss (x100):`, too: neither is read as that loss', () => {
    for (const qualified of ['loss (test-set)', 'training loss (x100)']) {
      expect(() => parseLog('other.log', bytes(YSDA.replaceAll('training loss (in-iteration)', qualified)))).toThrow(/not a training log/);
    }
  });
});
