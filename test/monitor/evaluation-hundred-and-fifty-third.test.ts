/**
 * Issue 10's real-log check, held out: the hundred-and-fifty-third corpus, built in three parts at one time after the
 * hundred-and-fifty-second was scored, of repositories in no earlier corpus: parts a 12, b 9 and c 8 runs (forks of
 * Udacity's flower image-classifier project; facial-keypoints project repositories and a captioning notebook). Each
 * part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller,
 * and read only after commit aae321e ("freeze: round 156's rules", readers-162 in), with whose rules it was scored.
 */
import { HUNDRED_FIFTY_THIRD_A_CORPUS_DIR, HUNDRED_FIFTY_THIRD_B_CORPUS_DIR, HUNDRED_FIFTY_THIRD_C_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 10 of 12 (two ends left "no clear answer", one on a label taking either end, one on a
 * fall), b 8 of 9 (a four-epoch fall read as a plateau), c 8 of 8. 26 of 29, no false alarm in 29 runs, none
 * unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FIFTY_THIRD_A: ScoreFloors = { minRuns: 12, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8 } };
const HUNDRED_FIFTY_THIRD_B: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.5 } };
const HUNDRED_FIFTY_THIRD_C: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.75, 'still-improving': 0.75 } };

describeHeldOutPart('the hundred-and-fifty-third real-log corpus, part a (held out)', HUNDRED_FIFTY_THIRD_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_THIRD_A_CORPUS_DIR), HUNDRED_FIFTY_THIRD_A);
describeHeldOutPart('the hundred-and-fifty-third real-log corpus, part b (held out)', HUNDRED_FIFTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_THIRD_B_CORPUS_DIR), HUNDRED_FIFTY_THIRD_B);
describeHeldOutPart('the hundred-and-fifty-third real-log corpus, part c (held out)', HUNDRED_FIFTY_THIRD_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_THIRD_C_CORPUS_DIR), HUNDRED_FIFTY_THIRD_C);
