/**
 * Issue 10's real-log check, held out: the sixty-second corpus, built in four parts at the same time
 * from repositories in no earlier corpus's exclusion list (test/monitor/corpus-sixty-second-a: 13 runs
 * from 9 repositories, Keras notebooks in copies of tensorflow-1-public and Korean class repositories
 * of Deep Learning with Python; corpus-sixty-second-b: 16 runs from 15 repositories, PyTorch notebooks
 * in forks of deep-learning-v2-pytorch, pytorch-deep-learning and fastbook; corpus-sixty-second-c: 5
 * runs from 4 repositories, readers' forks of LLMs-from-scratch; corpus-sixty-second-d: 13 runs from 8
 * repositories, R keras3 pages, Korean, Russian-course and Taiwanese notebooks). Each part was labelled
 * by its builder before any tool ran on it (labels.json, scored here). The parts were built from
 * 73c8a18 while readers-109, readers-110 and rules-47 landed on main; none was read or scored before
 * commit a15ffcb ("rules frozen for the sixty-second corpus"), with whose rules they were scored.
 * rules-48, readers-111 and readers-112 landed after the score.
 */
import { SIXTY_SECOND_A_CORPUS_DIR, SIXTY_SECOND_B_CORPUS_DIR, SIXTY_SECOND_C_CORPUS_DIR, SIXTY_SECOND_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 12 of 13 found, no false alarm in 13 runs, none unread (overfitting 7/7, plateau 2/3, still-improving 3/3). The floors are that level less one mistake. */
const SIXTY_SECOND_A: ScoreFloors = {
  minRuns: 13, minFound: 11, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { overfitting: 6 / 7, plateau: 1 / 3, 'still-improving': 2 / 3 },
};

/** Part b, measured once held out: 12 of 17 found, 1 false alarm in 16 runs (b02, a plateau on a loss still falling), none unread (plateau 4/7, still-improving 4/6). The floors are that level less one mistake. */
const SIXTY_SECOND_B: ScoreFloors = {
  minRuns: 16, minFound: 11, maxFalseAlarms: 2, maxUnread: 1,
  minRecall: { plateau: 3 / 7, 'still-improving': 3 / 6 },
};

/** Part c, measured once held out: 5 of 5 found, no false alarm in 5 runs, none unread (widening-gap 3/3). The floors are that level less one mistake. */
const SIXTY_SECOND_C: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'widening-gap': 2 / 3 } };

/**
 * Part d, measured once held out: 9 of 15 found, no false alarm in 13 runs, three unread (two R Markdown
 * pages with knitr's `## ` prefix, read since readers-111; a GPT-J fine-tune printing `tensor(0.1605,
 * device='cuda:0', grad_fn=<NllLossBackward0>)` per step, read since readers-112): main's level 13 of 15
 * (plateau 4/5, still-improving 4/4). The floors are main's level less one mistake.
 */
const SIXTY_SECOND_D: ScoreFloors = {
  minRuns: 13, minFound: 12, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { plateau: 3 / 5, 'still-improving': 3 / 4 },
};

describeHeldOutPart('the sixty-second real-log corpus, part a (held out)', SIXTY_SECOND_A_CORPUS_DIR, corpusDirsBefore(SIXTY_SECOND_A_CORPUS_DIR), SIXTY_SECOND_A);
describeHeldOutPart('the sixty-second real-log corpus, part b (held out)', SIXTY_SECOND_B_CORPUS_DIR, corpusDirsBefore(SIXTY_SECOND_B_CORPUS_DIR), SIXTY_SECOND_B);
describeHeldOutPart('the sixty-second real-log corpus, part c (held out)', SIXTY_SECOND_C_CORPUS_DIR, corpusDirsBefore(SIXTY_SECOND_C_CORPUS_DIR), SIXTY_SECOND_C);
describeHeldOutPart('the sixty-second real-log corpus, part d (held out)', SIXTY_SECOND_D_CORPUS_DIR, corpusDirsBefore(SIXTY_SECOND_D_CORPUS_DIR), SIXTY_SECOND_D);
