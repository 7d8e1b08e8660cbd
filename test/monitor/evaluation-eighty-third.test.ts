/**
 * Issue 10's real-log check, held out: the eighty-third corpus, built in three parts at the same time from
 * repositories in no earlier corpus's exclusion list (test/monitor/corpus-eighty-third-a: 10 runs from 7
 * repositories, readers' copies of Generative Deep Learning's code, both editions; corpus-eighty-third-b: 8 runs
 * from 4 repositories, deep-learning-v2-pytorch forks; corpus-eighty-third-c: 2 runs from a personal collection
 * following Ben Trevett's image-classification tutorials). Each part was labelled by its builder before any tool
 * ran on it (labels.json, scored here). The parts were built from 76eb0ce while no rule or reader changed; none was
 * read or scored before commit bb0c9d0 ("rules frozen for the eighty-third corpus"), with whose rules they were
 * scored.
 */
import { EIGHTY_THIRD_A_CORPUS_DIR, EIGHTY_THIRD_B_CORPUS_DIR, EIGHTY_THIRD_C_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 9 of 10 found, 1 false alarm in 10 runs (a 10-epoch CNN labelled still improving read as a widening gap), none unread (still-improving 5/6). The floors are that level less one mistake. */
const EIGHTY_THIRD_A: ScoreFloors = { minRuns: 10, minFound: 8, maxFalseAlarms: 2, maxUnread: 1, minRecall: { 'still-improving': 4 / 6 } };

/** Part b, measured once held out: 8 of 8 found, no false alarm in 8 runs, none unread (plateau 4/4, still-improving 4/4). The floors are that level less one mistake. */
const EIGHTY_THIRD_B: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 3 / 4, 'still-improving': 3 / 4 } };

/** Part c, measured once held out: 3 of 3 found, no false alarm in 2 runs, none unread. The floors are that level less one mistake. */
const EIGHTY_THIRD_C: ScoreFloors = { minRuns: 2, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the eighty-third real-log corpus, part a (held out)', EIGHTY_THIRD_A_CORPUS_DIR, corpusDirsBefore(EIGHTY_THIRD_A_CORPUS_DIR), EIGHTY_THIRD_A);
describeHeldOutPart('the eighty-third real-log corpus, part b (held out)', EIGHTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(EIGHTY_THIRD_B_CORPUS_DIR), EIGHTY_THIRD_B);
describeHeldOutPart('the eighty-third real-log corpus, part c (held out)', EIGHTY_THIRD_C_CORPUS_DIR, corpusDirsBefore(EIGHTY_THIRD_C_CORPUS_DIR), EIGHTY_THIRD_C);
