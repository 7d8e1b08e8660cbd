/**
 * Issue 10's real-log check, held out: the hundred-and-thirty-first corpus, built in two parts at one time after the
 * hundred-and-thirtieth was scored and readers-153 landed, of repositories in no earlier corpus (its parts lettered c and
 * e after their builders' leads): parts c 11 runs and e 12 (Udacity course notebooks from two lists of forks, seven GAN
 * and face-generation notebooks among them: the builders were told to take GAN notebooks too, after two builders of
 * earlier rounds had left them out). Each part was labelled by its builder before any tool ran on it (labels.json,
 * scored here) and blind by a second labeller, and read only after commit 87017c2 ("freeze: the rules as they stand
 * before the hundred-and-thirty-first corpus"), with whose rules it was scored.
 */
import { HUNDRED_THIRTY_FIRST_C_CORPUS_DIR, HUNDRED_THIRTY_FIRST_E_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part c 11 of 11; part e 12 of 12, one false alarm (lr-too-high on a sentiment RNN whose
 * second labeller allowed it). The seven GAN runs, read as their generator's and discriminator's sum (roles-39): seven
 * of seven. One false alarm in 23 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_THIRTY_FIRST_C: ScoreFloors = { minRuns: 11, minFound: 10, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.85, plateau: 0.75 } };
const HUNDRED_THIRTY_FIRST_E: ScoreFloors = { minRuns: 12, minFound: 11, maxFalseAlarms: 2, maxUnread: 1, minRecall: { 'still-improving': 0.85, plateau: 0.8 } };

describeHeldOutPart('the hundred-and-thirty-first real-log corpus, part c (held out)', HUNDRED_THIRTY_FIRST_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_FIRST_C_CORPUS_DIR), HUNDRED_THIRTY_FIRST_C);
describeHeldOutPart('the hundred-and-thirty-first real-log corpus, part e (held out)', HUNDRED_THIRTY_FIRST_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTY_FIRST_E_CORPUS_DIR), HUNDRED_THIRTY_FIRST_E);
