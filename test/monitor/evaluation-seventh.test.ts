/**
 * Issue 10's real-log check, held out: the seventh corpus, in two parts built at the same time
 * from repositories in no earlier corpus (test/monitor/corpus-seventh-a: YOLOv5/YOLOv8+/YOLO11
 * results.csv, a Keras CSVLogger, RivaGAN's TSV; corpus-seventh-b: detectron2 metrics.json and
 * event file, Hugging Face trainer_state.json, LLaMA-Factory, PyTorch add_scalars event folders,
 * Keras and custom JSON histories). The parts were built on their own branches while the rules
 * round for the sixth corpus ran on another, which never saw them; each part's runs, sources and
 * labels were committed before any tool ran on them; the rules were frozen (commit f6469a0, "rules
 * frozen for the seventh corpus") before the parts were merged and scored once, at 9007534. That
 * score is the held-out estimate; the floors keep it less a margin of one mistake, not the
 * issue's bars, which it does not meet.
 */
import {
  CORPUS_DIR, FIFTH_A_CORPUS_DIR, FIFTH_B_CORPUS_DIR, FOURTH_A_CORPUS_DIR, FOURTH_B_CORPUS_DIR, HELDOUT_CORPUS_DIR,
  SEVENTH_A_CORPUS_DIR, SEVENTH_B_CORPUS_DIR, SIXTH_A_CORPUS_DIR, SIXTH_B_CORPUS_DIR, THIRD_CORPUS_DIR,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

const EARLIER = [
  CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR, FOURTH_A_CORPUS_DIR, FOURTH_B_CORPUS_DIR, FIFTH_A_CORPUS_DIR, FIFTH_B_CORPUS_DIR,
  SIXTH_A_CORPUS_DIR, SIXTH_B_CORPUS_DIR,
];

/**
 * Part a, measured once held out: 18 of 22 found (82 %, Wilson 61-93 %), 1 false alarm in 22
 * runs (lr-too-high on a RivaGAN run: a warning), none critical, every run read. Per kind recall:
 * still-improving 8/10, plateau 5/6, overfitting 2/2, noisy-validation 2/2, widening-gap 1/1,
 * underfitting 0/1.
 * TUNED by rules-9 (the end of a bouncing training loss with no validation loss is stated,
 * rivagan-1557659886 still improving): 19 of 22, 1 false alarm; the floors are that level less one.
 */
const SEVENTH_A: ScoreFloors = {
  minFound: 18, maxFalseAlarms: 2,
  minRecall: { 'still-improving': 7 / 10, plateau: 4 / 6, overfitting: 1 / 2 },
};

/**
 * Part b, measured once held out: 7 of 13 found (54 %, Wilson 29-77 %), 2 false alarms in 20
 * runs (lr-too-high: a warning; noisy-validation: info), none critical, 3 runs unread (two
 * PyTorch add_scalars event folders, a JSON history of another shape). Per kind recall:
 * still-improving 2/4, plateau 2/5, overfitting 1/2.
 * TUNED by rules-9 (json-handwriting's persistence-only training-loss divergence not borne out by
 * its validation loss: overfitting; keras-plantshield's monotone fall no oscillation): 8 of 13,
 * 1 false alarm; the floors are that level less one.
 */
const SEVENTH_B: ScoreFloors = {
  minFound: 7, maxFalseAlarms: 2, maxUnread: 3,
  minRecall: { 'still-improving': 1 / 4, plateau: 1 / 5 },
};

describeHeldOutPart('the seventh real-log corpus, part a (held out)', SEVENTH_A_CORPUS_DIR, EARLIER, SEVENTH_A);
describeHeldOutPart('the seventh real-log corpus, part b (held out)', SEVENTH_B_CORPUS_DIR, [...EARLIER, SEVENTH_A_CORPUS_DIR], SEVENTH_B);
