/**
 * Issue 10's real-log check, held out: the hundred-and-fifty-fifth corpus, built in four parts at one time after the
 * hundred-and-fifty-fourth was scored, of repositories in no earlier corpus: parts a 7, b 9, c 8 and d 7 runs (forks of
 * Udacity's flower image-classifier project; facial-keypoints and captioning project repositories; deep-learning
 * nanodegree notebooks, SageMaker studies and a dog-breed transfer notebook). Each part was labelled by its builder
 * before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit
 * 7cddafd9 ("freeze: round 158's rules", readers-163 and readers-164 in), with whose rules it was scored.
 */
import { HUNDRED_FIFTY_FIFTH_A_CORPUS_DIR, HUNDRED_FIFTY_FIFTH_B_CORPUS_DIR, HUNDRED_FIFTY_FIFTH_C_CORPUS_DIR, HUNDRED_FIFTY_FIFTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 6 of 7 (one run unread then: a CSV under a `Parameters:,10,0.05,...` line, its header's
 * counter capitalised, which readers-165 reads since), b 9 of 10 (an end left "no clear answer"), c 7 of 8 (an end
 * left "no clear answer"), d 7 of 7. 29 of 32, no false alarm in 31 runs, one unread. The floors are each part's level
 * less one mistake.
 */
const HUNDRED_FIFTY_FIFTH_A: ScoreFloors = { minRuns: 7, minFound: 5, maxFalseAlarms: 1, maxUnread: 2, minRecall: { 'still-improving': 0.65 } };
const HUNDRED_FIFTY_FIFTH_B: ScoreFloors = { minRuns: 9, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.5, 'still-improving': 0.8 } };
const HUNDRED_FIFTY_FIFTH_C: ScoreFloors = { minRuns: 8, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.6 } };
const HUNDRED_FIFTY_FIFTH_D: ScoreFloors = { minRuns: 7, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-fifty-fifth real-log corpus, part a (held out)', HUNDRED_FIFTY_FIFTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FIFTH_A_CORPUS_DIR), HUNDRED_FIFTY_FIFTH_A);
describeHeldOutPart('the hundred-and-fifty-fifth real-log corpus, part b (held out)', HUNDRED_FIFTY_FIFTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FIFTH_B_CORPUS_DIR), HUNDRED_FIFTY_FIFTH_B);
describeHeldOutPart('the hundred-and-fifty-fifth real-log corpus, part c (held out)', HUNDRED_FIFTY_FIFTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FIFTH_C_CORPUS_DIR), HUNDRED_FIFTY_FIFTH_C);
describeHeldOutPart('the hundred-and-fifty-fifth real-log corpus, part d (held out)', HUNDRED_FIFTY_FIFTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FIFTH_D_CORPUS_DIR), HUNDRED_FIFTY_FIFTH_D);
