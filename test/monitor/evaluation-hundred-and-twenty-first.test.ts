/**
 * Issue 10's real-log check, held out: the hundred-and-twenty-first corpus, built in four parts at one time from the
 * same session's fetches after the hundred-and-twentieth was scored, of repositories in no earlier corpus: part a 11
 * runs (YOLOv5 results.csv), part b 9 (Ultralytics results.csv of segmentation, oriented boxes and classification,
 * and a YOLOv5 one; two more dropped before scoring, their licence added only after the runs were deleted), part c 7
 * (Udacity's TF1 CIFAR-10 project notebooks), part d 6 (CatBoost catboost_info folders). Each part was labelled by its
 * builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after
 * commit ebc6872 ("freeze: the rules for round 124"), with whose rules (those of 55f9589, after rules-64) it was scored.
 */
import {
  HUNDRED_TWENTY_FIRST_A_CORPUS_DIR, HUNDRED_TWENTY_FIRST_B_CORPUS_DIR, HUNDRED_TWENTY_FIRST_C_CORPUS_DIR, HUNDRED_TWENTY_FIRST_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 12 of 12; part b 8 of 9 (a segmentation run's validation loss falling over its window
 * to an end above its earlier best, a plateau by the labels, given "no clear answer"; a classifier's flat validation loss
 * beside a training loss falling 83 % read as a widening gap too, a false alarm); part c 6 of 7 (a cost the owner's
 * print_stats evaluates on the validation set, read as the training loss: its rise a plateau, not an overfit); part d 7
 * of 7. 1 false alarm in 33 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_TWENTY_FIRST_A: ScoreFloors = { minRuns: 11, minFound: 11, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.75, 'still-improving': 0.75, overfitting: 0.5 } };
const HUNDRED_TWENTY_FIRST_B: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 0.33, 'still-improving': 0.8 } };
const HUNDRED_TWENTY_FIRST_C: ScoreFloors = { minRuns: 7, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.66, 'still-improving': 0.66 } };
const HUNDRED_TWENTY_FIRST_D: ScoreFloors = { minRuns: 6, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.66 } };

describeHeldOutPart('the hundred-and-twenty-first real-log corpus, part a (held out)', HUNDRED_TWENTY_FIRST_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_FIRST_A_CORPUS_DIR), HUNDRED_TWENTY_FIRST_A);
describeHeldOutPart('the hundred-and-twenty-first real-log corpus, part b (held out)', HUNDRED_TWENTY_FIRST_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_FIRST_B_CORPUS_DIR), HUNDRED_TWENTY_FIRST_B);
describeHeldOutPart('the hundred-and-twenty-first real-log corpus, part c (held out)', HUNDRED_TWENTY_FIRST_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_FIRST_C_CORPUS_DIR), HUNDRED_TWENTY_FIRST_C);
describeHeldOutPart('the hundred-and-twenty-first real-log corpus, part d (held out)', HUNDRED_TWENTY_FIRST_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_FIRST_D_CORPUS_DIR), HUNDRED_TWENTY_FIRST_D);
