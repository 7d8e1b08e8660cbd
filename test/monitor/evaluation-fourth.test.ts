/**
 * Issue 10's real-log check, held out: the fourth corpus, in two parts built at the same time
 * from repositories in no earlier corpus (test/monitor/corpus-fourth-a: YOLO, Lightning CSV,
 * CatBoost; corpus-fourth-b: Hugging Face trainer_state.json, TensorBoard event files, other
 * JSON). Each part's runs, sources and labels were committed before any tool ran on them; the
 * rules were frozen first (commit "rules frozen for the fourth corpus") and each part was scored
 * once with them. That score is the held-out estimate; the rules were not changed after it, but
 * the readers were (a CatBoost fix for part a; readers-5's formats for part b), so the floors below
 * are TUNED figures. This test keeps the measured level less a margin of one mistake, not the
 * issue's bars, which the held-out score does not meet (see each part's README and docs/diagnose.md).
 */
import { CORPUS_DIR, FOURTH_A_CORPUS_DIR, FOURTH_B_CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

const EARLIER = [CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR];

/**
 * Part a, measured once: 15 of 21 found (71 %, Wilson 50-86 %), 3 false alarms in 24 runs (an
 * lr-too-high and an lr-too-low warning, a widening-gap info), none critical. Per kind recall:
 * still-improving 11/12, widening-gap 2/2, plateau 1/4, overfitting 0/2, noisy-validation 1/1.
 * The CatBoost reader was fixed after that scoring (an F1 eval metric had been read as the
 * objective): now 16 of 21, 4 false alarms. TUNED since (every corpus is tuning data now): with
 * the validation loss's plateau under a falling training loss read, 17 of 21, 4 false alarms
 * (plateau 2/4). TUNED by rules-6 (per-step spikes need a validation spike after them, the slow
 * decline read after a warm-up, the overfit that came partly back): 18 of 21, 2 false alarms
 * (pl-fints-v0's widening gap, cb-tradingbot's lr-too-low), overfitting 2/2. TUNED by rules-7
 * (the slow-decline form of lr-too-low needs a logged validation loss to agree; the widening gap
 * ends with the validation loss above the training loss): 18 of 21, no false alarm; the floors are
 * that level less one mistake.
 */
const FOURTH_A: ScoreFloors = {
  minFound: 18, maxFalseAlarms: 1,
  minRecall: { 'still-improving': 10 / 12, 'widening-gap': 1 / 2, 'noisy-validation': 1, plateau: 1 / 4, overfitting: 1 / 2 },
};

/**
 * Part b, measured once held out: 6 of 16 found (38 %, Wilson 18-61 %), no false alarm in 22 runs;
 * 5 runs the readers could not read (DETR/DeiT `log.txt` JSON lines, a detectron2 `metrics.json`,
 * a Keras history saved as a Python dict repr), whose 5 expected findings were among the misses.
 * After readers-5 (TUNED: readers for those formats, detectron2's `total_loss` as the training
 * loss): every run read, 11 of 16 found (69 %, Wilson 44-86 %), no false alarm. Per kind recall:
 * still-improving 5/6, plateau 2/5, overfitting 1/2, widening-gap 1/1, divergence 1/1,
 * lr-too-low 1/1. TUNED by rules-6 (a 4-evaluation overfit by the exact order test,
 * jsonl-detr-short): 12 of 16, overfitting 2/2. Floors: that level less one mistake.
 */
const FOURTH_B: ScoreFloors = {
  minFound: 14, maxFalseAlarms: 1,
  minRecall: { 'still-improving': 4 / 6, plateau: 1 / 5, 'widening-gap': 1, divergence: 1, overfitting: 1 / 2 },
};

describeHeldOutPart('the fourth real-log corpus, part a (held out)', FOURTH_A_CORPUS_DIR, EARLIER, FOURTH_A);
describeHeldOutPart('the fourth real-log corpus, part b (held out)', FOURTH_B_CORPUS_DIR, [...EARLIER, FOURTH_A_CORPUS_DIR], FOURTH_B);
