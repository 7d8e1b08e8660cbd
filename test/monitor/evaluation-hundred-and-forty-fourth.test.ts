/**
 * Issue 10's real-log check, held out: the hundred-and-forty-fourth corpus, built in four parts at one time after the
 * hundred-and-forty-third was scored, of repositories in no earlier corpus: parts a 6, b 9, c 8 and d 5 runs (copies
 * of Udacity's facial-keypoints project; RoboND follow-me Keras notebooks, three saved only as HTML exports; AIND
 * speech-recognizer notebooks, each judged on its last training; computer-vision nanodegree monorepos). Each part
 * was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller.
 * The parts were built while readers-160 and -161 were written (from the hundred-and-forty-third's misses) and read
 * only after commit cddbf1c ("freeze: round 147"), with whose rules it was scored.
 */
import { HUNDRED_FORTY_FOURTH_A_CORPUS_DIR, HUNDRED_FORTY_FOURTH_B_CORPUS_DIR, HUNDRED_FORTY_FOURTH_C_CORPUS_DIR, HUNDRED_FORTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 6 of 7 (a noisy fall read as a plateau with lr-too-high), b 11 of 11 (the three HTML
 * exports read by readers-160), c 7 of 8 (an overfit read as a widening gap), d 5 of 5. 29 of 31, no false alarm in
 * 28 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FORTY_FOURTH_A: ScoreFloors = { minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.6 } };
const HUNDRED_FORTY_FOURTH_B: ScoreFloors = { minRuns: 9, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8 } };
const HUNDRED_FORTY_FOURTH_C: ScoreFloors = { minRuns: 8, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_FORTY_FOURTH_D: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-forty-fourth real-log corpus, part a (held out)', HUNDRED_FORTY_FOURTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_FOURTH_A_CORPUS_DIR), HUNDRED_FORTY_FOURTH_A);
describeHeldOutPart('the hundred-and-forty-fourth real-log corpus, part b (held out)', HUNDRED_FORTY_FOURTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_FOURTH_B_CORPUS_DIR), HUNDRED_FORTY_FOURTH_B);
describeHeldOutPart('the hundred-and-forty-fourth real-log corpus, part c (held out)', HUNDRED_FORTY_FOURTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_FOURTH_C_CORPUS_DIR), HUNDRED_FORTY_FOURTH_C);
describeHeldOutPart('the hundred-and-forty-fourth real-log corpus, part d (held out)', HUNDRED_FORTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_FOURTH_D_CORPUS_DIR), HUNDRED_FORTY_FOURTH_D);
