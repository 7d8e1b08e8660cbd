/**
 * Issue 10's real-log check, held out: the hundred-and-seventy-ninth corpus, built in five parts at one time, of
 * repositories in no earlier corpus: parts a 11, b 6, c 8, d 8 and e 6 runs (students' runs of the DeepLearning.AI
 * TensorFlow course; students' runs of the same course and of a dog-vision project; students' runs of Udacity's
 * deep-learning-v2-pytorch; readers' runs of Deep Learning with Python; readers' runs of Generative Deep Learning).
 * Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second
 * labeller, and read only after commit c8e275ac ("freeze: rules and readers as they stand (as at fb3bd01b), before
 * round 182"), with whose rules it was scored.
 */
import {
  HUNDRED_SEVENTY_NINTH_A_CORPUS_DIR, HUNDRED_SEVENTY_NINTH_B_CORPUS_DIR, HUNDRED_SEVENTY_NINTH_C_CORPUS_DIR,
  HUNDRED_SEVENTY_NINTH_D_CORPUS_DIR, HUNDRED_SEVENTY_NINTH_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 10 of 12 (a news classifier's and a sign-language convnet's overfit or widening gap, read
 * as plateaus), b 6 of 7 (a noisy BiLSTM forecaster's still-improving, no clear answer), c 8 of 8, d 8 of 8, e 4 of 6
 * with one false alarm (warning: underfitting on a CIFAR-10 convnet's flat end after its learning rate was cut to
 * 1e-6, where both labellers read a plateau) and one run unread (a Keras 3 autoencoder whose callback's predict() line
 * opens each epoch): 36 of 41, one false alarm in 39 runs, none critical, one unread. The floors are each part's
 * level less one mistake.
 */
const HUNDRED_SEVENTY_NINTH_A: ScoreFloors = { minRuns: 11, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.75 } };
const HUNDRED_SEVENTY_NINTH_B: ScoreFloors = { minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SEVENTY_NINTH_C: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_SEVENTY_NINTH_D: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.75 } };
const HUNDRED_SEVENTY_NINTH_E: ScoreFloors = { minRuns: 6, minFound: 3, maxFalseAlarms: 2, maxUnread: 2, minRecall: {} };

describeHeldOutPart('the hundred-and-seventy-ninth real-log corpus, part a (held out)', HUNDRED_SEVENTY_NINTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_NINTH_A_CORPUS_DIR), HUNDRED_SEVENTY_NINTH_A);
describeHeldOutPart('the hundred-and-seventy-ninth real-log corpus, part b (held out)', HUNDRED_SEVENTY_NINTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_NINTH_B_CORPUS_DIR), HUNDRED_SEVENTY_NINTH_B);
describeHeldOutPart('the hundred-and-seventy-ninth real-log corpus, part c (held out)', HUNDRED_SEVENTY_NINTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_NINTH_C_CORPUS_DIR), HUNDRED_SEVENTY_NINTH_C);
describeHeldOutPart('the hundred-and-seventy-ninth real-log corpus, part d (held out)', HUNDRED_SEVENTY_NINTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_NINTH_D_CORPUS_DIR), HUNDRED_SEVENTY_NINTH_D);
describeHeldOutPart('the hundred-and-seventy-ninth real-log corpus, part e (held out)', HUNDRED_SEVENTY_NINTH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_NINTH_E_CORPUS_DIR), HUNDRED_SEVENTY_NINTH_E);
