/**
 * Issue 10's real-log check, held out: the twenty-seventh corpus, in two parts built at the same
 * time from repositories in no earlier corpus (test/monitor/corpus-twenty-seventh-a: YOLOv5
 * `results.csv` and TensorBoard files, a Hugging Face `trainer_state.json` and a LLaMA-Factory
 * `trainer_log.jsonl`, 9 runs from 6 repositories: licensed structured logs not in an earlier
 * corpus ran short; corpus-twenty-seventh-b: 19 runs from 12 repositories, 17 Jupyter notebooks
 * with their saved training output, Keras 2, PyTorch loops, fastai v1, TF2 custom loops and the
 * Hugging Face Trainer, and two console logs). Each part was labelled by its builder before any
 * tool ran on it (labels.json, scored here). The parts were built on their own branches from
 * commit 08378db ("rules frozen for the twenty-seventh corpus"); roles-33 and readers-38 landed on
 * main meanwhile, never seeing them, and the parts were scored once after the merge with them
 * (the frozen rules score the same).
 */
import { TWENTY_SEVENTH_A_CORPUS_DIR, TWENTY_SEVENTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 7 of 9 found (78 %, Wilson 45-94 %), 1 false alarm in 9 runs
 * (noisy-validation, info, on a05, whose validation box and class losses are 0 in every row),
 * none unread. Per kind recall: overfitting 3/3, still-improving 2/3, plateau 1/2, widening-gap 1/1.
 */
const TWENTY_SEVENTH_A: ScoreFloors = {
  minRuns: 9, minFound: 6, maxFalseAlarms: 2, maxUnread: 0,
  minRecall: { overfitting: 2 / 3 },
};

/**
 * Part b, measured once held out: 10 of 22 found (45 %, Wilson 27-65 %), 4 false alarms in 19 runs
 * (three plateaus, one a warning, and a noisy-validation), 6 runs unread (fastai's and the Hugging
 * Face Trainer's HTML tables, three printed PyTorch loops). Per kind recall: plateau 4/5, lr-too-high
 * 2/2, noisy-validation 2/2, still-improving 2/7, overfitting 0/5, widening-gap 0/1.
 * Since readers-39 (tuned, not an estimate: the notebooks' HTML tables of fastai and the Hugging Face
 * Trainer, three printed loops): 13 of 22, 6 false alarms (b02's noisy-validation, b11's lr-too-high
 * added with their reading), none unread.
 */
const TWENTY_SEVENTH_B: ScoreFloors = {
  minRuns: 19, minFound: 9, maxFalseAlarms: 6, maxUnread: 6,
  minRecall: { plateau: 3 / 5, 'lr-too-high': 1 / 2 },
};

describeHeldOutPart('the twenty-seventh real-log corpus, part a (held out)', TWENTY_SEVENTH_A_CORPUS_DIR, corpusDirsBefore(TWENTY_SEVENTH_A_CORPUS_DIR), TWENTY_SEVENTH_A);
describeHeldOutPart('the twenty-seventh real-log corpus, part b (held out)', TWENTY_SEVENTH_B_CORPUS_DIR, corpusDirsBefore(TWENTY_SEVENTH_B_CORPUS_DIR), TWENTY_SEVENTH_B);
