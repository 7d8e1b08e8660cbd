/**
 * Issue 10's real-log check, held out: the hundred-and-twelfth corpus, built in two parts at one time from the
 * session's very last fetches after the hundred-and-eleventh was scored, of repositories in no earlier corpus: part a
 * 9 runs (YOLOv5, YOLOv5-face, YOLOv5-Lite and YOLOv7 results.txt; a tenth dropped before any tool ran, its licence
 * withdrawn), part b 10 (YOLOv5 and Ultralytics YOLOv8/YOLOv9 results.csv). Each part was labelled by its builder
 * before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit
 * a70faad ("freeze: the rules for round 115"), with whose rules (those of 567bf31) it was scored.
 */
import { HUNDRED_TWELFTH_A_CORPUS_DIR, HUNDRED_TWELFTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 7 of 9, 1 unread (a YOLOv5 results.txt of late 2021 printing no training total;
 * readers-146 since), a still-improving unstated under a bounce that hid the end (rules-57 since); part b 9 of 11
 * (another still-improving under such a bounce, an lr-too-low unstated). No false alarm in 19 runs. The floors are each
 * part's level less one mistake.
 */
const HUNDRED_TWELFTH_A: ScoreFloors = { minRuns: 9, minFound: 6, maxFalseAlarms: 1, maxUnread: 2, minRecall: { plateau: 0.75 } };
const HUNDRED_TWELFTH_B: ScoreFloors = { minRuns: 10, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.6 } };

describeHeldOutPart('the hundred-and-twelfth real-log corpus, part a (held out)', HUNDRED_TWELFTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWELFTH_A_CORPUS_DIR), HUNDRED_TWELFTH_A);
describeHeldOutPart('the hundred-and-twelfth real-log corpus, part b (held out)', HUNDRED_TWELFTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_TWELFTH_B_CORPUS_DIR), HUNDRED_TWELFTH_B);
