/**
 * Issue 10's real-log check, held out: the hundred-and-thirteenth corpus, built in two parts at one time from the
 * session's last fetches after the hundred-and-twelfth was scored, of repositories in no earlier corpus: part a 10 runs
 * (YOLOv5 and YOLOv5-face results files), part b 9 (YOLOv5 results.csv of six users' copies of ultralytics/yolov5).
 * Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second
 * labeller, and read only after commit bf9b68e ("freeze: the rules for round 116"), with whose rules (those of
 * fd0a496) it was scored.
 */
import { HUNDRED_THIRTEENTH_A_CORPUS_DIR, HUNDRED_THIRTEENTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 10 of 10; part b 8 of 9 (a still-improving read as a plateau). No false alarm in 19
 * runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_THIRTEENTH_A: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.83 } };
const HUNDRED_THIRTEENTH_B: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.6 } };

describeHeldOutPart('the hundred-and-thirteenth real-log corpus, part a (held out)', HUNDRED_THIRTEENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTEENTH_A_CORPUS_DIR), HUNDRED_THIRTEENTH_A);
describeHeldOutPart('the hundred-and-thirteenth real-log corpus, part b (held out)', HUNDRED_THIRTEENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTEENTH_B_CORPUS_DIR), HUNDRED_THIRTEENTH_B);
