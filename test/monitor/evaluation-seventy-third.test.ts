/**
 * Issue 10's real-log check, held out: the seventy-third corpus, built in four parts at the same time from
 * repositories in no earlier corpus's exclusion list (test/monitor/corpus-seventy-third-a: 8 runs from 6
 * repositories, handson-ml2 and deep-learning-with-python first-edition forks' Keras notebooks and an XGBoost
 * evaluation; corpus-seventy-third-b: 6 runs from 3 repositories, deep-learning-v2-pytorch copies' printed loops;
 * corpus-seventy-third-c: 6 runs from 4 repositories, Packt book and workshop notebooks and an instructor's
 * T81-558 copy; corpus-seventy-third-d: 7 runs from 5 repositories, Chinese cn-deep-learning copies and PySyft's
 * translated tutorials). Each part was labelled by its builder before any tool ran on it (labels.json, scored
 * here). The parts were built from 709bb3b while readers-127 and readers-128 landed on main; none was read or
 * scored before commit 9b0b8c0 ("rules frozen for the seventy-third corpus"), with whose rules they were scored.
 */
import { SEVENTY_THIRD_A_CORPUS_DIR, SEVENTY_THIRD_B_CORPUS_DIR, SEVENTY_THIRD_C_CORPUS_DIR, SEVENTY_THIRD_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 8 of 9 found, no false alarm in 8 runs, none unread (a short overfit or plateau read as a widening gap; overfitting 3/3, plateau 2/3). The floors are that level less one mistake. */
const SEVENTY_THIRD_A: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 2 / 3, plateau: 1 / 3 } };

/** Part b, measured once held out: 5 of 6 found, no false alarm in 6 runs, none unread (a plateau read as a widening gap; still-improving 4/4). The floors are that level less one mistake. */
const SEVENTY_THIRD_B: ScoreFloors = { minRuns: 6, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 3 / 4 } };

/** Part c, measured once held out: 6 of 6 found, no false alarm in 6 runs, none unread (no kind with three expected findings). The floors are that level less one mistake. */
const SEVENTY_THIRD_C: ScoreFloors = { minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/** Part d, measured once held out: 7 of 7 found, no false alarm in 7 runs, none unread (still-improving 4/4). The floors are that level less one mistake. */
const SEVENTY_THIRD_D: ScoreFloors = { minRuns: 7, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 3 / 4 } };

describeHeldOutPart('the seventy-third real-log corpus, part a (held out)', SEVENTY_THIRD_A_CORPUS_DIR, corpusDirsBefore(SEVENTY_THIRD_A_CORPUS_DIR), SEVENTY_THIRD_A);
describeHeldOutPart('the seventy-third real-log corpus, part b (held out)', SEVENTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(SEVENTY_THIRD_B_CORPUS_DIR), SEVENTY_THIRD_B);
describeHeldOutPart('the seventy-third real-log corpus, part c (held out)', SEVENTY_THIRD_C_CORPUS_DIR, corpusDirsBefore(SEVENTY_THIRD_C_CORPUS_DIR), SEVENTY_THIRD_C);
describeHeldOutPart('the seventy-third real-log corpus, part d (held out)', SEVENTY_THIRD_D_CORPUS_DIR, corpusDirsBefore(SEVENTY_THIRD_D_CORPUS_DIR), SEVENTY_THIRD_D);
