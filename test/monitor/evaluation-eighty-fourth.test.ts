/**
 * Issue 10's real-log check, held out: the eighty-fourth corpus, built in three parts at the same time from
 * repositories in no earlier corpus's exclusion list (test/monitor/corpus-eighty-fourth-a: 9 runs from 7
 * repositories, readers' copies of Generative Deep Learning's code, both editions, and an owner's own repository
 * following it; corpus-eighty-fourth-b: 8 runs from 5 repositories, deep-learning-v2-pytorch forks;
 * corpus-eighty-fourth-c: 4 runs from 3 repositories, LLMs-from-scratch and nn-zero-to-hero copies). Each part was
 * labelled by its builder before any tool ran on it (labels.json, scored here). The parts were built from 211aba8
 * while no rule or reader changed; none was read or scored before commit 67ced53 ("rules frozen for the
 * eighty-fourth corpus"), with whose rules they were scored.
 */
import { EIGHTY_FOURTH_A_CORPUS_DIR, EIGHTY_FOURTH_B_CORPUS_DIR, EIGHTY_FOURTH_C_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 8 of 9 found, no false alarm in 9 runs, none unread (a "no clear answer" on a 10-epoch CNN's end; still-improving 5/6). The floors are that level less one mistake. */
const EIGHTY_FOURTH_A: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 4 / 6 } };

/** Part b, measured once held out: 8 of 9 found, no false alarm in 8 runs, 1 unread (`loss in training : x, loss in testing : y` lines; plateau 4/5). The floors are that level less one mistake. */
const EIGHTY_FOURTH_B: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 2, minRecall: { plateau: 3 / 5 } };

/** Part c, measured once held out: 4 of 4 found, no false alarm in 4 runs, none unread (plateau 3/3). The floors are that level less one mistake. */
const EIGHTY_FOURTH_C: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 2 / 3 } };

describeHeldOutPart('the eighty-fourth real-log corpus, part a (held out)', EIGHTY_FOURTH_A_CORPUS_DIR, corpusDirsBefore(EIGHTY_FOURTH_A_CORPUS_DIR), EIGHTY_FOURTH_A);
describeHeldOutPart('the eighty-fourth real-log corpus, part b (held out)', EIGHTY_FOURTH_B_CORPUS_DIR, corpusDirsBefore(EIGHTY_FOURTH_B_CORPUS_DIR), EIGHTY_FOURTH_B);
describeHeldOutPart('the eighty-fourth real-log corpus, part c (held out)', EIGHTY_FOURTH_C_CORPUS_DIR, corpusDirsBefore(EIGHTY_FOURTH_C_CORPUS_DIR), EIGHTY_FOURTH_C);
