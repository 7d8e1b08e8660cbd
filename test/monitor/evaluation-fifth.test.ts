/**
 * Issue 10's real-log check, held out: the fifth corpus, in two parts built at the same time
 * from repositories in no earlier corpus (test/monitor/corpus-fifth-a: YOLO, CatBoost, Lightning
 * CSV, Keras CSV and other CSV logs; corpus-fifth-b: Hugging Face trainer_state.json, TensorBoard
 * event files, DETR/DeiT/detectron2 JSON lines, Keras and other JSON). Each part's runs, sources
 * and labels were committed before any tool ran on them; the rules were frozen first (commit
 * "rules frozen for the fifth corpus") and both parts were scored once with them, at b4c732b.
 * That score is the held-out estimate. The floors keep the measured level less a margin of one
 * mistake, not the issue's bars, which the held-out score does not meet (see each part's README
 * and docs/diagnose.md).
 */
import { CORPUS_DIR, FIFTH_A_CORPUS_DIR, FIFTH_B_CORPUS_DIR, FOURTH_A_CORPUS_DIR, FOURTH_B_CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

const EARLIER = [CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR, FOURTH_A_CORPUS_DIR, FOURTH_B_CORPUS_DIR];

/**
 * Part a, measured once held out: 13 of 20 found (65 %, Wilson 43-82 %), 5 false alarms in 24
 * runs (lr-too-low twice, underfitting: warnings; still-improving, widening-gap: info), none
 * critical; 2 runs the readers could not read (a headerless one-column CSV, a pandas CSV of three
 * losses with no epoch or step column). Per kind recall: still-improving 5/10, widening-gap 4/4,
 * plateau 2/3, overfitting 1/2, noisy-validation 1/1.
 * TUNED after the scoring (readers-6, new readers for the unread layouts): the pandas CSV is read
 * (its three named losses and no total give no training loss, and nothing is expected of it);
 * the headerless one is still refused (its name does not say it holds a loss): 1 run unread, the
 * rest of the score unchanged.
 * TUNED by rules-7 (the slow-decline form of lr-too-low needs a logged validation loss to agree):
 * 13 of 20, 3 false alarms (cb-crosssell-logloss underfitting, csv-minimal-c-7 still-improving,
 * csv-crypto-gru-13 widening-gap); then (a validation metric named after a loss function is the
 * validation loss next to a training loss, when no validation loss is logged: csv-minimal-c-7's
 * val_mse) 14 of 20, 2 false alarms, widening-gap 5/5; then (the widening gap ends with the
 * validation loss above the training loss: csv-crypto-gru-13 is read as the plateau it was labelled)
 * 15 of 20, 1 false alarm (cb-crosssell-logloss underfitting); the floors are that level less one
 * mistake.
 */
const FIFTH_A: ScoreFloors = {
  minFound: 14, maxFalseAlarms: 2, maxUnread: 1,
  minRecall: { 'still-improving': 4 / 10, 'widening-gap': 3 / 4, plateau: 1 / 3 },
};

/**
 * Part b, measured once held out: 13 of 20 found (65 %, Wilson 43-82 %), no false alarm in 24
 * runs; 1 run the readers could not read (a JSON object of `train_losses` / `val_losses` lists).
 * Per kind recall: still-improving 6/9, overfitting 3/4, lr-too-low 3/3, plateau 1/4.
 * TUNED after the scoring (readers-6): that run (in fact a JSON list of per-epoch records) is read
 * and its overfitting found: 14 of 20, no false alarm, every run read; overfitting recall 4/4.
 * TUNED by rules-7 (a flat validation loss decides a training loss that barely moved by its
 * trend, pl-tb-autoapi-v6): 15 of 20, no false alarm, lr-too-low 4/4; the floors are that level
 * less one mistake.
 * TUNED by rules-9 (the improvement bar read on the log scale: pl-tb-pixel-long a plateau): 17 of
 * 20, no false alarm; the floor is that level less one.
 * rules-36 (a loss that never moved states its end, a plateau, beside lr-too-low): the runs
 * labelled `plateau|lr-too-low|underfitting` are credited to the plateau found first (plateau
 * 8/8); the lr-too-low floor went with them.
 */
const FIFTH_B: ScoreFloors = {
  minFound: 16, maxFalseAlarms: 1, maxUnread: 0,
  minRecall: { 'still-improving': 5 / 9, overfitting: 3 / 4, plateau: 7 / 8 },
};

describeHeldOutPart('the fifth real-log corpus, part a (held out)', FIFTH_A_CORPUS_DIR, EARLIER, FIFTH_A);
describeHeldOutPart('the fifth real-log corpus, part b (held out)', FIFTH_B_CORPUS_DIR, [...EARLIER, FIFTH_A_CORPUS_DIR], FIFTH_B);
