/**
 * Issue 10's real-log check, held out: the hundred-and-twenty-fourth corpus, built in two parts at one time from the
 * session's very last fetches after the hundred-and-twenty-third was scored, of repositories in no earlier corpus (its
 * parts lettered a and d after their builders' leads): part a 7 runs (YOLOv5 results.csv and results.txt), part d 5
 * (CatBoost catboost_info folders). Each part was labelled by its builder before any tool ran on it (labels.json,
 * scored here) and blind by a second labeller, and read only after commit 6387878 ("freeze: the rules for round 127"),
 * with whose rules (those of 5d75685, after rules-65) it was scored.
 */
import { HUNDRED_TWENTY_FOURTH_A_CORPUS_DIR, HUNDRED_TWENTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 7 of 7; part d 5 of 5. No false alarm in 12 runs, none unread. The floors are each
 * part's level less one mistake.
 */
const HUNDRED_TWENTY_FOURTH_A: ScoreFloors = { minRuns: 7, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.66, 'still-improving': 0.66 } };
const HUNDRED_TWENTY_FOURTH_D: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.66, 'still-improving': 0.5 } };

describeHeldOutPart('the hundred-and-twenty-fourth real-log corpus, part a (held out)', HUNDRED_TWENTY_FOURTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_FOURTH_A_CORPUS_DIR), HUNDRED_TWENTY_FOURTH_A);
describeHeldOutPart('the hundred-and-twenty-fourth real-log corpus, part d (held out)', HUNDRED_TWENTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_FOURTH_D_CORPUS_DIR), HUNDRED_TWENTY_FOURTH_D);
