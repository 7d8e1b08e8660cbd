/**
 * A layout the hundred-and-sixty-third real-log corpus (round 166) left unread, written here, numbers made up: a
 * makemore copy's own prints, `Loss at Iteration @ 0 is 10.63` and `Evaluation Loss at Iteration @ 5001 is 2.19`, the
 * counter after an `@` and the value after `is` (the corpus's a10, readers-170).
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { steps, values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

describe('a name, its counter after `at Iteration @`, its value after `is` (readers-170)', () => {
  it('is the named loss at that step; an evaluation loss is the validation loss', () => {
    expect(readConsoleLine('Loss at Iteration @ 0 is 10.629242897033691', false, true, undefined)).toEqual({
      kind: 'observation', pairs: [{ name: 'loss', value: 10.629242897033691, validation: false }], components: 0, summary: false, counter: { value: 0, named: true },
    });
    expect(readConsoleLine('Evaluation Loss at Iteration @ 5001 is 2.19', false, true, undefined)).toMatchObject({
      pairs: [{ name: 'evaluation_loss', value: 2.19, validation: true }], counter: { value: 5001, named: true },
    });
  });

  it('a log of such lines is a training and an evaluation series at their steps', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Loss at Iteration @ ${i} is ${(3 - 0.01 * i).toFixed(4)}\n`
      + (i >= 10 ? `Evaluation Loss at Iteration @ ${i} is ${(3.1 - 0.01 * i).toFixed(4)}\n` : '')).join('');
    const log = parseLog('train.log', bytes(text));
    expect(values(log.series.loss)).toHaveLength(30);
    expect(steps(log.series.evaluation_loss).slice(0, 2)).toEqual([10, 11]);
  });

  it('only a number after `is`: prose about a loss at a step is none', () => {
    expect(readConsoleLine('Loss at Iteration @ 3 is high', false, true, undefined)).toBeUndefined();
  });
});
