/**
 * Issue 10's real-log check, held out: the fifty-third corpus, built in four parts at the same
 * time from repositories in no earlier corpus; part a (log files written during training) found no
 * licensed repository left to take again, so three parts (test/monitor/corpus-fifty-third-b: 19 runs
 * from 11 repositories, students' own executed notebooks in forks of Udacity's deep-learning-v2-pytorch
 * and two course copies; corpus-fifty-third-c: 3 runs from 3 repositories, DyNet's, fairseq's and
 * PaddleGAN's documentation pages; corpus-fifty-third-d: 5 runs from 4 repositories, MindSpore research
 * logs and Chinese MindSpore and PaddleSlim pages). Each part was labelled by its builder before any
 * tool ran on it (labels.json, scored here). The parts were built on their own branches from commit
 * 6b45a2d ("rules frozen for the fifty-third corpus"); readers-96 and readers-97 (tuned on the
 * fifty-first's part c) landed before they were scored, with the same score as the frozen rules.
 */
import { FIFTY_THIRD_B_CORPUS_DIR, FIFTY_THIRD_C_CORPUS_DIR, FIFTY_THIRD_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part b, measured once held out: 16 of 19 found (84 %, Wilson 62-94 %), 2 false alarms in 19 runs
 * (a plateau on a still-improving Fashion-MNIST loop, lr-too-high on a ViT's fast fall), 1 run unread
 * (a record printed one key per line, read since readers-98: 17 of 19). Per kind recall: overfitting
 * 2/2, plateau 6/7, still-improving 8/10 (9/10 since). The floors are main's level less one mistake.
 */
const FIFTY_THIRD_B: ScoreFloors = {
  minRuns: 19, minFound: 16, maxFalseAlarms: 3, maxUnread: 1,
  minRecall: { overfitting: 1 / 2, plateau: 5 / 7, 'still-improving': 8 / 10 },
};

/**
 * Part c, measured once held out: 1 of 3 found, no false alarm in 3 runs, 2 unread (fairseq's
 * `--log-format json` lines, read since readers-100, where the tool says the one-epoch run is too
 * short; a GAN page's eleven loss terms with no total). The floors are main's level less one mistake.
 */
const FIFTY_THIRD_C: ScoreFloors = { minRuns: 3, minFound: 0, maxFalseAlarms: 1, maxUnread: 2, minRecall: {} };

/**
 * Part d, measured once held out: 3 of 5 found (60 %, Wilson 23-88 %), no false alarm in 5 runs, none
 * unread (a Relation Network's episodes read as test losses after `Testing...`, read right since
 * readers-99: 4 of 5; a split-learning model's wide and deep losses with no total). Per kind recall:
 * plateau 2/4 (3/4 since), still-improving 1/1. The floors are main's level less one mistake.
 */
const FIFTY_THIRD_D: ScoreFloors = {
  minRuns: 5, minFound: 3, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { plateau: 2 / 4 },
};

describeHeldOutPart('the fifty-third real-log corpus, part b (held out)', FIFTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(FIFTY_THIRD_B_CORPUS_DIR), FIFTY_THIRD_B);
describeHeldOutPart('the fifty-third real-log corpus, part c (held out)', FIFTY_THIRD_C_CORPUS_DIR, corpusDirsBefore(FIFTY_THIRD_C_CORPUS_DIR), FIFTY_THIRD_C);
describeHeldOutPart('the fifty-third real-log corpus, part d (held out)', FIFTY_THIRD_D_CORPUS_DIR, corpusDirsBefore(FIFTY_THIRD_D_CORPUS_DIR), FIFTY_THIRD_D);
