/**
 * Issue 10's real-log check, held out: the fifteenth corpus, in two parts built at the same time
 * from repositories in no earlier corpus (test/monitor/corpus-fifteenth-a: YOLOv3/v5/v7 and
 * Ultralytics 8 results.csv and header-less results.txt, 23 runs from 13 repositories;
 * corpus-fifteenth-b: CatBoost catboost_info/ folders (learn set only), plain-text trainer logs, a
 * DETR log.txt and an HF log_history CSV, 16 runs from 15 repositories). Each part was labelled
 * twice before any tool ran on it: by its builder (labels.json, scored here) and by a second
 * labeller, blind (labels-second.json). The parts were built on their own branches while rules-18
 * ran on another, which never saw them (it changed the synthetic labels only); the rules were
 * frozen (commit 8d0c76d, "rules frozen for the fifteenth corpus") before the parts were merged
 * and scored once, at c6907d0.
 */
import { FIFTEENTH_A_CORPUS_DIR, FIFTEENTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 13 of 22 found (59 %, Wilson 39-77 %), 1 false alarm in 23
 * runs (lr-too-low, a warning, on yolov3-custom-exp), 8 runs unread (YOLOv5's and YOLOv7's
 * header-less results.txt). Per kind recall: overfitting 3/3, widening-gap 2/2, noisy-validation
 * 2/2, plateau 3/6, lr-too-low 1/2, still-improving 2/7.
 */
const FIFTEENTH_A: ScoreFloors = {
  minRuns: 23, minFound: 12, maxFalseAlarms: 2, maxUnread: 8,
  minRecall: { overfitting: 2 / 3, 'widening-gap': 1 / 2, 'noisy-validation': 1 / 2, plateau: 2 / 6, 'still-improving': 1 / 7 },
};

/**
 * Part b, measured once held out: 11 of 15 found (73 %, Wilson 48-89 %), no false alarm in 16
 * runs, 4 runs unread (plain-text trainer logs: maskrcnn-benchmark, torchvision's MetricLogger,
 * cluster-contrast). Per kind recall: still-improving 10/14, plateau 1/1.
 */
const FIFTEENTH_B: ScoreFloors = {
  minRuns: 16, minFound: 10, maxFalseAlarms: 1, maxUnread: 4,
  minRecall: { 'still-improving': 9 / 14 },
};

describeHeldOutPart('the fifteenth real-log corpus, part a (held out)', FIFTEENTH_A_CORPUS_DIR, corpusDirsBefore(FIFTEENTH_A_CORPUS_DIR), FIFTEENTH_A);
describeHeldOutPart('the fifteenth real-log corpus, part b (held out)', FIFTEENTH_B_CORPUS_DIR, corpusDirsBefore(FIFTEENTH_B_CORPUS_DIR), FIFTEENTH_B);
