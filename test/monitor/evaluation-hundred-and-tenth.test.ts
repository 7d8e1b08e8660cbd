/**
 * Issue 10's real-log check, held out: the hundred-and-tenth corpus, built in four parts at one time from the same
 * session's fetches after the hundred-and-ninth was scored, of repositories in no earlier corpus: part a 11 runs (YOLOv5
 * and YOLO11 results.csv of eight users' training folders), part b 12 (YOLOv5 and YOLOv7 results files), part c 7
 * (scripts' plain loss files, a Hugging Face step table, ProxyNCA epoch logs), part d 12 (students' own runs in copies of
 * Udacity's deep-learning-v2-pytorch). Each part was labelled by its builder before any tool ran on it (labels.json,
 * scored here) and blind by a second labeller, and read only after commit 670d0a7 ("freeze: the rules for round 113"),
 * with whose rules (those of 71f87a0) it was scored.
 */
import { HUNDRED_TENTH_A_CORPUS_DIR, HUNDRED_TENTH_B_CORPUS_DIR, HUNDRED_TENTH_C_CORPUS_DIR, HUNDRED_TENTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 11 of 12, no false alarm (a plateau or widening gap read as an overfit, allowed); part b
 * 12 of 14 (an lr-too-low and an lr-too-high unstated); part c 4 of 8, 2 unread (three headerless columns that nothing
 * names; `step<TAB>loss` rows, readers-144 since) and a loss file named with its run's parameters
 * (`losses_tau_0.05_0.005.txt`) read as no loss (readers-144 since); part d 13 of 13. No false alarm in 42 runs. The
 * floors are each part's level less one mistake.
 */
const HUNDRED_TENTH_A: ScoreFloors = { minRuns: 11, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.66, 'still-improving': 0.66 } };
const HUNDRED_TENTH_B: ScoreFloors = { minRuns: 12, minFound: 11, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.75, 'still-improving': 0.85 } };
const HUNDRED_TENTH_C: ScoreFloors = { minRuns: 7, minFound: 3, maxFalseAlarms: 1, maxUnread: 3, minRecall: { plateau: 0.5 } };
const HUNDRED_TENTH_D: ScoreFloors = { minRuns: 12, minFound: 12, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.87 } };

describeHeldOutPart('the hundred-and-tenth real-log corpus, part a (held out)', HUNDRED_TENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TENTH_A_CORPUS_DIR), HUNDRED_TENTH_A);
describeHeldOutPart('the hundred-and-tenth real-log corpus, part b (held out)', HUNDRED_TENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_TENTH_B_CORPUS_DIR), HUNDRED_TENTH_B);
describeHeldOutPart('the hundred-and-tenth real-log corpus, part c (held out)', HUNDRED_TENTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_TENTH_C_CORPUS_DIR), HUNDRED_TENTH_C);
describeHeldOutPart('the hundred-and-tenth real-log corpus, part d (held out)', HUNDRED_TENTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_TENTH_D_CORPUS_DIR), HUNDRED_TENTH_D);
