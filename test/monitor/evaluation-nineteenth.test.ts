/**
 * Issue 10's real-log check, held out: the nineteenth corpus, in two parts built at the same time
 * from repositories in no earlier corpus (test/monitor/corpus-nineteenth-a: saved Keras histories
 * and CSVLogger files, Lightning CSV and one YOLOv8 run, 15 runs from 12 repositories;
 * corpus-nineteenth-b: 13 plain-text console logs of LLM and other trainers, a Hugging Face
 * Trainer's console output and a TensorBoard event file, 15 runs from 13 repositories). Each part
 * was labelled by its builder before any tool ran on it (labels.json, scored here). The parts were
 * built on their own branches while the rules were frozen (commit 20094c6, "rules frozen for the
 * nineteenth corpus", after readers-23) and scored once after the merge.
 */
import { NINETEENTH_A_CORPUS_DIR, NINETEENTH_B_CORPUS_DIR, corpusDirsBefore } from './evaluation-corpus.js';
import { describeHeldOutPart, type ScoreFloors } from './evaluation-floors.js';

/**
 * Part a, measured once held out: 10 of 18 found (56 %, Wilson 34-75 %), 1 false alarm in 15 runs
 * and it is critical: divergence on a05-dl4tsc-jpvowels-fcn, whose training loss (61 % noise)
 * climbed from 4.6e-4 to 2.9e-3 over its last 15 epochs while the validation loss held its level
 * (the second labeller allowed divergence; the first did not). 2 runs unread (InceptionTime's
 * history.csv: a loss column without an epoch column or a validation loss). Per kind recall:
 * overfitting 4/4, still-improving 4/7, plateau 2/4, lr-too-high 0/3.
 */
const NINETEENTH_A: ScoreFloors = {
  minRuns: 15, minFound: 9, maxFalseAlarms: 2, maxCriticalFalseAlarms: 1, maxUnread: 2,
  minRecall: { overfitting: 3 / 4, 'still-improving': 3 / 7 },
};

/**
 * Part b, measured once held out: 6 of 14 found (43 %, Wilson 21-67 %), no false alarm in 15 runs,
 * 6 runs unread (llm.c's main.log and stdout logs, a nanoGPT-style `iter 10: loss 8.7390 ...` log,
 * a loguru log with no counter, a Hugging Face Trainer's printed dicts); 2 runs read with no
 * answer about the end. Per kind recall: still-improving 5/10, lr-too-low 1/1, non-finite 0/1,
 * widening-gap 0/1, plateau 0/1.
 */
const NINETEENTH_B: ScoreFloors = {
  minRuns: 15, minFound: 5, maxFalseAlarms: 1, maxUnread: 6,
  minRecall: { 'still-improving': 4 / 10 },
};

describeHeldOutPart('the nineteenth real-log corpus, part a (held out)', NINETEENTH_A_CORPUS_DIR, corpusDirsBefore(NINETEENTH_A_CORPUS_DIR), NINETEENTH_A);
describeHeldOutPart('the nineteenth real-log corpus, part b (held out)', NINETEENTH_B_CORPUS_DIR, corpusDirsBefore(NINETEENTH_B_CORPUS_DIR), NINETEENTH_B);
