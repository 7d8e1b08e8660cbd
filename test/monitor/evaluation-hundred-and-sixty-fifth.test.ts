/**
 * Issue 10's real-log check, held out: the hundred-and-sixty-fifth corpus, built in four parts at one time after the
 * hundred-and-sixty-fourth was scored, of repositories in no earlier corpus: parts a 1, b 1, c 3 and d 9 runs (readers'
 * Colab saves of TensorFlow tutorials in licensed repositories; a 6.S191 fine-tune and a nanoGPT fork's pasted logs;
 * copies of karpathy's makemore and micrograd notebooks with their owners' own runs). Each part was labelled by its
 * builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit
 * 0cb2c6c5 ("freeze: rules frozen for round 168", readers-171 in), with whose rules it was scored.
 */
import {
  HUNDRED_SIXTY_FIFTH_A_CORPUS_DIR, HUNDRED_SIXTY_FIFTH_B_CORPUS_DIR, HUNDRED_SIXTY_FIFTH_C_CORPUS_DIR, HUNDRED_SIXTY_FIFTH_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 1 of 1, b 1 of 1, c 3 of 3, d 8 of 9 (one run unread: a micrograd loop printing its loss
 * inside an f-string with its predictions, `print(f'{k:2}, {loss.data:.5f}, {[...]}')`, left alone). 13 of 14, no false
 * alarm in 14 runs, one unread. The floors are each part's level less one mistake.
 */
const HUNDRED_SIXTY_FIFTH_A: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_FIFTH_B: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_FIFTH_C: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_FIFTH_D: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 1, maxUnread: 2, minRecall: { plateau: 0.75, 'still-improving': 0.5 } };

describeHeldOutPart('the hundred-and-sixty-fifth real-log corpus, part a (held out)', HUNDRED_SIXTY_FIFTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FIFTH_A_CORPUS_DIR), HUNDRED_SIXTY_FIFTH_A);
describeHeldOutPart('the hundred-and-sixty-fifth real-log corpus, part b (held out)', HUNDRED_SIXTY_FIFTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FIFTH_B_CORPUS_DIR), HUNDRED_SIXTY_FIFTH_B);
describeHeldOutPart('the hundred-and-sixty-fifth real-log corpus, part c (held out)', HUNDRED_SIXTY_FIFTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FIFTH_C_CORPUS_DIR), HUNDRED_SIXTY_FIFTH_C);
describeHeldOutPart('the hundred-and-sixty-fifth real-log corpus, part d (held out)', HUNDRED_SIXTY_FIFTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FIFTH_D_CORPUS_DIR), HUNDRED_SIXTY_FIFTH_D);
