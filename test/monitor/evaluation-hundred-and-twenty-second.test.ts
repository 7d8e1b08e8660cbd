/**
 * Issue 10's real-log check, held out: the hundred-and-twenty-second corpus, built in four parts at one time from the
 * same session's last fetches after the hundred-and-twenty-first was scored, of repositories in no earlier corpus:
 * part a 6 runs (YOLOv5 results.csv), part b 4 (Ultralytics results.csv of oriented boxes and segmentation, and a
 * PyTorch notebook), part c 9 (Udacity TF1 course notebooks: CIFAR-10, TV scripts, translation, Anna Karenina), part d
 * 2 (CatBoost catboost_info folders; a third dropped before scoring, its licence deleted before the run was
 * committed). Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a
 * second labeller, and read only after commit de2d31d ("freeze: the rules for round 125"), with whose rules (those of
 * 86f0c8e, after rules-65) it was scored.
 */
import {
  HUNDRED_TWENTY_SECOND_A_CORPUS_DIR, HUNDRED_TWENTY_SECOND_B_CORPUS_DIR, HUNDRED_TWENTY_SECOND_C_CORPUS_DIR, HUNDRED_TWENTY_SECOND_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 7 of 7; part b 3 of 4 (a segmentation run's validation loss, still falling a little
 * or level, read as a widening gap alone); part c 9 of 9; part d 2 of 2. No false alarm in 21 runs, none unread. The
 * floors are each part's level less one mistake.
 */
const HUNDRED_TWENTY_SECOND_A: ScoreFloors = { minRuns: 6, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8 } };
const HUNDRED_TWENTY_SECOND_B: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_TWENTY_SECOND_C: ScoreFloors = { minRuns: 9, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.88 } };
const HUNDRED_TWENTY_SECOND_D: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-twenty-second real-log corpus, part a (held out)', HUNDRED_TWENTY_SECOND_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SECOND_A_CORPUS_DIR), HUNDRED_TWENTY_SECOND_A);
describeHeldOutPart('the hundred-and-twenty-second real-log corpus, part b (held out)', HUNDRED_TWENTY_SECOND_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SECOND_B_CORPUS_DIR), HUNDRED_TWENTY_SECOND_B);
describeHeldOutPart('the hundred-and-twenty-second real-log corpus, part c (held out)', HUNDRED_TWENTY_SECOND_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SECOND_C_CORPUS_DIR), HUNDRED_TWENTY_SECOND_C);
describeHeldOutPart('the hundred-and-twenty-second real-log corpus, part d (held out)', HUNDRED_TWENTY_SECOND_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SECOND_D_CORPUS_DIR), HUNDRED_TWENTY_SECOND_D);
