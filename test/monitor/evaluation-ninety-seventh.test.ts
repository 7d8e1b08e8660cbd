/**
 * Issue 10's real-log check, held out: the ninety-seventh corpus, built in three parts at the same time, after the
 * session's fetches had run out, from the search index's stored text (each run read with read_file at the commit
 * given, its licence likewise), from repositories in no earlier corpus's exclusion list; only part a found runs that
 * passed every check: test/monitor/corpus-ninety-seventh-a: 2 runs from 2 repositories, users' own Ultralytics and
 * YOLOv5 results.csv files. It was labelled by its builder before any tool ran on it (labels.json, scored here). The
 * parts were built from 9211b2e while rules-54 landed; none was read or scored before commit 5e2a597 ("rules frozen for
 * the ninety-seventh corpus"), with whose rules it was scored.
 */
import { NINETY_SEVENTH_A_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/** Part a, measured once held out: 2 of 2 found, no false alarm in 2 runs, none unread (the same without rules-54). The floors are that level less one mistake. */
const NINETY_SEVENTH_A: ScoreFloors = { minRuns: 2, minFound: 1, maxFalseAlarms: 1, maxUnread: 1, minRecall: {} };

describeHeldOutPart('the ninety-seventh real-log corpus, part a (held out)', NINETY_SEVENTH_A_CORPUS_DIR, corpusDirsBefore(NINETY_SEVENTH_A_CORPUS_DIR), NINETY_SEVENTH_A);
