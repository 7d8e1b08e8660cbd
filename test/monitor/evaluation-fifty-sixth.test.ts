/**
 * Issue 10's real-log check, held out: the fifty-sixth corpus, built in four parts at the same time
 * from repositories in no earlier corpus's exclusion list (test/monitor/corpus-fifty-sixth-a: 15 runs
 * from 13 repositories, students' Keras notebooks in copies of three licensed courses;
 * corpus-fifty-sixth-b: 7 runs from 4 repositories, PyTorch notebooks in forks of Udacity's
 * deep-learning-v2-pytorch; corpus-fifty-sixth-c: 11 runs from 7 repositories, openpi consoles, KAIR,
 * FastSpeech2 and Tacotron training logs; corpus-fifty-sixth-d: 3 runs from 2 repositories, a Japanese
 * author's Keras history TSVs and a Mongolian author's TensorBoard folder). Each part was labelled by
 * its builder before any tool ran on it (labels.json, scored here). The parts were built on their own
 * branches from commit 63e48b7 ("rules frozen for the fifty-sixth corpus") and scored with those rules;
 * readers-103 to readers-105 and rules-45 landed after part c was scored.
 */
import { FIFTY_SIXTH_A_CORPUS_DIR, FIFTY_SIXTH_B_CORPUS_DIR, FIFTY_SIXTH_C_CORPUS_DIR, FIFTY_SIXTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 17 of 17 found, no false alarm in 15 runs, none unread. Per kind
 * recall: overfitting 4/4, still-improving 7/7, widening-gap 2/2, noisy-validation 2/2. The floors are
 * that level less one mistake.
 */
const FIFTY_SIXTH_A: ScoreFloors = {
  minRuns: 15, minFound: 16, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { overfitting: 3 / 4, 'still-improving': 6 / 7, 'widening-gap': 1 / 2, 'noisy-validation': 1 / 2 },
};

/** Part b, measured once held out: 7 of 7 found, no false alarm in 7 runs, none unread (plateau 5/5). The floors are that level less one mistake. */
const FIFTY_SIXTH_B: ScoreFloors = { minRuns: 7, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 4 / 5 } };

/**
 * Part c, measured once held out: 6 of 11 found, no false alarm in 11 runs, 4 runs unread (FastSpeech2's
 * train/ + val/ text logs, read since readers-104); with main's readers and rules after the round
 * (readers-103 to readers-105, rules-45) 11 of 11. Per kind recall since: plateau 5/5, still-improving
 * 3/3, widening-gap 2/2. The floors are main's level less one mistake.
 */
const FIFTY_SIXTH_C: ScoreFloors = {
  minRuns: 11, minFound: 10, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { plateau: 4 / 5, 'still-improving': 2 / 3, 'widening-gap': 1 / 2 },
};

/** Part d, measured once held out: 3 of 3 found, no false alarm in 3 runs, none unread. The floors are that level less one mistake. */
const FIFTY_SIXTH_D: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the fifty-sixth real-log corpus, part a (held out)', FIFTY_SIXTH_A_CORPUS_DIR, corpusDirsBefore(FIFTY_SIXTH_A_CORPUS_DIR), FIFTY_SIXTH_A);
describeHeldOutPart('the fifty-sixth real-log corpus, part b (held out)', FIFTY_SIXTH_B_CORPUS_DIR, corpusDirsBefore(FIFTY_SIXTH_B_CORPUS_DIR), FIFTY_SIXTH_B);
describeHeldOutPart('the fifty-sixth real-log corpus, part c (held out)', FIFTY_SIXTH_C_CORPUS_DIR, corpusDirsBefore(FIFTY_SIXTH_C_CORPUS_DIR), FIFTY_SIXTH_C);
describeHeldOutPart('the fifty-sixth real-log corpus, part d (held out)', FIFTY_SIXTH_D_CORPUS_DIR, corpusDirsBefore(FIFTY_SIXTH_D_CORPUS_DIR), FIFTY_SIXTH_D);
