/**
 * Issue 10's real-log check, held out: the eighty-eighth corpus, built in parts at the same time from repositories in
 * no earlier corpus's exclusion list (test/monitor/corpus-eighty-eighth-a: 2 runs from 1 repository, a reader's own runs
 * of TensorFlow's Keras tutorials; corpus-eighty-eighth-b: 2 runs from 2 repositories, readers' forks of Microsoft's
 * AI-For-Beginners; corpus-eighty-eighth-c: 2 runs from 1 repository, a user's own YOLOv5 results.csv files; part d,
 * book and class notebooks, found no run that passed every check). Each part was labelled by its builder before any
 * tool ran on it (labels.json, scored here). The parts were built from 5bff796 while rules-53 landed; none was read or
 * scored before commit 6d996f5 ("rules frozen for the eighty-eighth corpus"), with whose rules they were scored.
 */
import { EIGHTY_EIGHTH_A_CORPUS_DIR, EIGHTY_EIGHTH_B_CORPUS_DIR, EIGHTY_EIGHTH_C_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 2 of 2 found, no false alarm in 2 runs, none unread. The floors are that level less one mistake. */
const EIGHTY_EIGHTH_A: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/**
 * Part b, measured once held out: 2 of 3 found, no false alarm in 2 runs, none unread (the miss: lr-too-low on an Iris
 * MLP whose loss falls in a straight line, 9 % over the run; the tool said still improving, its message naming the slow
 * steady fall). The floors are that level less one mistake.
 */
const EIGHTY_EIGHTH_B: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/** Part c, measured once held out: 2 of 2 found, no false alarm in 2 runs, none unread. The floors are that level less one mistake. */
const EIGHTY_EIGHTH_C: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the eighty-eighth real-log corpus, part a (held out)', EIGHTY_EIGHTH_A_CORPUS_DIR, corpusDirsBefore(EIGHTY_EIGHTH_A_CORPUS_DIR), EIGHTY_EIGHTH_A);
describeHeldOutPart('the eighty-eighth real-log corpus, part b (held out)', EIGHTY_EIGHTH_B_CORPUS_DIR, corpusDirsBefore(EIGHTY_EIGHTH_B_CORPUS_DIR), EIGHTY_EIGHTH_B);
describeHeldOutPart('the eighty-eighth real-log corpus, part c (held out)', EIGHTY_EIGHTH_C_CORPUS_DIR, corpusDirsBefore(EIGHTY_EIGHTH_C_CORPUS_DIR), EIGHTY_EIGHTH_C);
