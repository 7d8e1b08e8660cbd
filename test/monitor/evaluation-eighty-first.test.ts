/**
 * Issue 10's real-log check, held out: the eighty-first corpus, built in four parts at the same time from
 * repositories in no earlier corpus's exclusion list (test/monitor/corpus-eighty-first-a: 10 runs from 9
 * repositories, readers' copies of Generative Deep Learning's code, both editions; corpus-eighty-first-b: 12 runs
 * from 8 repositories, deep-learning-v2-pytorch, pytorch-deep-learning and fastbook copies; corpus-eighty-first-c:
 * 5 runs from 4 repositories, readers' copies of LLMs-from-scratch; corpus-eighty-first-d: 1 run, a practitioner's
 * own repository's pasted console). Each part was labelled by its builder before any tool ran on it (labels.json,
 * scored here). The parts were built from 66e2fec while no rule or reader changed; none was read or scored before
 * commit 1b965d2 ("rules frozen for the eighty-first corpus"), with whose rules they were scored.
 */
import { EIGHTY_FIRST_A_CORPUS_DIR, EIGHTY_FIRST_B_CORPUS_DIR, EIGHTY_FIRST_C_CORPUS_DIR, EIGHTY_FIRST_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 9 of 10 found, no false alarm in 10 runs, none unread (a "no clear answer" on a short run; plateau 3/3, still-improving 5/6). The floors are that level less one mistake. */
const EIGHTY_FIRST_A: ScoreFloors = { minRuns: 10, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 2 / 3, 'still-improving': 4 / 6 } };

/** Part b, measured once held out: 11 of 12 found, no false alarm in 12 runs, none unread (a validation loss labelled plateau or still improving read as a widening gap; plateau 3/4, still-improving 5/5). The floors are that level less one mistake. */
const EIGHTY_FIRST_B: ScoreFloors = { minRuns: 12, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 2 / 4, 'still-improving': 4 / 5 } };

/** Part c, measured once held out: 5 of 5 found, no false alarm in 5 runs, none unread. The floors are that level less one mistake. */
const EIGHTY_FIRST_C: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/** Part d, measured once held out: 1 of 1 found, no false alarm, none unread. The floors are that level less one mistake. */
const EIGHTY_FIRST_D: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the eighty-first real-log corpus, part a (held out)', EIGHTY_FIRST_A_CORPUS_DIR, corpusDirsBefore(EIGHTY_FIRST_A_CORPUS_DIR), EIGHTY_FIRST_A);
describeHeldOutPart('the eighty-first real-log corpus, part b (held out)', EIGHTY_FIRST_B_CORPUS_DIR, corpusDirsBefore(EIGHTY_FIRST_B_CORPUS_DIR), EIGHTY_FIRST_B);
describeHeldOutPart('the eighty-first real-log corpus, part c (held out)', EIGHTY_FIRST_C_CORPUS_DIR, corpusDirsBefore(EIGHTY_FIRST_C_CORPUS_DIR), EIGHTY_FIRST_C);
describeHeldOutPart('the eighty-first real-log corpus, part d (held out)', EIGHTY_FIRST_D_CORPUS_DIR, corpusDirsBefore(EIGHTY_FIRST_D_CORPUS_DIR), EIGHTY_FIRST_D);
