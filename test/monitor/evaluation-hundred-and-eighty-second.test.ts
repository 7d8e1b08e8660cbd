/**
 * Issue 10's real-log check, held out: the hundred-and-eighty-second corpus, built in five parts at one time, of
 * repositories in no earlier corpus: parts a 3, b 2, c 8, d 6 and e 7 runs (students' runs of the DeepLearning.AI
 * TensorFlow course, two parts; students' runs of Udacity's deep-learning-v2-pytorch; readers' runs of Deep Learning
 * with Python; readers' runs of Generative Deep Learning).
 * Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second
 * labeller, and read only after commit 814d5ac7 ("freeze: rules and readers as they stand (as at 84af0c4c), before
 * round 185"), with whose rules it was scored.
 */
import {
  HUNDRED_EIGHTY_SECOND_A_CORPUS_DIR, HUNDRED_EIGHTY_SECOND_B_CORPUS_DIR, HUNDRED_EIGHTY_SECOND_C_CORPUS_DIR,
  HUNDRED_EIGHTY_SECOND_D_CORPUS_DIR, HUNDRED_EIGHTY_SECOND_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 4 of 4, b 2 of 2, c 7 of 8 (a 4-epoch sentiment RNN's overfit or plateau on 16 validation
 * points, read as a widening gap alone), d 6 of 6, e 6 of 7 (a 10-epoch CIFAR-10 convnet ending on its best, read as a plateau, also the
 * one false alarm, at info): 25 of 27, 1 false alarm in 26 runs, none unread. The floors are each part's level less one
 * mistake.
 */
const HUNDRED_EIGHTY_SECOND_A: ScoreFloors = { minRuns: 3, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_EIGHTY_SECOND_B: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_EIGHTY_SECOND_C: ScoreFloors = { minRuns: 8, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_EIGHTY_SECOND_D: ScoreFloors = { minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_EIGHTY_SECOND_E: ScoreFloors = { minRuns: 7, minFound: 5, maxFalseAlarms: 2, maxUnread: 1, minRecall: { 'still-improving': 0.65 } };

describeHeldOutPart('the hundred-and-eighty-second real-log corpus, part a (held out)', HUNDRED_EIGHTY_SECOND_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_SECOND_A_CORPUS_DIR), HUNDRED_EIGHTY_SECOND_A);
describeHeldOutPart('the hundred-and-eighty-second real-log corpus, part b (held out)', HUNDRED_EIGHTY_SECOND_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_SECOND_B_CORPUS_DIR), HUNDRED_EIGHTY_SECOND_B);
describeHeldOutPart('the hundred-and-eighty-second real-log corpus, part c (held out)', HUNDRED_EIGHTY_SECOND_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_SECOND_C_CORPUS_DIR), HUNDRED_EIGHTY_SECOND_C);
describeHeldOutPart('the hundred-and-eighty-second real-log corpus, part d (held out)', HUNDRED_EIGHTY_SECOND_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_SECOND_D_CORPUS_DIR), HUNDRED_EIGHTY_SECOND_D);
describeHeldOutPart('the hundred-and-eighty-second real-log corpus, part e (held out)', HUNDRED_EIGHTY_SECOND_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_SECOND_E_CORPUS_DIR), HUNDRED_EIGHTY_SECOND_E);
