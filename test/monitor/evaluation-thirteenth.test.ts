/**
 * Issue 10's real-log check, held out: the thirteenth corpus, in two parts built at the same time
 * from repositories in no earlier corpus, both short of 20 runs because the session's snapshot
 * allowance ran out (test/monitor/corpus-thirteenth-a: YOLOv5/v8/YOLO11 results.csv, CatBoost and
 * Lightning metrics.csv, 17 runs from 12 repositories; corpus-thirteenth-b: Keras and XGBoost
 * TensorBoard folder pairs, PyTorch SummaryWriter and YOLOv5 event files, HF trainer_state.json,
 * a DETR-style log.txt, Keras history JSON and custom JSON histories, 19 runs from 16 repositories,
 * 11 of them on README-only licences). Each part was labelled twice before any tool ran on it: by
 * its builder (labels.json, scored here) and by a second labeller, blind (labels-second.json). The
 * parts were built on their own branches while rules-14 and readers-14 ran on others, which never
 * saw them; the rules were frozen (commit 9c1927c, "rules frozen for the thirteenth corpus") before
 * the parts were merged and scored once, at 38c7b8b.
 */
import { THIRTEENTH_A_CORPUS_DIR, THIRTEENTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 11 of 14 found (79 %, Wilson 52-92 %), no false alarm in 17
 * runs, every run read. Per kind recall: non-finite 2/2, divergence 1/1, overfitting 1/1,
 * widening-gap 2/2, plateau 3/4, lr-too-low 1/1, still-improving 1/3.
 */
const THIRTEENTH_A: ScoreFloors = {
  minRuns: 17, minFound: 10, maxFalseAlarms: 1,
  minRecall: { 'non-finite': 1 / 2, plateau: 2 / 4, 'widening-gap': 1 / 2 },
};

/**
 * Part b, measured once held out: 8 of 17 found (47 %, Wilson 26-69 %), no false alarm in 19
 * runs, 1 run unread (XGBoost's TensorBoard train/ + valid/ folders, read as two runs). Per kind
 * recall: plateau 4/7, still-improving 2/6, noisy-validation 2/2, overfitting 0/2.
 */
const THIRTEENTH_B: ScoreFloors = {
  minRuns: 19, minFound: 7, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { plateau: 3 / 7, 'still-improving': 1 / 6, 'noisy-validation': 1 / 2 },
};

describeHeldOutPart('the thirteenth real-log corpus, part a (held out)', THIRTEENTH_A_CORPUS_DIR, corpusDirsBefore(THIRTEENTH_A_CORPUS_DIR), THIRTEENTH_A);
describeHeldOutPart('the thirteenth real-log corpus, part b (held out)', THIRTEENTH_B_CORPUS_DIR, corpusDirsBefore(THIRTEENTH_B_CORPUS_DIR), THIRTEENTH_B);
