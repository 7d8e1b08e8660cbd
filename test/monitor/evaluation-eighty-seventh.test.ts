/**
 * Issue 10's real-log check, held out: the eighty-seventh corpus, built in four parts at the same time from
 * repositories in no earlier corpus's exclusion list (test/monitor/corpus-eighty-seventh-a: 2 runs from 1 repository,
 * a reader's own TensorFlow course exercises; corpus-eighty-seventh-b: 2 runs from 1 repository, a reader's own re-runs
 * of fastbook; corpus-eighty-seventh-c: 6 runs from 4 repositories, log files of users' own projects (Ultralytics
 * results.csv and TensorBoard events, Keras CSVLogger); corpus-eighty-seventh-d: 3 runs from 2 repositories, a
 * machine-learning-book fork and a CS231n student's notebooks). Each part was labelled by its builder before any tool
 * ran on it (labels.json, scored here). The parts were built from 940a6d6 while no rule or reader changed; none was
 * read or scored before commit 7dec4dd ("rules frozen for the eighty-seventh corpus"), with whose rules they were scored.
 */
import {
  EIGHTY_SEVENTH_A_CORPUS_DIR, EIGHTY_SEVENTH_B_CORPUS_DIR, EIGHTY_SEVENTH_C_CORPUS_DIR, EIGHTY_SEVENTH_D_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 2 of 2 found, no false alarm in 2 runs, none unread. The floors are that level less one mistake. */
const EIGHTY_SEVENTH_A: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/**
 * Part b, measured once held out: 1 of 2 found, no false alarm in 2 runs, none unread (the miss: a 10-epoch fastai
 * fine-tune labelled plateau or still improving, read as a widening gap, which its labels allow). The floors are that
 * level less one mistake.
 */
const EIGHTY_SEVENTH_B: ScoreFloors = { minRuns: 2, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/**
 * Part c, measured once held out: 7 of 10 found, no false alarm in 6 runs, none unread (the misses: a YOLO run's end,
 * where the tool said it cannot tell, and underfitting on two Keras runs whose validation accuracy is the majority
 * class's share at every epoch). The floors are that level less one mistake.
 */
const EIGHTY_SEVENTH_C: ScoreFloors = { minRuns: 6, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/**
 * Part d, measured once held out: 3 of 4 found, no false alarm in 3 runs, none unread (the miss: lr-too-high on a
 * CS231n SVM whose loss bounces 22-32 % after its fall, read as a plateau). The floors are that level less one mistake.
 */
const EIGHTY_SEVENTH_D: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the eighty-seventh real-log corpus, part a (held out)', EIGHTY_SEVENTH_A_CORPUS_DIR, corpusDirsBefore(EIGHTY_SEVENTH_A_CORPUS_DIR), EIGHTY_SEVENTH_A);
describeHeldOutPart('the eighty-seventh real-log corpus, part b (held out)', EIGHTY_SEVENTH_B_CORPUS_DIR, corpusDirsBefore(EIGHTY_SEVENTH_B_CORPUS_DIR), EIGHTY_SEVENTH_B);
describeHeldOutPart('the eighty-seventh real-log corpus, part c (held out)', EIGHTY_SEVENTH_C_CORPUS_DIR, corpusDirsBefore(EIGHTY_SEVENTH_C_CORPUS_DIR), EIGHTY_SEVENTH_C);
describeHeldOutPart('the eighty-seventh real-log corpus, part d (held out)', EIGHTY_SEVENTH_D_CORPUS_DIR, corpusDirsBefore(EIGHTY_SEVENTH_D_CORPUS_DIR), EIGHTY_SEVENTH_D);
