/**
 * Issue 10's real-log check, held out again: test/monitor/corpus-third holds 18 runs from 15
 * public repositories used by neither earlier corpus, collected and labelled (labels committed
 * first) before diagnose's rules were changed for the second corpus's misses, and scored once,
 * after those changes were final and committed. Its score is the current honest estimate of
 * how the rules do on logs they were not fitted to: 9 of 15 expected findings (60 %, a 95 %
 * Wilson interval of 36-80 %), 1 false alarm (a warning) in 18 runs. The rules before those
 * changes scored the same. The issue's 90 % bar is NOT met here, and this test does not
 * pretend it is: it keeps the measured level as a regression floor, less a margin of one
 * mistake. docs/diagnose.md says what the misses are. The rules were not changed after this
 * corpus was scored.
 */
import { describe, it } from 'vitest';
import { CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR } from './evaluation-corpus.js';
import { expectLabelledRuns, expectScoreAtFloors } from './evaluation-floors.js';

/** Measured: 9 of 15 found, 1 false alarm (a warning), none critical. */
const MIN_FOUND = 8;
const MAX_FALSE_ALARMS = 2;
/** Per kind, measured recall less one miss where a kind has several cases (overfitting: 1 of 2, kept as measured). */
const MIN_RECALL: Readonly<Record<string, number>> = {
  'still-improving': 5 / 9, overfitting: 1 / 2, 'widening-gap': 1, divergence: 1,
};

describe('the third real-log corpus (held out)', () => {
  it('has 15+ labelled runs, each with a source, a licence and a reason, none from a repository of the earlier corpora', () => {
    expectLabelledRuns(THIRD_CORPUS_DIR, 15, [CORPUS_DIR, HELDOUT_CORPUS_DIR]);
  });

  it('every run is read; the held-out score stays at its measured level; no critical false alarm', async () => {
    await expectScoreAtFloors(THIRD_CORPUS_DIR, 'the third real-log corpus (held out)', { minFound: MIN_FOUND, maxFalseAlarms: MAX_FALSE_ALARMS, minRecall: MIN_RECALL });
  });
});
