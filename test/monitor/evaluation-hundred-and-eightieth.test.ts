/**
 * Issue 10's real-log check, held out: the hundred-and-eightieth corpus, built in five parts at one time, of
 * repositories in no earlier corpus: parts a 6, b 5, c 7, d 8 and e 12 runs (students' runs of the DeepLearning.AI
 * TensorFlow course, two parts; students' runs of Udacity's deep-learning-v2-pytorch; readers' runs of Deep Learning
 * with Python; readers' runs of Generative Deep Learning).
 * Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second
 * labeller, and read only after commit 2a68d9d6 ("freeze: rules and readers as they stand (as at bdb15dd6, readers-176
 * to -178), before round 183"), with whose rules it was scored.
 */
import {
  HUNDRED_EIGHTIETH_A_CORPUS_DIR, HUNDRED_EIGHTIETH_B_CORPUS_DIR, HUNDRED_EIGHTIETH_C_CORPUS_DIR,
  HUNDRED_EIGHTIETH_D_CORPUS_DIR, HUNDRED_EIGHTIETH_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 7 of 7, b 5 of 5, c 6 of 7 (a Fashion-MNIST classifier's overfit, which the second labeller
 * did not expect either, read as a plateau), d 8 of 8, e 11 of 12 with two false alarms (a plateau and an lr-too-low,
 * warnings, on a PyTorch VAE's epoch means, still falling by both labels): 37 of 39, two false alarms in 38 runs, none
 * critical, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_EIGHTIETH_A: ScoreFloors = { minRuns: 6, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_EIGHTIETH_B: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_EIGHTIETH_C: ScoreFloors = { minRuns: 7, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_EIGHTIETH_D: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_EIGHTIETH_E: ScoreFloors = { minRuns: 12, minFound: 10, maxFalseAlarms: 3, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };

describeHeldOutPart('the hundred-and-eightieth real-log corpus, part a (held out)', HUNDRED_EIGHTIETH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTIETH_A_CORPUS_DIR), HUNDRED_EIGHTIETH_A);
describeHeldOutPart('the hundred-and-eightieth real-log corpus, part b (held out)', HUNDRED_EIGHTIETH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTIETH_B_CORPUS_DIR), HUNDRED_EIGHTIETH_B);
describeHeldOutPart('the hundred-and-eightieth real-log corpus, part c (held out)', HUNDRED_EIGHTIETH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTIETH_C_CORPUS_DIR), HUNDRED_EIGHTIETH_C);
describeHeldOutPart('the hundred-and-eightieth real-log corpus, part d (held out)', HUNDRED_EIGHTIETH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTIETH_D_CORPUS_DIR), HUNDRED_EIGHTIETH_D);
describeHeldOutPart('the hundred-and-eightieth real-log corpus, part e (held out)', HUNDRED_EIGHTIETH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTIETH_E_CORPUS_DIR), HUNDRED_EIGHTIETH_E);
