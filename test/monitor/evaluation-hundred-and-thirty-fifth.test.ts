/**
 * Issue 10's real-log check, held out: the hundred-and-thirty-fifth corpus, built in five parts at one time after the
 * hundred-and-thirty-fourth was scored (nothing tuned in between), of repositories in no earlier corpus: parts a 12 runs
 * and b 8 (deep-learning-v2-pytorch forks and renamed copies: CIFAR-10, Fashion-MNIST, char-RNN, autoencoders, a weather
 * RNN and a spam LSTM), c 10 and e 10 (TF-era udacity/deep-learning forks' project notebooks: image classification, TV
 * scripts, translation, GANs, a Keras dog-breed ResNet) and d 12 (the round before's GAN leads and their owners' other
 * notebooks). Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a
 * second labeller, and read only after commit badb9d4 ("freeze: round 138's rules"), with whose rules it was scored.
 */
import {
  HUNDRED_THIRTY_FIFTH_A_CORPUS_DIR, HUNDRED_THIRTY_FIFTH_B_CORPUS_DIR, HUNDRED_THIRTY_FIFTH_C_CORPUS_DIR, HUNDRED_THIRTY_FIFTH_D_CORPUS_DIR,
  HUNDRED_THIRTY_FIFTH_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 13 of 13, b 7 of 8 (a Fashion-MNIST run's end left "no clear answer", its label either
 * end), c 11 of 11, d 12 of 12, e 10 of 10. 53 of 54, no false alarm in 52 runs, none unread. The floors are each
 * part's level less one mistake.
 */
const HUNDRED_THIRTY_FIFTH_A: ScoreFloors = { minRuns: 12, minFound: 12, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.85, 'still-improving': 0.75 } };
const HUNDRED_THIRTY_FIFTH_B: ScoreFloors = { minRuns: 8, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_THIRTY_FIFTH_C: ScoreFloors = { minRuns: 10, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85 } };
const HUNDRED_THIRTY_FIFTH_D: ScoreFloors = { minRuns: 12, minFound: 11, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.8 } };
const HUNDRED_THIRTY_FIFTH_E: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8 } };

describeHeldOutPart('the hundred-and-thirty-fifth real-log corpus, part a (held out)', HUNDRED_THIRTY_FIFTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_FIFTH_A_CORPUS_DIR), HUNDRED_THIRTY_FIFTH_A);
describeHeldOutPart('the hundred-and-thirty-fifth real-log corpus, part b (held out)', HUNDRED_THIRTY_FIFTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_FIFTH_B_CORPUS_DIR), HUNDRED_THIRTY_FIFTH_B);
describeHeldOutPart('the hundred-and-thirty-fifth real-log corpus, part c (held out)', HUNDRED_THIRTY_FIFTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_FIFTH_C_CORPUS_DIR), HUNDRED_THIRTY_FIFTH_C);
describeHeldOutPart('the hundred-and-thirty-fifth real-log corpus, part d (held out)', HUNDRED_THIRTY_FIFTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_FIFTH_D_CORPUS_DIR), HUNDRED_THIRTY_FIFTH_D);
describeHeldOutPart('the hundred-and-thirty-fifth real-log corpus, part e (held out)', HUNDRED_THIRTY_FIFTH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_FIFTH_E_CORPUS_DIR), HUNDRED_THIRTY_FIFTH_E);
