/**
 * Issue 10's real-log check, held out: the hundred-and-sixty-seventh corpus, built in five parts at one time while the
 * hundred-and-sixty-sixth was scored, of repositories in no earlier corpus: parts a 10, b 3, c 9 and d 4 runs, e finding
 * none (copies of karpathy's makemore notebooks with their owners' own runs; re-runs of nn-zero-to-hero's bigram lecture;
 * students' runs of the DeepLearning.AI TensorFlow course; readers' saves of Keras notebooks). Each part was labelled by
 * its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after
 * commit b372b3a2 ("freeze: rules frozen for round 170", readers-172 in), with whose rules it was scored.
 */
import {
  HUNDRED_SIXTY_SEVENTH_A_CORPUS_DIR, HUNDRED_SIXTY_SEVENTH_B_CORPUS_DIR, HUNDRED_SIXTY_SEVENTH_C_CORPUS_DIR, HUNDRED_SIXTY_SEVENTH_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 7 of 10 (three runs unread: makemore's backprop exercise, whose training cell updates its
 * parameters by hand inside `torch.no_grad()` and was passed by as an evaluation; two bigram loops printing
 * `print(f'{k:3d} {loss.item()}')`), b 3 of 3, c 9 of 11 (a horses-or-humans run whose every other epoch trains on a
 * generator's few leftover images: its lr-too-high and its end missed, "no clear answer"), d 4 of 4: 23 of 28, no false
 * alarm in 26 runs, three unread. The floors are each part's level less one mistake.
 */
const HUNDRED_SIXTY_SEVENTH_A: ScoreFloors = { minRuns: 10, minFound: 6, maxFalseAlarms: 1, maxUnread: 4, minRecall: { plateau: 0.55 } };
const HUNDRED_SIXTY_SEVENTH_B: ScoreFloors = { minRuns: 3, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_SEVENTH_C: ScoreFloors = { minRuns: 9, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.5 } };
const HUNDRED_SIXTY_SEVENTH_D: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-sixty-seventh real-log corpus, part a (held out)', HUNDRED_SIXTY_SEVENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_SEVENTH_A_CORPUS_DIR), HUNDRED_SIXTY_SEVENTH_A);
describeHeldOutPart('the hundred-and-sixty-seventh real-log corpus, part b (held out)', HUNDRED_SIXTY_SEVENTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_SEVENTH_B_CORPUS_DIR), HUNDRED_SIXTY_SEVENTH_B);
describeHeldOutPart('the hundred-and-sixty-seventh real-log corpus, part c (held out)', HUNDRED_SIXTY_SEVENTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_SEVENTH_C_CORPUS_DIR), HUNDRED_SIXTY_SEVENTH_C);
describeHeldOutPart('the hundred-and-sixty-seventh real-log corpus, part d (held out)', HUNDRED_SIXTY_SEVENTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_SEVENTH_D_CORPUS_DIR), HUNDRED_SIXTY_SEVENTH_D);
