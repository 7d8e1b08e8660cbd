/**
 * Issue 10's real-log check, held out: the twenty-ninth corpus, in two parts built at the same
 * time from repositories in no earlier corpus (test/monitor/corpus-twenty-ninth-a: 20 runs from 12
 * repositories, Keras and TensorFlow notebooks with their saved training output, XGBoost and
 * LightGBM evaluation logs in notebooks, two TensorBoard event files; corpus-twenty-ninth-b: 20
 * runs from 13 repositories, PyTorch, GPyTorch, Pyro, Equinox, Diffrax, Optax, Trax, SpeechBrain and
 * Hugging Face Trainer notebooks, and two console logs). Each part was labelled by its builder
 * before any tool ran on it (labels.json, scored here) and again, blind, by a second labeller. The
 * parts were built on their own branches from commit 3c9e640 ("rules frozen for the twenty-ninth
 * corpus"); readers-40 landed on main meanwhile, never seeing them, and the parts were scored once
 * after the merge with it (the frozen rules found 35 of 44, 1 false alarm, 4 runs unread).
 */
import { TWENTY_NINTH_A_CORPUS_DIR, TWENTY_NINTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 21 of 22 found (95 %, Wilson 78-99 %), 1 false alarm in 20 runs
 * (lr-too-high, a warning, on a12, whose end the bounce hid: the label's plateau|still-improving
 * missed), none unread. Per kind recall: still-improving 12/12, plateau 6/7, noisy-validation 2/2,
 * overfitting 1/1.
 */
const TWENTY_NINTH_A: ScoreFloors = {
  minRuns: 20, minFound: 20, maxFalseAlarms: 2, maxUnread: 0,
  minRecall: { 'still-improving': 11 / 12, plateau: 5 / 7 },
};

/**
 * Part b, measured once held out: 16 of 22 found (73 %, Wilson 52-87 %), no false alarm in 20 runs,
 * 3 runs unread (two printed char-RNN loops, a Trax notebook). Per kind recall: still-improving
 * 9/12, plateau 4/5, overfitting 2/3, noisy-validation 1/2.
 * Since readers-41 (tuned, not an estimate: the char-RNN progress prints, Trax's metric lines): 19
 * of 22, no false alarm, none unread.
 */
const TWENTY_NINTH_B: ScoreFloors = {
  minRuns: 20, minFound: 15, maxFalseAlarms: 1, maxUnread: 3,
  minRecall: { 'still-improving': 8 / 12, overfitting: 1 / 3 },
};

describeHeldOutPart('the twenty-ninth real-log corpus, part a (held out)', TWENTY_NINTH_A_CORPUS_DIR, corpusDirsBefore(TWENTY_NINTH_A_CORPUS_DIR), TWENTY_NINTH_A);
describeHeldOutPart('the twenty-ninth real-log corpus, part b (held out)', TWENTY_NINTH_B_CORPUS_DIR, corpusDirsBefore(TWENTY_NINTH_B_CORPUS_DIR), TWENTY_NINTH_B);
