/**
 * Issue 10's real-log check, held out: the hundred-and-sixty-fourth corpus, built in four parts at one time after the
 * hundred-and-sixty-third was scored, of repositories in no earlier corpus: parts a 9, b 5, c 6 and d 1 runs (forks of
 * karpathy's nn-zero-to-hero with the students' own runs; nanoGPT forks' logs and MIT 6.S191 fine-tunes; readers' Colab
 * saves of TensorFlow and keras-io tutorials in licensed repositories; a 6.S191 copy's own fit). Each part was labelled
 * by its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after
 * commit df69bdbb ("freeze: rules frozen for round 167", readers-170 in), with whose rules it was scored.
 */
import {
  HUNDRED_SIXTY_FOURTH_A_CORPUS_DIR, HUNDRED_SIXTY_FOURTH_B_CORPUS_DIR, HUNDRED_SIXTY_FOURTH_C_CORPUS_DIR, HUNDRED_SIXTY_FOURTH_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 8 of 9 (one run unread: a micrograd loop printing `print(k, loss)` as `0 Value(data=0.0008,
 * grad=1.0)`, read since by readers-171; its eight nn-zero-to-hero siblings read as held out), b 5 of 5, c 6 of 6, d 1 of
 * 1. 20 of 21, no false alarm in 21 runs, one unread. The floors are each part's level less one mistake.
 */
const HUNDRED_SIXTY_FOURTH_A: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 1, maxUnread: 2, minRecall: { 'still-improving': 0.65 } };
const HUNDRED_SIXTY_FOURTH_B: ScoreFloors = { minRuns: 5, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_FOURTH_C: ScoreFloors = { minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.75 } };
const HUNDRED_SIXTY_FOURTH_D: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-sixty-fourth real-log corpus, part a (held out)', HUNDRED_SIXTY_FOURTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FOURTH_A_CORPUS_DIR), HUNDRED_SIXTY_FOURTH_A);
describeHeldOutPart('the hundred-and-sixty-fourth real-log corpus, part b (held out)', HUNDRED_SIXTY_FOURTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FOURTH_B_CORPUS_DIR), HUNDRED_SIXTY_FOURTH_B);
describeHeldOutPart('the hundred-and-sixty-fourth real-log corpus, part c (held out)', HUNDRED_SIXTY_FOURTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FOURTH_C_CORPUS_DIR), HUNDRED_SIXTY_FOURTH_C);
describeHeldOutPart('the hundred-and-sixty-fourth real-log corpus, part d (held out)', HUNDRED_SIXTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FOURTH_D_CORPUS_DIR), HUNDRED_SIXTY_FOURTH_D);
