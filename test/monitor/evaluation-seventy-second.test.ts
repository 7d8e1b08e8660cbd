/**
 * Issue 10's real-log check, held out: the seventy-second corpus, built in four parts at the same time from
 * repositories in no earlier corpus's exclusion list (test/monitor/corpus-seventy-second-a: 10 runs from 8
 * repositories, tensorflow-1-public and deep-learning-with-python first-edition forks' Keras notebooks;
 * corpus-seventy-second-b: 12 runs from 9 repositories, fastbook and pytorch-seq2seq copies;
 * corpus-seventy-second-c: 12 runs from 12 repositories, udacity/deep-learning, ML_SageMaker_Studies and
 * cn-deep-learning forks; corpus-seventy-second-d: 8 runs from 7 repositories, copies of the Paris-Saclay
 * lectures-labs and dataflowr courses, a Chinese BERT console). Each part was labelled by its builder before any
 * tool ran on it (labels.json, scored here). The parts were built from 71f058a while readers-125 and
 * readers-126 landed on main; none was read or scored before commit 182e3da ("rules frozen for the
 * seventy-second corpus"), with whose rules they were scored.
 */
import { SEVENTY_SECOND_A_CORPUS_DIR, SEVENTY_SECOND_B_CORPUS_DIR, SEVENTY_SECOND_C_CORPUS_DIR, SEVENTY_SECOND_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 10 of 10 found, no false alarm in 10 runs, none unread (overfitting 4/4, still-improving 6/6). The floors are that level less one mistake. */
const SEVENTY_SECOND_A: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 3 / 4, 'still-improving': 5 / 6 } };

/** Part b, measured once held out: 9 of 12 found, no false alarm in 12 runs, none unread (three overfits or plateaus read as widening gaps; still-improving 6/6). The floors are that level less one mistake. */
const SEVENTY_SECOND_B: ScoreFloors = { minRuns: 12, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 1 / 4, 'still-improving': 5 / 6 } };

/** Part c, measured once held out: 13 of 13 found, no false alarm in 12 runs, none unread (still-improving 9/9). The floors are that level less one mistake. */
const SEVENTY_SECOND_C: ScoreFloors = { minRuns: 12, minFound: 12, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 8 / 9 } };

/** Part d, measured once held out: 7 of 8 found, no false alarm in 8 runs, none unread (plateau 2/3, still-improving 4/4). The floors are that level less one mistake. */
const SEVENTY_SECOND_D: ScoreFloors = { minRuns: 8, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 1 / 3, 'still-improving': 3 / 4 } };

describeHeldOutPart('the seventy-second real-log corpus, part a (held out)', SEVENTY_SECOND_A_CORPUS_DIR, corpusDirsBefore(SEVENTY_SECOND_A_CORPUS_DIR), SEVENTY_SECOND_A);
describeHeldOutPart('the seventy-second real-log corpus, part b (held out)', SEVENTY_SECOND_B_CORPUS_DIR, corpusDirsBefore(SEVENTY_SECOND_B_CORPUS_DIR), SEVENTY_SECOND_B);
describeHeldOutPart('the seventy-second real-log corpus, part c (held out)', SEVENTY_SECOND_C_CORPUS_DIR, corpusDirsBefore(SEVENTY_SECOND_C_CORPUS_DIR), SEVENTY_SECOND_C);
describeHeldOutPart('the seventy-second real-log corpus, part d (held out)', SEVENTY_SECOND_D_CORPUS_DIR, corpusDirsBefore(SEVENTY_SECOND_D_CORPUS_DIR), SEVENTY_SECOND_D);
