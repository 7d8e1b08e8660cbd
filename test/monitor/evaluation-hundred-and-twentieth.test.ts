/**
 * Issue 10's real-log check, held out: the hundred-and-twentieth corpus, built in four parts at one time from the same
 * session's fetches after the hundred-and-nineteenth was scored, of repositories in no earlier corpus: part a 10 runs
 * (YOLOv5 and YOLOv9 results.csv), part b 8 (Ultralytics results.csv of detection, segmentation and pose, and a
 * script's own CSV; a ninth dropped before scoring, its licence deleted before the log was committed), part c 9 (Udacity
 * course notebooks' printed training), part d 4 (Lightning metrics.csv). Each part was labelled by its builder before
 * any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit 861ece0
 * ("freeze: the rules for round 123"), with whose rules (those of ce2ed10, after rules-63) it was scored.
 */
import {
  HUNDRED_TWENTIETH_A_CORPUS_DIR, HUNDRED_TWENTIETH_B_CORPUS_DIR, HUNDRED_TWENTIETH_C_CORPUS_DIR, HUNDRED_TWENTIETH_D_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 10 of 10; part b 8 of 8; part c 8 of 9 (a TV-script notebook whose training loss,
 * printed ten times an epoch, still falls by its epoch means, read as a plateau); part d 4 of 4. No false alarm in 31
 * runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_TWENTIETH_A: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.66, 'still-improving': 0.83 } };
const HUNDRED_TWENTIETH_B: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.66, 'still-improving': 0.8 } };
const HUNDRED_TWENTIETH_C: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.5 } };
const HUNDRED_TWENTIETH_D: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.5 } };

describeHeldOutPart('the hundred-and-twentieth real-log corpus, part a (held out)', HUNDRED_TWENTIETH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTIETH_A_CORPUS_DIR), HUNDRED_TWENTIETH_A);
describeHeldOutPart('the hundred-and-twentieth real-log corpus, part b (held out)', HUNDRED_TWENTIETH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTIETH_B_CORPUS_DIR), HUNDRED_TWENTIETH_B);
describeHeldOutPart('the hundred-and-twentieth real-log corpus, part c (held out)', HUNDRED_TWENTIETH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTIETH_C_CORPUS_DIR), HUNDRED_TWENTIETH_C);
describeHeldOutPart('the hundred-and-twentieth real-log corpus, part d (held out)', HUNDRED_TWENTIETH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTIETH_D_CORPUS_DIR), HUNDRED_TWENTIETH_D);
