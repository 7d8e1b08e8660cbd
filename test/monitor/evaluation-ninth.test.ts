/**
 * Issue 10's real-log check, held out: the ninth corpus, in two parts built at the same time from
 * repositories in no earlier corpus (test/monitor/corpus-ninth-a: YOLOv5/YOLOv8 results.csv and
 * CatBoost, 8 runs only: the session's allowance of repository snapshots ran out while it was
 * built; corpus-ninth-b: custom JSON histories of eleven scripts, Keras history JSON, Lightning
 * event files, a Deformable-DETR log, a Hugging Face trainer_state.json, most copied from the
 * search index's stored text). The parts were built on their own branches while rules-10 and
 * readers-10 ran on others, which never saw them; each part's runs, sources and labels were
 * committed before any tool ran on them; the rules were frozen (commit 8437bea, "rules frozen for
 * the ninth corpus") before the parts were merged and scored once, at 2b53214. That score is the
 * held-out estimate; the floors keep it less a margin of one mistake.
 */
import {
  CORPUS_DIR, EIGHTH_A_CORPUS_DIR, EIGHTH_B_CORPUS_DIR, FIFTH_A_CORPUS_DIR, FIFTH_B_CORPUS_DIR, FOURTH_A_CORPUS_DIR, FOURTH_B_CORPUS_DIR,
  HELDOUT_CORPUS_DIR, NINTH_A_CORPUS_DIR, NINTH_B_CORPUS_DIR, SEVENTH_A_CORPUS_DIR, SEVENTH_B_CORPUS_DIR, SIXTH_A_CORPUS_DIR,
  SIXTH_B_CORPUS_DIR, THIRD_CORPUS_DIR,
} from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

const EARLIER = [
  CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR, FOURTH_A_CORPUS_DIR, FOURTH_B_CORPUS_DIR, FIFTH_A_CORPUS_DIR, FIFTH_B_CORPUS_DIR,
  SIXTH_A_CORPUS_DIR, SIXTH_B_CORPUS_DIR, SEVENTH_A_CORPUS_DIR, SEVENTH_B_CORPUS_DIR, EIGHTH_A_CORPUS_DIR, EIGHTH_B_CORPUS_DIR,
];

/**
 * Part a, measured once held out: 6 of 7 found (86 %, Wilson 49-97 %), no false alarm in 8 runs,
 * every run read. Per kind recall: still-improving 3/4, plateau 2/2, widening-gap 1/1.
 */
const NINTH_A: ScoreFloors = {
  minRuns: 8, minFound: 5, maxFalseAlarms: 1,
  minRecall: { 'still-improving': 2 / 4, plateau: 1 / 2 },
};

/**
 * Part b, measured once held out: 7 of 12 found (58 %, Wilson 32-81 %), no false alarm in 20
 * runs, 5 runs unread (custom JSON documents holding their history under a key, or several
 * trainings; three of them expected a finding). Per kind recall: still-improving 2/5,
 * widening-gap 2/3, lr-too-high 2/2, plateau 1/1, overfitting 0/1. readers-11's fallback for
 * custom JSON documents (history containers) reads the five since: maxUnread 0 (the other floors
 * stay those of the held-out score).
 */
const NINTH_B: ScoreFloors = {
  minFound: 6, maxFalseAlarms: 1, maxUnread: 0,
  minRecall: { 'still-improving': 1 / 5, 'lr-too-high': 1 / 2 },
};

describeHeldOutPart('the ninth real-log corpus, part a (held out)', NINTH_A_CORPUS_DIR, EARLIER, NINTH_A);
describeHeldOutPart('the ninth real-log corpus, part b (held out)', NINTH_B_CORPUS_DIR, [...EARLIER, NINTH_A_CORPUS_DIR], NINTH_B);
