/**
 * Issue 10's real-log check, held out: the hundred-and-forty-fifth corpus, built in four parts at one time after the
 * hundred-and-forty-fourth was scored, of repositories in no earlier corpus: parts a 3, b 11, c 6 and d 5 runs (Kaggle
 * facial-keypoints and eye-centre notebooks, one console pasted into the owner's notes; RoboND follow-me Keras
 * notebooks, two saved only as HTML exports; AIND speech-recognizer notebooks, each judged on its last training; a
 * dermatologist-ai copy and computer-vision nanodegree monorepos). Each part was labelled by its builder before any
 * tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit 88fc833
 * ("freeze: round 148", round 147's rules), with whose rules it was scored.
 */
import { HUNDRED_FORTY_FIFTH_A_CORPUS_DIR, HUNDRED_FORTY_FIFTH_B_CORPUS_DIR, HUNDRED_FORTY_FIFTH_C_CORPUS_DIR, HUNDRED_FORTY_FIFTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 4 of 4, b 15 of 15, c 6 of 6, d 6 of 6. 31 of 31, no false alarm in 25 runs, none
 * unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FORTY_FIFTH_A: ScoreFloors = { minRuns: 3, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FORTY_FIFTH_B: ScoreFloors = { minRuns: 11, minFound: 14, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.9 } };
const HUNDRED_FORTY_FIFTH_C: ScoreFloors = { minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8 } };
const HUNDRED_FORTY_FIFTH_D: ScoreFloors = { minRuns: 5, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-forty-fifth real-log corpus, part a (held out)', HUNDRED_FORTY_FIFTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_FIFTH_A_CORPUS_DIR), HUNDRED_FORTY_FIFTH_A);
describeHeldOutPart('the hundred-and-forty-fifth real-log corpus, part b (held out)', HUNDRED_FORTY_FIFTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_FIFTH_B_CORPUS_DIR), HUNDRED_FORTY_FIFTH_B);
describeHeldOutPart('the hundred-and-forty-fifth real-log corpus, part c (held out)', HUNDRED_FORTY_FIFTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_FIFTH_C_CORPUS_DIR), HUNDRED_FORTY_FIFTH_C);
describeHeldOutPart('the hundred-and-forty-fifth real-log corpus, part d (held out)', HUNDRED_FORTY_FIFTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_FIFTH_D_CORPUS_DIR), HUNDRED_FORTY_FIFTH_D);
