/**
 * Issue 10's real-log check, held out: the hundred-and-eleventh corpus, built in three parts at one time from the
 * session's last fetches after the hundred-and-tenth was scored, of repositories in no earlier corpus: part a 11 runs
 * (YOLOv5 and YOLOv7 results.txt), part b 12 (students' own runs in six copies of Udacity's deep-learning-v2-pytorch),
 * part c 9 (YOLOv5, YOLOv8/YOLO11 and YOLOv9 results.csv). Each part was labelled by its builder before any tool ran on
 * it (labels.json, scored here) and blind by a second labeller, and read only after commit 6765288 ("freeze: the rules
 * for round 114"), with whose rules (those of abe4e82) it was scored.
 */
import { HUNDRED_ELEVENTH_A_CORPUS_DIR, HUNDRED_ELEVENTH_B_CORPUS_DIR, HUNDRED_ELEVENTH_C_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 12 of 14, 1 unread (a YOLOv5 results.txt whose losses are nan on every row, so no
 * sum could place its columns; readers-145 since), an lr-too-high on a training loss's spikes unstated; part b 12 of
 * 12; part c 11 of 11. No false alarm in 32 runs. The floors are each part's level less one mistake.
 */
const HUNDRED_ELEVENTH_A: ScoreFloors = { minRuns: 11, minFound: 11, maxFalseAlarms: 1, maxUnread: 2, minRecall: { 'still-improving': 0.83, overfitting: 0.66 } };
const HUNDRED_ELEVENTH_B: ScoreFloors = { minRuns: 12, minFound: 11, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85 } };
const HUNDRED_ELEVENTH_C: ScoreFloors = { minRuns: 9, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };

describeHeldOutPart('the hundred-and-eleventh real-log corpus, part a (held out)', HUNDRED_ELEVENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_ELEVENTH_A_CORPUS_DIR), HUNDRED_ELEVENTH_A);
describeHeldOutPart('the hundred-and-eleventh real-log corpus, part b (held out)', HUNDRED_ELEVENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_ELEVENTH_B_CORPUS_DIR), HUNDRED_ELEVENTH_B);
describeHeldOutPart('the hundred-and-eleventh real-log corpus, part c (held out)', HUNDRED_ELEVENTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_ELEVENTH_C_CORPUS_DIR), HUNDRED_ELEVENTH_C);
