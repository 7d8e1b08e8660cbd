/**
 * Issue 10's real-log check, held out: the twentieth corpus, in two parts built at the same time
 * from repositories in no earlier corpus (test/monitor/corpus-twentieth-a: structured histories,
 * Keras CSV files, Lightning CSV, CatBoost folders and projects' own CSV loggers, 17 runs from 11
 * repositories; corpus-twentieth-b: 20 runs from 19 repositories, 14 plain-text console logs of
 * Python logging, custom prints, Keras and Lightning output, 4 TensorBoard event files and a YOLOv5
 * `results.txt`). Each part was labelled by its builder before any tool ran on it (labels.json,
 * scored here). The parts were built on their own branches from commit 0b4013e ("rules frozen for
 * the twentieth corpus"); rules-25 landed on main meanwhile, never seeing them, and the parts were
 * scored once after the merge with it.
 */
import { TWENTIETH_A_CORPUS_DIR, TWENTIETH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 13 of 18 found (72 %, Wilson 49-88 %), no false alarm in 17 runs,
 * 1 run unread (a header-less CSV of a training and a validation row). Per kind recall:
 * still-improving 6/6, plateau 5/8, divergence 1/1, overfitting 1/2, lr-too-high 0/1.
 */
const TWENTIETH_A: ScoreFloors = {
  minRuns: 17, minFound: 12, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { 'still-improving': 5 / 6, plateau: 4 / 8 },
};

/**
 * Part b, measured once held out: 11 of 20 found (55 %, Wilson 34-74 %), 4 false alarms in 20 runs
 * and one is critical: divergence on simcse-train, many trainings appended without a step counter
 * read as one. 6 runs unread (Python logging lines and custom prints, a `nohup.out`, a SLURM `.out`).
 * Per kind recall: still-improving 5/9, plateau 4/6, overfitting 1/2, lr-too-high 1/3.
 */
const TWENTIETH_B: ScoreFloors = {
  minRuns: 20, minFound: 10, maxFalseAlarms: 5, maxCriticalFalseAlarms: 1, maxUnread: 6,
  minRecall: { 'still-improving': 4 / 9, plateau: 3 / 6 },
};

describeHeldOutPart('the twentieth real-log corpus, part a (held out)', TWENTIETH_A_CORPUS_DIR, corpusDirsBefore(TWENTIETH_A_CORPUS_DIR), TWENTIETH_A);
describeHeldOutPart('the twentieth real-log corpus, part b (held out)', TWENTIETH_B_CORPUS_DIR, corpusDirsBefore(TWENTIETH_B_CORPUS_DIR), TWENTIETH_B);
