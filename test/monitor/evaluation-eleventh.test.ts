/**
 * Issue 10's real-log check, held out: the eleventh corpus, in two parts built at the same time
 * from repositories in no earlier corpus (test/monitor/corpus-eleventh-a: YOLOv5/v8/v9 results.csv,
 * CatBoost catboost_info, Lightning metrics.csv and a pandas CSV of a Keras history, 21 runs from
 * 13 repositories; corpus-eleventh-b: custom JSON histories of twelve scripts, Keras history JSON
 * and TensorBoard folders, an HF log_history list, detectron2's metrics.json and event file, 20 runs
 * from 17 repositories). Each part was labelled twice before any tool ran on it: by its builder
 * (labels.json, scored here) and by a second labeller, blind (labels-second.json; the agreement and
 * the consensus score are docs/diagnose.md's "Do two labellers agree?"). The parts were built on
 * their own branches while readers-12 and rules-12 ran on others, which never saw them; the rules
 * were frozen (commit b55cd95, "rules frozen for the eleventh corpus") before the parts were merged
 * and scored once, at f557071.
 */
import { ELEVENTH_A_CORPUS_DIR, ELEVENTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 18 of 22 found (82 %, Wilson 61-93 %), 3 false alarms in 21
 * runs (plateau ×2, one a warning; still-improving), none critical, every run read. Per kind
 * recall: non-finite 3/3, plateau 6/6, lr-too-low 2/2, still-improving 7/9, lr-too-high 0/1,
 * overfitting 0/1.
 */
const ELEVENTH_A: ScoreFloors = {
  minRuns: 21, minFound: 17, maxFalseAlarms: 4,
  minRecall: { 'non-finite': 2 / 3, plateau: 5 / 6, 'still-improving': 6 / 9 },
};

/**
 * Part b, measured once held out: 17 of 21 found (81 %, Wilson 60-92 %), no false alarm in 20
 * runs, 1 run unread (json-edgequake-magnet: a custom JSON document no reader claims; read since
 * round 13, its 'train_nll' the training loss, still-improving found: 18 of 21, TUNED). Per kind
 * recall: widening-gap 4/4, plateau 4/5, still-improving 5/8, noisy-validation 2/2, divergence 1/1,
 * lr-too-high 1/1.
 */
const ELEVENTH_B: ScoreFloors = {
  minRuns: 20, minFound: 16, maxFalseAlarms: 1, maxUnread: 1,
  minRecall: { 'widening-gap': 3 / 4, plateau: 3 / 5, 'still-improving': 4 / 8, 'noisy-validation': 1 / 2 },
};

describeHeldOutPart('the eleventh real-log corpus, part a (held out)', ELEVENTH_A_CORPUS_DIR, corpusDirsBefore(ELEVENTH_A_CORPUS_DIR), ELEVENTH_A);
describeHeldOutPart('the eleventh real-log corpus, part b (held out)', ELEVENTH_B_CORPUS_DIR, corpusDirsBefore(ELEVENTH_B_CORPUS_DIR), ELEVENTH_B);
