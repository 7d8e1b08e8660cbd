/**
 * Issue 10's real-log check, held out: the eighty-fifth corpus, built in parts at the same time from repositories in
 * no earlier corpus's exclusion list (test/monitor/corpus-eighty-fifth-b: 1 run, a deep-learning-v2-pytorch fork;
 * corpus-eighty-fifth-c: 5 runs from 4 repositories, readers' copies of LLMs-from-scratch; part a, Keras notebooks,
 * found no run that passed every check). Each part was labelled by its builder before any tool ran on it
 * (labels.json, scored here). The parts were built from 798b520 while no rule or reader changed; none was read or
 * scored before commit 26e02f6 ("rules frozen for the eighty-fifth corpus"), with whose rules they were scored.
 */
import { EIGHTY_FIFTH_B_CORPUS_DIR, EIGHTY_FIFTH_C_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part b, measured once held out: 1 of 1 found, no false alarm, none unread. The floors are that level less one mistake. */
const EIGHTY_FIFTH_B: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/** Part c, measured once held out: 5 of 5 found, no false alarm in 5 runs, none unread. The floors are that level less one mistake. */
const EIGHTY_FIFTH_C: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the eighty-fifth real-log corpus, part b (held out)', EIGHTY_FIFTH_B_CORPUS_DIR, corpusDirsBefore(EIGHTY_FIFTH_B_CORPUS_DIR), EIGHTY_FIFTH_B);
describeHeldOutPart('the eighty-fifth real-log corpus, part c (held out)', EIGHTY_FIFTH_C_CORPUS_DIR, corpusDirsBefore(EIGHTY_FIFTH_C_CORPUS_DIR), EIGHTY_FIFTH_C);
