/**
 * Issue 10's real-log check, held out: the hundred-and-thirtieth corpus, built in three parts at one time after the
 * hundred-and-twenty-ninth was scored and readers-152 landed, of repositories in no earlier corpus (its parts lettered
 * a, c and e after their builders' leads): part a 6 runs (YOLOv5, YOLOv8 and Ultralytics trainings printed in notebooks,
 * and a Keras U-Net), parts c 9 and e 11 (Udacity course notebooks from two lists of forks). Each part was labelled by
 * its builder before any tool ran on it (labels.json, scored here) and blind by a second labeller, and read only after
 * commit a0f6e1b ("freeze: the rules as they stand before the hundred-and-thirtieth corpus"), with whose rules it was
 * scored.
 */
import { HUNDRED_THIRTIETH_A_CORPUS_DIR, HUNDRED_THIRTIETH_C_CORPUS_DIR, HUNDRED_THIRTIETH_E_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Measured once held out: part a 5 of 6 (a YOLOv8 notebook whose rows went to stderr and its headers to stdout, each
 * row without its image size, unread); part c 7 of 11 (a CIFAR-10 notebook whose printed `loss` is the validation
 * cost, read as a plateau of the training loss; a TV script read as still improving, allowed; a transfer-learning run
 * read as a plateau; a sentiment RNN's lr-too-high); part e 12 of 12. No false alarm in 26 runs, one unread. The floors
 * are each part's level less one mistake.
 */
const HUNDRED_THIRTIETH_A: ScoreFloors = { minRuns: 6, minFound: 4, maxFalseAlarms: 1, maxUnread: 2, minRecall: { 'still-improving': 0.6 } };
const HUNDRED_THIRTIETH_C: ScoreFloors = { minRuns: 9, minFound: 6, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.66 } };
const HUNDRED_THIRTIETH_E: ScoreFloors = { minRuns: 11, minFound: 11, maxFalseAlarms: 1, maxUnread: 1, minRecall: { 'still-improving': 0.88 } };

describeHeldOutPart('the hundred-and-thirtieth real-log corpus, part a (held out)', HUNDRED_THIRTIETH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTIETH_A_CORPUS_DIR), HUNDRED_THIRTIETH_A);
describeHeldOutPart('the hundred-and-thirtieth real-log corpus, part c (held out)', HUNDRED_THIRTIETH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTIETH_C_CORPUS_DIR), HUNDRED_THIRTIETH_C);
describeHeldOutPart('the hundred-and-thirtieth real-log corpus, part e (held out)', HUNDRED_THIRTIETH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_THIRTIETH_E_CORPUS_DIR), HUNDRED_THIRTIETH_E);
