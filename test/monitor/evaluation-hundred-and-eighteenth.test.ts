/**
 * Issue 10's real-log check, held out: the hundred-and-eighteenth corpus, built in three parts at one time from the
 * session's last fetches after the hundred-and-seventeenth was scored, of repositories in no earlier corpus (its parts
 * lettered a, c and d after their builders' leads): part a 2 runs (YOLOv5 results.csv), part c 12 (Udacity course
 * notebooks' printed training), part d 3 (Hugging Face trainer_state.json). Each part was labelled by its builder
 * before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after commit
 * 8b2d9ce ("freeze: the rules for round 121"), with whose rules (those of d1a4a79, after rules-62) it was scored.
 */
import { HUNDRED_EIGHTEENTH_A_CORPUS_DIR, HUNDRED_EIGHTEENTH_C_CORPUS_DIR, HUNDRED_EIGHTEENTH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 2 of 2; part c 10 of 12 (a dog-app transfer run whose debug prints, `train loss: 17 49
 * tensor(1.8491)`, were misread, read as a plateau on its last epochs; a noisy or overfitting validation loss of 10
 * evaluations read as a plateau); part d 2 of 3 (a noisy per-step training loss still falling by its quarters read as a
 * plateau). No false alarm in 17 runs, none unread. The floors are each part's level less one mistake.
 */
const HUNDRED_EIGHTEENTH_A: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.5 } };
const HUNDRED_EIGHTEENTH_C: ScoreFloors = { minRuns: 12, minFound: 9, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 0.66, 'still-improving': 0.71 } };
const HUNDRED_EIGHTEENTH_D: ScoreFloors = { minRuns: 3, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the hundred-and-eighteenth real-log corpus, part a (held out)', HUNDRED_EIGHTEENTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTEENTH_A_CORPUS_DIR), HUNDRED_EIGHTEENTH_A);
describeHeldOutPart('the hundred-and-eighteenth real-log corpus, part c (held out)', HUNDRED_EIGHTEENTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTEENTH_C_CORPUS_DIR), HUNDRED_EIGHTEENTH_C);
describeHeldOutPart('the hundred-and-eighteenth real-log corpus, part d (held out)', HUNDRED_EIGHTEENTH_D_CORPUS_DIR, corpusDirsBefore(HUNDRED_EIGHTEENTH_D_CORPUS_DIR), HUNDRED_EIGHTEENTH_D);
