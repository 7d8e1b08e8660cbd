/**
 * Issue 10's real-log check, held out: the hundred-and-sixty-eighth corpus, built in five parts at one time while the
 * hundred-and-sixty-sixth and -seventh were scored, of repositories in no earlier corpus: parts a 10, b 10, c 1, d 4 and
 * e 4 runs (re-runs of karpathy's nn-zero-to-hero and makemore notebooks; students' runs of the DeepLearning.AI
 * TensorFlow course; a scikit-learn MLP's loss curve; readers' saves of Keras notebooks; students' runs of Daniel Bourke's
 * TensorFlow and PyTorch courses). Each part was labelled by its builder before any tool ran on it (labels.json, scored
 * here) and blind by a second labeller, and read only after commit 4f28cddd ("freeze: rules frozen for round 171",
 * readers-173 in), with whose rules it was scored.
 */
import {
  HUNDRED_SIXTY_EIGHTH_A_CORPUS_DIR, HUNDRED_SIXTY_EIGHTH_B_CORPUS_DIR, HUNDRED_SIXTY_EIGHTH_C_CORPUS_DIR, HUNDRED_SIXTY_EIGHTH_D_CORPUS_DIR,
  HUNDRED_SIXTY_EIGHTH_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 7 of 11 (three runs unread: two makemore loops printing
 * `print(f"{i + 1:7d} / {max_steps:7d}; {loss.item():.4f}")`, a counter over its total and the loss after a semicolon,
 * and a notebook printing each of five training rounds' evaluations as a split word, a tab and the loss,
 * `train \t 2.5204`, `dev \t 2.5752`; a trigram loop's slow fall read as a plateau), b 10 of 11 with two false alarms (warnings: a
 * plateau where both labellers read an overfit, missed, and an lr-too-high on a transfer-learning run), c 1 of 1, d 3 of
 * 4 (an SGD MLP's stalled validation loss beside a falling training loss read as still improving), e 4 of 4: 25 of 31,
 * two false alarms in 29 runs, none critical, three unread. The floors are each part's level less one mistake.
 */
const HUNDRED_SIXTY_EIGHTH_A: ScoreFloors = { minRuns: 10, minFound: 6, maxFalseAlarms: 1, maxUnread: 4, minRecall: { 'still-improving': 0.4 } };
const HUNDRED_SIXTY_EIGHTH_B: ScoreFloors = { minRuns: 10, minFound: 9, maxFalseAlarms: 3, maxUnread: 1, minRecall: { overfitting: 0.5 } };
const HUNDRED_SIXTY_EIGHTH_C: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_EIGHTH_D: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_SIXTY_EIGHTH_E: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-sixty-eighth real-log corpus, part a (held out)', HUNDRED_SIXTY_EIGHTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_EIGHTH_A_CORPUS_DIR), HUNDRED_SIXTY_EIGHTH_A);
describeHeldOutPart('the hundred-and-sixty-eighth real-log corpus, part b (held out)', HUNDRED_SIXTY_EIGHTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_EIGHTH_B_CORPUS_DIR), HUNDRED_SIXTY_EIGHTH_B);
describeHeldOutPart('the hundred-and-sixty-eighth real-log corpus, part c (held out)', HUNDRED_SIXTY_EIGHTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_EIGHTH_C_CORPUS_DIR), HUNDRED_SIXTY_EIGHTH_C);
describeHeldOutPart('the hundred-and-sixty-eighth real-log corpus, part d (held out)', HUNDRED_SIXTY_EIGHTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_EIGHTH_D_CORPUS_DIR), HUNDRED_SIXTY_EIGHTH_D);
describeHeldOutPart('the hundred-and-sixty-eighth real-log corpus, part e (held out)', HUNDRED_SIXTY_EIGHTH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_SIXTY_EIGHTH_E_CORPUS_DIR), HUNDRED_SIXTY_EIGHTH_E);
