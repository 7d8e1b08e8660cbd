/**
 * Issue 10's real-log check, held out: the hundred-and-forty-sixth corpus, built in four parts at one time after the
 * hundred-and-forty-fifth was scored, of repositories in no earlier corpus: parts a 6, b 12, c 4 and d 3 runs (Kaggle
 * facial-keypoints notebooks and Keras CSV logs; RoboND follow-me Keras notebooks, one saved only as an HTML export;
 * AIND speech-recognizer notebooks, each judged on its last training; Udacity MNIST project notebooks). Each part was
 * labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and
 * read only after commit 3f627ed ("freeze: round 149", round 147's rules), with whose rules it was scored.
 */
import { HUNDRED_FORTY_SIXTH_A_CORPUS_DIR, HUNDRED_FORTY_SIXTH_B_CORPUS_DIR, HUNDRED_FORTY_SIXTH_C_CORPUS_DIR, HUNDRED_FORTY_SIXTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 5 of 11 (two losses that blew up at their first step read as plateaus, their bounce
 * unread too; a slow fall read as a plateau with lr-too-low, the two false alarms, an info and a warning; a noisy
 * validation missed), b 16 of 17 (a noisy validation over ten evaluations missed), c 3 of 4 (a plateau read as still
 * improving), d 3 of 3. 27 of 35, two false alarms in 25 runs, none unread. The floors are each part's level less one
 * mistake.
 */
const HUNDRED_FORTY_SIXTH_A: ScoreFloors = { minRuns: 6, minFound: 4, maxFalseAlarms: 3, maxUnread: 1, minRecall: {} };
const HUNDRED_FORTY_SIXTH_B: ScoreFloors = { minRuns: 12, minFound: 15, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.85, 'noisy-validation': 0.5 } };
const HUNDRED_FORTY_SIXTH_C: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FORTY_SIXTH_D: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-forty-sixth real-log corpus, part a (held out)', HUNDRED_FORTY_SIXTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SIXTH_A_CORPUS_DIR), HUNDRED_FORTY_SIXTH_A);
describeHeldOutPart('the hundred-and-forty-sixth real-log corpus, part b (held out)', HUNDRED_FORTY_SIXTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SIXTH_B_CORPUS_DIR), HUNDRED_FORTY_SIXTH_B);
describeHeldOutPart('the hundred-and-forty-sixth real-log corpus, part c (held out)', HUNDRED_FORTY_SIXTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SIXTH_C_CORPUS_DIR), HUNDRED_FORTY_SIXTH_C);
describeHeldOutPart('the hundred-and-forty-sixth real-log corpus, part d (held out)', HUNDRED_FORTY_SIXTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SIXTH_D_CORPUS_DIR), HUNDRED_FORTY_SIXTH_D);
