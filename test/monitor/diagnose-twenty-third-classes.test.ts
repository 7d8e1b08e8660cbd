/**
 * The twenty-third corpus's false alarms, after its held-out score (tuned): a fast-then-slow
 * training loss read as lr-too-low's slow steady decline, because the Theil-Sen line it is read on
 * skips the few fast first epochs (rules-31). Each group's first test failed before.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { SEVENTEENTH_A_CORPUS_DIR, TWENTY_THIRD_B_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { epochs, kinds, run } from './diagnose-fixtures.js';

describe('a loss that lost most of itself fast was not slow (rules-31)', () => {
  it('a training loss 7.35 -> 3.4 in 5 epochs, then a straight line to 2.19 over 115: no lr-too-low beside its still-improving', () => {
    const train = epochs(120, (t) => 2.2 + 4 * Math.exp(-(t - 1) / 1.5) + 1.1 * (1 - t / 120));
    const validation = epochs(120, (t) => 1.6 + 3 * Math.exp(-(t - 1) / 1.5) + 0.6 * (1 - t / 120));
    expect(kinds(diagnose(run(train, validation)))).toEqual(['still-improving']);
  });

  it.each([
    ['b14-metriclogger-mbv3-large', TWENTY_THIRD_B_CORPUS_DIR],
    ['a08-bird-yolov7-exp', SEVENTEENTH_A_CORPUS_DIR],
  ])('%s: still improving, no lr-too-low (a false alarm before)', async (id, dir) => {
    expect(kinds((await diagnoseCorpusRun(dir, id)).findings)).toEqual(['still-improving']);
  });

  it('...but the same straight line without the fast start is still a slow steady decline', () => {
    const train = epochs(120, (t) => 2.2 + 1.1 * (1 - t / 120));
    const validation = epochs(120, (t) => 1.6 + 0.6 * (1 - t / 120));
    expect(kinds(diagnose(run(train, validation)))).toEqual(['lr-too-low', 'still-improving']);
  });
});
