/**
 * Issue 10's real-log check, held out: the hundred-and-fifty-second corpus, built in four parts at the same time as the
 * hundred-and-fifty-first, of repositories in no earlier corpus: parts a 9, b 7, c 7 and d 10 runs (AIND
 * speech-recognizer notebooks, each judged on its last training; RoboND follow-me Keras notebooks; dog-breed classifier
 * notebooks; forks of Udacity's SageMaker courses). Each part was labelled by its builder before any tool ran on it
 * (labels.json, scored here) and blind by a second labeller, and read only after commit 996df1a ("freeze: round 155's
 * rules", the same rules as round 150's), with whose rules it was scored.
 */
import { HUNDRED_FIFTY_SECOND_A_CORPUS_DIR, HUNDRED_FIFTY_SECOND_B_CORPUS_DIR, HUNDRED_FIFTY_SECOND_C_CORPUS_DIR, HUNDRED_FIFTY_SECOND_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 7 of 9 (two plateaus beside a widening gap read as still improving), b 10 of 11 (a noisy
 * validation over ten evaluations missed), c 6 of 7 (an end left "no clear answer" on a label taking either end), d 9
 * of 10 (an XGBoost validation error stopped early read as still improving where both labels expect a plateau). 32 of
 * 37, no false alarm in 33 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FIFTY_SECOND_A: ScoreFloors = { minRuns: 9, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8 } };
const HUNDRED_FIFTY_SECOND_B: ScoreFloors = { minRuns: 7, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.85 } };
const HUNDRED_FIFTY_SECOND_C: ScoreFloors = { minRuns: 7, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.75 } };
const HUNDRED_FIFTY_SECOND_D: ScoreFloors = { minRuns: 10, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85 } };

describeHeldOutPart('the hundred-and-fifty-second real-log corpus, part a (held out)', HUNDRED_FIFTY_SECOND_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SECOND_A_CORPUS_DIR), HUNDRED_FIFTY_SECOND_A);
describeHeldOutPart('the hundred-and-fifty-second real-log corpus, part b (held out)', HUNDRED_FIFTY_SECOND_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SECOND_B_CORPUS_DIR), HUNDRED_FIFTY_SECOND_B);
describeHeldOutPart('the hundred-and-fifty-second real-log corpus, part c (held out)', HUNDRED_FIFTY_SECOND_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SECOND_C_CORPUS_DIR), HUNDRED_FIFTY_SECOND_C);
describeHeldOutPart('the hundred-and-fifty-second real-log corpus, part d (held out)', HUNDRED_FIFTY_SECOND_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SECOND_D_CORPUS_DIR), HUNDRED_FIFTY_SECOND_D);
