/**
 * Issue 10's real-log check, held out: the hundred-and-sixtieth corpus, built in two parts at one time after the
 * hundred-and-fifty-ninth was scored, of repositories in no earlier corpus: parts a 8 and b 12 runs (flower
 * image-classifier notebooks and GitHub Classroom projects of one course; licensed runs earlier parts had passed over for
 * their caps: course notebooks and YOLOv5 results). Each part was labelled by its builder before any tool ran on it
 * (labels.json, scored here) and blind by a second labeller, and read only after commit ea74add8 ("freeze: round 163's
 * rules", readers-167 in), with whose rules it was scored.
 */
import { HUNDRED_SIXTIETH_A_CORPUS_DIR, HUNDRED_SIXTIETH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 7 of 8 (one run unread: a loop printing each mean as its division, `Train Loss:
 * 25005.502/6552=3.8165`, read since by readers-168), b 11 of 12 (a validation loss 15 % above a one-off low, level with its smoothed curve, read
 * as a widening gap where the labels take overfitting or a plateau). 18 of 20, no false alarm in 20 runs, one unread.
 * The floors are each part's level less one mistake.
 */
const HUNDRED_SIXTIETH_A: ScoreFloors = { minRuns: 8, minFound: 6, maxFalseAlarms: 1, maxUnread: 2, minRecall: { 'still-improving': 0.6 } };
const HUNDRED_SIXTIETH_B: ScoreFloors = { minRuns: 12, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.9 } };

describeHeldOutPart('the hundred-and-sixtieth real-log corpus, part a (held out)', HUNDRED_SIXTIETH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTIETH_A_CORPUS_DIR), HUNDRED_SIXTIETH_A);
describeHeldOutPart('the hundred-and-sixtieth real-log corpus, part b (held out)', HUNDRED_SIXTIETH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTIETH_B_CORPUS_DIR), HUNDRED_SIXTIETH_B);
