/**
 * Issue 10's real-log check, held out: the hundred-and-twenty-ninth corpus, built in parts at one time while the
 * hundred-and-twenty-eighth was labelled, of repositories in no earlier corpus: part a 4 runs (YOLOv5 trainings printed
 * in notebooks), part b 5 (Ultralytics results.csv; a sixth, a stored-text copy whose licence could not be checked,
 * dropped before scoring), part c 11 (Udacity TF1 course notebooks); a part d found no licensed run. Each part was
 * labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and
 * scored with the rules of 2d7be89 (commit fb62ea3, "freeze: the rules for round 132"; roles-39 and readers-151 in).
 */
import { HUNDRED_TWENTY_NINTH_A_CORPUS_DIR, HUNDRED_TWENTY_NINTH_B_CORPUS_DIR, HUNDRED_TWENTY_NINTH_C_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 3 of 4 (a notebook whose YOLOv5 rows end `416: 1`, the bar cut to its first digit,
 * unread; readers-152 since); part b 4 of 5 (a 9-epoch overfit read as a plateau); part c 12 of 13 (a TV script's
 * lr-too-high). No false alarm in 20 runs, one unread. The floors are each part's level less one mistake.
 */
const HUNDRED_TWENTY_NINTH_A: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 2, minRecall: { 'still-improving': 0.5 } };
const HUNDRED_TWENTY_NINTH_B: ScoreFloors = { minRuns: 5, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.5 } };
const HUNDRED_TWENTY_NINTH_C: ScoreFloors = { minRuns: 11, minFound: 11, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85, plateau: 0.75 } };

describeHeldOutPart('the hundred-and-twenty-ninth real-log corpus, part a (held out)', HUNDRED_TWENTY_NINTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_NINTH_A_CORPUS_DIR), HUNDRED_TWENTY_NINTH_A);
describeHeldOutPart('the hundred-and-twenty-ninth real-log corpus, part b (held out)', HUNDRED_TWENTY_NINTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_NINTH_B_CORPUS_DIR), HUNDRED_TWENTY_NINTH_B);
describeHeldOutPart('the hundred-and-twenty-ninth real-log corpus, part c (held out)', HUNDRED_TWENTY_NINTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_NINTH_C_CORPUS_DIR), HUNDRED_TWENTY_NINTH_C);
