/**
 * Issue 10's real-log check, held out: the hundred-and-nineteenth corpus, built in four parts at one time in a new
 * session after the hundred-and-eighteenth was scored, of repositories in no earlier corpus: part a 10 runs (YOLOv5
 * and YOLOv9 results.csv), part b 6 (Ultralytics results.csv, detection and classification), part c 9 (Udacity course
 * notebooks' printed training), part d 4 (Hugging Face trainer_state.json, an MMRotate JSON log and its TensorBoard
 * file). Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a
 * second labeller, and read only after commit 13cf338 ("freeze: the rules for round 122"), with whose rules (those of
 * 2b97bb8, after readers-149) it was scored.
 */
import {
  HUNDRED_NINETEENTH_A_CORPUS_DIR, HUNDRED_NINETEENTH_B_CORPUS_DIR, HUNDRED_NINETEENTH_C_CORPUS_DIR, HUNDRED_NINETEENTH_D_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 10 of 10; part b 4 of 6 (two classification runs whose training loss, above the
 * validation loss under augmentation, closes in on it, read as a widening gap, one of them a false alarm); part c 6 of
 * 10 (two TV-script notebooks whose training loss, printed several times an epoch, falls by its epoch means, read as a
 * plateau; a dog-app run read as a widening gap, its end unstated; a noisy validation loss unnamed); part d 4 of 4 (an
 * lr-too-high on a per-iteration MMRotate loss, a false alarm). 2 false alarms in 29 runs, none unread. The floors are
 * each part's level less one mistake.
 */
const HUNDRED_NINETEENTH_A: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.87, overfitting: 0.5 } };
const HUNDRED_NINETEENTH_B: ScoreFloors = { minRuns: 6, minFound: 3, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 0.5 } };
const HUNDRED_NINETEENTH_C: ScoreFloors = { minRuns: 9, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.5, 'still-improving': 0.33 } };
const HUNDRED_NINETEENTH_D: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 0.75 } };

describeHeldOutPart('the hundred-and-nineteenth real-log corpus, part a (held out)', HUNDRED_NINETEENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_NINETEENTH_A_CORPUS_DIR), HUNDRED_NINETEENTH_A);
describeHeldOutPart('the hundred-and-nineteenth real-log corpus, part b (held out)', HUNDRED_NINETEENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_NINETEENTH_B_CORPUS_DIR), HUNDRED_NINETEENTH_B);
describeHeldOutPart('the hundred-and-nineteenth real-log corpus, part c (held out)', HUNDRED_NINETEENTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_NINETEENTH_C_CORPUS_DIR), HUNDRED_NINETEENTH_C);
describeHeldOutPart('the hundred-and-nineteenth real-log corpus, part d (held out)', HUNDRED_NINETEENTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_NINETEENTH_D_CORPUS_DIR), HUNDRED_NINETEENTH_D);
