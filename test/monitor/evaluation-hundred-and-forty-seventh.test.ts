/**
 * Issue 10's real-log check, held out: the hundred-and-forty-seventh corpus, built in five parts at one time after the
 * hundred-and-forty-sixth was scored, of repositories in no earlier corpus: parts a 1, b 4, c 8, d 11 and e 3 runs
 * (Udacity MNIST project notebooks; flower image-classifier notebooks and train.py logs; forks of Udacity's
 * facial-keypoints project; a research repository's console and TensorBoard logs and a YOLOv8 results.csv). Each part
 * was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and
 * read only after commit dc19d00 ("freeze: round 150's rules"), with whose rules it was scored.
 */
import { HUNDRED_FORTY_SEVENTH_A_CORPUS_DIR, HUNDRED_FORTY_SEVENTH_B_CORPUS_DIR, HUNDRED_FORTY_SEVENTH_C_CORPUS_DIR, HUNDRED_FORTY_SEVENTH_D_CORPUS_DIR, HUNDRED_FORTY_SEVENTH_E_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 1 of 1, b 4 of 4 (two false alarms, an lr-too-low and an lr-too-high, on a last-batch loss
 * and a noisy validation), c 7 of 8 (a plateau read as an overfit, the false alarm), d 9 of 11 (two slow falls of
 * per-batch prints read as plateaus), e 3 of 3. 24 of 27, three false alarms in 27 runs, none unread. The floors are
 * each part's level less one mistake.
 */
const HUNDRED_FORTY_SEVENTH_A: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FORTY_SEVENTH_B: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 3, maxUnread: 1, minRecall: {} };
const HUNDRED_FORTY_SEVENTH_C: ScoreFloors = { minRuns: 8, minFound: 6, maxFalseAlarms: 2, maxUnread: 1, minRecall: { 'still-improving': 0.5 } };
const HUNDRED_FORTY_SEVENTH_D: ScoreFloors = { minRuns: 11, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.4 } };
const HUNDRED_FORTY_SEVENTH_E: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-forty-seventh real-log corpus, part a (held out)', HUNDRED_FORTY_SEVENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SEVENTH_A_CORPUS_DIR), HUNDRED_FORTY_SEVENTH_A);
describeHeldOutPart('the hundred-and-forty-seventh real-log corpus, part b (held out)', HUNDRED_FORTY_SEVENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SEVENTH_B_CORPUS_DIR), HUNDRED_FORTY_SEVENTH_B);
describeHeldOutPart('the hundred-and-forty-seventh real-log corpus, part c (held out)', HUNDRED_FORTY_SEVENTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SEVENTH_C_CORPUS_DIR), HUNDRED_FORTY_SEVENTH_C);
describeHeldOutPart('the hundred-and-forty-seventh real-log corpus, part d (held out)', HUNDRED_FORTY_SEVENTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SEVENTH_D_CORPUS_DIR), HUNDRED_FORTY_SEVENTH_D);
describeHeldOutPart('the hundred-and-forty-seventh real-log corpus, part e (held out)', HUNDRED_FORTY_SEVENTH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SEVENTH_E_CORPUS_DIR), HUNDRED_FORTY_SEVENTH_E);
