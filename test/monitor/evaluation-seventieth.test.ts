/**
 * Issue 10's real-log check, held out: the seventieth corpus, built in four parts at the same time from
 * repositories in no earlier corpus's exclusion list (test/monitor/corpus-seventieth-a: 12 runs from 8
 * repositories, tensorflow-1-public, tensorflow/examples and tensorflow/docs copies' Keras notebooks;
 * corpus-seventieth-b: 19 runs from 11 repositories, fastbook, deep-learning-v2-pytorch and
 * pytorch-deep-learning copies; corpus-seventieth-c: 15 runs from 12 repositories, ML_SageMaker_Studies,
 * sagemaker-deployment and udacity/deep-learning forks; corpus-seventieth-d: 8 runs from 5 repositories,
 * Chinese Gluon pages, CNTK and Gluon notebooks, Julia Knet examples). Each part was labelled by its builder
 * before any tool ran on it (labels.json, scored here). The parts were built from e6deced while readers-121
 * and readers-122 landed on main; none was read or scored before commit b51e0f3 ("rules frozen for the
 * seventieth corpus"), with whose rules they were scored. readers-123 and readers-124 landed after.
 */
import { SEVENTIETH_A_CORPUS_DIR, SEVENTIETH_B_CORPUS_DIR, SEVENTIETH_C_CORPUS_DIR, SEVENTIETH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 13 of 13 found, no false alarm in 12 runs, none unread (overfitting 3/3, still-improving 8/8). The floors are that level less one mistake. */
const SEVENTIETH_A: ScoreFloors = { minRuns: 12, minFound: 12, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 2 / 3, 'still-improving': 7 / 8 } };

/** Part b, measured once held out: 17 of 19 found, 1 false alarm in 19 runs (a widening gap on a fastai table labelled a plateau), none unread (plateau 7/8, still-improving 9/10). The floors are that level less one mistake. */
const SEVENTIETH_B: ScoreFloors = { minRuns: 19, minFound: 16, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 6 / 8, 'still-improving': 8 / 10 } };

/** Part c, measured once held out: 13 of 15 found, 1 false alarm in 15 runs (a plateau on a CIFAR-10 batch loss still falling), none unread (plateau 3/4, still-improving 10/11). The floors are that level less one mistake. */
const SEVENTIETH_C: ScoreFloors = { minRuns: 15, minFound: 12, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 2 / 4, 'still-improving': 9 / 11 } };

/**
 * Part d, measured once held out: 1 of 8 found, no false alarm in 8 runs, 7 unread (notedown pages' JSON output blocks,
 * Knet's Julia tuples, a CNTK summary dict): main's level 6 of 8, 2 unread (readers-123, readers-124; a page whose
 * first output lies past the sniff's megabyte and the CNTK dict still unread). The floors are main's level less one mistake.
 */
const SEVENTIETH_D: ScoreFloors = { minRuns: 8, minFound: 5, maxFalseAlarms: 1, maxUnread: 3, minRecall: { 'still-improving': 4 / 7 } };

describeHeldOutPart('the seventieth real-log corpus, part a (held out)', SEVENTIETH_A_CORPUS_DIR, corpusDirsBefore(SEVENTIETH_A_CORPUS_DIR), SEVENTIETH_A);
describeHeldOutPart('the seventieth real-log corpus, part b (held out)', SEVENTIETH_B_CORPUS_DIR, corpusDirsBefore(SEVENTIETH_B_CORPUS_DIR), SEVENTIETH_B);
describeHeldOutPart('the seventieth real-log corpus, part c (held out)', SEVENTIETH_C_CORPUS_DIR, corpusDirsBefore(SEVENTIETH_C_CORPUS_DIR), SEVENTIETH_C);
describeHeldOutPart('the seventieth real-log corpus, part d (held out)', SEVENTIETH_D_CORPUS_DIR, corpusDirsBefore(SEVENTIETH_D_CORPUS_DIR), SEVENTIETH_D);
