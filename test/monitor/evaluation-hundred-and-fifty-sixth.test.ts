/**
 * Issue 10's real-log check, held out: the hundred-and-fifty-sixth corpus, built in four parts at one time after the
 * hundred-and-fifty-fifth was scored, of repositories in no earlier corpus: parts a 7, b 11, c 10 and d 6 runs (forks of
 * Udacity's flower image-classifier project and other course classifiers; facial-keypoints and captioning project
 * repositories; dog-breed notebooks and a YOLOv5 project's results). Each part was labelled by its builder before any
 * tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit 55975ada
 * ("freeze: round 159's rules", as at 7cddafd9), with whose rules it was scored.
 */
import { HUNDRED_FIFTY_SIXTH_A_CORPUS_DIR, HUNDRED_FIFTY_SIXTH_B_CORPUS_DIR, HUNDRED_FIFTY_SIXTH_C_CORPUS_DIR, HUNDRED_FIFTY_SIXTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 4 of 7 (two validation losses under warm restarts read with lr-too-high and no end, or
 * as still improving where a plateau was expected; a slow fall every ten steps read as a plateau), b 9 of 12 (a
 * per-batch fall read as a plateau beside lr-too-high; two runs whose epoch summaries are printed on another scale,
 * `Train Loss: 0.014.. Valid Loss: 0.006..` after per-step lines of 0.9 and 0.35, read as one series: plateaus),
 * c 10 of 10, d 6 of 6. 29 of 35, no false alarm in 34 runs, none unread. The floors are each part's level less one
 * mistake.
 */
const HUNDRED_FIFTY_SIXTH_A: ScoreFloors = { minRuns: 7, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.4 } };
const HUNDRED_FIFTY_SIXTH_B: ScoreFloors = { minRuns: 11, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.5 } };
const HUNDRED_FIFTY_SIXTH_C: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.8 } };
const HUNDRED_FIFTY_SIXTH_D: ScoreFloors = { minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-fifty-sixth real-log corpus, part a (held out)', HUNDRED_FIFTY_SIXTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SIXTH_A_CORPUS_DIR), HUNDRED_FIFTY_SIXTH_A);
describeHeldOutPart('the hundred-and-fifty-sixth real-log corpus, part b (held out)', HUNDRED_FIFTY_SIXTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SIXTH_B_CORPUS_DIR), HUNDRED_FIFTY_SIXTH_B);
describeHeldOutPart('the hundred-and-fifty-sixth real-log corpus, part c (held out)', HUNDRED_FIFTY_SIXTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SIXTH_C_CORPUS_DIR), HUNDRED_FIFTY_SIXTH_C);
describeHeldOutPart('the hundred-and-fifty-sixth real-log corpus, part d (held out)', HUNDRED_FIFTY_SIXTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SIXTH_D_CORPUS_DIR), HUNDRED_FIFTY_SIXTH_D);
