/**
 * Issue 10's real-log check, held out: the thirty-third corpus, in two parts built at the same
 * time from repositories in no earlier corpus (test/monitor/corpus-thirty-third-a: 19 runs from 13
 * repositories, Keras and fastai notebooks (fastai 0.7, v1 and v2, the 2022 course's miniai),
 * a LightGBM notebook and a CatBoost catboost_info folder: licensed material not in an earlier
 * corpus ran out one short of 20; corpus-thirty-third-b: 20 notebooks from 11 repositories,
 * printed PyTorch loops, Hugging Face Trainer and TRL tables, Chainer's PrintReport and an MXNet
 * Gluon loop). Each part was labelled by its builder before any tool ran on it (labels.json,
 * scored here) and again, blind, by a second labeller. The parts were built on their own branches
 * from commit f43443d ("rules frozen for the thirty-third corpus"); rules-34 and readers-50 landed
 * on main meanwhile, never seeing them. Part b was scored once after its merge (the frozen rules
 * the same); readers-51 was then tuned on it, and part a, merged after, was scored once with it
 * (the frozen rules the same).
 */
import { THIRTY_THIRD_A_CORPUS_DIR, THIRTY_THIRD_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 18 of 26 found (69 %, Wilson 50-83 %), 1 false alarm in 19 runs
 * (an lr-too-low warning), 1 run unread (a fastai v1 notebook's text table). Per kind recall:
 * still-improving 6/10, plateau 5/5, noisy-validation 3/5, overfitting 2/2, widening-gap 2/2,
 * lr-too-high 0/2. Since readers-52 (tuned on it, not an estimate: fastai's text tables, miniai's
 * split rows): 23 of 26, none unread.
 */
const THIRTY_THIRD_A: ScoreFloors = {
  minRuns: 19, minFound: 17, maxFalseAlarms: 2, maxUnread: 1,
  minRecall: { 'still-improving': 5 / 10, plateau: 4 / 5 },
};

/**
 * Part b, measured once held out: 16 of 20 found (80 %, Wilson 58-92 %), no false alarm in 20
 * runs, 3 runs unread (two Chainer PrintReport tables, a Korean edition's loop). Per kind recall:
 * still-improving 11/11, plateau 4/7, lr-too-low 1/1, overfitting 0/1. Since readers-51 (tuned on
 * it, not an estimate): 18 of 20, none unread.
 */
const THIRTY_THIRD_B: ScoreFloors = {
  minRuns: 20, minFound: 17, maxFalseAlarms: 1, maxUnread: 0,
  minRecall: { 'still-improving': 10 / 11, plateau: 5 / 7 },
};

describeHeldOutPart('the thirty-third real-log corpus, part a (held out)', THIRTY_THIRD_A_CORPUS_DIR, corpusDirsBefore(THIRTY_THIRD_A_CORPUS_DIR), THIRTY_THIRD_A);
describeHeldOutPart('the thirty-third real-log corpus, part b (held out)', THIRTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(THIRTY_THIRD_B_CORPUS_DIR), THIRTY_THIRD_B);
