/**
 * Issue 10's real-log check, held out: the sixty-third corpus, built in four parts at the same time
 * from repositories in no earlier corpus's exclusion list (test/monitor/corpus-sixty-third-a: 16 runs
 * from 10 repositories, Keras notebooks in tensorflow-1-public forks and Korean class repositories;
 * corpus-sixty-third-b: 16 runs from 15 repositories, PyTorch notebooks in forks of
 * deep-learning-v2-pytorch, pytorch-deep-learning and fastbook; corpus-sixty-third-c: 5 runs from 3
 * repositories, forks of rasbt's deeplearning-models and a stat453 copy; corpus-sixty-third-d: 10 runs
 * from 7 repositories, Chinese copies of Dive-into-DL-PyTorch). Each part was labelled by its builder
 * before any tool ran on it (labels.json, scored here). The parts were built from 70eec95 while
 * rules-48, readers-111 and readers-112 landed on main; none was read or scored before commit 937f2e7
 * ("rules frozen for the sixty-third corpus"), with whose rules they were scored. rules-49 landed after.
 */
import { SIXTY_THIRD_A_CORPUS_DIR, SIXTY_THIRD_B_CORPUS_DIR, SIXTY_THIRD_C_CORPUS_DIR, SIXTY_THIRD_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 15 of 17 found, no false alarm in 16 runs, none unread (overfitting 7/8, plateau 3/3, still-improving 3/3). The floors are that level less one mistake. */
const SIXTY_THIRD_A: ScoreFloors = {
  minRuns: 16, minFound: 14, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { overfitting: 6 / 8, plateau: 2 / 3, 'still-improving': 2 / 3 },
};

/** Part b, measured once held out: 16 of 17 found, no false alarm in 16 runs, none unread (plateau 7/7, still-improving 6/7). The floors are that level less one mistake. */
const SIXTY_THIRD_B: ScoreFloors = {
  minRuns: 16, minFound: 15, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { plateau: 6 / 7, 'still-improving': 5 / 7 },
};

/** Part c, measured once held out: 6 of 6 found, no false alarm in 5 runs, none unread (plateau 3/3). The floors are that level less one mistake. */
const SIXTY_THIRD_C: ScoreFloors = { minRuns: 5, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 2 / 3 } };

/**
 * Part d, measured once held out: 9 of 10 found, 1 false alarm in 10 runs, critical (d09: a divergence on a
 * linear regression's last-batch loss, flat at its noise floor after one lucky batch; rules-49 since): main's
 * level 10 of 10, no false alarm (plateau 3/3, still-improving 6/6). The floors are main's level less one
 * mistake, with no critical false alarm.
 */
const SIXTY_THIRD_D: ScoreFloors = {
  minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { plateau: 2 / 3, 'still-improving': 5 / 6 },
};

describeHeldOutPart('the sixty-third real-log corpus, part a (held out)', SIXTY_THIRD_A_CORPUS_DIR, corpusDirsBefore(SIXTY_THIRD_A_CORPUS_DIR), SIXTY_THIRD_A);
describeHeldOutPart('the sixty-third real-log corpus, part b (held out)', SIXTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(SIXTY_THIRD_B_CORPUS_DIR), SIXTY_THIRD_B);
describeHeldOutPart('the sixty-third real-log corpus, part c (held out)', SIXTY_THIRD_C_CORPUS_DIR, corpusDirsBefore(SIXTY_THIRD_C_CORPUS_DIR), SIXTY_THIRD_C);
describeHeldOutPart('the sixty-third real-log corpus, part d (held out)', SIXTY_THIRD_D_CORPUS_DIR, corpusDirsBefore(SIXTY_THIRD_D_CORPUS_DIR), SIXTY_THIRD_D);
