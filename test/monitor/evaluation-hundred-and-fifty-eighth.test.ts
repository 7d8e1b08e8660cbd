/**
 * Issue 10's real-log check, held out: the hundred-and-fifty-eighth corpus, built in four parts at one time after the
 * hundred-and-fifty-seventh was scored, of repositories in no earlier corpus: parts a 2, b 9, c 7 and d 2 runs (GitHub
 * Classroom projects of one course; forks of Udacity's flower image-classifier project; licensed runs earlier parts had
 * passed over for their caps; CS231n assignment notebooks). Each part was labelled by its builder before any tool ran
 * on it (labels.json, scored here) and blind by a second labeller, and read only after commit 36f00513 ("freeze: round
 * 161's rules", as at a25b1f1e), with whose rules it was scored.
 */
import { HUNDRED_FIFTY_EIGHTH_A_CORPUS_DIR, HUNDRED_FIFTY_EIGHTH_B_CORPUS_DIR, HUNDRED_FIFTY_EIGHTH_C_CORPUS_DIR, HUNDRED_FIFTY_EIGHTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 2 of 2, b 7 of 9 (a significant fall whose end sits within its noise of its best, left
 * "no clear answer"; a ten-epoch validation loss that ends on a new best after a bounce, read as a plateau), c 7 of 7,
 * d 2 of 2. 18 of 20, no false alarm in 20 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FIFTY_EIGHTH_A: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FIFTY_EIGHTH_B: ScoreFloors = { minRuns: 9, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.5 } };
const HUNDRED_FIFTY_EIGHTH_C: ScoreFloors = { minRuns: 7, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85 } };
const HUNDRED_FIFTY_EIGHTH_D: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-fifty-eighth real-log corpus, part a (held out)', HUNDRED_FIFTY_EIGHTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_EIGHTH_A_CORPUS_DIR), HUNDRED_FIFTY_EIGHTH_A);
describeHeldOutPart('the hundred-and-fifty-eighth real-log corpus, part b (held out)', HUNDRED_FIFTY_EIGHTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_EIGHTH_B_CORPUS_DIR), HUNDRED_FIFTY_EIGHTH_B);
describeHeldOutPart('the hundred-and-fifty-eighth real-log corpus, part c (held out)', HUNDRED_FIFTY_EIGHTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_EIGHTH_C_CORPUS_DIR), HUNDRED_FIFTY_EIGHTH_C);
describeHeldOutPart('the hundred-and-fifty-eighth real-log corpus, part d (held out)', HUNDRED_FIFTY_EIGHTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_EIGHTH_D_CORPUS_DIR), HUNDRED_FIFTY_EIGHTH_D);
