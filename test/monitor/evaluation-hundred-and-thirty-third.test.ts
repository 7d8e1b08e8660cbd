/**
 * Issue 10's real-log check, held out: the hundred-and-thirty-third corpus, built in five parts at one time while the
 * hundred-and-thirty-second was being scored (nothing tuned in between), of repositories in no earlier corpus: parts a
 * 12 runs and b 12 (two lists of Udacity deep-learning-v2-pytorch forks: CIFAR-10, char-RNN, sentiment RNN, dog breeds,
 * two loss histories saved again by appending), c 12 (GAN notebooks of Udacity course forks), d 2 (a YOLOv8 notebook
 * and a YOLOv5 results.csv) and e 6 (research code's per-epoch CSV and JSON logs, two of an actor-critic recommender).
 * Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second
 * labeller, and read only after commit 4c81346 ("freeze: round 136's rules"), with whose rules it was scored.
 */
import {
  HUNDRED_THIRTY_THIRD_A_CORPUS_DIR, HUNDRED_THIRTY_THIRD_B_CORPUS_DIR, HUNDRED_THIRTY_THIRD_C_CORPUS_DIR, HUNDRED_THIRTY_THIRD_D_CORPUS_DIR,
  HUNDRED_THIRTY_THIRD_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 8 of 12 (two loss histories saved three times over in files named `*.pth_loss`, unread), b
 * 10 of 12 with one false alarm (lr-too-low), c 10 of 12 (a face-generation notebook's counterless prints, unread; a GAN
 * whose discriminator won read as a plateau), d 1 of 1, e 3 of 6 with one false alarm (an actor-critic's losses, no
 * total: nothing to diagnose, twice). 32 of 43, two false alarms in 44 runs, three unread. After readers-155 and
 * readers-156: a 10 of 12, c 11 of 12; 35 of 43, none unread. The floors are each part's level now less one mistake.
 */
const HUNDRED_THIRTY_THIRD_A: ScoreFloors = { minRuns: 12, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8, plateau: 0.5 } };
const HUNDRED_THIRTY_THIRD_B: ScoreFloors = { minRuns: 12, minFound: 9, maxFalseAlarms: 2, maxUnread: 1, minRecall: { overfitting: 0.6, 'still-improving': 0.5 } };
const HUNDRED_THIRTY_THIRD_C: ScoreFloors = { minRuns: 12, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.75 } };
const HUNDRED_THIRTY_THIRD_D: ScoreFloors = { minRuns: 2, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_THIRTY_THIRD_E: ScoreFloors = { minRuns: 6, minFound: 2, maxFalseAlarms: 2, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-thirty-third real-log corpus, part a (held out)', HUNDRED_THIRTY_THIRD_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_THIRD_A_CORPUS_DIR), HUNDRED_THIRTY_THIRD_A);
describeHeldOutPart('the hundred-and-thirty-third real-log corpus, part b (held out)', HUNDRED_THIRTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_THIRD_B_CORPUS_DIR), HUNDRED_THIRTY_THIRD_B);
describeHeldOutPart('the hundred-and-thirty-third real-log corpus, part c (held out)', HUNDRED_THIRTY_THIRD_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_THIRD_C_CORPUS_DIR), HUNDRED_THIRTY_THIRD_C);
describeHeldOutPart('the hundred-and-thirty-third real-log corpus, part d (held out)', HUNDRED_THIRTY_THIRD_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_THIRD_D_CORPUS_DIR), HUNDRED_THIRTY_THIRD_D);
describeHeldOutPart('the hundred-and-thirty-third real-log corpus, part e (held out)', HUNDRED_THIRTY_THIRD_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_THIRD_E_CORPUS_DIR), HUNDRED_THIRTY_THIRD_E);
