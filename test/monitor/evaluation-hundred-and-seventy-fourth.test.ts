/**
 * Issue 10's real-log check, held out: the hundred-and-seventy-fourth corpus, built in five parts at one time, of
 * repositories in no earlier corpus: parts a 4, b 9, c 6, d 4 and e 4 runs (students' runs of Daniel Bourke's PyTorch
 * course; students' runs of the DeepLearning.AI TensorFlow course in forks; runs of karpathy's makemore, minGPT and
 * nanoGPT in forks; readers' Colab saves of Udacity's TensorFlow course; students' own runs of Daniel Bourke's
 * TensorFlow course). Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and
 * blind by a second labeller, and read only after commit a82bfe21 ("freeze: rules and readers as they stand (as at
 * dcde3c85), before round 177"), with whose rules it was scored.
 */
import {
  HUNDRED_SEVENTY_FOURTH_A_CORPUS_DIR, HUNDRED_SEVENTY_FOURTH_B_CORPUS_DIR, HUNDRED_SEVENTY_FOURTH_C_CORPUS_DIR, HUNDRED_SEVENTY_FOURTH_D_CORPUS_DIR,
  HUNDRED_SEVENTY_FOURTH_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 4 of 4, b 8 of 11 with one false alarm (info: two augmented cats-and-dogs runs whose noisy
 * validation loss got no clear end; a transfer-learning overfit read as a plateau), c 4 of 6 (a makemore TensorBoard run's
 * flat test loss not called; a minGPT notebook whose tqdm frames were saved without their carriage returns, unread), d 3
 * of 4 (an overfit whose every second epoch trained on one batch, missed), e 3 of 5 (two short plateaus not called): 22
 * of 30, one false alarm in 27 runs, none critical, one unread. The floors are each part's level less one mistake.
 */
const HUNDRED_SEVENTY_FOURTH_A: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SEVENTY_FOURTH_B: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 2, maxUnread: 1, minRecall: { overfitting: 0.5, 'still-improving': 0.4 } };
const HUNDRED_SEVENTY_FOURTH_C: ScoreFloors = { minRuns: 6, minFound: 3, maxFalseAlarms: 1, maxUnread: 2, minRecall: { plateau: 0.5 } };
const HUNDRED_SEVENTY_FOURTH_D: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SEVENTY_FOURTH_E: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.25 } };

describeHeldOutPart('the hundred-and-seventy-fourth real-log corpus, part a (held out)', HUNDRED_SEVENTY_FOURTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_FOURTH_A_CORPUS_DIR), HUNDRED_SEVENTY_FOURTH_A);
describeHeldOutPart('the hundred-and-seventy-fourth real-log corpus, part b (held out)', HUNDRED_SEVENTY_FOURTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_FOURTH_B_CORPUS_DIR), HUNDRED_SEVENTY_FOURTH_B);
describeHeldOutPart('the hundred-and-seventy-fourth real-log corpus, part c (held out)', HUNDRED_SEVENTY_FOURTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_FOURTH_C_CORPUS_DIR), HUNDRED_SEVENTY_FOURTH_C);
describeHeldOutPart('the hundred-and-seventy-fourth real-log corpus, part d (held out)', HUNDRED_SEVENTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_FOURTH_D_CORPUS_DIR), HUNDRED_SEVENTY_FOURTH_D);
describeHeldOutPart('the hundred-and-seventy-fourth real-log corpus, part e (held out)', HUNDRED_SEVENTY_FOURTH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_FOURTH_E_CORPUS_DIR), HUNDRED_SEVENTY_FOURTH_E);
