/**
 * Issue 10's real-log check, held out: the seventy-seventh corpus, built in three parts at the same time from
 * repositories in no earlier corpus's exclusion list (test/monitor/corpus-seventy-seventh-a: 14 runs from 9
 * repositories, deep-learning-with-python and handson-ml2 forks' re-runs and owners' own Keras repositories;
 * corpus-seventy-seventh-c: 10 runs from 6 repositories, a cn-deep-learning copy, lectures-labs and course-v3
 * copies, ML_SageMaker_Studies copies' job logs and tf2_course notebooks; corpus-seventy-seventh-d: 4 runs from 2
 * repositories, a Chinese torchkeras copy and a Korean Kaggle book's XGBoost and LightGBM notebooks). No part b
 * was built this round. Each part was labelled by its builder before any tool ran on it (labels.json, scored
 * here). The parts were built from 4596033 while readers-130 landed on main; none was read or scored before
 * commit 5c3ac04 ("rules frozen for the seventy-seventh corpus"), with whose rules they were scored.
 */
import { SEVENTY_SEVENTH_A_CORPUS_DIR, SEVENTY_SEVENTH_C_CORPUS_DIR, SEVENTY_SEVENTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 15 of 15 found, no false alarm in 14 runs, none unread (overfitting 3/3, still-improving 7/7). The floors are that level less one mistake. */
const SEVENTY_SEVENTH_A: ScoreFloors = { minRuns: 14, minFound: 14, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 2 / 3, 'still-improving': 6 / 7 } };

/** Part c, measured once held out: 10 of 11 found, no false alarm in 10 runs, none unread, one "no clear answer" (plateau 3/3, still-improving 6/7). The floors are that level less one mistake. */
const SEVENTY_SEVENTH_C: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 2 / 3, 'still-improving': 5 / 7 } };

/** Part d, measured once held out: 4 of 4 found, no false alarm in 4 runs, none unread (no kind with three expected findings). The floors are that level less one mistake. */
const SEVENTY_SEVENTH_D: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the seventy-seventh real-log corpus, part a (held out)', SEVENTY_SEVENTH_A_CORPUS_DIR, corpusDirsBefore(SEVENTY_SEVENTH_A_CORPUS_DIR), SEVENTY_SEVENTH_A);
describeHeldOutPart('the seventy-seventh real-log corpus, part c (held out)', SEVENTY_SEVENTH_C_CORPUS_DIR, corpusDirsBefore(SEVENTY_SEVENTH_C_CORPUS_DIR), SEVENTY_SEVENTH_C);
describeHeldOutPart('the seventy-seventh real-log corpus, part d (held out)', SEVENTY_SEVENTH_D_CORPUS_DIR, corpusDirsBefore(SEVENTY_SEVENTH_D_CORPUS_DIR), SEVENTY_SEVENTH_D);
