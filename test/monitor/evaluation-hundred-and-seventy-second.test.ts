/**
 * Issue 10's real-log check, held out: the hundred-and-seventy-second corpus, built in five parts at one time while the
 * hundred-and-seventy-first was scored, of repositories in no earlier corpus: parts a 4, b 12, c 9, d 6 and e 4 runs
 * (students' runs of Daniel Bourke's PyTorch course; students' runs of the DeepLearning.AI TensorFlow course; runs of
 * karpathy's minGPT notebooks and their TensorFlow and JAX ports; runs of Daniel Bourke's TensorFlow course and others in
 * students' own repositories; readers' Colab saves of TensorFlow tutorials). Each part was labelled by its builder before
 * any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit 4abf13c8
 * ("freeze: rules frozen for round 175", no change since round 172's freeze), with whose rules it was scored.
 */
import {
  HUNDRED_SEVENTY_SECOND_A_CORPUS_DIR, HUNDRED_SEVENTY_SECOND_B_CORPUS_DIR, HUNDRED_SEVENTY_SECOND_C_CORPUS_DIR, HUNDRED_SEVENTY_SECOND_D_CORPUS_DIR,
  HUNDRED_SEVENTY_SECOND_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 3 of 4 (an EfficientNet fine-tune's flat test loss beside a falling training loss read as
 * still improving), b 16 of 16, c 5 of 10 with four false alarms (info: noisy-validation on four minGPT addition runs
 * whose test loss falls steeply to near zero; four TensorFlow ports printing `epoch 1: train loss 5.81625. lr
 * 5.994512e-04`, a full stop after the loss, unread), d 7 of 7, e 3 of 4 (a text classifier's overfit read as a
 * widening gap): 34 of 41, four false alarms in 35 runs, none critical, four unread. The floors are each part's level
 * less one mistake.
 */
const HUNDRED_SEVENTY_SECOND_A: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SEVENTY_SECOND_B: ScoreFloors = { minRuns: 12, minFound: 15, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8 } };
const HUNDRED_SEVENTY_SECOND_C: ScoreFloors = { minRuns: 9, minFound: 4, maxFalseAlarms: 5, maxUnread: 5, minRecall: { 'still-improving': 0.4 } };
const HUNDRED_SEVENTY_SECOND_D: ScoreFloors = { minRuns: 6, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SEVENTY_SECOND_E: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-seventy-second real-log corpus, part a (held out)', HUNDRED_SEVENTY_SECOND_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_SECOND_A_CORPUS_DIR), HUNDRED_SEVENTY_SECOND_A);
describeHeldOutPart('the hundred-and-seventy-second real-log corpus, part b (held out)', HUNDRED_SEVENTY_SECOND_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_SECOND_B_CORPUS_DIR), HUNDRED_SEVENTY_SECOND_B);
describeHeldOutPart('the hundred-and-seventy-second real-log corpus, part c (held out)', HUNDRED_SEVENTY_SECOND_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_SECOND_C_CORPUS_DIR), HUNDRED_SEVENTY_SECOND_C);
describeHeldOutPart('the hundred-and-seventy-second real-log corpus, part d (held out)', HUNDRED_SEVENTY_SECOND_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_SECOND_D_CORPUS_DIR), HUNDRED_SEVENTY_SECOND_D);
describeHeldOutPart('the hundred-and-seventy-second real-log corpus, part e (held out)', HUNDRED_SEVENTY_SECOND_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_SECOND_E_CORPUS_DIR), HUNDRED_SEVENTY_SECOND_E);
