/**
 * Issue 10's real-log check, held out: the ninetieth corpus, built in four parts at the same time from repositories in
 * no earlier corpus's exclusion list (test/monitor/corpus-ninetieth-a: 2 runs from 2 repositories, owners' own runs in
 * forks of tensorflow/docs and keras-io; corpus-ninetieth-c: 1 run, a user's own Keras CSVLogger file;
 * corpus-ninetieth-d: 4 runs from 2 repositories, students' own CS231n solutions; part b, PyTorch course notebooks,
 * found no run that passed every check). Each part was labelled by its builder before any tool ran on it (labels.json,
 * scored here). The parts were built from ad224be while no rule or reader changed; none was read or scored before
 * commit 8664d46 ("rules frozen for the ninetieth corpus"), with whose rules they were scored.
 */
import { NINETIETH_A_CORPUS_DIR, NINETIETH_C_CORPUS_DIR, NINETIETH_D_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 2 of 2 found, no false alarm in 2 runs, none unread. The floors are that level less one mistake. */
const NINETIETH_A: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/** Part c, measured once held out: 1 of 1 found, no false alarm in 1 run, none unread. The floors are that level less one mistake. */
const NINETIETH_C: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

/** Part d, measured once held out: 4 of 4 found (plateau 3 of 3), no false alarm in 4 runs, none unread. The floors are that level less one mistake. */
const NINETIETH_D: ScoreFloors = { minRuns: 4, minFound: 3, maxFalseAlarms: 1, maxUnread: 1, minRecall: { plateau: 2 / 3 } };

describeHeldOutPart('the ninetieth real-log corpus, part a (held out)', NINETIETH_A_CORPUS_DIR, corpusDirsBefore(NINETIETH_A_CORPUS_DIR), NINETIETH_A);
describeHeldOutPart('the ninetieth real-log corpus, part c (held out)', NINETIETH_C_CORPUS_DIR, corpusDirsBefore(NINETIETH_C_CORPUS_DIR), NINETIETH_C);
describeHeldOutPart('the ninetieth real-log corpus, part d (held out)', NINETIETH_D_CORPUS_DIR, corpusDirsBefore(NINETIETH_D_CORPUS_DIR), NINETIETH_D);
