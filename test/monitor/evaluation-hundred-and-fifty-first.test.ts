/**
 * Issue 10's real-log check, held out: the hundred-and-fifty-first corpus, built in four parts at one time after the
 * hundred-and-fiftieth was scored, of repositories in no earlier corpus: parts a 12, b 12, c 11 and d 12 runs (forks
 * of Udacity's flower image-classifier project; forks of Udacity's facial-keypoints project; forks of
 * udacity/cn-deep-learning and two owners' own repositories). Each part was labelled by its builder before any tool ran
 * on it (labels.json, scored here) and blind by a second labeller, and read only after commit b5134b7 ("freeze: round
 * 154's rules", the same rules as round 150's), with whose rules it was scored.
 */
import { HUNDRED_FIFTY_FIRST_A_CORPUS_DIR, HUNDRED_FIFTY_FIRST_B_CORPUS_DIR, HUNDRED_FIFTY_FIRST_C_CORPUS_DIR, HUNDRED_FIFTY_FIRST_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 9 of 12 (a test cell's running sum of the test loss read as the last training, a critical
 * divergence, readers-162 since; a plateau read as still improving; a fall read as a plateau; a noisy validation the
 * first labels did not take), b 9 of 12 (three runs of one or two epochs whose prints still fall: two read as
 * plateaus, one of them a false alarm, and one unread), c 9 of 11 (two slow falls of per-batch prints read as plateaus), d 11 of 12 (a
 * plateau of a loss printed to four decimals read as still improving). 38 of 47, five false alarms (one critical) in
 * 47 runs, one unread. The floors are each part's level less one mistake; with readers-162 part a has no critical
 * false alarm.
 */
const HUNDRED_FIFTY_FIRST_A: ScoreFloors = { minRuns: 12, minFound: 8, maxFalseAlarms: 4, maxUnread: 1, minRecall: { plateau: 0.7, 'still-improving': 0.25 } };
const HUNDRED_FIFTY_FIRST_B: ScoreFloors = { minRuns: 12, minFound: 8, maxFalseAlarms: 2, maxUnread: 2, minRecall: { plateau: 0.75, 'still-improving': 0.5 } };
const HUNDRED_FIFTY_FIRST_C: ScoreFloors = { minRuns: 11, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.25 } };
const HUNDRED_FIFTY_FIRST_D: ScoreFloors = { minRuns: 12, minFound: 10, maxFalseAlarms: 2, maxUnread: 1, minRecall: { 'still-improving': 0.85 } };

describeHeldOutPart('the hundred-and-fifty-first real-log corpus, part a (held out)', HUNDRED_FIFTY_FIRST_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FIRST_A_CORPUS_DIR), HUNDRED_FIFTY_FIRST_A);
describeHeldOutPart('the hundred-and-fifty-first real-log corpus, part b (held out)', HUNDRED_FIFTY_FIRST_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FIRST_B_CORPUS_DIR), HUNDRED_FIFTY_FIRST_B);
describeHeldOutPart('the hundred-and-fifty-first real-log corpus, part c (held out)', HUNDRED_FIFTY_FIRST_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FIRST_C_CORPUS_DIR), HUNDRED_FIFTY_FIRST_C);
describeHeldOutPart('the hundred-and-fifty-first real-log corpus, part d (held out)', HUNDRED_FIFTY_FIRST_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FIRST_D_CORPUS_DIR), HUNDRED_FIFTY_FIRST_D);
