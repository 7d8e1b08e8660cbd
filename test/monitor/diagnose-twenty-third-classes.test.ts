/**
 * The twenty-third corpus's false alarms, after its held-out score (tuned): a fast-then-slow
 * training loss read as lr-too-low's slow steady decline, because the Theil-Sen line it is read on
 * skips the few fast first epochs (rules-31); a constant rate of fall under a learning rate that a
 * logged schedule annealed read as a step too small (rules-32). Each group's first test failed
 * before.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { FIFTEENTH_A_CORPUS_DIR, SEVENTEENTH_A_CORPUS_DIR, TWENTY_THIRD_B_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { epochs, readings, run } from './diagnose-fixtures.js';

describe('a loss that lost most of itself fast was not slow (rules-31)', () => {
  it('a training loss 7.35 -> 3.4 in 5 epochs, then a straight line to 2.19 over 115: no lr-too-low beside its still-improving', () => {
    const train = epochs(120, (t) => 2.2 + 4 * Math.exp(-(t - 1) / 1.5) + 1.1 * (1 - t / 120));
    const validation = epochs(120, (t) => 1.6 + 3 * Math.exp(-(t - 1) / 1.5) + 0.6 * (1 - t / 120));
    expect(readings(diagnose(run(train, validation)))).toEqual(['still-improving']);
  });

  it.each([
    ['b14-metriclogger-mbv3-large', TWENTY_THIRD_B_CORPUS_DIR],
    ['a08-bird-yolov7-exp', SEVENTEENTH_A_CORPUS_DIR],
  ])('%s: still improving, no lr-too-low (a false alarm before)', async (id, dir) => {
    expect(readings((await diagnoseCorpusRun(dir, id)).findings)).toEqual(['still-improving']);
  });

  it('...but the same straight line without the fast start is still a slow steady decline', () => {
    const train = epochs(120, (t) => 2.2 + 1.1 * (1 - t / 120));
    const validation = epochs(120, (t) => 1.6 + 0.6 * (1 - t / 120));
    expect(readings(diagnose(run(train, validation)))).toEqual(['lr-too-low', 'still-improving']);
  });
});

describe('a constant rate of fall under an annealed learning rate is no step too small (rules-32)', () => {
  /** 120 epochs of a training and a validation loss falling in straight lines, 33 % and 27 %, with a learning rate logged at `lr(i)`. */
  const straightLines = (lr: (i: number) => number) => {
    const history = run(epochs(120, (t) => 2.2 + 1.1 * (1 - t / 120)), epochs(120, (t) => 1.6 + 0.6 * (1 - t / 120)));
    for (let i = 0; i < 120; i++) history.append('lr', { epoch: i + 1, value: lr(i) });
    return history;
  };

  it('a learning rate decayed linearly from 0.01 to 0.0001: still improving, no lr-too-low', () => {
    expect(readings(diagnose(straightLines((i) => 0.01 * (1 - (0.99 * i) / 119))))).toEqual(['still-improving']);
  });

  it.each([
    ['b07-yolov5-results-csv-sweetberry', TWENTY_THIRD_B_CORPUS_DIR],
    ['b15-metriclogger-mbv3-small', TWENTY_THIRD_B_CORPUS_DIR],
    ['yolov3-custom-exp', FIFTEENTH_A_CORPUS_DIR],
  ])('%s: no lr-too-low beside its still-improving (its schedule annealed the learning rate)', async (id, dir) => {
    const found = readings((await diagnoseCorpusRun(dir, id)).findings);
    expect(found).toContain('still-improving');
    expect(found).not.toContain('lr-too-low');
  });

  it('...but the same lines under a constant learning rate are still a slow steady decline', () => {
    expect(readings(diagnose(straightLines(() => 0.01)))).toEqual(['lr-too-low', 'still-improving']);
  });
});
