/**
 * Issue 10's real-log check, held out: the twelfth corpus, in two parts built at the same time
 * from repositories in no earlier corpus (test/monitor/corpus-twelfth-a: YOLOv5 and Ultralytics v8
 * detection/classification results.csv, CatBoost, Lightning metrics.csv, Keras CSVLogger, a fastai
 * history.csv and a custom CSV pair, 22 runs from 18 repositories; corpus-twelfth-b: Lightning
 * TensorBoard event files, an HF trainer_state.json and keras-rl JSON histories, 13 runs from 11
 * repositories, 3 more dropped before scoring because a reader helper had run diagnose on the same
 * trainings). Each part was labelled twice before any tool ran on it: by its builder (labels.json,
 * scored here) and by a second labeller, blind (labels-second.json). The parts were built on their
 * own branches while roles-13 and rules-13 ran on others, which never saw them; the rules were
 * frozen (commit 44f1792, "rules frozen for the twelfth corpus") before the parts were merged and
 * scored once, at bf549ee.
 */
import { TWELFTH_A_CORPUS_DIR, TWELFTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 19 of 24 found (79 %, Wilson 60-91 %), 1 false alarm in 22
 * runs (noisy-validation, info), none critical, 2 runs unread (a custom pair of CSV files, one per
 * split; a fastai history.csv whose first fit logged fewer columns than its header). Per kind
 * recall: plateau 7/8, still-improving 7/10, widening-gap 2/2, overfitting 1/1, lr-too-low 1/1,
 * noisy-validation 1/2. Both unread runs are read since (readers-14, tuned): 20 of 24, 2 false
 * alarms (plateau on fastai-retinopathy, next to its noisy-validation), none unread.
 */
const TWELFTH_A: ScoreFloors = {
  minRuns: 22, minFound: 18, maxFalseAlarms: 2, maxUnread: 0,
  // Its two widening-gap items are labels' 'plateau|widening-gap': since rules-58 and readers-148 both runs state the
  // plateau too, so both are found as plateau (a hit credited to the first option found), and widening-gap has no item left.
  minRecall: { plateau: 6 / 8, 'still-improving': 6 / 10 },
};

/**
 * Part b, measured once held out: 6 of 7 found (86 %, Wilson 49-97 %), no false alarm in 13 runs,
 * every run read. Per kind recall: plateau 5/6, still-improving 1/1. Seven expected findings: the
 * interval is wide.
 */
const TWELFTH_B: ScoreFloors = {
  minRuns: 13, minFound: 5, maxFalseAlarms: 1,
  minRecall: { plateau: 4 / 6 },
};

describeHeldOutPart('the twelfth real-log corpus, part a (held out)', TWELFTH_A_CORPUS_DIR, corpusDirsBefore(TWELFTH_A_CORPUS_DIR), TWELFTH_A);
describeHeldOutPart('the twelfth real-log corpus, part b (held out)', TWELFTH_B_CORPUS_DIR, corpusDirsBefore(TWELFTH_B_CORPUS_DIR), TWELFTH_B);
