/**
 * Issue 10's real-log check, held out: the hundred-and-twenty-fifth corpus, built in four parts at one time after the
 * hundred-and-twenty-fourth was scored, of repositories in no earlier corpus: part a 10 runs (YOLOv5 results.csv),
 * part b 5 (YOLOv5 v1-v3 header-less results.txt), part c 11 (Udacity TF1 course notebooks: CIFAR-10, translation,
 * word2vec, char-RNN, TV scripts and two GANs), part d 8 (CatBoost catboost_info folders). Each part was labelled by
 * its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only
 * after commit add8137 ("freeze: the rules as they stand before the hundred-and-twenty-fifth corpus"), with whose
 * rules (those of f8e5a7a, after rules-65) it was scored.
 */
import {
  HUNDRED_TWENTY_FIFTH_A_CORPUS_DIR, HUNDRED_TWENTY_FIFTH_B_CORPUS_DIR, HUNDRED_TWENTY_FIFTH_C_CORPUS_DIR, HUNDRED_TWENTY_FIFTH_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 9 of 11; part b 4 of 5; part c 8 of 11 (a CIFAR-10 notebook printing
 * `Train (Acc: a Loss: l), Valid (...)` under an epoch line, unread, and two GAN notebooks, "nothing to diagnose");
 * part d 8 of 8. No false alarm in 34 runs, one unread. The floors are each part's level less one mistake.
 */
const HUNDRED_TWENTY_FIFTH_A: ScoreFloors = { minRuns: 10, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.66, plateau: 0.33 } };
const HUNDRED_TWENTY_FIFTH_B: ScoreFloors = { minRuns: 5, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.5 } };
const HUNDRED_TWENTY_FIFTH_C: ScoreFloors = { minRuns: 11, minFound: 7, maxFalseAlarms: 1, maxUnread: 2, minRecall: { 'still-improving': 0.8, plateau: 0.4 } };
const HUNDRED_TWENTY_FIFTH_D: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.87 } };

describeHeldOutPart('the hundred-and-twenty-fifth real-log corpus, part a (held out)', HUNDRED_TWENTY_FIFTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_FIFTH_A_CORPUS_DIR), HUNDRED_TWENTY_FIFTH_A);
describeHeldOutPart('the hundred-and-twenty-fifth real-log corpus, part b (held out)', HUNDRED_TWENTY_FIFTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_FIFTH_B_CORPUS_DIR), HUNDRED_TWENTY_FIFTH_B);
describeHeldOutPart('the hundred-and-twenty-fifth real-log corpus, part c (held out)', HUNDRED_TWENTY_FIFTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_FIFTH_C_CORPUS_DIR), HUNDRED_TWENTY_FIFTH_C);
describeHeldOutPart('the hundred-and-twenty-fifth real-log corpus, part d (held out)', HUNDRED_TWENTY_FIFTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_FIFTH_D_CORPUS_DIR), HUNDRED_TWENTY_FIFTH_D);
