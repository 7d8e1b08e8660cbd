/**
 * Issue 10's real-log check on the second corpus: test/monitor/corpus-heldout holds 33 runs from
 * 30 public repositories that the first corpus does not use, collected and labelled (labels
 * committed first) after diagnose's rules had been tuned on test/monitor/corpus. Scored with
 * the rules unchanged it gave the honest estimate of its day: 17 of 29 found (59 %), 4 false
 * alarms. The rules were then changed to handle the classes of its misses and false alarms
 * (docs/diagnose.md, "How well it works"), watching this corpus: it is now tuned on, as are
 * the first and third corpora (the held-out estimate comes from the fourth, corpus-fourth-a and
 * -b). This test keeps the level measured after the latest changes, less a margin of one
 * mistake; the issue's 90 % bar is not met here.
 */
import { describe, it } from 'vitest';
import { CORPUS_DIR, HELDOUT_CORPUS_DIR } from './evaluation-corpus.js';
import { expectLabelledRuns, expectScoreAtFloors } from './evaluation-floors.js';

/**
 * Measured after the rule changes for the third corpus's classes: 25 of 29 found, no false alarm
 * (after those for this corpus's own: 24 of 29, 0; with the rules of its day: 17 of 29, 4 false alarms).
 * After rules-9 (the improvement bar read on the log scale: pl-aos-v4 a plateau): 26 of 29, none.
 */
const MIN_FOUND = 25;
const MAX_FALSE_ALARMS = 1;
/** Per kind, measured recall less one miss where a kind has several cases. */
const MIN_RECALL: Readonly<Record<string, number>> = {
  'still-improving': 13 / 16, overfitting: 3 / 4, 'widening-gap': 2 / 3, plateau: 1 / 4, 'lr-too-low': 1, 'noisy-validation': 1,
};

describe('the second real-log corpus (held out, now tuned on)', () => {
  it('has 30+ labelled runs, each with a source, a licence and a reason, none from a repository of the first corpus', () => {
    expectLabelledRuns(HELDOUT_CORPUS_DIR, 30, [CORPUS_DIR]);
  });

  it('every run is read; the score stays at its measured level; no critical false alarm', async () => {
    await expectScoreAtFloors(HELDOUT_CORPUS_DIR, 'the second real-log corpus', { minFound: MIN_FOUND, maxFalseAlarms: MAX_FALSE_ALARMS, minRecall: MIN_RECALL });
  });
});
