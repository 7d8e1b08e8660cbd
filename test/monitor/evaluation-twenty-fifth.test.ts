/**
 * Issue 10's real-log check, held out: the twenty-fifth corpus, in two parts built at the same
 * time from repositories in no earlier corpus (test/monitor/corpus-twenty-fifth-a: YOLOv7 and
 * AllenNLP TensorBoard files, AllenNLP's per-epoch metrics JSON, Ludwig's training statistics,
 * Flair's loss.tsv and Chainer's `log`, 13 runs from 11 repositories; corpus-twenty-fifth-b: 4 runs
 * from 3 repositories, a YOLOX loguru log, a TensorFlow PointNet++ log and two Python-logging logs;
 * part b very short: licensed console logs not already used ran out). Each part was labelled by its
 * builder before any tool ran on it (labels.json, scored here). The parts were built on their own
 * branches from commit 9bf70c5 ("rules frozen for the twenty-fifth corpus"); readers-33 landed on
 * main meanwhile, never seeing them, and the parts were scored once after the merge with it (the
 * frozen rules score the same).
 */
import { TWENTY_FIFTH_A_CORPUS_DIR, TWENTY_FIFTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 5 of 13 found (38 %, Wilson 18-64 %), no false alarm in 13 runs,
 * 8 runs unread (AllenNLP's `metrics_epoch_N.json` folder, Flair's `loss.tsv`, Chainer's `log`).
 * Per kind recall: still-improving 3/6, lr-too-high 1/1, divergence 1/1, overfitting 0/4,
 * widening-gap 0/1. Every run read was answered right (5 of 5).
 * Read since (readers-35, tuned, not an estimate: AllenNLP's `metrics_epoch_N.json` folder, Flair's
 * `loss.tsv`, Chainer's `log`): 10 of 13, 2 false alarms (a12 noisy-validation, info; a13
 * lr-too-high, warning), none unread; still-improving 4/6 (the Flair runs a08 and a09 read
 * lr-too-high, their ends a no-clear-answer), overfitting 3/4 (a07, Flair, the same).
 */
const TWENTY_FIFTH_A: ScoreFloors = {
  minRuns: 13, minFound: 9, maxFalseAlarms: 3, maxUnread: 0,
  minRecall: { 'still-improving': 3 / 6, overfitting: 2 / 4 },
};

/**
 * Part b, measured once held out: 4 of 4 found (Wilson 51-100 %), no false alarm in 4 runs, none
 * unread. Per kind recall: overfitting 3/3, plateau 1/1.
 */
const TWENTY_FIFTH_B: ScoreFloors = {
  minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 0,
  minRecall: { overfitting: 2 / 3 },
};

describeHeldOutPart('the twenty-fifth real-log corpus, part a (held out)', TWENTY_FIFTH_A_CORPUS_DIR, corpusDirsBefore(TWENTY_FIFTH_A_CORPUS_DIR), TWENTY_FIFTH_A);
describeHeldOutPart('the twenty-fifth real-log corpus, part b (held out)', TWENTY_FIFTH_B_CORPUS_DIR, corpusDirsBefore(TWENTY_FIFTH_B_CORPUS_DIR), TWENTY_FIFTH_B);
