/**
 * Issue 10's real-log check, held out: the hundred-and-fifty-ninth corpus, built in four parts at one time after the
 * hundred-and-fifty-eighth was scored, of repositories in no earlier corpus: parts a 2, b 9, c 10 and d 4 runs (GitHub
 * Classroom projects of one course; flower image-classifier notebooks; licensed runs earlier parts had passed over for
 * their caps, and a course's captioning notebook). Each part was labelled by its builder before any tool ran on it
 * (labels.json, scored here) and blind by a second labeller, and read only after commit c91b1f62 ("freeze: round 162's
 * rules", readers-166 in), with whose rules it was scored.
 */
import { HUNDRED_FIFTY_NINTH_A_CORPUS_DIR, HUNDRED_FIFTY_NINTH_B_CORPUS_DIR, HUNDRED_FIFTY_NINTH_C_CORPUS_DIR, HUNDRED_FIFTY_NINTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 2 of 2, b 8 of 9 (a per-batch training loss's fall missed), c 9 of 10 (an end left
 * "no clear answer"), d 3 of 4 (one run unread then: W&B's PyTorch tutorial's `Loss after 03200 examples: 0.512`,
 * which readers-167 reads since). 22 of 25, no false alarm in 25 runs, one unread. The floors are each part's level
 * less one mistake.
 */
const HUNDRED_FIFTY_NINTH_A: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_FIFTY_NINTH_B: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.6 } };
const HUNDRED_FIFTY_NINTH_C: ScoreFloors = { minRuns: 10, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.65 } };
const HUNDRED_FIFTY_NINTH_D: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 2, minRecall: {} };

describeHeldOutPart('the hundred-and-fifty-ninth real-log corpus, part a (held out)', HUNDRED_FIFTY_NINTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_NINTH_A_CORPUS_DIR), HUNDRED_FIFTY_NINTH_A);
describeHeldOutPart('the hundred-and-fifty-ninth real-log corpus, part b (held out)', HUNDRED_FIFTY_NINTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_NINTH_B_CORPUS_DIR), HUNDRED_FIFTY_NINTH_B);
describeHeldOutPart('the hundred-and-fifty-ninth real-log corpus, part c (held out)', HUNDRED_FIFTY_NINTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_NINTH_C_CORPUS_DIR), HUNDRED_FIFTY_NINTH_C);
describeHeldOutPart('the hundred-and-fifty-ninth real-log corpus, part d (held out)', HUNDRED_FIFTY_NINTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_NINTH_D_CORPUS_DIR), HUNDRED_FIFTY_NINTH_D);
