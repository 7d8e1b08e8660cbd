/**
 * Issue 10's real-log check, held out: the hundred-and-twenty-sixth corpus, built in four parts at one time while the
 * hundred-and-twenty-fifth was scored, of repositories in no earlier corpus: part a 11 runs (YOLOv5 and YOLO26
 * results.csv), part b 9 (YOLOv5 v1-v3 header-less results.txt), part c 10 (Udacity course notebooks, TF1 and Keras:
 * TV scripts, transfer learning, translation, CIFAR-10, IMDB, skip-gram, sentiment, char-RNN, an autoencoder), part d 7
 * (CatBoost catboost_info folders). Each part was labelled by its builder before any tool ran on it (labels.json,
 * scored here) and blind by a second labeller, and scored with the rules of add8137 (commit 768a891, "freeze: the
 * rules for round 129"; those of f8e5a7a, after rules-65).
 */
import {
  HUNDRED_TWENTY_SIXTH_A_CORPUS_DIR, HUNDRED_TWENTY_SIXTH_B_CORPUS_DIR, HUNDRED_TWENTY_SIXTH_C_CORPUS_DIR, HUNDRED_TWENTY_SIXTH_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 13 of 13, one false alarm (a noisy validation loss on a run whose validation loss
 * blew up to NaN; the second labeller allowed it); part b 8 of 9 (a plateau read as an overfit); part c 11 of 11 (c09
 * expected findings, one run expecting two); part d 7 of 7. One false alarm in 37 runs, none unread. The floors are
 * each part's level less one mistake.
 */
const HUNDRED_TWENTY_SIXTH_A: ScoreFloors = { minRuns: 11, minFound: 12, maxFalseAlarms: 2, maxUnread: 1, minRecall: { 'still-improving': 0.87, overfitting: 0.5, 'non-finite': 0.5 } };
const HUNDRED_TWENTY_SIXTH_B: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.75, 'still-improving': 0.5 } };
const HUNDRED_TWENTY_SIXTH_C: ScoreFloors = { minRuns: 10, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85, plateau: 0.66 } };
const HUNDRED_TWENTY_SIXTH_D: ScoreFloors = { minRuns: 7, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85 } };

describeHeldOutPart('the hundred-and-twenty-sixth real-log corpus, part a (held out)', HUNDRED_TWENTY_SIXTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SIXTH_A_CORPUS_DIR), HUNDRED_TWENTY_SIXTH_A);
describeHeldOutPart('the hundred-and-twenty-sixth real-log corpus, part b (held out)', HUNDRED_TWENTY_SIXTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SIXTH_B_CORPUS_DIR), HUNDRED_TWENTY_SIXTH_B);
describeHeldOutPart('the hundred-and-twenty-sixth real-log corpus, part c (held out)', HUNDRED_TWENTY_SIXTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SIXTH_C_CORPUS_DIR), HUNDRED_TWENTY_SIXTH_C);
describeHeldOutPart('the hundred-and-twenty-sixth real-log corpus, part d (held out)', HUNDRED_TWENTY_SIXTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SIXTH_D_CORPUS_DIR), HUNDRED_TWENTY_SIXTH_D);
