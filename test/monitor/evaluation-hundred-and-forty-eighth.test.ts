/**
 * Issue 10's real-log check, held out: the hundred-and-forty-eighth corpus, built in four parts at the same time as the
 * hundred-and-forty-seventh, of repositories in no earlier corpus: parts a 4, b 8, c 6 and d 9 runs (AIND
 * speech-recognizer notebooks, each judged on its last training; computer-vision nanodegree captioning logs and
 * facial-keypoints notebooks; dog-breed classifier notebooks). Each part was labelled by its builder before any tool ran
 * on it (labels.json, scored here) and blind by a second labeller, and read only after commit b0972fe ("freeze: round
 * 151's rules", the same rules as round 150's), with whose rules it was scored.
 */
import { HUNDRED_FORTY_EIGHTH_A_CORPUS_DIR, HUNDRED_FORTY_EIGHTH_B_CORPUS_DIR, HUNDRED_FORTY_EIGHTH_C_CORPUS_DIR, HUNDRED_FORTY_EIGHTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 4 of 4, b 7 of 8 (an end left "no clear answer" on a label taking a plateau or a widening
 * gap), c 4 of 6 (an end left "no clear answer" on a label taking either end, a slow fall of per-batch prints read as
 * a plateau), d 9 of 9. 24 of 27, no false alarm in 27 runs, none unread. The floors are each part's level less one
 * mistake.
 */
const HUNDRED_FORTY_EIGHTH_A: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FORTY_EIGHTH_B: ScoreFloors = { minRuns: 8, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FORTY_EIGHTH_C: ScoreFloors = { minRuns: 6, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FORTY_EIGHTH_D: ScoreFloors = { minRuns: 9, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.8 } };

describeHeldOutPart('the hundred-and-forty-eighth real-log corpus, part a (held out)', HUNDRED_FORTY_EIGHTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_EIGHTH_A_CORPUS_DIR), HUNDRED_FORTY_EIGHTH_A);
describeHeldOutPart('the hundred-and-forty-eighth real-log corpus, part b (held out)', HUNDRED_FORTY_EIGHTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_EIGHTH_B_CORPUS_DIR), HUNDRED_FORTY_EIGHTH_B);
describeHeldOutPart('the hundred-and-forty-eighth real-log corpus, part c (held out)', HUNDRED_FORTY_EIGHTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_EIGHTH_C_CORPUS_DIR), HUNDRED_FORTY_EIGHTH_C);
describeHeldOutPart('the hundred-and-forty-eighth real-log corpus, part d (held out)', HUNDRED_FORTY_EIGHTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_EIGHTH_D_CORPUS_DIR), HUNDRED_FORTY_EIGHTH_D);
