/**
 * Issue 10's real-log check, held out: the hundred-and-fifteenth corpus, built in four parts at one time after the
 * hundred-and-fourteenth was scored, of repositories in no earlier corpus: part a 7 runs (YOLOv5 and YOLOv5-Lite
 * results files), part b 6 (Ultralytics results.csv), part c 10 (course notebooks' printed training), part d 1 (a
 * Keras history JSON, the only run its builder found with a licence). Each part was labelled by its builder before any
 * tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit 6448f87
 * ("freeze: the rules for round 118"), with whose rules (those of 4730a05) it was scored.
 */
import {
  HUNDRED_FIFTEENTH_A_CORPUS_DIR, HUNDRED_FIFTEENTH_B_CORPUS_DIR, HUNDRED_FIFTEENTH_C_CORPUS_DIR, HUNDRED_FIFTEENTH_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 6 of 7 (a validation loss that blew up to 7.6 times its best while the training
 * loss rose too, read as overfitting); part b 6 of 6; part c 8 of 11 (two saw-toothed training losses still falling
 * by their epoch means read as a plateau and no clear answer, a mislabelled test loss no reader can place); part d 1
 * of 1. No false alarm in 24 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FIFTEENTH_A: ScoreFloors = { minRuns: 7, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_FIFTEENTH_B: ScoreFloors = { minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.5, 'still-improving': 0.5 } };
const HUNDRED_FIFTEENTH_C: ScoreFloors = { minRuns: 10, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.66, 'still-improving': 0.4 } };
const HUNDRED_FIFTEENTH_D: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-fifteenth real-log corpus, part a (held out)', HUNDRED_FIFTEENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTEENTH_A_CORPUS_DIR), HUNDRED_FIFTEENTH_A);
describeHeldOutPart('the hundred-and-fifteenth real-log corpus, part b (held out)', HUNDRED_FIFTEENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTEENTH_B_CORPUS_DIR), HUNDRED_FIFTEENTH_B);
describeHeldOutPart('the hundred-and-fifteenth real-log corpus, part c (held out)', HUNDRED_FIFTEENTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTEENTH_C_CORPUS_DIR), HUNDRED_FIFTEENTH_C);
describeHeldOutPart('the hundred-and-fifteenth real-log corpus, part d (held out)', HUNDRED_FIFTEENTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTEENTH_D_CORPUS_DIR), HUNDRED_FIFTEENTH_D);
