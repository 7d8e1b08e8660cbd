/**
 * Issue 10's real-log check, held out: the hundred-and-seventy-seventh corpus, built in five parts at one time, of
 * repositories in no earlier corpus: parts a 9, b 9, c 5, d 9 and e 10 runs (students' runs of Udacity's
 * deep-learning-v2-pytorch; students' runs of the DeepLearning.AI TensorFlow course in forks; nanoGPT and
 * modded-nanogpt forks' logs; trainings saved in tensorflow/docs' history; readers' runs of Deep Learning with Python).
 * Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second
 * labeller, and read only after commit a4fa20da ("freeze: rules and readers as they stand (as at 80afb342), before
 * round 180"), with whose rules it was scored.
 */
import {
  HUNDRED_SEVENTY_SEVENTH_A_CORPUS_DIR, HUNDRED_SEVENTY_SEVENTH_B_CORPUS_DIR, HUNDRED_SEVENTY_SEVENTH_C_CORPUS_DIR,
  HUNDRED_SEVENTY_SEVENTH_D_CORPUS_DIR, HUNDRED_SEVENTY_SEVENTH_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 9 of 9, b 11 of 11, c 3 of 6 (a run-report JSON of a mixture-of-experts run, unread; a
 * coordinate check's CSV whose first row lacks the activation columns the header names, read as damage at line 2 and
 * unread), d 8 of 9 (a fine-tune's last fall read as an allowed plateau), e 11 of 12 (a noisy LSTM validation loss): 42 of
 * 47, no false alarm in 42 runs, two unread. The floors are each part's level less one mistake.
 */
const HUNDRED_SEVENTY_SEVENTH_A: ScoreFloors = { minRuns: 9, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8 } };
const HUNDRED_SEVENTY_SEVENTH_B: ScoreFloors = { minRuns: 9, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_SEVENTY_SEVENTH_C: ScoreFloors = { minRuns: 5, minFound: 2, maxFalseAlarms: 1, maxUnread: 3, minRecall: {} };
const HUNDRED_SEVENTY_SEVENTH_D: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_SEVENTY_SEVENTH_E: ScoreFloors = { minRuns: 10, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.85 } };

describeHeldOutPart('the hundred-and-seventy-seventh real-log corpus, part a (held out)', HUNDRED_SEVENTY_SEVENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_SEVENTH_A_CORPUS_DIR), HUNDRED_SEVENTY_SEVENTH_A);
describeHeldOutPart('the hundred-and-seventy-seventh real-log corpus, part b (held out)', HUNDRED_SEVENTY_SEVENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_SEVENTH_B_CORPUS_DIR), HUNDRED_SEVENTY_SEVENTH_B);
describeHeldOutPart('the hundred-and-seventy-seventh real-log corpus, part c (held out)', HUNDRED_SEVENTY_SEVENTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_SEVENTH_C_CORPUS_DIR), HUNDRED_SEVENTY_SEVENTH_C);
describeHeldOutPart('the hundred-and-seventy-seventh real-log corpus, part d (held out)', HUNDRED_SEVENTY_SEVENTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_SEVENTH_D_CORPUS_DIR), HUNDRED_SEVENTY_SEVENTH_D);
describeHeldOutPart('the hundred-and-seventy-seventh real-log corpus, part e (held out)', HUNDRED_SEVENTY_SEVENTH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_SEVENTY_SEVENTH_E_CORPUS_DIR), HUNDRED_SEVENTY_SEVENTH_E);
