/**
 * Issue 10's real-log check, held out: the ninety-fifth corpus, built in four parts at the same time, after the
 * session's fetches had run out, from the search index's stored text (each run read with read_file at the commit
 * given, its licence likewise), from repositories in no earlier corpus's exclusion list; only part b found a run that
 * passed every check: test/monitor/corpus-ninety-fifth-b: 1 run, a user's own Hugging Face TRL fine-tune's
 * trainer_state.json. It was labelled by its builder before any tool ran on it (labels.json, scored here). The parts
 * were built from 091895f while no rule or reader changed; none was read or scored before commit 7c016ee ("rules frozen
 * for the ninety-fifth corpus"), with whose rules it was scored.
 */
import { NINETY_FIFTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part b, measured once held out: 1 of 1 found, no false alarm in 1 run, none unread. The floors are that level less one mistake. */
const NINETY_FIFTH_B: ScoreFloors = { minRuns: 1, minFound: 0, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the ninety-fifth real-log corpus, part b (held out)', NINETY_FIFTH_B_CORPUS_DIR, corpusDirsBefore(NINETY_FIFTH_B_CORPUS_DIR), NINETY_FIFTH_B);
