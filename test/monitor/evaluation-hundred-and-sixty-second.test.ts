/**
 * Issue 10's real-log check, held out: the hundred-and-sixty-second corpus, built in four parts at one time after the
 * hundred-and-sixty-first was scored, of repositories in no earlier corpus: parts a 4, b 2, c 7 and d 10 runs (students'
 * forks of an MIT-licensed seq2seq tutorial; forks of a PyTorch course with the students' own exercise runs; forks of
 * MIT 6.S191's labs; forks of karpathy's nn-zero-to-hero with the students' own makemore and micrograd runs). Each part
 * was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and
 * read only after commit a472baa6 ("freeze: rules frozen for round 165", readers-168 in), with whose rules it was scored.
 */
import {
  HUNDRED_SIXTY_SECOND_A_CORPUS_DIR, HUNDRED_SIXTY_SECOND_B_CORPUS_DIR, HUNDRED_SIXTY_SECOND_C_CORPUS_DIR, HUNDRED_SIXTY_SECOND_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 4 of 5 (an attention model's validation loss three rises above its best, 6.1 % at the end,
 * labelled overfitting, read as a widening gap), b 2 of 2 with one false alarm (an lr-too-high, a warning, on a ten-epoch
 * ViT fine-tune), c 5 of 7 (two three-model ensembles, each model's loss logged and no total, left "nothing to
 * diagnose"), d 3 of 12 with seven runs unread (loops printing their loss bare, `print(loss.item())`,
 * `print(k, loss.data)`, `print(loss)`: the loss named only in the code; read since by readers-169). 14 of 26, one
 * false alarm (not critical) in 23 runs, seven unread. The floors are each part's level less one mistake.
 */
const HUNDRED_SIXTY_SECOND_A: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_SECOND_B: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 2, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_SECOND_C: ScoreFloors = { minRuns: 7, minFound: 4, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.8 } };
const HUNDRED_SIXTY_SECOND_D: ScoreFloors = { minRuns: 10, minFound: 2, maxFalseAlarms: 1, maxUnread: 8, minRecall: { 'still-improving': 0.15 } };

describeHeldOutPart('the hundred-and-sixty-second real-log corpus, part a (held out)', HUNDRED_SIXTY_SECOND_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_SECOND_A_CORPUS_DIR), HUNDRED_SIXTY_SECOND_A);
describeHeldOutPart('the hundred-and-sixty-second real-log corpus, part b (held out)', HUNDRED_SIXTY_SECOND_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_SECOND_B_CORPUS_DIR), HUNDRED_SIXTY_SECOND_B);
describeHeldOutPart('the hundred-and-sixty-second real-log corpus, part c (held out)', HUNDRED_SIXTY_SECOND_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_SECOND_C_CORPUS_DIR), HUNDRED_SIXTY_SECOND_C);
describeHeldOutPart('the hundred-and-sixty-second real-log corpus, part d (held out)', HUNDRED_SIXTY_SECOND_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_SECOND_D_CORPUS_DIR), HUNDRED_SIXTY_SECOND_D);
