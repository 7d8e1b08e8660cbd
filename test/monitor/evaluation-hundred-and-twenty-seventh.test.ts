/**
 * Issue 10's real-log check, held out: the hundred-and-twenty-seventh corpus, built in four parts at one time while the
 * hundred-and-twenty-sixth was labelled, of repositories in no earlier corpus: part a 7 runs (YOLOv5 results.csv),
 * part b 2 (YOLOv5 results.txt, one of YOLOv5-JDE with an identity loss), part c 12 (Udacity course notebooks, TF1 and
 * Keras: IMDB, an autoencoder, sentiment, CIFAR-10, translation, transfer learning, batch norm, skip-gram, a TV script
 * and two GANs), part d 3 (DVCLive evaluation losses of a Hugging Face fine-tune, a Lightning metrics.csv). Each part was
 * labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and
 * scored with the rules of add8137 (commit 183306d, "freeze: the rules for round 130"; those of f8e5a7a, after rules-65).
 */
import {
  HUNDRED_TWENTY_SEVENTH_A_CORPUS_DIR, HUNDRED_TWENTY_SEVENTH_B_CORPUS_DIR, HUNDRED_TWENTY_SEVENTH_C_CORPUS_DIR, HUNDRED_TWENTY_SEVENTH_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 7 of 7; part b 1 of 2 (YOLOv5-JDE's results.txt, 17 columns with a `[1088,608]` image
 * size and a weighted total, unread); part c 10 of 13 (two GAN notebooks, "nothing to diagnose" before roles-39, and a
 * sentiment RNN's end left unstated beside its bounce); part d 3 of 3. No false alarm in 24 runs, one unread. The floors
 * are each part's level less one mistake.
 */
const HUNDRED_TWENTY_SEVENTH_A: ScoreFloors = { minRuns: 7, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75, plateau: 0.66 } };
const HUNDRED_TWENTY_SEVENTH_B: ScoreFloors = { minRuns: 2, minFound: 0, maxFalseAlarms: 1, maxUnread: 2, minRecall: {} };
const HUNDRED_TWENTY_SEVENTH_C: ScoreFloors = { minRuns: 12, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.6, plateau: 0.5 } };
const HUNDRED_TWENTY_SEVENTH_D: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.66 } };

describeHeldOutPart('the hundred-and-twenty-seventh real-log corpus, part a (held out)', HUNDRED_TWENTY_SEVENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SEVENTH_A_CORPUS_DIR), HUNDRED_TWENTY_SEVENTH_A);
describeHeldOutPart('the hundred-and-twenty-seventh real-log corpus, part b (held out)', HUNDRED_TWENTY_SEVENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SEVENTH_B_CORPUS_DIR), HUNDRED_TWENTY_SEVENTH_B);
describeHeldOutPart('the hundred-and-twenty-seventh real-log corpus, part c (held out)', HUNDRED_TWENTY_SEVENTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SEVENTH_C_CORPUS_DIR), HUNDRED_TWENTY_SEVENTH_C);
describeHeldOutPart('the hundred-and-twenty-seventh real-log corpus, part d (held out)', HUNDRED_TWENTY_SEVENTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWENTY_SEVENTH_D_CORPUS_DIR), HUNDRED_TWENTY_SEVENTH_D);
