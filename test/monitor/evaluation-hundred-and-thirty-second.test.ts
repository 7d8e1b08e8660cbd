/**
 * Issue 10's real-log check, held out: the hundred-and-thirty-second corpus, built in five parts at one time after the
 * hundred-and-thirty-first was scored, of repositories in no earlier corpus: parts a 6 runs (YOLOv8 trainings printed
 * in notebooks, an RT-DETR Trainer resumed across cells, a results.csv of five appended trainings), b 2 (a YOLOv8
 * fork's results.csv files), c 12 (Udacity deep-learning-v2-pytorch forks), d 12 (GAN notebooks of Udacity course
 * forks) and e 6 (research code's per-epoch JSON and CSV logs, one a long table). Each part was labelled by its builder
 * before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit
 * 54b28f2 ("freeze: round 135's rules"), with whose rules it was scored.
 */
import {
  HUNDRED_THIRTY_SECOND_A_CORPUS_DIR, HUNDRED_THIRTY_SECOND_B_CORPUS_DIR, HUNDRED_THIRTY_SECOND_C_CORPUS_DIR, HUNDRED_THIRTY_SECOND_D_CORPUS_DIR,
  HUNDRED_THIRTY_SECOND_E_CORPUS_DIR, corpusDirsBefore,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: a 5 of 6, one false alarm (still-improving on the resumed RT-DETR run, whose last three
 * evaluations came in a table of its own, too short to be read: the plateau both labellers expect is missed); b 2 of 2;
 * c 13 of 13; d 10 of 12 (two DCGANs read as a divergence alone); e 4 of 6 (a long table, `epoch,split,metric,value`,
 * read as no loss twice). 34 of 39, one false alarm in 38 runs, none unread. After readers-154 (long tables) and
 * rules-66 (a GAN's diverging sum read on to its end): d 12 of 12 with one false alarm (plateau beside a divergence, allowed
 * by the second labeller), e 6 of 6. The floors are each part's level now less one mistake.
 */
const HUNDRED_THIRTY_SECOND_A: ScoreFloors = { minRuns: 6, minFound: 4, maxFalseAlarms: 2, maxUnread: 1, minRecall: { 'still-improving': 0.8 } };
const HUNDRED_THIRTY_SECOND_B: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };
const HUNDRED_THIRTY_SECOND_C: ScoreFloors = { minRuns: 12, minFound: 12, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.8, plateau: 0.8 } };
const HUNDRED_THIRTY_SECOND_D: ScoreFloors = { minRuns: 12, minFound: 11, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 0.9 } };
const HUNDRED_THIRTY_SECOND_E: ScoreFloors = { minRuns: 6, minFound: 5, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-thirty-second real-log corpus, part a (held out)', HUNDRED_THIRTY_SECOND_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_SECOND_A_CORPUS_DIR), HUNDRED_THIRTY_SECOND_A);
describeHeldOutPart('the hundred-and-thirty-second real-log corpus, part b (held out)', HUNDRED_THIRTY_SECOND_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_SECOND_B_CORPUS_DIR), HUNDRED_THIRTY_SECOND_B);
describeHeldOutPart('the hundred-and-thirty-second real-log corpus, part c (held out)', HUNDRED_THIRTY_SECOND_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_SECOND_C_CORPUS_DIR), HUNDRED_THIRTY_SECOND_C);
describeHeldOutPart('the hundred-and-thirty-second real-log corpus, part d (held out)', HUNDRED_THIRTY_SECOND_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_SECOND_D_CORPUS_DIR), HUNDRED_THIRTY_SECOND_D);
describeHeldOutPart('the hundred-and-thirty-second real-log corpus, part e (held out)', HUNDRED_THIRTY_SECOND_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_SECOND_E_CORPUS_DIR), HUNDRED_THIRTY_SECOND_E);
