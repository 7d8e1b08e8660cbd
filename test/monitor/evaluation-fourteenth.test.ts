/**
 * Issue 10's real-log check, held out: the fourteenth corpus, in three parts built at the same time
 * from repositories in no earlier corpus (test/monitor/corpus-fourteenth-a: YOLOv5 and YOLO11
 * results.csv and a Keras history CSV, 22 runs from 13 repositories; corpus-fourteenth-b: one
 * author's custom JSON histories, 7 runs from 7 repositories; corpus-fourteenth-c, started when b
 * came back short: DETR-style log.txt and an HF trainer_state.json, 6 runs from 5 repositories).
 * Licensed logs from repositories no earlier corpus used are running out: b and c are small.
 * Each part was labelled twice before any tool ran on it: by its builder (labels.json, scored
 * here) and by a second labeller, blind (labels-second.json). The parts were built on their own
 * branches while rules-16 and rules-17 ran on others, which never saw them; the rules were frozen
 * (commit 7840582, "rules frozen for the fourteenth corpus") before the parts were merged and
 * scored once, at 4e3efa4.
 */
import { FOURTEENTH_A_CORPUS_DIR, FOURTEENTH_B_CORPUS_DIR, FOURTEENTH_C_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 20 of 26 found (77 %, Wilson 58-89 %), no false alarm in 22
 * runs, every run read. Per kind recall: widening-gap 7/7, plateau 8/9, still-improving 3/6,
 * lr-too-high 1/2, noisy-validation 1/2.
 */
const FOURTEENTH_A: ScoreFloors = {
  minRuns: 22, minFound: 19, maxFalseAlarms: 1,
  minRecall: { 'widening-gap': 6 / 7, plateau: 7 / 9, 'still-improving': 2 / 6 },
};

/**
 * Part b, measured once held out: 5 of 8 found (63 %, Wilson 31-86 %), no false alarm in 7 runs,
 * every run read. Per kind recall: plateau 3/5, overfitting 1/1, noisy-validation 1/1,
 * still-improving 0/1.
 */
const FOURTEENTH_B: ScoreFloors = {
  minRuns: 7, minFound: 4, maxFalseAlarms: 1,
  minRecall: { plateau: 2 / 5 },
};

/**
 * Part c, measured once held out: 2 of 5 found (40 %, Wilson 12-77 %), no false alarm in 6 runs,
 * every run read. Per kind recall: plateau 1/2, still-improving 1/2, widening-gap 0/1.
 */
const FOURTEENTH_C: ScoreFloors = {
  minRuns: 6, minFound: 1, maxFalseAlarms: 1,
  minRecall: {},
};

describeHeldOutPart('the fourteenth real-log corpus, part a (held out)', FOURTEENTH_A_CORPUS_DIR, corpusDirsBefore(FOURTEENTH_A_CORPUS_DIR), FOURTEENTH_A);
describeHeldOutPart('the fourteenth real-log corpus, part b (held out)', FOURTEENTH_B_CORPUS_DIR, corpusDirsBefore(FOURTEENTH_B_CORPUS_DIR), FOURTEENTH_B);
describeHeldOutPart('the fourteenth real-log corpus, part c (held out)', FOURTEENTH_C_CORPUS_DIR, corpusDirsBefore(FOURTEENTH_C_CORPUS_DIR), FOURTEENTH_C);
