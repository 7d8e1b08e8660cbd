/**
 * Issue 10's real-log check, held out: the sixty-eighth corpus, built in four parts at the same time
 * from repositories in no earlier corpus's exclusion list, licensed material running short
 * (test/monitor/corpus-sixty-eighth-a: 5 runs from 3 repositories, tensorflow-1-public copies' Keras
 * notebooks; corpus-sixty-eighth-b: 8 runs from 8 repositories, deep-learning-v2-pytorch forks' dog-breed
 * and TV-script projects; corpus-sixty-eighth-c: 12 runs from 8 repositories, sagemaker-deployment,
 * udacity/deep-learning and pytorch-seq2seq forks; corpus-sixty-eighth-d: 5 runs from 4 repositories,
 * Chinese CAPTCHA and Dive-into-DL notebooks, YSDA copies). Each part was labelled by its builder
 * before any tool ran on it (labels.json, scored here). The parts were built from 4d580b4 while
 * readers-117 and readers-118 landed on main; none was read or scored before commit 2b69f08 ("rules
 * frozen for the sixty-eighth corpus"), with whose rules they were scored. readers-119, readers-120 and
 * rules-50 landed after.
 */
import { SIXTY_EIGHTH_A_CORPUS_DIR, SIXTY_EIGHTH_B_CORPUS_DIR, SIXTY_EIGHTH_C_CORPUS_DIR, SIXTY_EIGHTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 6 of 6 found, no false alarm in 5 runs, none unread (plateau 4/4). The floors are that level less one mistake. */
const SIXTY_EIGHTH_A: ScoreFloors = { minRuns: 5, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 3 / 4 } };

/**
 * Part b, measured once held out: 6 of 8 found, no false alarm in 8 runs, 1 unread (a dog-breed project printing
 * `Training Loss: >>>0.736675`: readers-119 since): main's level 7 of 8 (plateau 3/3, still-improving 2/2). The
 * floors are main's level less one mistake.
 */
const SIXTY_EIGHTH_B: ScoreFloors = { minRuns: 8, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 2 / 3, 'still-improving': 1 / 2 } };

/**
 * Part c, measured once held out: 10 of 12 found, 1 false alarm in 12 runs (a plateau on a SageMaker training loss
 * whose last epoch is a new best by 17 %: rules-50 since), none unread: main's level 11 of 12, no false alarm
 * (still-improving 8/8). The floors are main's level less one mistake.
 */
const SIXTY_EIGHTH_C: ScoreFloors = { minRuns: 12, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 7 / 8 } };

/**
 * Part d, measured once held out: 5 of 6 found, no false alarm in 5 runs, none unread, but a CAPTCHA model's
 * `Test : 1 Loss: 0.0044` descriptions were read as a validation loss equal to the epoch (an overfit the labels
 * allowed; readers-120 since): main's level 6 of 6 (plateau 5/5). The floors are main's level less one mistake.
 */
const SIXTY_EIGHTH_D: ScoreFloors = { minRuns: 5, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 4 / 5 } };

describeHeldOutPart('the sixty-eighth real-log corpus, part a (held out)', SIXTY_EIGHTH_A_CORPUS_DIR, corpusDirsBefore(SIXTY_EIGHTH_A_CORPUS_DIR), SIXTY_EIGHTH_A);
describeHeldOutPart('the sixty-eighth real-log corpus, part b (held out)', SIXTY_EIGHTH_B_CORPUS_DIR, corpusDirsBefore(SIXTY_EIGHTH_B_CORPUS_DIR), SIXTY_EIGHTH_B);
describeHeldOutPart('the sixty-eighth real-log corpus, part c (held out)', SIXTY_EIGHTH_C_CORPUS_DIR, corpusDirsBefore(SIXTY_EIGHTH_C_CORPUS_DIR), SIXTY_EIGHTH_C);
describeHeldOutPart('the sixty-eighth real-log corpus, part d (held out)', SIXTY_EIGHTH_D_CORPUS_DIR, corpusDirsBefore(SIXTY_EIGHTH_D_CORPUS_DIR), SIXTY_EIGHTH_D);
