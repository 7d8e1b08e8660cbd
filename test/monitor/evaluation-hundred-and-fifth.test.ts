/**
 * Issue 10's real-log check, held out: the hundred-and-fifth corpus, built in three parts at one time beside the
 * hundred-and-fourth (the two claimed their repositories in one list, so none is in both), of repositories in no
 * earlier corpus's exclusion list: test/monitor/corpus-hundred-and-fifth-a: 9 runs from 6 repositories, MMSegmentation
 * scalars.json files, scripts' own JSON histories and console logs holding several trainings appended; -b: 10 runs
 * from 5 repositories, scripts' own JSON and CSV histories and notebooks printing Keras or PyTorch epochs; -c: 10 runs
 * from 9 repositories, CatBoost catboost_info folders. Each part was labelled by its builder before any tool ran on it
 * (labels.json, scored here). The parts were built after commit 4a2eb52 ("freeze: the rules for rounds 107 and 108"),
 * with whose rules they were scored.
 */
import { HUNDRED_FIFTH_A_CORPUS_DIR, HUNDRED_FIFTH_B_CORPUS_DIR, HUNDRED_FIFTH_C_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 7 of 9 found, 4 false alarms in 9 runs, none unread. The misses and false alarms:
 * two WatermarkNN console logs, several trainings appended with a resume that repeats its epoch, each epoch testing on
 * CIFAR-10 and on a 100-image trigger set; the two test losses were read as one validation curve (still-improving and
 * noisy-validation; the plateau and the overfit missed; readers-138 since reads the training lines, 8 of 9). The floors are that level less one mistake.
 */
const HUNDRED_FIFTH_A: ScoreFloors = { minRuns: 9, minFound: 6, maxFalseAlarms: 5, maxUnread: 1, minRecall: { overfitting: 0.33, plateau: 0.5 } };

/** Part b, measured once held out: 11 of 11 found, no false alarm in 10 runs, none unread. The floors are that level less one mistake. */
const HUNDRED_FIFTH_B: ScoreFloors = { minRuns: 10, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.67, plateau: 0.75 } };

/**
 * Part c, measured once held out: 10 of 11 found, no false alarm in 10 runs, none unread. The miss: a CatBoost fit cut
 * at 248 of 1,000 iterations whose validation loss falls in a straight line, labelled lr-too-low beside its
 * still-improving. The floors are that level less one mistake.
 */
const HUNDRED_FIFTH_C: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.67, 'still-improving': 0.8 } };

describeHeldOutPart('the hundred-and-fifth real-log corpus, part a (held out)', HUNDRED_FIFTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTH_A_CORPUS_DIR), HUNDRED_FIFTH_A);
describeHeldOutPart('the hundred-and-fifth real-log corpus, part b (held out)', HUNDRED_FIFTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTH_B_CORPUS_DIR), HUNDRED_FIFTH_B);
describeHeldOutPart('the hundred-and-fifth real-log corpus, part c (held out)', HUNDRED_FIFTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTH_C_CORPUS_DIR), HUNDRED_FIFTH_C);
