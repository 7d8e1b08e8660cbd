/**
 * Issue 10's real-log check, held out: the seventy-first corpus, built in four parts at the same time from
 * repositories in no earlier corpus's exclusion list (test/monitor/corpus-seventy-first-a: 15 runs from 10
 * repositories, tensorflow-1-public, deep-learning-with-python and handson-ml copies' Keras notebooks;
 * corpus-seventy-first-b: 7 runs from 5 repositories, fastbook copies and learners' pytorch-deep-learning
 * repositories; corpus-seventy-first-c: 13 runs from 12 repositories, ML_SageMaker_Studies, udacity/deep-learning
 * and P1_Facial_Keypoints forks; corpus-seventy-first-d: 6 runs from 4 repositories, Chinese and Japanese Gluon
 * and MXNet pages and notebooks). Each part was labelled by its builder before any tool ran on it (labels.json,
 * scored here). The parts were built from b51e0f3 while readers-123 and readers-124 landed on main; none was
 * read or scored before commit 71f058a ("rules frozen for the seventy-first corpus"), with whose rules they were
 * scored. readers-125 and readers-126 landed after (main's level: part c 12 of 13, a DeepAR job's batches read apart).
 */
import { SEVENTY_FIRST_A_CORPUS_DIR, SEVENTY_FIRST_B_CORPUS_DIR, SEVENTY_FIRST_C_CORPUS_DIR, SEVENTY_FIRST_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 16 of 16 found, no false alarm in 15 runs, none unread (overfitting 6/6, still-improving 6/6). The floors are that level less one mistake. */
const SEVENTY_FIRST_A: ScoreFloors = { minRuns: 15, minFound: 15, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 5 / 6, 'still-improving': 5 / 6 } };

/** Part b, measured once held out: 6 of 7 found, no false alarm in 7 runs, none unread (overfitting 2/3, still-improving 3/3). The floors are that level less one mistake. */
const SEVENTY_FIRST_B: ScoreFloors = { minRuns: 7, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 1 / 3, 'still-improving': 2 / 3 } };

/** Part c, measured once held out: 11 of 13 found, 1 false alarm in 13 runs (still improving on a CIFAR-10 loop's validation loss labelled an overfit), none unread (plateau 6/6, still-improving 5/6). The floors are that level less one mistake. */
const SEVENTY_FIRST_C: ScoreFloors = { minRuns: 13, minFound: 10, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 5 / 6, 'still-improving': 4 / 6 } };

/**
 * Part d, measured once held out: 4 of 7 found, no false alarm in 6 runs, 2 unread (result pages pasting their
 * trainings as list items: readers-125 since): main's level 7 of 7 (still-improving 5/5). The floors are main's
 * level less one mistake.
 */
const SEVENTY_FIRST_D: ScoreFloors = { minRuns: 6, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 4 / 5 } };

describeHeldOutPart('the seventy-first real-log corpus, part a (held out)', SEVENTY_FIRST_A_CORPUS_DIR, corpusDirsBefore(SEVENTY_FIRST_A_CORPUS_DIR), SEVENTY_FIRST_A);
describeHeldOutPart('the seventy-first real-log corpus, part b (held out)', SEVENTY_FIRST_B_CORPUS_DIR, corpusDirsBefore(SEVENTY_FIRST_B_CORPUS_DIR), SEVENTY_FIRST_B);
describeHeldOutPart('the seventy-first real-log corpus, part c (held out)', SEVENTY_FIRST_C_CORPUS_DIR, corpusDirsBefore(SEVENTY_FIRST_C_CORPUS_DIR), SEVENTY_FIRST_C);
describeHeldOutPart('the seventy-first real-log corpus, part d (held out)', SEVENTY_FIRST_D_CORPUS_DIR, corpusDirsBefore(SEVENTY_FIRST_D_CORPUS_DIR), SEVENTY_FIRST_D);
