/**
 * Issue 10's real-log check, held out: the hundred-and-eighty-first corpus, built in five parts at one time, of
 * repositories in no earlier corpus: parts a 8, b 4, c 10, d 8 and e 7 runs (students' runs of the DeepLearning.AI
 * TensorFlow course, two parts; students' runs of Udacity's deep-learning-v2-pytorch; readers' runs of Deep Learning
 * with Python's third edition; readers' runs of Generative Deep Learning).
 * Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second
 * labeller, and read only after commit 5427ae94 ("freeze: rules and readers as they stand (as at bdb15dd6, readers-176
 * to -178), before round 184"), with whose rules it was scored.
 */
import {
  HUNDRED_EIGHTY_FIRST_A_CORPUS_DIR, HUNDRED_EIGHTY_FIRST_B_CORPUS_DIR, HUNDRED_EIGHTY_FIRST_C_CORPUS_DIR,
  HUNDRED_EIGHTY_FIRST_D_CORPUS_DIR, HUNDRED_EIGHTY_FIRST_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 8 of 9 (a 10-epoch transfer fine-tune's overfit on tiny losses, read as a plateau), b 4 of
 * 4, c 9 of 10 (a 10-epoch CIFAR-10 convnet's end, "no clear answer" where the labels accept still-improving or a
 * plateau), d 8 of 8, e 5 of 7 (two 10-epoch CIFAR-10 runs' ends, "no clear answer"): 34 of 38, no false alarm in 37
 * runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_EIGHTY_FIRST_A: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8 } };
const HUNDRED_EIGHTY_FIRST_B: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_EIGHTY_FIRST_C: ScoreFloors = { minRuns: 10, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.6 } };
const HUNDRED_EIGHTY_FIRST_D: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.85 } };
const HUNDRED_EIGHTY_FIRST_E: ScoreFloors = { minRuns: 7, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.25 } };

describeHeldOutPart('the hundred-and-eighty-first real-log corpus, part a (held out)', HUNDRED_EIGHTY_FIRST_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_FIRST_A_CORPUS_DIR), HUNDRED_EIGHTY_FIRST_A);
describeHeldOutPart('the hundred-and-eighty-first real-log corpus, part b (held out)', HUNDRED_EIGHTY_FIRST_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_FIRST_B_CORPUS_DIR), HUNDRED_EIGHTY_FIRST_B);
describeHeldOutPart('the hundred-and-eighty-first real-log corpus, part c (held out)', HUNDRED_EIGHTY_FIRST_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_FIRST_C_CORPUS_DIR), HUNDRED_EIGHTY_FIRST_C);
describeHeldOutPart('the hundred-and-eighty-first real-log corpus, part d (held out)', HUNDRED_EIGHTY_FIRST_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_FIRST_D_CORPUS_DIR), HUNDRED_EIGHTY_FIRST_D);
describeHeldOutPart('the hundred-and-eighty-first real-log corpus, part e (held out)', HUNDRED_EIGHTY_FIRST_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_FIRST_E_CORPUS_DIR), HUNDRED_EIGHTY_FIRST_E);
