/**
 * Issue 10's real-log check, held out: the hundred-and-seventy-eighth corpus, built in five parts at one time, of
 * repositories in no earlier corpus: parts a 9, b 3, c 4, d 8 and e 5 runs (students' runs of Udacity's
 * deep-learning-v2-pytorch; students' runs of the DeepLearning.AI TensorFlow course; modded-nanogpt forks' own logs;
 * trainings saved in tensorflow/docs' history; readers' runs of Generative Deep Learning and Deep Learning with Python).
 * Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second
 * labeller, and read only after commit 1f97262a ("freeze: rules and readers as they stand (as at 80afb342), before
 * round 181"), with whose rules it was scored.
 */
import {
  HUNDRED_SEVENTY_EIGHTH_A_CORPUS_DIR, HUNDRED_SEVENTY_EIGHTH_B_CORPUS_DIR, HUNDRED_SEVENTY_EIGHTH_C_CORPUS_DIR,
  HUNDRED_SEVENTY_EIGHTH_D_CORPUS_DIR, HUNDRED_SEVENTY_EIGHTH_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 9 of 9, b 3 of 3 with one false alarm (warning: lr-too-high on a 10-epoch MNIST
 * convnet's training loss), c 4 of 4, d 7 of 7, e 5 of 6 (a 10-epoch CIFAR-10 convnet's stall beside its widening
 * gap, no clear answer): 28 of 29, one false alarm in 29 runs, none critical, none unread. The floors are each part's
 * level less one mistake.
 */
const HUNDRED_SEVENTY_EIGHTH_A: ScoreFloors = { minRuns: 9, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85 } };
const HUNDRED_SEVENTY_EIGHTH_B: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 2, maxUnread: 1, minRecall: {} };
const HUNDRED_SEVENTY_EIGHTH_C: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_SEVENTY_EIGHTH_D: ScoreFloors = { minRuns: 8, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85 } };
const HUNDRED_SEVENTY_EIGHTH_E: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-seventy-eighth real-log corpus, part a (held out)', HUNDRED_SEVENTY_EIGHTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_EIGHTH_A_CORPUS_DIR), HUNDRED_SEVENTY_EIGHTH_A);
describeHeldOutPart('the hundred-and-seventy-eighth real-log corpus, part b (held out)', HUNDRED_SEVENTY_EIGHTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_EIGHTH_B_CORPUS_DIR), HUNDRED_SEVENTY_EIGHTH_B);
describeHeldOutPart('the hundred-and-seventy-eighth real-log corpus, part c (held out)', HUNDRED_SEVENTY_EIGHTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_EIGHTH_C_CORPUS_DIR), HUNDRED_SEVENTY_EIGHTH_C);
describeHeldOutPart('the hundred-and-seventy-eighth real-log corpus, part d (held out)', HUNDRED_SEVENTY_EIGHTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_EIGHTH_D_CORPUS_DIR), HUNDRED_SEVENTY_EIGHTH_D);
describeHeldOutPart('the hundred-and-seventy-eighth real-log corpus, part e (held out)', HUNDRED_SEVENTY_EIGHTH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_EIGHTH_E_CORPUS_DIR), HUNDRED_SEVENTY_EIGHTH_E);
