/**
 * Issue 10's real-log check, held out: the ninety-second corpus, built in five parts at the same time from repositories
 * in no earlier corpus's exclusion list: test/monitor/corpus-ninety-second-a: 4 runs from 4 repositories, owners' own
 * Colab runs of tensorflow/docs Keras tutorials; corpus-ninety-second-b: 1 run, a study group's own PyTorch notebook;
 * corpus-ninety-second-c: 5 runs from 5 repositories, log files (a CatBoost catboost_info folder, two PyTorch epoch CSVs,
 * two Hugging Face log-history CSVs); corpus-ninety-second-d: 4 runs from 2 repositories, students' own CS231n solutions;
 * corpus-ninety-second-e: 2 runs from 2 repositories, a Keras CSVLogger file named train.log and a Python logging
 * console log. Each part was labelled by its builder before any tool ran on it (labels.json, scored here). The parts were
 * built from 86e0cd8 while readers-133 landed; none was read or scored before commit 55a9f4c ("rules frozen for the
 * ninety-second corpus"), with whose rules they were scored.
 */
import {
  NINETY_SECOND_A_CORPUS_DIR, NINETY_SECOND_B_CORPUS_DIR, NINETY_SECOND_C_CORPUS_DIR, NINETY_SECOND_D_CORPUS_DIR, NINETY_SECOND_E_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 4 of 4 found (still-improving 4 of 4), no false alarm in 4 runs, none unread. The floors are that level less one mistake. */
const NINETY_SECOND_A: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 3 / 4 } };

/** Part b, measured once held out: 2 of 2 found, no false alarm in 1 run, none unread. The floors are that level less one mistake. */
const NINETY_SECOND_B: ScoreFloors = { minRuns: 1, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/** Part c, measured once held out: 3 of 3 found, no false alarm in 5 runs, none unread. The floors are that level less one mistake. */
const NINETY_SECOND_C: ScoreFloors = { minRuns: 5, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/**
 * Part d, measured once held out: 4 of 4 found, no false alarm in 4 runs, none unread. Its d04 is CS231n's PyTorch
 * notebook whose iteration counter restarts at every epoch of one cell: with the rules before readers-133 (86e0cd8) it
 * reads the last epoch's 8 points as a plateau (a false alarm, and its still-improving missed). The floors are that level
 * less one mistake.
 */
const NINETY_SECOND_D: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/** Part e, measured once held out: 3 of 3 found, no false alarm in 2 runs, none unread. The floors are that level less one mistake. */
const NINETY_SECOND_E: ScoreFloors = { minRuns: 2, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the ninety-second real-log corpus, part a (held out)', NINETY_SECOND_A_CORPUS_DIR, corpusDirsBefore(NINETY_SECOND_A_CORPUS_DIR), NINETY_SECOND_A);
describeHeldOutPart('the ninety-second real-log corpus, part b (held out)', NINETY_SECOND_B_CORPUS_DIR, corpusDirsBefore(NINETY_SECOND_B_CORPUS_DIR), NINETY_SECOND_B);
describeHeldOutPart('the ninety-second real-log corpus, part c (held out)', NINETY_SECOND_C_CORPUS_DIR, corpusDirsBefore(NINETY_SECOND_C_CORPUS_DIR), NINETY_SECOND_C);
describeHeldOutPart('the ninety-second real-log corpus, part d (held out)', NINETY_SECOND_D_CORPUS_DIR, corpusDirsBefore(NINETY_SECOND_D_CORPUS_DIR), NINETY_SECOND_D);
describeHeldOutPart('the ninety-second real-log corpus, part e (held out)', NINETY_SECOND_E_CORPUS_DIR, corpusDirsBefore(NINETY_SECOND_E_CORPUS_DIR), NINETY_SECOND_E);
