/**
 * Issue 10's real-log check, held out: the hundred-and-forty-ninth corpus, built in four parts at one time after the
 * hundred-and-forty-eighth was scored, of repositories in no earlier corpus: parts a 10, b 12, c 12 and d 8 runs (forks
 * of Udacity's facial-keypoints project; forks of Udacity's flower image-classifier project; AIND speech-recognizer
 * notebooks, each judged on its last training). Each part was labelled by its builder before any tool ran on it
 * (labels.json, scored here) and blind by a second labeller, and read only after commit 4f9dab9 ("freeze: round 152's
 * rules", the same rules as round 150's), with whose rules it was scored.
 */
import { HUNDRED_FORTY_NINTH_A_CORPUS_DIR, HUNDRED_FORTY_NINTH_B_CORPUS_DIR, HUNDRED_FORTY_NINTH_C_CORPUS_DIR, HUNDRED_FORTY_NINTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 10 of 10, b 11 of 12 (an end left "no clear answer" on a run saved mid-training), c 11 of
 * 12 (a slow fall read as a plateau), d 6 of 8 (two ends at a plateau beside a widening gap read as still improving).
 * 38 of 42, no false alarm in 42 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FORTY_NINTH_A: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.8 } };
const HUNDRED_FORTY_NINTH_B: ScoreFloors = { minRuns: 12, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.7 } };
const HUNDRED_FORTY_NINTH_C: ScoreFloors = { minRuns: 12, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.75, 'still-improving': 0.75 } };
const HUNDRED_FORTY_NINTH_D: ScoreFloors = { minRuns: 8, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-forty-ninth real-log corpus, part a (held out)', HUNDRED_FORTY_NINTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_NINTH_A_CORPUS_DIR), HUNDRED_FORTY_NINTH_A);
describeHeldOutPart('the hundred-and-forty-ninth real-log corpus, part b (held out)', HUNDRED_FORTY_NINTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_NINTH_B_CORPUS_DIR), HUNDRED_FORTY_NINTH_B);
describeHeldOutPart('the hundred-and-forty-ninth real-log corpus, part c (held out)', HUNDRED_FORTY_NINTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_NINTH_C_CORPUS_DIR), HUNDRED_FORTY_NINTH_C);
describeHeldOutPart('the hundred-and-forty-ninth real-log corpus, part d (held out)', HUNDRED_FORTY_NINTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_NINTH_D_CORPUS_DIR), HUNDRED_FORTY_NINTH_D);
