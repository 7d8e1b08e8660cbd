/**
 * Issue 10's real-log check, held out: the hundred-and-ninth corpus, built in five parts at one time from a session's
 * fresh fetches, of repositories in no earlier corpus: part a 11 runs (YOLOv5 results.csv of ten users' copies of
 * ultralytics/yolov5), part b 12 (YOLOv7 and YOLOv5 results.txt, MMDetection's TextLoggerHook JSON logs), part c 7
 * (a Tacotron script's epoch lines, NestedUNet log.csv files, scripts' per-batch loss files), part d 7 (CatBoost
 * folders), part e 12 (students' own trainings in Udacity course notebooks). Each part was labelled by its builder
 * before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit
 * f8a94b3 ("freeze: the rules for round 112"), with whose rules (those of bad1eb7) it was scored.
 */
import { HUNDRED_NINTH_A_CORPUS_DIR, HUNDRED_NINTH_B_CORPUS_DIR, HUNDRED_NINTH_C_CORPUS_DIR, HUNDRED_NINTH_D_CORPUS_DIR, HUNDRED_NINTH_E_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 10 of 12 found, no false alarm, none unread (a still-improving run whose bouncing
 * losses the rules do not read the end of; an overfit read as a widening gap and a plateau); part b 7 of 12, 1 false
 * alarm (an info widening gap), 4 unread (MMDetection's `.log.json`: a first line of 10 kB of configuration, and
 * `iter` counted within each epoch; readers-143 since); part c 4 of 9, none false, 2 unread (`epoch N` lines over a
 * loss per line, `epoch,batch,loss` rows without a header; readers-142 since) and a Tacotron log whose `average loss`
 * beside its parts was no loss (roles-38 since); part d 7 of 7; part e 11 of 12 (a ten-epoch overfit rising at every
 * point after its best, within the 3 σ of a short curve's bend; rules-56 since). The floors are each part's level
 * less one mistake.
 */
const HUNDRED_NINTH_A: ScoreFloors = { minRuns: 11, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.66, overfitting: 0.33 } };
const HUNDRED_NINTH_B: ScoreFloors = { minRuns: 12, minFound: 6, maxFalseAlarms: 2, maxUnread: 5, minRecall: { plateau: 0.75, 'still-improving': 0.14 } };
const HUNDRED_NINTH_C: ScoreFloors = { minRuns: 7, minFound: 3, maxFalseAlarms: 1, maxUnread: 3, minRecall: { 'still-improving': 0.4 } };
const HUNDRED_NINTH_D: ScoreFloors = { minRuns: 7, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8 } };
const HUNDRED_NINTH_E: ScoreFloors = { minRuns: 12, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8, overfitting: 0.6 } };

describeHeldOutPart('the hundred-and-ninth real-log corpus, part a (held out)', HUNDRED_NINTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_NINTH_A_CORPUS_DIR), HUNDRED_NINTH_A);
describeHeldOutPart('the hundred-and-ninth real-log corpus, part b (held out)', HUNDRED_NINTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_NINTH_B_CORPUS_DIR), HUNDRED_NINTH_B);
describeHeldOutPart('the hundred-and-ninth real-log corpus, part c (held out)', HUNDRED_NINTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_NINTH_C_CORPUS_DIR), HUNDRED_NINTH_C);
describeHeldOutPart('the hundred-and-ninth real-log corpus, part d (held out)', HUNDRED_NINTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_NINTH_D_CORPUS_DIR), HUNDRED_NINTH_D);
describeHeldOutPart('the hundred-and-ninth real-log corpus, part e (held out)', HUNDRED_NINTH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_NINTH_E_CORPUS_DIR), HUNDRED_NINTH_E);
