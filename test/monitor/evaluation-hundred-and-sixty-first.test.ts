/**
 * Issue 10's real-log check, held out: the hundred-and-sixty-first corpus, built in five parts at one time after the
 * hundred-and-sixtieth was scored, of repositories in no earlier corpus: parts a 9, b 2, c 2, d 1 and e 2 runs
 * (students' own runs of the Coursera TensorFlow course's notebooks and a flowers project's printed batches; GitHub
 * Classroom projects of one course; UQ COMP3710 students' forks; students' consoles merged into the 2024 COMP3710
 * upstream). Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a
 * second labeller, and read only after commit 9298b10d ("freeze: rules frozen for round 164"), with whose rules it was
 * scored.
 */
import {
  HUNDRED_SIXTY_FIRST_A_CORPUS_DIR, HUNDRED_SIXTY_FIRST_B_CORPUS_DIR, HUNDRED_SIXTY_FIRST_C_CORPUS_DIR, HUNDRED_SIXTY_FIRST_D_CORPUS_DIR,
  HUNDRED_SIXTY_FIRST_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 9 of 9, b 1 of 2 (a seq2seq notebook's validation loss 2.9 % above its best while the
 * training loss falls on, labelled a widening gap or overfitting, read as a plateau with an lr-too-high, a false alarm),
 * c 4 of 4, d 0 of 1 (a 20-epoch U-Net's validation loss 3.3 % above its best, a plateau by the label, read as still
 * improving by its 10-point trend, which the label allows but does not ask), e 3 of 3. 17 of 19, one false alarm (not
 * critical) in 16 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_SIXTY_FIRST_A: ScoreFloors = { minRuns: 9, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8 } };
const HUNDRED_SIXTY_FIRST_B: ScoreFloors = { minRuns: 2, minFound: 0, maxFalseAlarms: 2, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_FIRST_C: ScoreFloors = { minRuns: 2, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_FIRST_D: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_FIRST_E: ScoreFloors = { minRuns: 2, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-sixty-first real-log corpus, part a (held out)', HUNDRED_SIXTY_FIRST_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FIRST_A_CORPUS_DIR), HUNDRED_SIXTY_FIRST_A);
describeHeldOutPart('the hundred-and-sixty-first real-log corpus, part b (held out)', HUNDRED_SIXTY_FIRST_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FIRST_B_CORPUS_DIR), HUNDRED_SIXTY_FIRST_B);
describeHeldOutPart('the hundred-and-sixty-first real-log corpus, part c (held out)', HUNDRED_SIXTY_FIRST_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FIRST_C_CORPUS_DIR), HUNDRED_SIXTY_FIRST_C);
describeHeldOutPart('the hundred-and-sixty-first real-log corpus, part d (held out)', HUNDRED_SIXTY_FIRST_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FIRST_D_CORPUS_DIR), HUNDRED_SIXTY_FIRST_D);
describeHeldOutPart('the hundred-and-sixty-first real-log corpus, part e (held out)', HUNDRED_SIXTY_FIRST_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_FIRST_E_CORPUS_DIR), HUNDRED_SIXTY_FIRST_E);
