/**
 * Issue 10's real-log check, held out: the hundred-and-fiftieth corpus, built in four parts at the same time as the
 * hundred-and-forty-ninth, of repositories in no earlier corpus: parts a 2, b 2, c 3 and d 7 runs (facial-keypoints
 * notebooks from computer-vision monorepos; a research repository's segmentation log and a LoRA fine-tune's log; RoboND
 * follow-me Keras notebooks; dermatologist-ai and dog-breed notebooks). Each part was labelled by its builder before any
 * tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit c31ba77
 * ("freeze: round 153's rules", the same rules as round 150's), with whose rules it was scored.
 */
import { HUNDRED_FIFTIETH_A_CORPUS_DIR, HUNDRED_FIFTIETH_B_CORPUS_DIR, HUNDRED_FIFTIETH_C_CORPUS_DIR, HUNDRED_FIFTIETH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 1 of 2 (a slow fall of per-batch prints read as a plateau, the false alarm), b 2 of 2, c 3
 * of 5 (a ten-epoch follow-me run's noisy validation and its fall read as a plateau with an lr-too-high, the false
 * alarm), d 8 of 10 (a noisy validation read as an lr-too-high, the false alarm; an lr-too-high missed). 14 of 19,
 * three false alarms in 14 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FIFTIETH_A: ScoreFloors = { minRuns: 2, minFound: 0, maxFalseAlarms: 2, maxUnread: 1, minRecall: {} };
const HUNDRED_FIFTIETH_B: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FIFTIETH_C: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 2, maxUnread: 1, minRecall: {} };
const HUNDRED_FIFTIETH_D: ScoreFloors = { minRuns: 7, minFound: 7, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 0.75 } };

describeHeldOutPart('the hundred-and-fiftieth real-log corpus, part a (held out)', HUNDRED_FIFTIETH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTIETH_A_CORPUS_DIR), HUNDRED_FIFTIETH_A);
describeHeldOutPart('the hundred-and-fiftieth real-log corpus, part b (held out)', HUNDRED_FIFTIETH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTIETH_B_CORPUS_DIR), HUNDRED_FIFTIETH_B);
describeHeldOutPart('the hundred-and-fiftieth real-log corpus, part c (held out)', HUNDRED_FIFTIETH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTIETH_C_CORPUS_DIR), HUNDRED_FIFTIETH_C);
describeHeldOutPart('the hundred-and-fiftieth real-log corpus, part d (held out)', HUNDRED_FIFTIETH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTIETH_D_CORPUS_DIR), HUNDRED_FIFTIETH_D);
