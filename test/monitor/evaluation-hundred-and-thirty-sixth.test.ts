/**
 * Issue 10's real-log check, held out: the hundred-and-thirty-sixth corpus, built in four parts at one time with the
 * hundred-and-thirty-seventh after the hundred-and-thirty-fifth was scored (nothing tuned in between), of repositories in
 * no earlier corpus: parts a 7 runs (copies of Udacity's image-captioning and follow-me projects: per-step captioning
 * losses, Keras fits), b 8 (TF-era nanodegree repositories: image classification, TV scripts, face GANs), c 10
 * (deep-learning-v2-pytorch forks passed over before: MNIST, Fashion-MNIST, CIFAR-10) and d 9 (face and MNIST GANs,
 * a seq2seq, a char-RNN and a sentiment RNN). Each part was labelled by its builder before any tool ran on it
 * (labels.json, scored here) and blind by a second labeller, and read only after commit 9677dba ("freeze: round 139's
 * rules"), with whose rules it was scored.
 */
import {
  HUNDRED_THIRTY_SIXTH_A_CORPUS_DIR, HUNDRED_THIRTY_SIXTH_B_CORPUS_DIR, HUNDRED_THIRTY_SIXTH_C_CORPUS_DIR, HUNDRED_THIRTY_SIXTH_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 11 of 11, b 8 of 8, c 8 of 10 (a Fashion-MNIST run's plateau and a CIFAR-10 CNN's
 * overfitting read as a widening gap only), d 8 of 9 (a sentiment RNN's overfitting read as a widening gap only; a
 * plateau beside an MNIST GAN's divergence, a false alarm). 35 of 38, one false alarm in 34 runs, none unread. The
 * floors are each part's level less one mistake.
 */
const HUNDRED_THIRTY_SIXTH_A: ScoreFloors = { minRuns: 7, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.85 } };
const HUNDRED_THIRTY_SIXTH_B: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.75, 'still-improving': 0.75 } };
const HUNDRED_THIRTY_SIXTH_C: ScoreFloors = { minRuns: 10, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.5 } };
const HUNDRED_THIRTY_SIXTH_D: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 0.8 } };

describeHeldOutPart('the hundred-and-thirty-sixth real-log corpus, part a (held out)', HUNDRED_THIRTY_SIXTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_SIXTH_A_CORPUS_DIR), HUNDRED_THIRTY_SIXTH_A);
describeHeldOutPart('the hundred-and-thirty-sixth real-log corpus, part b (held out)', HUNDRED_THIRTY_SIXTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_SIXTH_B_CORPUS_DIR), HUNDRED_THIRTY_SIXTH_B);
describeHeldOutPart('the hundred-and-thirty-sixth real-log corpus, part c (held out)', HUNDRED_THIRTY_SIXTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_SIXTH_C_CORPUS_DIR), HUNDRED_THIRTY_SIXTH_C);
describeHeldOutPart('the hundred-and-thirty-sixth real-log corpus, part d (held out)', HUNDRED_THIRTY_SIXTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_SIXTH_D_CORPUS_DIR), HUNDRED_THIRTY_SIXTH_D);
