/**
 * Issue 10's real-log check, held out: the hundred-and-seventy-third corpus, built in five parts at one time, of
 * repositories in no earlier corpus; three parts found runs: a 3, b 8 and c 7 (students' own re-runs of Daniel Bourke's
 * PyTorch course; students' runs of the DeepLearning.AI TensorFlow course; runs of karpathy's minGPT and makemore in
 * forks). Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a
 * second labeller, and read only after commit dcde3c85 ("freeze: rules and readers as they stand, before round 176"),
 * with whose rules it was scored.
 */
import {
  HUNDRED_SEVENTY_THIRD_A_CORPUS_DIR, HUNDRED_SEVENTY_THIRD_B_CORPUS_DIR, HUNDRED_SEVENTY_THIRD_C_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 3 of 3, b 9 of 9, c 5 of 7 (two makemore notebooks printing rows of four unnamed losses,
 * `  1,   5708 losses:     2.3972       2.2923     2.3026     2.2986`, unread): 17 of 19, no false alarm in 18 runs,
 * two unread. The floors are each part's level less one mistake.
 */
const HUNDRED_SEVENTY_THIRD_A: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SEVENTY_THIRD_B: ScoreFloors = { minRuns: 8, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SEVENTY_THIRD_C: ScoreFloors = { minRuns: 7, minFound: 4, maxFalseAlarms: 1, maxUnread: 3, minRecall: { 'still-improving': 0.4 } };

describeHeldOutPart('the hundred-and-seventy-third real-log corpus, part a (held out)', HUNDRED_SEVENTY_THIRD_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_THIRD_A_CORPUS_DIR), HUNDRED_SEVENTY_THIRD_A);
describeHeldOutPart('the hundred-and-seventy-third real-log corpus, part b (held out)', HUNDRED_SEVENTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_THIRD_B_CORPUS_DIR), HUNDRED_SEVENTY_THIRD_B);
describeHeldOutPart('the hundred-and-seventy-third real-log corpus, part c (held out)', HUNDRED_SEVENTY_THIRD_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_THIRD_C_CORPUS_DIR), HUNDRED_SEVENTY_THIRD_C);
