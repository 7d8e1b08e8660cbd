/**
 * Issue 10's real-log check, held out: the sixtieth corpus, built in four parts at the same time (while
 * the fifty-ninth was recorded) from repositories in no earlier corpus's exclusion list
 * (test/monitor/corpus-sixtieth-a: 11 runs from 6 repositories, Keras and TensorFlow 1 notebooks in
 * copies of licensed courses; corpus-sixtieth-b: 9 runs from 5 repositories, PyTorch notebooks in forks
 * of deep-learning-v2-pytorch and pytorch-deep-learning; corpus-sixtieth-c: 14 runs from 11 repositories,
 * notebooks of other courses' and books' copies (Udacity's deep-learning and sagemaker-deployment,
 * rasbt's books); corpus-sixtieth-d: 4 runs from 3 repositories, Japanese and Korean notebooks). Each
 * part was labelled by its builder before any tool ran on it (labels.json, scored here). The parts were
 * built on their own branches from commit e8361f1 ("rules frozen for the sixtieth corpus") and scored
 * with those rules; readers-108 landed after part c was scored.
 */
import { SIXTIETH_A_CORPUS_DIR, SIXTIETH_B_CORPUS_DIR, SIXTIETH_C_CORPUS_DIR, SIXTIETH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 13 of 13 found, no false alarm in 11 runs, none unread (plateau 5/5, still-improving 5/5). The floors are that level less one mistake. */
const SIXTIETH_A: ScoreFloors = {
  minRuns: 11, minFound: 12, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { plateau: 4 / 5, 'still-improving': 4 / 5 },
};

/** Part b, measured once held out: 7 of 9 found, no false alarm in 9 runs, none unread (plateau 4/5, still-improving 3/3). The floors are that level less one mistake. */
const SIXTIETH_B: ScoreFloors = {
  minRuns: 9, minFound: 6, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { plateau: 3 / 5, 'still-improving': 2 / 3 },
};

/**
 * Part c, measured once held out: 10 of 15 found (67 %, Wilson 42-85 %), no false alarm in 14 runs, none
 * unread; three SageMaker jobs' `BCELoss` read as no loss ("nothing to diagnose", read since readers-108):
 * main's level 13 of 15 (plateau 7/7, still-improving 5/5). The floors are main's level less one mistake.
 */
const SIXTIETH_C: ScoreFloors = {
  minRuns: 14, minFound: 12, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { plateau: 6 / 7, 'still-improving': 4 / 5 },
};

/** Part d, measured once held out: 4 of 5 found, no false alarm in 4 runs, none unread (still-improving 2/2). The floors are that level less one mistake. */
const SIXTIETH_D: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 1 / 2 } };

describeHeldOutPart('the sixtieth real-log corpus, part a (held out)', SIXTIETH_A_CORPUS_DIR, corpusDirsBefore(SIXTIETH_A_CORPUS_DIR), SIXTIETH_A);
describeHeldOutPart('the sixtieth real-log corpus, part b (held out)', SIXTIETH_B_CORPUS_DIR, corpusDirsBefore(SIXTIETH_B_CORPUS_DIR), SIXTIETH_B);
describeHeldOutPart('the sixtieth real-log corpus, part c (held out)', SIXTIETH_C_CORPUS_DIR, corpusDirsBefore(SIXTIETH_C_CORPUS_DIR), SIXTIETH_C);
describeHeldOutPart('the sixtieth real-log corpus, part d (held out)', SIXTIETH_D_CORPUS_DIR, corpusDirsBefore(SIXTIETH_D_CORPUS_DIR), SIXTIETH_D);
