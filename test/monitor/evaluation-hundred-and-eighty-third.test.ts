/**
 * Issue 10's real-log check, held out: the hundred-and-eighty-third corpus, built in five parts at one time, of
 * repositories in no earlier corpus, four of them with runs: parts a 10, b 6, d 8 and e 5 runs (students' runs of the
 * DeepLearning.AI TensorFlow course, two parts; students' runs of Deep Learning with Python in Korean class
 * repositories; readers' runs of Generative Deep Learning). Part c found no licensed repository with a run.
 * Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second
 * labeller, and read only after commit 43326c3b ("freeze: rules and readers as they stand (as at 84af0c4c), before
 * round 186"), with whose rules it was scored.
 */
import {
  HUNDRED_EIGHTY_THIRD_A_CORPUS_DIR, HUNDRED_EIGHTY_THIRD_B_CORPUS_DIR, HUNDRED_EIGHTY_THIRD_D_CORPUS_DIR,
  HUNDRED_EIGHTY_THIRD_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 12 of 13 (a Pokémon-type classifier's plateau, stopped by hand in its 28th epoch, read as
 * still improving, which the labels allow), b 6 of 6, d 8 of 8, e 5 of 5: 31 of 32, no false alarm in 29 runs, none
 * unread. The floors are each part's level less one mistake.
 */
const HUNDRED_EIGHTY_THIRD_A: ScoreFloors = { minRuns: 10, minFound: 11, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85 } };
const HUNDRED_EIGHTY_THIRD_B: ScoreFloors = { minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_EIGHTY_THIRD_D: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.75 } };
const HUNDRED_EIGHTY_THIRD_E: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-eighty-third real-log corpus, part a (held out)', HUNDRED_EIGHTY_THIRD_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_THIRD_A_CORPUS_DIR), HUNDRED_EIGHTY_THIRD_A);
describeHeldOutPart('the hundred-and-eighty-third real-log corpus, part b (held out)', HUNDRED_EIGHTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_THIRD_B_CORPUS_DIR), HUNDRED_EIGHTY_THIRD_B);
describeHeldOutPart('the hundred-and-eighty-third real-log corpus, part d (held out)', HUNDRED_EIGHTY_THIRD_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_THIRD_D_CORPUS_DIR), HUNDRED_EIGHTY_THIRD_D);
describeHeldOutPart('the hundred-and-eighty-third real-log corpus, part e (held out)', HUNDRED_EIGHTY_THIRD_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_THIRD_E_CORPUS_DIR), HUNDRED_EIGHTY_THIRD_E);
