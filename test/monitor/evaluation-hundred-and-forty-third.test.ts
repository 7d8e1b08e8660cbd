/**
 * Issue 10's real-log check, held out: the hundred-and-forty-third corpus, built in four parts at one time after the
 * hundred-and-forty-second was scored, of repositories in no earlier corpus: parts a 10, b 10, c 8 and d 10 runs
 * (copies of Udacity's facial-keypoints project; RoboND follow-me Keras notebooks, two saved only as HTML exports;
 * AIND speech-recognizer notebooks, each judged on its last training; computer-vision nanodegree monorepos and a
 * dermatologist-ai copy). Each part was labelled by its builder before any tool ran on it (labels.json, scored here)
 * and blind by a second labeller, and read only after commit 7fccbc1 ("freeze: round 146"), with whose rules it was
 * scored.
 */
import { HUNDRED_FORTY_THIRD_A_CORPUS_DIR, HUNDRED_FORTY_THIRD_B_CORPUS_DIR, HUNDRED_FORTY_THIRD_C_CORPUS_DIR, HUNDRED_FORTY_THIRD_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 9 of 11 (a noisy end read as lr-too-high alone; per-epoch lines printing their losses in
 * brackets, `Train Loss: [0.153055]`, unread), b 10 of 15 (two notebooks kept only as HTML exports, unread; a plateau
 * read as a widening gap), c 8 of 9 (a plateau read as still improving, the one false alarm), d 8 of 10 (two slow
 * falls read as plateaus). 35 of 45, one false alarm (not critical) in 38 runs, 3 unread. The floors are each part's
 * level less one mistake.
 */
const HUNDRED_FORTY_THIRD_A: ScoreFloors = { minRuns: 10, minFound: 8, maxFalseAlarms: 1, maxUnread: 2, minRecall: { plateau: 0.5, 'still-improving': 0.65 } };
const HUNDRED_FORTY_THIRD_B: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 3, minRecall: { plateau: 0.5, 'noisy-validation': 0.4 } };
const HUNDRED_FORTY_THIRD_C: ScoreFloors = { minRuns: 8, minFound: 7, maxFalseAlarms: 2, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_FORTY_THIRD_D: ScoreFloors = { minRuns: 10, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.75, 'still-improving': 0.4 } };

describeHeldOutPart('the hundred-and-forty-third real-log corpus, part a (held out)', HUNDRED_FORTY_THIRD_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_THIRD_A_CORPUS_DIR), HUNDRED_FORTY_THIRD_A);
describeHeldOutPart('the hundred-and-forty-third real-log corpus, part b (held out)', HUNDRED_FORTY_THIRD_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_THIRD_B_CORPUS_DIR), HUNDRED_FORTY_THIRD_B);
describeHeldOutPart('the hundred-and-forty-third real-log corpus, part c (held out)', HUNDRED_FORTY_THIRD_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_THIRD_C_CORPUS_DIR), HUNDRED_FORTY_THIRD_C);
describeHeldOutPart('the hundred-and-forty-third real-log corpus, part d (held out)', HUNDRED_FORTY_THIRD_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_THIRD_D_CORPUS_DIR), HUNDRED_FORTY_THIRD_D);
