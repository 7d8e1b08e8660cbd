/**
 * Issue 10's real-log check, held out: the hundred-and-eighty-fourth corpus, built in five parts at one time, of
 * repositories in no earlier corpus: parts a 5, b 4, c 9, d 9 and e 9 runs (students' runs of the DeepLearning.AI
 * TensorFlow course; Lightning CSVLogger logs of Lightning's Deep Learning Fundamentals; YOLOv5 and SuperYOLO results
 * files; students' runs in Korean deep-learning class repositories; runs around Generative Deep Learning outside its
 * forks). Each part was labelled by its builder before any tool ran on it (labels.json, scored here) and blind by a
 * second labeller, and read only after commit f0640112 ("freeze: rules and readers as they stand (as at 84af0c4c),
 * before round 187"), with whose rules it was scored.
 */
import {
  HUNDRED_EIGHTY_FOURTH_A_CORPUS_DIR, HUNDRED_EIGHTY_FOURTH_B_CORPUS_DIR, HUNDRED_EIGHTY_FOURTH_C_CORPUS_DIR,
  HUNDRED_EIGHTY_FOURTH_D_CORPUS_DIR, HUNDRED_EIGHTY_FOURTH_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 6 of 6, b 3 of 4 (a validation loss flat at chance on a binary task read as underfitting,
 * its end missed), c 8 of 10 (two SuperYOLO results.txt files of 15 columns unread), d 9 of 10 (a 10-epoch MNIST run's
 * plateau or overfit read as a widening gap), e 7 of 10 (a PyTorch LSTM's `Epoch: 1\tepoch time 0.11 min` unread, read
 * since readers-180; a VAE's plateau read as still improving, the one false alarm, at info; a noisy validation loss on
 * exactly 10 evaluations missed): 33 of 40, 1 false alarm in 36 runs, 3 unread. The floors are each part's level less
 * one mistake.
 */
const HUNDRED_EIGHTY_FOURTH_A: ScoreFloors = { minRuns: 5, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_EIGHTY_FOURTH_B: ScoreFloors = { minRuns: 4, minFound: 2, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_EIGHTY_FOURTH_C: ScoreFloors = { minRuns: 9, minFound: 7, maxFalseAlarms: 1, maxUnread: 3, minRecall: { 'still-improving': 0.65 } };
const HUNDRED_EIGHTY_FOURTH_D: ScoreFloors = { minRuns: 9, minFound: 8, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.8 } };
const HUNDRED_EIGHTY_FOURTH_E: ScoreFloors = { minRuns: 9, minFound: 6, maxFalseAlarms: 2, maxUnread: 2, minRecall: { 'still-improving': 0.5 } };

describeHeldOutPart('the hundred-and-eighty-fourth real-log corpus, part a (held out)', HUNDRED_EIGHTY_FOURTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_FOURTH_A_CORPUS_DIR), HUNDRED_EIGHTY_FOURTH_A);
describeHeldOutPart('the hundred-and-eighty-fourth real-log corpus, part b (held out)', HUNDRED_EIGHTY_FOURTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_FOURTH_B_CORPUS_DIR), HUNDRED_EIGHTY_FOURTH_B);
describeHeldOutPart('the hundred-and-eighty-fourth real-log corpus, part c (held out)', HUNDRED_EIGHTY_FOURTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_FOURTH_C_CORPUS_DIR), HUNDRED_EIGHTY_FOURTH_C);
describeHeldOutPart('the hundred-and-eighty-fourth real-log corpus, part d (held out)', HUNDRED_EIGHTY_FOURTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_FOURTH_D_CORPUS_DIR), HUNDRED_EIGHTY_FOURTH_D);
describeHeldOutPart('the hundred-and-eighty-fourth real-log corpus, part e (held out)', HUNDRED_EIGHTY_FOURTH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTY_FOURTH_E_CORPUS_DIR), HUNDRED_EIGHTY_FOURTH_E);
