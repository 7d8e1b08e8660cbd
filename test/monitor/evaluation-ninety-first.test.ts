/**
 * Issue 10's real-log check, held out: the ninety-first corpus, built in four parts at the same time from repositories
 * in no earlier corpus's exclusion list, after the session's index look-ups ran out (only repositories already named
 * could be fetched): test/monitor/corpus-ninety-first-a: 1 run, a reader's own Keras notebook in a fork of a course
 * repository; corpus-ninety-first-c: 1 run, a user's own NumPy training log CSV; corpus-ninety-first-d: 2 runs from 1
 * repository, a student's own CS231n solutions; part b found no run. Each part was labelled by its builder before any
 * tool ran on it (labels.json, scored here). The parts were built from c15a57a while no rule or reader changed; none
 * was read or scored before commit c2eae2b ("rules frozen for the ninety-first corpus"), with whose rules they were scored.
 */
import { NINETY_FIRST_A_CORPUS_DIR, NINETY_FIRST_C_CORPUS_DIR, NINETY_FIRST_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 1 of 1 found, no false alarm in 1 run, none unread. The floors are that level less one mistake. */
const NINETY_FIRST_A: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/** Part c, measured once held out: 1 of 1 found, no false alarm in 1 run, none unread. The floors are that level less one mistake. */
const NINETY_FIRST_C: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/**
 * Part d, measured once held out: 1 of 2 found, 1 false alarm (a warning) in 2 runs, none unread. The miss and the false
 * alarm are one run: CS231n's PyTorch notebook prints `Iteration 0, loss = ...` with a counter that restarts at every
 * epoch of one 10-epoch training; the readers take each restart to the log's first step as a fresh training, as the
 * labelling guide's letter does, and read a plateau on the last epoch's 8 points, where its labeller read the 80 points as
 * one training still improving. The floors are that level less one mistake.
 */
const NINETY_FIRST_D: ScoreFloors = { minRuns: 2, minFound: 0, maxFalseAlarms: 2, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the ninety-first real-log corpus, part a (held out)', NINETY_FIRST_A_CORPUS_DIR, corpusDirsBefore(NINETY_FIRST_A_CORPUS_DIR), NINETY_FIRST_A);
describeHeldOutPart('the ninety-first real-log corpus, part c (held out)', NINETY_FIRST_C_CORPUS_DIR, corpusDirsBefore(NINETY_FIRST_C_CORPUS_DIR), NINETY_FIRST_C);
describeHeldOutPart('the ninety-first real-log corpus, part d (held out)', NINETY_FIRST_D_CORPUS_DIR, corpusDirsBefore(NINETY_FIRST_D_CORPUS_DIR), NINETY_FIRST_D);
