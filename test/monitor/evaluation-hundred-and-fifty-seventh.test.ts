/**
 * Issue 10's real-log check, held out: the hundred-and-fifty-seventh corpus, built in four parts at one time after the
 * hundred-and-fifty-sixth was scored, of repositories in no earlier corpus: parts a 4, b 8, c 3 and d 4 runs (a dog-breed
 * fork of deep-learning-v2-pytorch and a flower classifier; forks of Udacity's flower image-classifier project; a
 * facial-keypoints notebook and a fork of CVND_Exercises; dog-breed histories and a GitHub Classroom project's W&B chart
 * export). Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a
 * second labeller, and read only after commit a25b1f1e ("freeze: round 160's rules", readers-165 in), with whose rules
 * it was scored.
 */
import { HUNDRED_FIFTY_SEVENTH_A_CORPUS_DIR, HUNDRED_FIFTY_SEVENTH_B_CORPUS_DIR, HUNDRED_FIFTY_SEVENTH_C_CORPUS_DIR, HUNDRED_FIFTY_SEVENTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 4 of 4, b 9 of 10 (a widening gap read without the end state of its noisy 30-epoch validation
 * loss), c 3 of 3, d 3 of 4 (a W&B chart export, `"Step","<run> - validation/loss","<run> - validation/loss__MIN",...`,
 * read then as series of no role: its overfit unseen; readers-166 reads it since). 19 of 21, no false alarm in 19
 * runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FIFTY_SEVENTH_A: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FIFTY_SEVENTH_B: ScoreFloors = { minRuns: 8, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.65 } };
const HUNDRED_FIFTY_SEVENTH_C: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FIFTY_SEVENTH_D: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-fifty-seventh real-log corpus, part a (held out)', HUNDRED_FIFTY_SEVENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SEVENTH_A_CORPUS_DIR), HUNDRED_FIFTY_SEVENTH_A);
describeHeldOutPart('the hundred-and-fifty-seventh real-log corpus, part b (held out)', HUNDRED_FIFTY_SEVENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SEVENTH_B_CORPUS_DIR), HUNDRED_FIFTY_SEVENTH_B);
describeHeldOutPart('the hundred-and-fifty-seventh real-log corpus, part c (held out)', HUNDRED_FIFTY_SEVENTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SEVENTH_C_CORPUS_DIR), HUNDRED_FIFTY_SEVENTH_C);
describeHeldOutPart('the hundred-and-fifty-seventh real-log corpus, part d (held out)', HUNDRED_FIFTY_SEVENTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_SEVENTH_D_CORPUS_DIR), HUNDRED_FIFTY_SEVENTH_D);
