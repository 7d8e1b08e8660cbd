/**
 * Issue 10's real-log check, held out: the hundred-and-forty-second corpus, built in two parts at one time after the
 * hundred-and-forty-first was scored and rules-67 landed, of repositories in no earlier corpus: parts a 10 and b 10 runs
 * (copies of Udacity's facial-keypoints project: training losses printed every few batches, one a per-epoch JSON the
 * owner's code wrote). Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and
 * blind by a second labeller, and read only after commit d4bad26 ("freeze: round 145's rules"), with whose rules it
 * was scored.
 */
import { HUNDRED_FORTY_SECOND_A_CORPUS_DIR, HUNDRED_FORTY_SECOND_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 10 of 10, b 10 of 11 (a slow straight fall read as a plateau). 20 of 21, no false alarm in
 * 20 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FORTY_SECOND_A: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85 } };
const HUNDRED_FORTY_SECOND_B: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8, 'still-improving': 0.5 } };

describeHeldOutPart('the hundred-and-forty-second real-log corpus, part a (held out)', HUNDRED_FORTY_SECOND_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SECOND_A_CORPUS_DIR), HUNDRED_FORTY_SECOND_A);
describeHeldOutPart('the hundred-and-forty-second real-log corpus, part b (held out)', HUNDRED_FORTY_SECOND_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FORTY_SECOND_B_CORPUS_DIR), HUNDRED_FORTY_SECOND_B);
