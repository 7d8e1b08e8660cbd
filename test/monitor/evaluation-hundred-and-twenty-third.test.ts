/**
 * Issue 10's real-log check, held out: the hundred-and-twenty-third corpus, built in four parts at one time from the
 * same session's last fetches after the hundred-and-twenty-second was scored, of repositories in no earlier corpus:
 * part a 4 runs (YOLOv5 results.csv), part b 4 (Ultralytics results.csv of segmentation, detection and
 * classification), part c 10 (Udacity TF1 course notebooks: translation, TV scripts, CIFAR-10 and five GANs), part d 5
 * (CatBoost catboost_info folders). Each part was labelled by its builder before any tool ran on it (labels.json,
 * scored here) and blind by a second labeller, and read only after commit ca60698 ("freeze: the rules for round
 * 126"), with whose rules (those of 5e420ac, after rules-65) it was scored.
 */
import {
  HUNDRED_TWENTY_THIRD_A_CORPUS_DIR, HUNDRED_TWENTY_THIRD_B_CORPUS_DIR, HUNDRED_TWENTY_THIRD_C_CORPUS_DIR, HUNDRED_TWENTY_THIRD_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 4 of 4; part b 5 of 5; part c 5 of 10 (five GAN notebooks that print a discriminator
 * and a generator loss and no total: "nothing to diagnose", as losskit adds no losses whose weights it does not know;
 * their labels expect a plateau, a divergence or the end); part d 5 of 5. No false alarm in 23 runs, none unread. The
 * floors are each part's level less one mistake.
 */
const HUNDRED_TWENTY_THIRD_A: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.66 } };
const HUNDRED_TWENTY_THIRD_B: ScoreFloors = { minRuns: 4, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.5 } };
const HUNDRED_TWENTY_THIRD_C: ScoreFloors = { minRuns: 10, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.66 } };
const HUNDRED_TWENTY_THIRD_D: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.66, plateau: 0.5 } };

describeHeldOutPart('the hundred-and-twenty-third real-log corpus, part a (held out)', HUNDRED_TWENTY_THIRD_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_THIRD_A_CORPUS_DIR), HUNDRED_TWENTY_THIRD_A);
describeHeldOutPart('the hundred-and-twenty-third real-log corpus, part b (held out)', HUNDRED_TWENTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_THIRD_B_CORPUS_DIR), HUNDRED_TWENTY_THIRD_B);
describeHeldOutPart('the hundred-and-twenty-third real-log corpus, part c (held out)', HUNDRED_TWENTY_THIRD_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_THIRD_C_CORPUS_DIR), HUNDRED_TWENTY_THIRD_C);
describeHeldOutPart('the hundred-and-twenty-third real-log corpus, part d (held out)', HUNDRED_TWENTY_THIRD_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_THIRD_D_CORPUS_DIR), HUNDRED_TWENTY_THIRD_D);
