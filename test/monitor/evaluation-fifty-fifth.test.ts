/**
 * Issue 10's real-log check, held out: the fifty-fifth corpus, built in four parts at the same time
 * from repositories in no earlier corpus's exclusion list (test/monitor/corpus-fifty-fifth-a: 2 runs
 * from 1 repository, Keras notebooks in a fork of Hands-On ML, a third dropped after the score as its
 * repository was in an earlier corpus;
 * corpus-fifty-fifth-b: 13 runs from 10 repositories, students' own PyTorch output, seven in copies of
 * Udacity's facial-keypoints project; corpus-fifty-fifth-c: 12 runs from 10 repositories, trainer_state
 * files, Keras TensorBoard events and research consoles; corpus-fifty-fifth-d: 6 runs from 3
 * repositories, Japanese, Korean and Chinese notebooks). Each part was labelled by its builder before
 * any tool ran on it (labels.json, scored here). The parts were built on their own branches from
 * commit 52fccef ("rules frozen for the fifty-fifth corpus") and scored with those rules; readers-102
 * landed after part c was scored.
 */
import { FIFTY_FIFTH_A_CORPUS_DIR, FIFTY_FIFTH_B_CORPUS_DIR, FIFTY_FIFTH_C_CORPUS_DIR, FIFTY_FIFTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 3 of 4 found, no false alarm in 3 runs, none unread; without the run
 * dropped (an overfit, found), 2 of 3 (an underfitting label the losses cannot show). The floors are
 * that level less one mistake.
 */
const FIFTY_FIFTH_A: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/**
 * Part b, measured once held out: 10 of 13 found (77 %, Wilson 50-92 %), 1 false alarm in 13 runs (a
 * plateau on a CIFAR-10 loop still improving), none unread. Per kind recall: plateau 6/6,
 * still-improving 4/6, overfitting 0/1. The floors are that level less one mistake.
 */
const FIFTY_FIFTH_B: ScoreFloors = {
  minRuns: 13, minFound: 9, maxFalseAlarms: 2, maxUnread: 1,
  minRecall: { plateau: 5 / 6, 'still-improving': 3 / 6 },
};

/**
 * Part c, measured once held out: 7 of 12 found (58 %, Wilson 32-81 %), 1 false alarm in 12 runs
 * (lr-too-high on a restarted evaluation log), 1 run unread (fairseq's JSON lines under Hydra's logging,
 * read since readers-102: 8 of 12). Per kind recall since: overfitting 2/2, still-improving 6/10. The
 * floors are main's level less one mistake.
 */
const FIFTY_FIFTH_C: ScoreFloors = {
  minRuns: 12, minFound: 7, maxFalseAlarms: 2, maxUnread: 1,
  minRecall: { overfitting: 1 / 2, 'still-improving': 5 / 10 },
};

/** Part d, measured once held out: 6 of 6 found, no false alarm in 6 runs, none unread. The floors are that level less one mistake. */
const FIFTY_FIFTH_D: ScoreFloors = {
  minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { 'still-improving': 4 / 5 },
};

describeHeldOutPart('the fifty-fifth real-log corpus, part a (held out)', FIFTY_FIFTH_A_CORPUS_DIR, corpusDirsBefore(FIFTY_FIFTH_A_CORPUS_DIR), FIFTY_FIFTH_A);
describeHeldOutPart('the fifty-fifth real-log corpus, part b (held out)', FIFTY_FIFTH_B_CORPUS_DIR, corpusDirsBefore(FIFTY_FIFTH_B_CORPUS_DIR), FIFTY_FIFTH_B);
describeHeldOutPart('the fifty-fifth real-log corpus, part c (held out)', FIFTY_FIFTH_C_CORPUS_DIR, corpusDirsBefore(FIFTY_FIFTH_C_CORPUS_DIR), FIFTY_FIFTH_C);
describeHeldOutPart('the fifty-fifth real-log corpus, part d (held out)', FIFTY_FIFTH_D_CORPUS_DIR, corpusDirsBefore(FIFTY_FIFTH_D_CORPUS_DIR), FIFTY_FIFTH_D);
