/**
 * Issue 10's real-log check on the third corpus: test/monitor/corpus-third holds 18 runs from 15
 * public repositories used by neither earlier corpus, collected and labelled (labels committed
 * first) before diagnose's rules were changed for the second corpus's misses, and scored once
 * after those changes: 9 of 15 expected findings (60 %, a 95 % Wilson interval of 36-80 %), 1
 * false alarm (a warning) in 18 runs. That was the held-out estimate of its day. The rules were
 * then changed for its misses' classes, watching all three corpora (docs/diagnose.md, "How well
 * it works"): it is now tuned on, and the rules were frozen for the fourth corpus. One label was
 * revised (json-gpt2-doublehead: 3 points cannot support still-improving at 5 %; see the
 * corpus README). Measured now: 12 of 14 found (12 of 15 with the original label), no false
 * alarm. This test keeps that level less a margin of one mistake.
 */
import { describe, it } from 'vitest';
import { CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR } from './evaluation-corpus.js';
import { expectLabelledRuns, expectScoreAtFloors } from './evaluation-floors.js';

/** Measured: 12 of 14 found, no false alarm (when scored held out: 9 of 15, 1 false alarm, a warning). */
const MIN_FOUND = 12;
const MAX_FALSE_ALARMS = 1;
/** Per kind, measured recall less one miss where a kind has several cases. */
const MIN_RECALL: Readonly<Record<string, number>> = {
  'still-improving': 6 / 8, overfitting: 1, 'widening-gap': 1 / 2, divergence: 1, 'non-finite': 1,
};

describe('the third real-log corpus (held out, now tuned on)', () => {
  it('has 15+ labelled runs, each with a source, a licence and a reason, none from a repository of the earlier corpora', () => {
    expectLabelledRuns(THIRD_CORPUS_DIR, 15, [CORPUS_DIR, HELDOUT_CORPUS_DIR]);
  });

  it('every run is read; the held-out score stays at its measured level; no critical false alarm', async () => {
    await expectScoreAtFloors(THIRD_CORPUS_DIR, 'the third real-log corpus', { minFound: MIN_FOUND, maxFalseAlarms: MAX_FALSE_ALARMS, minRecall: MIN_RECALL });
  });
});
