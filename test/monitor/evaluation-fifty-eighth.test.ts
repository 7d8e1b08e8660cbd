/**
 * Issue 10's real-log check, held out: the fifty-eighth corpus, built in parts at the same time (while
 * the fifty-seventh was recorded) from repositories in no earlier corpus's exclusion list
 * (test/monitor/corpus-fifty-eighth-a: 17 runs from 12 repositories, students' Keras notebooks in copies
 * of four licensed books and courses; corpus-fifty-eighth-b: 14 runs from 13 repositories, PyTorch and
 * fastai notebooks in forks of Udacity's deep-learning-v2-pytorch, pytorch-deep-learning and fastbook;
 * corpus-fifty-eighth-d: 10 runs from 6 repositories, Korean keras.io pages and students' copies of a
 * Russian course). The log-files part found no run. Each part was labelled by its builder before any
 * tool ran on it (labels.json, scored here). The parts were built on their own branches from commit
 * e876a0e ("rules frozen for the fifty-eighth corpus") and scored with those rules; readers-107 landed
 * after part d was scored.
 */
import { FIFTY_EIGHTH_A_CORPUS_DIR, FIFTY_EIGHTH_B_CORPUS_DIR, FIFTY_EIGHTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 19 of 23 found (83 %, Wilson 63-93 %), no false alarm in 17 runs, none
 * unread. Per kind recall: overfitting 6/6, noisy-validation 4/4, plateau 4/6, still-improving 3/4. The
 * floors are that level less one mistake.
 */
const FIFTY_EIGHTH_A: ScoreFloors = {
  minRuns: 17, minFound: 18, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { overfitting: 5 / 6, 'noisy-validation': 3 / 4, plateau: 3 / 6, 'still-improving': 2 / 4 },
};

/**
 * Part b, measured once held out: 13 of 14 found, no false alarm in 14 runs, none unread. Per kind
 * recall: still-improving 9/9, plateau 2/3. The floors are that level less one mistake.
 */
const FIFTY_EIGHTH_B: ScoreFloors = {
  minRuns: 14, minFound: 12, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { 'still-improving': 8 / 9, plateau: 1 / 3 },
};

/**
 * Part d, measured once held out: 8 of 11 found, no false alarm in 10 runs, 3 runs unread (a loss named
 * `training loss (in-iteration)`, read since readers-107): main's level 11 of 11 (plateau 5/5,
 * still-improving 4/4). The floors are main's level less one mistake.
 */
const FIFTY_EIGHTH_D: ScoreFloors = {
  minRuns: 10, minFound: 10, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { plateau: 4 / 5, 'still-improving': 3 / 4 },
};

describeHeldOutPart('the fifty-eighth real-log corpus, part a (held out)', FIFTY_EIGHTH_A_CORPUS_DIR, corpusDirsBefore(FIFTY_EIGHTH_A_CORPUS_DIR), FIFTY_EIGHTH_A);
describeHeldOutPart('the fifty-eighth real-log corpus, part b (held out)', FIFTY_EIGHTH_B_CORPUS_DIR, corpusDirsBefore(FIFTY_EIGHTH_B_CORPUS_DIR), FIFTY_EIGHTH_B);
describeHeldOutPart('the fifty-eighth real-log corpus, part d (held out)', FIFTY_EIGHTH_D_CORPUS_DIR, corpusDirsBefore(FIFTY_EIGHTH_D_CORPUS_DIR), FIFTY_EIGHTH_D);
