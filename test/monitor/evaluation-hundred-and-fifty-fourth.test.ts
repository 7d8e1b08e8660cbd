/**
 * Issue 10's real-log check, held out: the hundred-and-fifty-fourth corpus, built in four parts at one time after the
 * hundred-and-fifty-third was scored, of repositories in no earlier corpus: parts a 8, b 12, c 11 and d 10 runs (forks
 * of Udacity's flower image-classifier project; facial-keypoints project repositories; SageMaker deployment and study
 * notebooks). Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a
 * second labeller, and read only after commit caa7f3d3 ("freeze: round 157's rules"), with whose rules it was scored.
 */
import { HUNDRED_FIFTY_FOURTH_A_CORPUS_DIR, HUNDRED_FIFTY_FOURTH_B_CORPUS_DIR, HUNDRED_FIFTY_FOURTH_C_CORPUS_DIR, HUNDRED_FIFTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 5 of 8 (a slow end read as still improving where a plateau was expected, a one-epoch fall
 * read as a plateau, one run unread: a fixed-width table whose column names hold spaces), b 10 of 13 (a 35-epoch plateau
 * read as overfitting; one run unread then, `Epoch: 1/10 Training Loss 8.483 Validation Loss 3.841`, which readers-163
 * reads since), c 9 of 11 (an end left "no clear answer", a noisy per-batch fall read as a plateau), d 8 of 10 (a bumpy
 * ten-epoch fall read as a plateau; one run unread: a notebook's text saved as `.ipynb`, not JSON). 32 of 42, two false
 * alarms in 41 runs, none critical, three unread. The floors are each part's level less one mistake.
 */
const HUNDRED_FIFTY_FOURTH_A: ScoreFloors = { minRuns: 8, minFound: 4, maxFalseAlarms: 1, maxUnread: 2, minRecall: { 'still-improving': 0.5 } };
const HUNDRED_FIFTY_FOURTH_B: ScoreFloors = { minRuns: 12, minFound: 9, maxFalseAlarms: 1, maxUnread: 2, minRecall: { 'still-improving': 0.85 } };
const HUNDRED_FIFTY_FOURTH_C: ScoreFloors = { minRuns: 11, minFound: 8, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 0.75, 'still-improving': 0.55 } };
const HUNDRED_FIFTY_FOURTH_D: ScoreFloors = { minRuns: 10, minFound: 7, maxFalseAlarms: 2, maxUnread: 2, minRecall: { 'still-improving': 0.55 } };

describeHeldOutPart('the hundred-and-fifty-fourth real-log corpus, part a (held out)', HUNDRED_FIFTY_FOURTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FOURTH_A_CORPUS_DIR), HUNDRED_FIFTY_FOURTH_A);
describeHeldOutPart('the hundred-and-fifty-fourth real-log corpus, part b (held out)', HUNDRED_FIFTY_FOURTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FOURTH_B_CORPUS_DIR), HUNDRED_FIFTY_FOURTH_B);
describeHeldOutPart('the hundred-and-fifty-fourth real-log corpus, part c (held out)', HUNDRED_FIFTY_FOURTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FOURTH_C_CORPUS_DIR), HUNDRED_FIFTY_FOURTH_C);
describeHeldOutPart('the hundred-and-fifty-fourth real-log corpus, part d (held out)', HUNDRED_FIFTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_FIFTY_FOURTH_D_CORPUS_DIR), HUNDRED_FIFTY_FOURTH_D);
