/**
 * A layout the hundred-and-fifty-ninth real-log corpus (round 162) left unread, written here, numbers made up: the
 * training line of W&B's PyTorch integration tutorial, `Loss after 03200 examples: 0.512` (its `train_log`, copied
 * into course notebooks; the corpus's d03, readers-167), read before as no training line at all.
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, steps, stdout, values } from './support/logs.js';

const lines = (count: number) => Array.from({ length: count }, (_, i) => `Loss after ${String((i + 1) * 50).padStart(5, '0')} examples: ${(8 - i * 0.05).toFixed(3)}\n`).join('');

describe("W&B's PyTorch tutorial line (readers-167)", () => {
  it('is the training loss at the count of examples seen', () => {
    expect(readConsoleLine('Loss after 03200 examples: 0.512', false, true, undefined)).toEqual({
      kind: 'observation', pairs: [{ name: 'loss', value: 0.512, validation: false }], components: 0, summary: false, counter: { value: 3200, named: true },
    });
  });

  it('a notebook of such lines is one training, a point per line at its count', () => {
    const log = parseLog('captioning.ipynb', notebook([[stdout(lines(12))]]));
    expect(values(log.series.loss)).toHaveLength(12);
    expect(steps(log.series.loss).slice(0, 3)).toEqual([50, 100, 150]);
  });

  it('only the whole layout: prose about a loss after some examples is none', () => {
    expect(readConsoleLine('Loss after 3200 examples: it went down', false, true, undefined)).toBeUndefined();
  });
});
