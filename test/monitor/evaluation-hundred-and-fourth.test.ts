/**
 * Issue 10's real-log check, held out: the hundred-and-fourth corpus, built in parts at one time beside the
 * hundred-and-fifth, of repositories in no earlier corpus's exclusion list: test/monitor/corpus-hundred-and-fourth-a:
 * 5 runs from 3 repositories, YOLO11, YOLOv12, YOLOv13 and YOLO26 results.csv files; -b: 12 runs from 7 repositories,
 * Lightning metrics.csv files and a Lightning TensorBoard file; -c: 4 runs from 2 repositories, scripts' own JSON
 * histories and notebooks printing a per-epoch table; -e: 7 runs from 6 repositories, DINO-style JSON lines, Python
 * logging and PowerShell (UTF-16) console logs, a YOLOv5 results.csv and wandb output.log files. (A part d found no run
 * it could use.) Each part was labelled by its builder before any tool ran on it (labels.json, scored here). The parts
 * were built after commit 4a2eb52 ("freeze: the rules for rounds 107 and 108"), with whose rules they were scored.
 */
import { HUNDRED_FOURTH_A_CORPUS_DIR, HUNDRED_FOURTH_B_CORPUS_DIR, HUNDRED_FOURTH_C_CORPUS_DIR, HUNDRED_FOURTH_E_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 4 of 5 found, no false alarm in 5 runs, none unread. The miss: a 20-epoch YOLOv13
 * run whose summed validation loss ends 8.7 % above its best at epoch 16 (four epochs after it), labelled overfitting,
 * read as "no clear answer about the end". The floors are that level less one mistake.
 */
const HUNDRED_FOURTH_A: ScoreFloors = { minRuns: 5, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { overfitting: 0.33 } };

/**
 * Part b, measured once held out: 11 of 12 found, 1 false alarm in 12 runs, none unread. The miss and the false alarm:
 * a per-batch Lightning training loss labelled still-improving (lr-too-high allowed), read as lr-too-high and a plateau.
 * The floors are that level less one mistake.
 */
const HUNDRED_FOURTH_B: ScoreFloors = { minRuns: 12, minFound: 10, maxFalseAlarms: 2, maxUnread: 1, minRecall: { plateau: 0.83, 'still-improving': 0.5 } };

/**
 * Part c, measured once held out: 2 of 4 found, no false alarm in 4 runs, 2 unread: two notebooks printing an
 * "Ep | Train | Val | PPL" table, whose columns name no loss (readers-137 since: both read, 4 of 4). The floors are that level less one mistake.
 */
const HUNDRED_FOURTH_C: ScoreFloors = { minRuns: 4, minFound: 1, maxFalseAlarms: 1, maxUnread: 3, minRecall: {} };

/**
 * Part e, measured once held out: 5 of 7 found, no false alarm in 7 runs, 2 unread: a wandb output.log whose JSON
 * records sit between warnings and prose, and one whose losses are printed one per line in blocks under "num of
 * updates: N" (readers-137 since: both read, 6 of 7). The floors are that level less one mistake.
 */
const HUNDRED_FOURTH_E: ScoreFloors = { minRuns: 7, minFound: 4, maxFalseAlarms: 1, maxUnread: 3, minRecall: {} };

describeHeldOutPart('the hundred-and-fourth real-log corpus, part a (held out)', HUNDRED_FOURTH_A_CORPUS_DIR, corpusDirsBefore(HUNDRED_FOURTH_A_CORPUS_DIR), HUNDRED_FOURTH_A);
describeHeldOutPart('the hundred-and-fourth real-log corpus, part b (held out)', HUNDRED_FOURTH_B_CORPUS_DIR, corpusDirsBefore(HUNDRED_FOURTH_B_CORPUS_DIR), HUNDRED_FOURTH_B);
describeHeldOutPart('the hundred-and-fourth real-log corpus, part c (held out)', HUNDRED_FOURTH_C_CORPUS_DIR, corpusDirsBefore(HUNDRED_FOURTH_C_CORPUS_DIR), HUNDRED_FOURTH_C);
describeHeldOutPart('the hundred-and-fourth real-log corpus, part e (held out)', HUNDRED_FOURTH_E_CORPUS_DIR, corpusDirsBefore(HUNDRED_FOURTH_E_CORPUS_DIR), HUNDRED_FOURTH_E);
