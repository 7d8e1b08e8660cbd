/**
 * Issue 10's real-log check, held out: the seventy-fourth corpus, built in four parts at the same time from
 * repositories in no earlier corpus's exclusion list (test/monitor/corpus-seventy-fourth-a: 13 runs from 12
 * repositories, deep-learning-with-python first-edition, tensorflow-1-public and handson-ml2 forks' Keras notebooks;
 * corpus-seventy-fourth-b: 5 runs from 3 repositories, Udacity deep-learning copies' printed PyTorch loops;
 * corpus-seventy-fourth-c: 15 runs from 11 repositories, fastai course-v3 and 2017-18 courses/dl1 forks,
 * nn-zero-to-hero copies and a TensorFlow-Examples fork; corpus-seventy-fourth-d: 6 runs from 4 repositories,
 * Chinese eat_tensorflow2_in_30_days copies, a cn-deep-learning copy and a Traditional Chinese TFLite example).
 * Each part was labelled by its builder before any tool ran on it (labels.json, scored here). The parts were
 * built from 9424802 while readers-128 landed on main; none was read or scored before commit be58fb3 ("rules
 * frozen for the seventy-fourth corpus"), with whose rules they were scored.
 */
import { SEVENTY_FOURTH_A_CORPUS_DIR, SEVENTY_FOURTH_B_CORPUS_DIR, SEVENTY_FOURTH_C_CORPUS_DIR, SEVENTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 13 of 16 found, no false alarm in 13 runs, none unread (two overfits read as a widening gap or a plateau, an end read only as a widening gap; overfitting 4/6, still-improving 3/4). The floors are that level less one mistake. */
const SEVENTY_FOURTH_A: ScoreFloors = { minRuns: 13, minFound: 12, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 3 / 6, 'still-improving': 2 / 4 } };

/** Part b, measured once held out: 5 of 5 found, no false alarm in 5 runs, none unread (no kind with three expected findings). The floors are that level less one mistake. */
const SEVENTY_FOURTH_B: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/** Part c, measured once held out: 13 of 16 found, no false alarm in 15 runs, one unread (fastai 0.7's headerless `[epoch, trn_loss, val_loss]` rows), one "no clear answer", a per-batch bounce read as a plateau (plateau 7/9, still-improving 5/5). The floors are that level less one mistake. */
const SEVENTY_FOURTH_C: ScoreFloors = { minRuns: 15, minFound: 12, maxFalseAlarms: 1, maxUnread: 2, minRecall: { plateau: 6 / 9, 'still-improving': 4 / 5 } };

/** Part d, measured once held out: 5 of 6 found, no false alarm in 6 runs, none unread, one "no clear answer" (overfitting 3/3). The floors are that level less one mistake. */
const SEVENTY_FOURTH_D: ScoreFloors = { minRuns: 6, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 2 / 3 } };

describeHeldOutPart('the seventy-fourth real-log corpus, part a (held out)', SEVENTY_FOURTH_A_CORPUS_DIR, corpusDirsBefore(SEVENTY_FOURTH_A_CORPUS_DIR), SEVENTY_FOURTH_A);
describeHeldOutPart('the seventy-fourth real-log corpus, part b (held out)', SEVENTY_FOURTH_B_CORPUS_DIR, corpusDirsBefore(SEVENTY_FOURTH_B_CORPUS_DIR), SEVENTY_FOURTH_B);
describeHeldOutPart('the seventy-fourth real-log corpus, part c (held out)', SEVENTY_FOURTH_C_CORPUS_DIR, corpusDirsBefore(SEVENTY_FOURTH_C_CORPUS_DIR), SEVENTY_FOURTH_C);
describeHeldOutPart('the seventy-fourth real-log corpus, part d (held out)', SEVENTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore(SEVENTY_FOURTH_D_CORPUS_DIR), SEVENTY_FOURTH_D);
