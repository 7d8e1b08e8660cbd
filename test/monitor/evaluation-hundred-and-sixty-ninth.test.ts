/**
 * Issue 10's real-log check, held out: the hundred-and-sixty-ninth corpus, built in four parts at one time while readers-174
 * was measured, of repositories in no earlier corpus: parts a 4, b 10, c 7 and d 10 runs (re-runs of karpathy's
 * nn-zero-to-hero and makemore notebooks; students' runs of the DeepLearning.AI TensorFlow course; readers' Colab saves of
 * Keras notebooks in forks of licensed projects; students' runs of Daniel Bourke's PyTorch course exercises). Each part was
 * labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only
 * after commit 35964ec7 ("freeze: rules frozen for round 172", readers-174 in), with whose rules it was scored.
 */
import {
  HUNDRED_SIXTY_NINTH_A_CORPUS_DIR, HUNDRED_SIXTY_NINTH_B_CORPUS_DIR, HUNDRED_SIXTY_NINTH_C_CORPUS_DIR, HUNDRED_SIXTY_NINTH_D_CORPUS_DIR,
  corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 4 of 4, b 10 of 12 with one false alarm (info: a still-improving where the labellers read a
 * stalled validation loss, plateau or widening gap, missed; a rock-paper-scissors run whose end its noise hides, abstained),
 * c 7 of 8 (a dogs-vs-cats run's last epochs read as a plateau, not still improving), d 9 of 12 (a test loss stalled by a
 * rounding bug beside a falling training loss read as still improving, the widening gap missed; a linear fit's slow
 * straight fall read as still improving, not as lr-too-low; a chance-level MNIST run read as a plateau, not as
 * underfitting): 30 of 36, one false alarm in 31 runs, none critical, none unread. The
 * floors are each part's level less one mistake.
 */
const HUNDRED_SIXTY_NINTH_A: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_NINTH_B: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 2, maxUnread: 1, minRecall: { 'still-improving': 0.65 } };
const HUNDRED_SIXTY_NINTH_C: ScoreFloors = { minRuns: 7, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_NINTH_D: ScoreFloors = { minRuns: 10, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.75, 'still-improving': 0.8 } };

describeHeldOutPart('the hundred-and-sixty-ninth real-log corpus, part a (held out)', HUNDRED_SIXTY_NINTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_NINTH_A_CORPUS_DIR), HUNDRED_SIXTY_NINTH_A);
describeHeldOutPart('the hundred-and-sixty-ninth real-log corpus, part b (held out)', HUNDRED_SIXTY_NINTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_NINTH_B_CORPUS_DIR), HUNDRED_SIXTY_NINTH_B);
describeHeldOutPart('the hundred-and-sixty-ninth real-log corpus, part c (held out)', HUNDRED_SIXTY_NINTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_NINTH_C_CORPUS_DIR), HUNDRED_SIXTY_NINTH_C);
describeHeldOutPart('the hundred-and-sixty-ninth real-log corpus, part d (held out)', HUNDRED_SIXTY_NINTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_NINTH_D_CORPUS_DIR), HUNDRED_SIXTY_NINTH_D);
