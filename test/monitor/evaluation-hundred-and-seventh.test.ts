/**
 * Issue 10's real-log check, held out: the hundred-and-seventh corpus, built in two parts at one time from a
 * session's last fetches, of repositories in no earlier corpus's exclusion list:
 * test/monitor/corpus-hundred-and-seventh-a: 7 runs from 4 repositories, Keras CSVLogger files, a Keras notebook and
 * CatBoost catboost_info folders; -b: 6 runs from 5 repositories, nolearn's and pytorch-forecasting's example
 * notebooks, Lightning metrics.csv files, a C++ trainer's loss per line and a nanoGPT-style table of losses. Each part
 * was labelled by its builder before any tool ran on it (labels.json, scored here). The parts were read only after
 * commit ef85687 ("freeze: the rules for round 110"), with whose rules they were scored.
 */
import { HUNDRED_SEVENTH_A_CORPUS_DIR, HUNDRED_SEVENTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 7 of 7 found, 1 false alarm in 7 runs, none unread. The false alarm: a Keras
 * CSVLogger whose validation loss is NaN for 6 of 14 epochs and erratic after, read as non-finite and a plateau
 * (a warning). The floors are that level less one mistake.
 */
const HUNDRED_SEVENTH_A: ScoreFloors = { minRuns: 7, minFound: 6, maxFalseAlarms: 2, maxUnread: 1, minRecall: { overfitting: 0.67 } };

/**
 * Part b, measured once held out: 4 of 6 found, no false alarm in 6 runs, 1 unread. The misses: nolearn's tutorial
 * notebook, several fits' tables in one notebook, read as a restart that left 2 points (no clear answer); and a
 * losses.txt whose header is commented out (`#epoch train_loss val_loss`), unread (readers-139 and readers-140 since: 6 of 6). The floors are
 * that level less one mistake.
 */
const HUNDRED_SEVENTH_B: ScoreFloors = { minRuns: 6, minFound: 3, maxFalseAlarms: 1, maxUnread: 2, minRecall: { 'still-improving': 0.33 } };

describeHeldOutPart('the hundred-and-seventh real-log corpus, part a (held out)', HUNDRED_SEVENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTH_A_CORPUS_DIR), HUNDRED_SEVENTH_A);
describeHeldOutPart('the hundred-and-seventh real-log corpus, part b (held out)', HUNDRED_SEVENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTH_B_CORPUS_DIR), HUNDRED_SEVENTH_B);
