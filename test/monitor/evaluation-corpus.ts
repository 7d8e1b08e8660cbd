/**
 * The real-log corpus (test/monitor/corpus): each run read from disk the way `losskit diagnose`
 * reads it, diagnosed, and scored against labels.json. A run the readers cannot read scores as
 * nothing found (its expected findings are misses), as it does for a user.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRun } from '../../src/io/index.js';
import { History, diagnose, noClearAnswer, FINDING_KINDS, type Finding, type FindingKind, type NoClearAnswer } from '../../src/monitor/index.js';
import type { KindScore } from './evaluation-score.js';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
/** Collected and labelled after the rules were tuned on CORPUS_DIR: its score is a held-out estimate. */
export const HELDOUT_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-heldout');
/** Collected and labelled after the rules were changed for HELDOUT_CORPUS_DIR's misses, scored once after: the current held-out estimate. */
export const THIRD_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-third');
/** The fourth corpus, in two parts built at the same time by two people: labelled first, scored once with the rules frozen. */
export const FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fourth-a');
export const FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fourth-b');
/** The fifth corpus, two parts built at the same time (CSV family; JSON family and event files): labelled first, scored once with the rules frozen. */
export const FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifth-a');
export const FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifth-b');
/** The sixth corpus, two parts built at the same time: labelled first, scored once with the rules frozen. */
export const SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixth-a');
export const SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixth-b');
/** The seventh corpus, two parts built at the same time: labelled first, scored once with the rules frozen. */
export const SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventh-a');
export const SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventh-b');
/** The eighth corpus, two parts built at the same time: labelled first, scored once with the rules frozen. */
export const EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighth-a');
export const EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighth-b');
/** The ninth corpus, two parts built at the same time (part a small: the snapshot allowance ran out): labelled first, scored once with the rules frozen. */
export const NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninth-a');
export const NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninth-b');
/** The tenth corpus, two small parts built at the same time without the snapshot allowance: labelled first, scored once with the rules frozen. */
export const TENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-tenth-a');
export const TENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-tenth-b');
/** The eleventh corpus, two parts built at the same time, each labelled twice (its builder, and a second labeller blind): scored once with the rules frozen. */
export const ELEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eleventh-a');
export const ELEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eleventh-b');
/** The twelfth corpus, two parts built at the same time, each labelled twice (its builder, and a second labeller blind): scored once with the rules frozen. */
export const TWELFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twelfth-a');
export const TWELFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twelfth-b');
/** The thirteenth corpus, two small parts built at the same time, each labelled twice: scored once with the rules frozen. */
export const THIRTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirteenth-a');
export const THIRTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirteenth-b');
/** The fourteenth corpus, three parts built at the same time (b and c small), each labelled twice: scored once with the rules frozen. */
export const FOURTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fourteenth-a');
export const FOURTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fourteenth-b');
export const FOURTEENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fourteenth-c');
/** The fifteenth corpus, two parts built at the same time (b short), each labelled twice: scored once with the rules frozen. */
export const FIFTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifteenth-a');
export const FIFTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifteenth-b');
/** The sixteenth corpus, held out: built in two parts on their own branches while the rules were frozen (5c83897). */
export const SIXTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixteenth-a');
export const SIXTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixteenth-b');
/** The seventeenth corpus, held out: built in two parts on their own branches while the rules were frozen (d5ac24e). */
export const SEVENTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventeenth-a');
export const SEVENTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventeenth-b');
/** The eighteenth corpus, held out: built in two parts on their own branches while the rules were frozen (446f5fa). */
export const EIGHTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighteenth-a');
export const EIGHTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighteenth-b');
/** The nineteenth corpus, held out: built in two parts on their own branches while the rules were frozen (20094c6). */
export const NINETEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-nineteenth-a');
export const NINETEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-nineteenth-b');
/** The twentieth corpus, held out: built in two parts on their own branches from 0b4013e; rules-25 landed before they merged. */
export const TWENTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twentieth-a');
export const TWENTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twentieth-b');
/** The twenty-first corpus, held out: built in two parts on their own branches from 0238248; rules-26 and readers-25 landed before they merged. */
export const TWENTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-first-a');
export const TWENTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-first-b');
/** The twenty-second corpus, held out: built in two parts on their own branches from 227fab6; rules-27 and readers-26 landed before they merged. */
export const TWENTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-second-a');
export const TWENTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-second-b');
/** The twenty-third corpus, held out: built in two parts on their own branches from d2d2c09; rules-29 and rules-30 landed before they merged. */
export const TWENTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-third-a');
export const TWENTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-third-b');
/** The twenty-fourth corpus, held out: built in two parts on their own branches from 0932320; rules-31, rules-32, readers-32a and readers-32b landed before they merged. */
export const TWENTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-fourth-a');
export const TWENTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-fourth-b');
/** The twenty-fifth corpus, held out: built in two parts on their own branches from 9bf70c5; readers-33 landed before they merged. */
export const TWENTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-fifth-a');
export const TWENTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-fifth-b');
/** The twenty-sixth corpus, held out: built in two parts on their own branches from e8f050f; readers-36 (notebooks) and readers-37 landed before they merged. */
export const TWENTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-sixth-a');
export const TWENTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-sixth-b');
/** The twenty-seventh corpus, held out: built in two parts on their own branches from 08378db; roles-33 and readers-38 landed before they merged. */
export const TWENTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-seventh-a');
export const TWENTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-seventh-b');
/** The twenty-eighth corpus, held out: built in two parts on their own branches from 445b6b5; readers-39 landed before they merged. */
export const TWENTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-eighth-a');
export const TWENTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-eighth-b');
/** The twenty-ninth corpus, held out: built in two parts on their own branches from 3c9e640; readers-40 landed before they merged. */
export const TWENTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-ninth-a');
export const TWENTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-twenty-ninth-b');
/** The thirtieth corpus, held out: built in two parts on their own branches from 863e960; readers-41 landed before they merged. */
export const THIRTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirtieth-a');
export const THIRTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirtieth-b');
/** The thirty-first corpus, held out: built in two parts on their own branches from bbf7c20; rules-33, readers-43 and readers-42 landed before they merged. */
export const THIRTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-first-a');
export const THIRTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-first-b');
/** The thirty-second corpus, held out: built in two parts on their own branches from 3ed0c39; readers-44 landed before they merged. */
export const THIRTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-second-a');
export const THIRTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-second-b');
/** The thirty-third corpus, held out: built in two parts on their own branches from f43443d; rules-34, readers-50 and (tuned on part b) readers-51 landed before part a merged. */
export const THIRTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-third-a');
export const THIRTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-third-b');
/** The thirty-fourth corpus, held out: built in two parts on their own branches from 36e8c6f; readers-52 landed before they merged. */
export const THIRTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-fourth-a');
export const THIRTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-fourth-b');
/** The thirty-fifth corpus, held out: built in two parts on their own branches from e1a63ad; readers-55 was tuned on part b after both were scored, before they merged. */
export const THIRTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-fifth-a');
export const THIRTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-fifth-b');
/** The thirty-sixth corpus, held out: built in two parts on their own branches from f47631b; rules-35, readers-56 and rules-36 (tuned on earlier corpora) landed while they were built. */
export const THIRTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-sixth-a');
export const THIRTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-sixth-b');
/** The thirty-seventh corpus, held out: built in two parts on their own branches from c7ceacf; readers-58 was tuned on part a after both were scored, before they merged. */
export const THIRTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-seventh-a');
export const THIRTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-seventh-b');
/** The thirty-eighth corpus, held out: built in two parts on their own branches from e1d2c11; readers-59 was tuned on part a after its score, before they merged. */
export const THIRTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-eighth-a');
export const THIRTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-eighth-b');
/**
 * The thirty-ninth corpus, held out: built in four parts on their own branches from 968337b (readers-60 landed while they were
 * built); readers-61 (parts a and b), readers-63 (part c) and rules-37 (part d) were tuned on them after their scores, before they merged.
 */
export const THIRTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-ninth-a');
export const THIRTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-ninth-b');
export const THIRTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-ninth-c');
export const THIRTY_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-thirty-ninth-d');
/**
 * The fortieth corpus, held out: built in four parts on their own branches from 87f05a0 (readers-64 to readers-66 and rules-37's mend
 * landed while they were built); rules-39 (part d) and readers-67 (parts a and d) were tuned on them after their scores, before they merged.
 */
export const FORTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fortieth-a');
export const FORTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fortieth-b');
export const FORTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fortieth-c');
export const FORTIETH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fortieth-d');
/**
 * The forty-first corpus, held out: built in four parts on their own branches from 3474173 (readers-70 and readers-71 landed while
 * they were built); readers-72 (parts b and d) was tuned on them after their scores, before they merged.
 */
export const FORTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-first-a');
export const FORTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-first-b');
export const FORTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-first-c');
export const FORTY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-first-d');
/**
 * The forty-second corpus, held out: built in four parts on their own branches from f8294da (nothing landed while they were
 * built); readers-73 (parts b and c) and readers-74 (part b) were tuned on them after their scores, before they merged.
 */
export const FORTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-second-a');
export const FORTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-second-b');
export const FORTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-second-c');
export const FORTY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-second-d');
/**
 * The forty-third corpus, held out: built in four parts on their own branches from feb3441 (readers-75 landed while they were
 * built); readers-76 (part c) was tuned on them after their scores, before they merged.
 */
export const FORTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-third-a');
export const FORTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-third-b');
export const FORTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-third-c');
export const FORTY_THIRD_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-third-d');

/**
 * The forty-fourth corpus, held out: built in four parts on their own branches from 9b658f2 (readers-78 landed while they were
 * built); readers-79 (part b) and readers-80 (part a) were tuned on them after their scores, before they merged.
 */
export const FORTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-fourth-a');
export const FORTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-fourth-b');
export const FORTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-fourth-c');
export const FORTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-fourth-d');
/**
 * The forty-fifth corpus, held out: built in four parts on their own branches from 3317e45 (readers-80 and readers-81 landed
 * while they were built); readers-82 and readers-83 (part a) were tuned on them after their scores, before they merged.
 */
export const FORTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-fifth-a');
export const FORTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-fifth-b');
export const FORTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-fifth-c');
export const FORTY_FIFTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-fifth-d');
/**
 * The forty-sixth corpus, held out: built in four parts on their own branches from 550e9f3 (readers-83 to readers-85 landed
 * while they were built); readers-84 (part d), readers-85 (part b) and readers-86 (part c) were tuned on them after their
 * scores, before they merged.
 */
export const FORTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-sixth-a');
export const FORTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-sixth-b');
export const FORTY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-sixth-c');
export const FORTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-sixth-d');
/**
 * The forty-seventh corpus, held out: built in four parts on their own branches from 47cac7b (csv-log.ts and console-log.ts
 * were split into smaller files meanwhile, every file reading as before); readers-87 and readers-88 were tuned on parts a and d after
 * their scores.
 */
export const FORTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-seventh-a');
export const FORTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-seventh-b');
export const FORTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-seventh-c');
export const FORTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-seventh-d');
/**
 * The forty-eighth corpus, held out: built in four parts on their own branches from 1f5773a (readers-89, written on the
 * forty-seventh's c01, and readers-90 and rules-40, tuned on parts b and c after their scores, landed before part a was scored).
 */
export const FORTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-eighth-a');
export const FORTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-eighth-b');
export const FORTY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-eighth-c');
export const FORTY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-eighth-d');
/**
 * The forty-ninth corpus, held out: built in four parts on their own branches from 1b7ec4e (rules-40's mend landed meanwhile,
 * written on the trainer's runs; readers-91 was tuned on part b after its score, before part d was scored). Small: repository
 * fetches were refused partway through the builds.
 */
export const FORTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-ninth-a');
export const FORTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-ninth-b');
export const FORTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-ninth-c');
export const FORTY_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-forty-ninth-d');
/**
 * The fiftieth corpus, held out: built in four parts on their own branches from df03f79; parts a and c were built twice (the
 * first builders found 0 and 2 runs: most repositories holding logs carry no licence file), readers-92 was tuned on part d
 * after its score, before part a was scored.
 */
export const FIFTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fiftieth-a');
export const FIFTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fiftieth-b');
export const FIFTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fiftieth-c');
export const FIFTIETH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fiftieth-d');
/**
 * The fifty-first corpus, held out: built in four parts on their own branches from e6726ec; rules-43 landed after parts a, b
 * and d were scored, readers-93 and readers-94 (tuned on part c after its score) after part c was.
 */
export const FIFTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-first-a');
export const FIFTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-first-b');
export const FIFTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-first-c');
export const FIFTY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-first-d');
/**
 * The fifty-second corpus, held out: built in four parts on their own branches from 11d1f68; part a found no run (its builder
 * found no licensed repository of framework log files left to take), so it has parts b, c and d.
 */
export const FIFTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-second-b');
export const FIFTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-second-c');
export const FIFTY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-second-d');
/**
 * The fifty-third corpus, held out: built in four parts on their own branches from 6b45a2d; part a found no run again, so it
 * has parts b, c and d; readers-96 and readers-97 (tuned on the fifty-first's part c) landed while it was built.
 */
export const FIFTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-third-b');
export const FIFTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-third-c');
export const FIFTY_THIRD_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-third-d');
/**
 * The fifty-fourth corpus, held out: built in four parts on their own branches from 8aa0308 (Keras and PyTorch notebooks
 * apart, log files and pages together, non-English material); rules-44 landed while it was built.
 */
export const FIFTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-fourth-a');
export const FIFTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-fourth-b');
export const FIFTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-fourth-c');
export const FIFTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-fourth-d');
/** The fifty-fifth corpus, held out: built in four parts on their own branches from 52fccef, as the fifty-fourth was. */
export const FIFTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-fifth-a');
export const FIFTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-fifth-b');
export const FIFTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-fifth-c');
export const FIFTY_FIFTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-fifth-d');
/** The fifty-sixth corpus, held out: built in four parts on their own branches from 63e48b7, as the fifty-fifth was. */
export const FIFTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-sixth-a');
export const FIFTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-sixth-b');
export const FIFTY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-sixth-c');
export const FIFTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-sixth-d');
/** The fifty-seventh corpus, held out: built in four parts on their own branches from 233fea5, while the fifty-sixth was scored. */
export const FIFTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-seventh-a');
export const FIFTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-seventh-b');
export const FIFTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-seventh-c');
export const FIFTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-seventh-d');
/** The fifty-eighth corpus, held out: built from e876a0e while the fifty-seventh was recorded, in three parts (the log-files part found no run). */
export const FIFTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-eighth-a');
export const FIFTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-eighth-b');
export const FIFTY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-eighth-d');
/** The fifty-ninth corpus, held out: built in four parts from 14345e3 while the fifty-eighth was recorded (part c: notebooks of other courses and books). */
export const FIFTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-ninth-a');
export const FIFTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-ninth-b');
export const FIFTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-ninth-c');
export const FIFTY_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-fifty-ninth-d');
/** The sixtieth corpus, held out: built in four parts from e8361f1 while the fifty-ninth was recorded, as the fifty-ninth was. */
export const SIXTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixtieth-a');
export const SIXTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixtieth-b');
export const SIXTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixtieth-c');
export const SIXTIETH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixtieth-d');
/** The sixty-first corpus, held out: built in four parts from d67b33b at the start of a session, scored with those rules. */
export const SIXTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-first-a');
export const SIXTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-first-b');
export const SIXTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-first-c');
export const SIXTY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-first-d');
/** The sixty-second corpus, held out: built in four parts from 73c8a18 while readers-109, readers-110 and rules-47 landed; scored with the rules frozen at a15ffcb, before any part was read. */
export const SIXTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-second-a');
export const SIXTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-second-b');
export const SIXTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-second-c');
export const SIXTY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-second-d');
/** The sixty-third corpus, held out: built in four parts from 70eec95 while rules-48, readers-111 and readers-112 landed; scored with the rules frozen at 937f2e7, before any part was read. */
export const SIXTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-third-a');
export const SIXTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-third-b');
export const SIXTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-third-c');
export const SIXTY_THIRD_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-third-d');
/** The sixty-fourth corpus, held out: built in four parts from f98d592; scored with the rules frozen at dbeb978 (nothing changed since f98d592), before any part was read. */
export const SIXTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-fourth-a');
export const SIXTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-fourth-b');
export const SIXTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-fourth-c');
export const SIXTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-fourth-d');
/** The sixty-fifth corpus, held out: built in four parts from dbeb978 while readers-113 and readers-114 landed; scored with the rules frozen at 34bf62f, before any part was read. */
export const SIXTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-fifth-a');
export const SIXTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-fifth-b');
export const SIXTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-fifth-c');
export const SIXTY_FIFTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-fifth-d');
/** The sixty-sixth corpus, held out: built in four parts from 34bf62f while roles-36 landed; scored with the rules frozen at b45574e, before any part was read. */
export const SIXTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-sixth-a');
export const SIXTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-sixth-b');
export const SIXTY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-sixth-c');
export const SIXTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-sixth-d');
/** The sixty-seventh corpus, held out: built in four parts from d8c128a while readers-115 landed; scored with the rules frozen at 8980664, before any part was read. */
export const SIXTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-seventh-a');
export const SIXTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-seventh-b');
export const SIXTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-seventh-c');
export const SIXTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-seventh-d');
/** The sixty-eighth corpus, held out: built in four parts from 4d580b4 while readers-117 and readers-118 landed; scored with the rules frozen at 2b69f08, before any part was read. */
export const SIXTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-eighth-a');
export const SIXTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-eighth-b');
export const SIXTY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-eighth-c');
export const SIXTY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-eighth-d');
/** The sixty-ninth corpus, held out: built in three parts from 4d580b4 while readers-117 to readers-120 and rules-50 landed (its fourth part found no run); scored with the rules frozen at e6deced, before any part was read. */
export const SIXTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-ninth-a');
export const SIXTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-ninth-b');
export const SIXTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-sixty-ninth-c');
/** The seventieth corpus, held out: built in four parts from e6deced while readers-121 and readers-122 landed; scored with the rules frozen at b51e0f3, before any part was read. */
export const SEVENTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventieth-a');
export const SEVENTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventieth-b');
export const SEVENTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventieth-c');
export const SEVENTIETH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventieth-d');
/** The seventy-first corpus, held out: built in four parts from b51e0f3 while readers-123 and readers-124 landed; scored with the rules frozen at 71f058a, before any part was read. */
export const SEVENTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-first-a');
export const SEVENTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-first-b');
export const SEVENTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-first-c');
export const SEVENTY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-first-d');
/** The seventy-second corpus, held out: built in four parts from 71f058a while readers-125 and readers-126 landed; scored with the rules frozen at 182e3da, before any part was read. */
export const SEVENTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-second-a');
export const SEVENTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-second-b');
export const SEVENTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-second-c');
export const SEVENTY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-second-d');
/** The seventy-third corpus, held out: built in four parts from 709bb3b while readers-127 and readers-128 landed; scored with the rules frozen at 9b0b8c0, before any part was read. */
export const SEVENTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-third-a');
export const SEVENTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-third-b');
export const SEVENTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-third-c');
export const SEVENTY_THIRD_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-third-d');
/** The seventy-fourth corpus, held out: built in four parts from 9424802 while readers-128 landed; scored with the rules frozen at be58fb3, before any part was read. */
export const SEVENTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-fourth-a');
export const SEVENTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-fourth-b');
export const SEVENTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-fourth-c');
export const SEVENTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-fourth-d');
/** The seventy-fifth corpus, held out: built in four parts from be58fb3 while no rule or reader changed; scored with the rules frozen at 87eb89c, before any part was read. */
export const SEVENTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-fifth-a');
export const SEVENTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-fifth-b');
export const SEVENTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-fifth-c');
export const SEVENTY_FIFTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-fifth-d');
/** The seventy-sixth corpus, held out: built in four parts from 87eb89c while readers-129 landed; scored with the rules frozen at 4596033, before any part was read. */
export const SEVENTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-sixth-a');
export const SEVENTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-sixth-b');
export const SEVENTY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-sixth-c');
export const SEVENTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-sixth-d');
/** The seventy-seventh corpus, held out: built in three parts from 4596033 while readers-130 landed; scored with the rules frozen at 5c3ac04, before any part was read. */
export const SEVENTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-seventh-a');
export const SEVENTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-seventh-c');
export const SEVENTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-seventh-d');
/** The seventy-eighth corpus, held out: built in four parts from a816a2c while no rule or reader changed; scored with the rules frozen at 42eceee, before any part was read. */
export const SEVENTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-eighth-a');
export const SEVENTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-eighth-b');
export const SEVENTY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-eighth-c');
export const SEVENTY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-eighth-d');
/** The seventy-ninth corpus, held out: built in four parts from 0372ded while rules-52 landed; scored with the rules frozen at 90251ee, before any part was read. */
export const SEVENTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-ninth-a');
export const SEVENTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-ninth-b');
export const SEVENTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-ninth-c');
export const SEVENTY_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-seventy-ninth-d');
/** The eightieth corpus, held out: built in parts a to c from 90251ee while readers-131 landed (part d found no run); scored with the rules frozen at 11af5ab, before any part was read. */
export const EIGHTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eightieth-a');
export const EIGHTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eightieth-b');
export const EIGHTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eightieth-c');
/** The eighty-first corpus, held out: built in four parts from 66e2fec while no rule or reader changed; scored with the rules frozen at 1b965d2, before any part was read. */
export const EIGHTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-first-a');
export const EIGHTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-first-b');
export const EIGHTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-first-c');
export const EIGHTY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-first-d');
/** The eighty-second corpus, held out: built in parts a to c from d0a591f while no reading changed (part d found no run); scored with the rules frozen at d2dfcff, before any part was read. */
export const EIGHTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-second-a');
export const EIGHTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-second-b');
export const EIGHTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-second-c');
/** The eighty-third corpus, held out: built in three parts from 76eb0ce while no rule or reader changed; scored with the rules frozen at bb0c9d0, before any part was read. */
export const EIGHTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-third-a');
export const EIGHTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-third-b');
export const EIGHTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-third-c');
/** The eighty-fourth corpus, held out: built in three parts from 211aba8 while no rule or reader changed; scored with the rules frozen at 67ced53, before any part was read. */
export const EIGHTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-fourth-a');
export const EIGHTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-fourth-b');
export const EIGHTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-fourth-c');
/** The eighty-fifth corpus, held out: built in parts b and c from 798b520 while no rule or reader changed (part a found no run); scored with the rules frozen at 26e02f6, before any part was read. */
export const EIGHTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-fifth-b');
export const EIGHTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-fifth-c');
export const EIGHTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-sixth-a');
export const EIGHTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-sixth-b');
export const EIGHTY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-sixth-c');
export const EIGHTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-sixth-d');
export const EIGHTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-seventh-a');
export const EIGHTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-seventh-b');
export const EIGHTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-seventh-c');
export const EIGHTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-seventh-d');
export const EIGHTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-eighth-a');
export const EIGHTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-eighth-b');
export const EIGHTY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-eighth-c');
export const EIGHTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-ninth-a');
export const EIGHTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-ninth-b');
export const EIGHTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-ninth-c');
export const EIGHTY_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-eighty-ninth-d');
export const NINETIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninetieth-a');
export const NINETIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninetieth-c');
export const NINETIETH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninetieth-d');
export const NINETY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-first-a');
export const NINETY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-first-c');
export const NINETY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-first-d');
export const NINETY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-second-a');
export const NINETY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-second-b');
export const NINETY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-second-c');
export const NINETY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-second-d');
export const NINETY_SECOND_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-second-e');
export const NINETY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-third-a');
export const NINETY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-fourth-a');
export const NINETY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-fourth-b');
export const NINETY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-fourth-c');
export const NINETY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-fourth-d');
export const NINETY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-fifth-b');
export const NINETY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-sixth-a');
export const NINETY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-sixth-b');
export const NINETY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-sixth-c');
export const NINETY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-seventh-a');
export const NINETY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-eighth-a');
export const NINETY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-eighth-b');
export const NINETY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-eighth-c');
export const NINETY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-eighth-d');
export const NINETY_EIGHTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-eighth-e');
export const NINETY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-ninth-a');
export const NINETY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-ninth-b');
export const NINETY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-ninety-ninth-c');
export const HUNDREDTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundredth-a');
export const HUNDREDTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundredth-b');
export const HUNDRED_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-first-a');
export const HUNDRED_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-first-b');
export const HUNDRED_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-first-c');
export const HUNDRED_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-first-d');
export const HUNDRED_FIRST_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-first-e');
export const HUNDRED_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-second-a');
export const HUNDRED_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-second-b');
export const HUNDRED_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-second-c');
export const HUNDRED_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-third-a');
export const HUNDRED_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-third-b');
export const HUNDRED_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-third-c');
export const HUNDRED_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fourth-a');
export const HUNDRED_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fourth-b');
export const HUNDRED_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fourth-c');
export const HUNDRED_FOURTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fourth-e');
export const HUNDRED_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifth-a');
export const HUNDRED_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifth-b');
export const HUNDRED_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifth-c');
export const HUNDRED_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixth-a');
export const HUNDRED_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixth-b');
export const HUNDRED_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixth-c');
export const HUNDRED_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixth-d');
export const HUNDRED_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventh-a');
export const HUNDRED_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventh-b');
export const HUNDRED_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighth-a');
export const HUNDRED_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-ninth-a');
export const HUNDRED_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-ninth-b');
export const HUNDRED_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-ninth-c');
export const HUNDRED_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-ninth-d');
export const HUNDRED_NINTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-ninth-e');
export const HUNDRED_TENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-tenth-a');
export const HUNDRED_TENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-tenth-b');
export const HUNDRED_TENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-tenth-c');
export const HUNDRED_TENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-tenth-d');
export const HUNDRED_ELEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eleventh-a');
export const HUNDRED_ELEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eleventh-b');
export const HUNDRED_ELEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eleventh-c');
export const HUNDRED_TWELFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twelfth-a');
export const HUNDRED_TWELFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twelfth-b');
export const HUNDRED_THIRTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirteenth-a');
export const HUNDRED_THIRTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirteenth-b');
export const HUNDRED_FOURTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fourteenth-a');
export const HUNDRED_FOURTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fourteenth-b');
export const HUNDRED_FOURTEENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fourteenth-c');
export const HUNDRED_FOURTEENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fourteenth-d');
export const HUNDRED_FIFTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifteenth-a');
export const HUNDRED_FIFTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifteenth-b');
export const HUNDRED_FIFTEENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifteenth-c');
export const HUNDRED_FIFTEENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifteenth-d');
export const HUNDRED_SIXTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixteenth-a');
export const HUNDRED_SIXTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixteenth-b');
export const HUNDRED_SIXTEENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixteenth-c');
export const HUNDRED_SIXTEENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixteenth-d');
export const HUNDRED_SEVENTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventeenth-a');
export const HUNDRED_SEVENTEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventeenth-b');
export const HUNDRED_SEVENTEENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventeenth-c');
export const HUNDRED_SEVENTEENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventeenth-d');
export const HUNDRED_EIGHTEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighteenth-a');
export const HUNDRED_EIGHTEENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighteenth-c');
export const HUNDRED_EIGHTEENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighteenth-d');
export const HUNDRED_NINETEENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-nineteenth-a');
export const HUNDRED_NINETEENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-nineteenth-b');
export const HUNDRED_NINETEENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-nineteenth-c');
export const HUNDRED_NINETEENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-nineteenth-d');
export const HUNDRED_TWENTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twentieth-a');
export const HUNDRED_TWENTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twentieth-b');
export const HUNDRED_TWENTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twentieth-c');
export const HUNDRED_TWENTIETH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twentieth-d');
export const HUNDRED_TWENTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-first-a');
export const HUNDRED_TWENTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-first-b');
export const HUNDRED_TWENTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-first-c');
export const HUNDRED_TWENTY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-first-d');
export const HUNDRED_TWENTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-second-a');
export const HUNDRED_TWENTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-second-b');
export const HUNDRED_TWENTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-second-c');
export const HUNDRED_TWENTY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-second-d');
export const HUNDRED_TWENTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-third-a');
export const HUNDRED_TWENTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-third-b');
export const HUNDRED_TWENTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-third-c');
export const HUNDRED_TWENTY_THIRD_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-third-d');
export const HUNDRED_TWENTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-fourth-a');
export const HUNDRED_TWENTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-fourth-d');
export const HUNDRED_TWENTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-fifth-a');
export const HUNDRED_TWENTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-fifth-b');
export const HUNDRED_TWENTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-fifth-c');
export const HUNDRED_TWENTY_FIFTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-fifth-d');
export const HUNDRED_TWENTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-sixth-a');
export const HUNDRED_TWENTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-sixth-b');
export const HUNDRED_TWENTY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-sixth-c');
export const HUNDRED_TWENTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-sixth-d');
export const HUNDRED_TWENTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-seventh-a');
export const HUNDRED_TWENTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-seventh-b');
export const HUNDRED_TWENTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-seventh-c');
export const HUNDRED_TWENTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-seventh-d');
export const HUNDRED_TWENTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-eighth-a');
export const HUNDRED_TWENTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-eighth-b');
export const HUNDRED_TWENTY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-eighth-c');
export const HUNDRED_TWENTY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-eighth-d');
export const HUNDRED_TWENTY_EIGHTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-eighth-e');
export const HUNDRED_TWENTY_EIGHTH_F_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-eighth-f');
export const HUNDRED_TWENTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-ninth-a');
export const HUNDRED_TWENTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-ninth-b');
export const HUNDRED_TWENTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-twenty-ninth-c');
export const HUNDRED_THIRTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirtieth-a');
export const HUNDRED_THIRTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirtieth-c');
export const HUNDRED_THIRTIETH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirtieth-e');
export const HUNDRED_THIRTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-first-c');
export const HUNDRED_THIRTY_FIRST_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-first-e');
export const HUNDRED_THIRTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-second-a');
export const HUNDRED_THIRTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-second-b');
export const HUNDRED_THIRTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-second-c');
export const HUNDRED_THIRTY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-second-d');
export const HUNDRED_THIRTY_SECOND_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-second-e');
export const HUNDRED_THIRTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-third-a');
export const HUNDRED_THIRTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-third-b');
export const HUNDRED_THIRTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-third-c');
export const HUNDRED_THIRTY_THIRD_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-third-d');
export const HUNDRED_THIRTY_THIRD_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-third-e');
export const HUNDRED_THIRTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-fourth-a');
export const HUNDRED_THIRTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-fourth-b');
export const HUNDRED_THIRTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-fourth-c');
export const HUNDRED_THIRTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-fourth-d');
export const HUNDRED_THIRTY_FOURTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-fourth-e');
export const HUNDRED_THIRTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-fifth-a');
export const HUNDRED_THIRTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-fifth-b');
export const HUNDRED_THIRTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-fifth-c');
export const HUNDRED_THIRTY_FIFTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-fifth-d');
export const HUNDRED_THIRTY_FIFTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-fifth-e');
export const HUNDRED_THIRTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-sixth-a');
export const HUNDRED_THIRTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-sixth-b');
export const HUNDRED_THIRTY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-sixth-c');
export const HUNDRED_THIRTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-sixth-d');
export const HUNDRED_THIRTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-seventh-a');
export const HUNDRED_THIRTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-seventh-b');
export const HUNDRED_THIRTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-seventh-c');
export const HUNDRED_THIRTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-seventh-d');
export const HUNDRED_THIRTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-eighth-a');
export const HUNDRED_THIRTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-eighth-b');
export const HUNDRED_THIRTY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-eighth-c');
export const HUNDRED_THIRTY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-eighth-d');
export const HUNDRED_THIRTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-ninth-a');
export const HUNDRED_THIRTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-ninth-b');
export const HUNDRED_THIRTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-ninth-c');
export const HUNDRED_THIRTY_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-thirty-ninth-d');
export const HUNDRED_FORTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fortieth-a');
export const HUNDRED_FORTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fortieth-b');
export const HUNDRED_FORTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fortieth-c');
export const HUNDRED_FORTIETH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fortieth-d');
export const HUNDRED_FORTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-first-a');
export const HUNDRED_FORTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-first-b');
export const HUNDRED_FORTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-first-c');
export const HUNDRED_FORTY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-first-d');
export const HUNDRED_FORTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-second-a');
export const HUNDRED_FORTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-second-b');
export const HUNDRED_FORTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-third-a');
export const HUNDRED_FORTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-third-b');
export const HUNDRED_FORTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-third-c');
export const HUNDRED_FORTY_THIRD_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-third-d');
export const HUNDRED_FORTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-fourth-a');
export const HUNDRED_FORTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-fourth-b');
export const HUNDRED_FORTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-fourth-c');
export const HUNDRED_FORTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-fourth-d');
export const HUNDRED_FORTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-fifth-a');
export const HUNDRED_FORTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-fifth-b');
export const HUNDRED_FORTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-fifth-c');
export const HUNDRED_FORTY_FIFTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-fifth-d');
export const HUNDRED_FORTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-sixth-a');
export const HUNDRED_FORTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-sixth-b');
export const HUNDRED_FORTY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-sixth-c');
export const HUNDRED_FORTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-sixth-d');
export const HUNDRED_FORTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-seventh-a');
export const HUNDRED_FORTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-seventh-b');
export const HUNDRED_FORTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-seventh-c');
export const HUNDRED_FORTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-seventh-d');
export const HUNDRED_FORTY_SEVENTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-seventh-e');
export const HUNDRED_FORTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-eighth-a');
export const HUNDRED_FORTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-eighth-b');
export const HUNDRED_FORTY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-eighth-c');
export const HUNDRED_FORTY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-eighth-d');
export const HUNDRED_FORTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-ninth-a');
export const HUNDRED_FORTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-ninth-b');
export const HUNDRED_FORTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-ninth-c');
export const HUNDRED_FORTY_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-forty-ninth-d');
export const HUNDRED_FIFTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fiftieth-a');
export const HUNDRED_FIFTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fiftieth-b');
export const HUNDRED_FIFTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fiftieth-c');
export const HUNDRED_FIFTIETH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fiftieth-d');
export const HUNDRED_FIFTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-first-a');
export const HUNDRED_FIFTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-first-b');
export const HUNDRED_FIFTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-first-c');
export const HUNDRED_FIFTY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-first-d');
export const HUNDRED_FIFTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-second-a');
export const HUNDRED_FIFTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-second-b');
export const HUNDRED_FIFTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-second-c');
export const HUNDRED_FIFTY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-second-d');
export const HUNDRED_FIFTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-third-a');
export const HUNDRED_FIFTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-third-b');
export const HUNDRED_FIFTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-third-c');
export const HUNDRED_FIFTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-fourth-a');
export const HUNDRED_FIFTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-fourth-b');
export const HUNDRED_FIFTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-fourth-c');
export const HUNDRED_FIFTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-fourth-d');
export const HUNDRED_FIFTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-fifth-a');
export const HUNDRED_FIFTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-fifth-b');
export const HUNDRED_FIFTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-fifth-c');
export const HUNDRED_FIFTY_FIFTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-fifth-d');
export const HUNDRED_FIFTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-sixth-a');
export const HUNDRED_FIFTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-sixth-b');
export const HUNDRED_FIFTY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-sixth-c');
export const HUNDRED_FIFTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-sixth-d');
export const HUNDRED_FIFTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-seventh-a');
export const HUNDRED_FIFTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-seventh-b');
export const HUNDRED_FIFTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-seventh-c');
export const HUNDRED_FIFTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-seventh-d');
export const HUNDRED_FIFTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-eighth-a');
export const HUNDRED_FIFTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-eighth-b');
export const HUNDRED_FIFTY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-eighth-c');
export const HUNDRED_FIFTY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-eighth-d');
export const HUNDRED_FIFTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-ninth-a');
export const HUNDRED_FIFTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-ninth-b');
export const HUNDRED_FIFTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-ninth-c');
export const HUNDRED_FIFTY_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-fifty-ninth-d');
export const HUNDRED_SIXTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixtieth-a');
export const HUNDRED_SIXTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixtieth-b');
export const HUNDRED_SIXTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-first-a');
export const HUNDRED_SIXTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-first-b');
export const HUNDRED_SIXTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-first-c');
export const HUNDRED_SIXTY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-first-d');
export const HUNDRED_SIXTY_FIRST_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-first-e');
export const HUNDRED_SIXTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-second-a');
export const HUNDRED_SIXTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-second-b');
export const HUNDRED_SIXTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-second-c');
export const HUNDRED_SIXTY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-second-d');
export const HUNDRED_SIXTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-third-a');
export const HUNDRED_SIXTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-third-b');
export const HUNDRED_SIXTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-third-c');
export const HUNDRED_SIXTY_THIRD_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-third-d');
export const HUNDRED_SIXTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-fourth-a');
export const HUNDRED_SIXTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-fourth-b');
export const HUNDRED_SIXTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-fourth-c');
export const HUNDRED_SIXTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-fourth-d');
export const HUNDRED_SIXTY_FIFTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-fifth-a');
export const HUNDRED_SIXTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-fifth-b');
export const HUNDRED_SIXTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-fifth-c');
export const HUNDRED_SIXTY_FIFTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-fifth-d');
export const HUNDRED_SIXTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-sixth-a');
export const HUNDRED_SIXTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-sixth-b');
export const HUNDRED_SIXTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-sixth-d');
export const HUNDRED_SIXTY_SIXTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-sixth-e');
export const HUNDRED_SIXTY_SIXTH_F_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-sixth-f');
export const HUNDRED_SIXTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-seventh-a');
export const HUNDRED_SIXTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-seventh-b');
export const HUNDRED_SIXTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-seventh-c');
export const HUNDRED_SIXTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-seventh-d');
export const HUNDRED_SIXTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-eighth-a');
export const HUNDRED_SIXTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-eighth-b');
export const HUNDRED_SIXTY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-eighth-c');
export const HUNDRED_SIXTY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-eighth-d');
export const HUNDRED_SIXTY_EIGHTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-eighth-e');
export const HUNDRED_SIXTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-ninth-a');
export const HUNDRED_SIXTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-ninth-b');
export const HUNDRED_SIXTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-ninth-c');
export const HUNDRED_SIXTY_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-sixty-ninth-d');
export const HUNDRED_SEVENTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventieth-a');
export const HUNDRED_SEVENTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventieth-b');
export const HUNDRED_SEVENTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventieth-c');
export const HUNDRED_SEVENTIETH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventieth-d');
export const HUNDRED_SEVENTIETH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventieth-e');
export const HUNDRED_SEVENTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-first-a');
export const HUNDRED_SEVENTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-first-b');
export const HUNDRED_SEVENTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-first-c');
export const HUNDRED_SEVENTY_FIRST_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-first-e');
export const HUNDRED_SEVENTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-second-a');
export const HUNDRED_SEVENTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-second-b');
export const HUNDRED_SEVENTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-second-c');
export const HUNDRED_SEVENTY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-second-d');
export const HUNDRED_SEVENTY_SECOND_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-second-e');
export const HUNDRED_SEVENTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-third-a');
export const HUNDRED_SEVENTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-third-b');
export const HUNDRED_SEVENTY_THIRD_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-third-c');
export const HUNDRED_SEVENTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-fourth-a');
export const HUNDRED_SEVENTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-fourth-b');
export const HUNDRED_SEVENTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-fourth-c');
export const HUNDRED_SEVENTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-fourth-d');
export const HUNDRED_SEVENTY_FOURTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-fourth-e');
export const HUNDRED_SEVENTY_FIFTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-fifth-b');
export const HUNDRED_SEVENTY_FIFTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-fifth-c');
export const HUNDRED_SEVENTY_FIFTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-fifth-d');
export const HUNDRED_SEVENTY_FIFTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-fifth-e');
export const HUNDRED_SEVENTY_SIXTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-sixth-a');
export const HUNDRED_SEVENTY_SIXTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-sixth-b');
export const HUNDRED_SEVENTY_SIXTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-sixth-c');
export const HUNDRED_SEVENTY_SIXTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-sixth-d');
export const HUNDRED_SEVENTY_SIXTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-sixth-e');
export const HUNDRED_SEVENTY_SEVENTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-seventh-a');
export const HUNDRED_SEVENTY_SEVENTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-seventh-b');
export const HUNDRED_SEVENTY_SEVENTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-seventh-c');
export const HUNDRED_SEVENTY_SEVENTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-seventh-d');
export const HUNDRED_SEVENTY_SEVENTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-seventh-e');
export const HUNDRED_SEVENTY_EIGHTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-eighth-a');
export const HUNDRED_SEVENTY_EIGHTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-eighth-b');
export const HUNDRED_SEVENTY_EIGHTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-eighth-c');
export const HUNDRED_SEVENTY_EIGHTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-eighth-d');
export const HUNDRED_SEVENTY_EIGHTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-eighth-e');
export const HUNDRED_SEVENTY_NINTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-ninth-a');
export const HUNDRED_SEVENTY_NINTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-ninth-b');
export const HUNDRED_SEVENTY_NINTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-ninth-c');
export const HUNDRED_SEVENTY_NINTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-ninth-d');
export const HUNDRED_SEVENTY_NINTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-seventy-ninth-e');
export const HUNDRED_EIGHTIETH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eightieth-a');
export const HUNDRED_EIGHTIETH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eightieth-b');
export const HUNDRED_EIGHTIETH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eightieth-c');
export const HUNDRED_EIGHTIETH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eightieth-d');
export const HUNDRED_EIGHTIETH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eightieth-e');
export const HUNDRED_EIGHTY_FIRST_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-first-a');
export const HUNDRED_EIGHTY_FIRST_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-first-b');
export const HUNDRED_EIGHTY_FIRST_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-first-c');
export const HUNDRED_EIGHTY_FIRST_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-first-d');
export const HUNDRED_EIGHTY_FIRST_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-first-e');
export const HUNDRED_EIGHTY_SECOND_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-second-a');
export const HUNDRED_EIGHTY_SECOND_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-second-b');
export const HUNDRED_EIGHTY_SECOND_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-second-c');
export const HUNDRED_EIGHTY_SECOND_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-second-d');
export const HUNDRED_EIGHTY_SECOND_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-second-e');
export const HUNDRED_EIGHTY_THIRD_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-third-a');
export const HUNDRED_EIGHTY_THIRD_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-third-b');
export const HUNDRED_EIGHTY_THIRD_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-third-d');
export const HUNDRED_EIGHTY_THIRD_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-third-e');
export const HUNDRED_EIGHTY_FOURTH_A_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-fourth-a');
export const HUNDRED_EIGHTY_FOURTH_B_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-fourth-b');
export const HUNDRED_EIGHTY_FOURTH_C_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-fourth-c');
export const HUNDRED_EIGHTY_FOURTH_D_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-fourth-d');
export const HUNDRED_EIGHTY_FOURTH_E_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus-hundred-and-eighty-fourth-e');
/** Every corpus directory in the order collected (a corpus's parts side by side). */
export const CORPUS_DIRS_IN_ORDER = [
  CORPUS_DIR, HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR, FOURTH_A_CORPUS_DIR, FOURTH_B_CORPUS_DIR, FIFTH_A_CORPUS_DIR, FIFTH_B_CORPUS_DIR,
  SIXTH_A_CORPUS_DIR, SIXTH_B_CORPUS_DIR, SEVENTH_A_CORPUS_DIR, SEVENTH_B_CORPUS_DIR, EIGHTH_A_CORPUS_DIR, EIGHTH_B_CORPUS_DIR,
  NINTH_A_CORPUS_DIR, NINTH_B_CORPUS_DIR, TENTH_A_CORPUS_DIR, TENTH_B_CORPUS_DIR, ELEVENTH_A_CORPUS_DIR, ELEVENTH_B_CORPUS_DIR,
  TWELFTH_A_CORPUS_DIR, TWELFTH_B_CORPUS_DIR, THIRTEENTH_A_CORPUS_DIR, THIRTEENTH_B_CORPUS_DIR,
  FOURTEENTH_A_CORPUS_DIR, FOURTEENTH_B_CORPUS_DIR, FOURTEENTH_C_CORPUS_DIR, FIFTEENTH_A_CORPUS_DIR, FIFTEENTH_B_CORPUS_DIR,
  SIXTEENTH_A_CORPUS_DIR, SIXTEENTH_B_CORPUS_DIR, SEVENTEENTH_A_CORPUS_DIR, SEVENTEENTH_B_CORPUS_DIR,
  EIGHTEENTH_A_CORPUS_DIR, EIGHTEENTH_B_CORPUS_DIR, NINETEENTH_A_CORPUS_DIR, NINETEENTH_B_CORPUS_DIR,
  TWENTIETH_A_CORPUS_DIR, TWENTIETH_B_CORPUS_DIR, TWENTY_FIRST_A_CORPUS_DIR, TWENTY_FIRST_B_CORPUS_DIR,
  TWENTY_SECOND_A_CORPUS_DIR, TWENTY_SECOND_B_CORPUS_DIR, TWENTY_THIRD_A_CORPUS_DIR, TWENTY_THIRD_B_CORPUS_DIR,
  TWENTY_FOURTH_A_CORPUS_DIR, TWENTY_FOURTH_B_CORPUS_DIR, TWENTY_FIFTH_A_CORPUS_DIR, TWENTY_FIFTH_B_CORPUS_DIR,
  TWENTY_SIXTH_A_CORPUS_DIR, TWENTY_SIXTH_B_CORPUS_DIR, TWENTY_SEVENTH_A_CORPUS_DIR, TWENTY_SEVENTH_B_CORPUS_DIR,
  TWENTY_EIGHTH_A_CORPUS_DIR, TWENTY_EIGHTH_B_CORPUS_DIR, TWENTY_NINTH_A_CORPUS_DIR, TWENTY_NINTH_B_CORPUS_DIR,
  THIRTIETH_A_CORPUS_DIR, THIRTIETH_B_CORPUS_DIR, THIRTY_FIRST_A_CORPUS_DIR, THIRTY_FIRST_B_CORPUS_DIR,
  THIRTY_SECOND_A_CORPUS_DIR, THIRTY_SECOND_B_CORPUS_DIR, THIRTY_THIRD_A_CORPUS_DIR, THIRTY_THIRD_B_CORPUS_DIR, THIRTY_FOURTH_A_CORPUS_DIR, THIRTY_FOURTH_B_CORPUS_DIR, THIRTY_FIFTH_A_CORPUS_DIR, THIRTY_FIFTH_B_CORPUS_DIR,
  THIRTY_SIXTH_A_CORPUS_DIR, THIRTY_SIXTH_B_CORPUS_DIR, THIRTY_SEVENTH_A_CORPUS_DIR, THIRTY_SEVENTH_B_CORPUS_DIR,
  THIRTY_EIGHTH_A_CORPUS_DIR, THIRTY_EIGHTH_B_CORPUS_DIR, THIRTY_NINTH_A_CORPUS_DIR, THIRTY_NINTH_B_CORPUS_DIR,
  THIRTY_NINTH_C_CORPUS_DIR, THIRTY_NINTH_D_CORPUS_DIR, FORTIETH_A_CORPUS_DIR, FORTIETH_B_CORPUS_DIR, FORTIETH_C_CORPUS_DIR, FORTIETH_D_CORPUS_DIR,
  FORTY_FIRST_A_CORPUS_DIR, FORTY_FIRST_B_CORPUS_DIR, FORTY_FIRST_C_CORPUS_DIR, FORTY_FIRST_D_CORPUS_DIR,
  FORTY_SECOND_A_CORPUS_DIR, FORTY_SECOND_B_CORPUS_DIR, FORTY_SECOND_C_CORPUS_DIR, FORTY_SECOND_D_CORPUS_DIR,
  FORTY_THIRD_A_CORPUS_DIR, FORTY_THIRD_B_CORPUS_DIR, FORTY_THIRD_C_CORPUS_DIR, FORTY_THIRD_D_CORPUS_DIR,
  FORTY_FOURTH_A_CORPUS_DIR, FORTY_FOURTH_B_CORPUS_DIR, FORTY_FOURTH_C_CORPUS_DIR, FORTY_FOURTH_D_CORPUS_DIR,
  FORTY_FIFTH_A_CORPUS_DIR, FORTY_FIFTH_B_CORPUS_DIR, FORTY_FIFTH_C_CORPUS_DIR, FORTY_FIFTH_D_CORPUS_DIR,
  FORTY_SIXTH_A_CORPUS_DIR, FORTY_SIXTH_B_CORPUS_DIR, FORTY_SIXTH_C_CORPUS_DIR, FORTY_SIXTH_D_CORPUS_DIR,
  FORTY_SEVENTH_A_CORPUS_DIR, FORTY_SEVENTH_B_CORPUS_DIR, FORTY_SEVENTH_C_CORPUS_DIR, FORTY_SEVENTH_D_CORPUS_DIR,
  FORTY_EIGHTH_A_CORPUS_DIR, FORTY_EIGHTH_B_CORPUS_DIR, FORTY_EIGHTH_C_CORPUS_DIR, FORTY_EIGHTH_D_CORPUS_DIR,
  FORTY_NINTH_A_CORPUS_DIR, FORTY_NINTH_B_CORPUS_DIR, FORTY_NINTH_C_CORPUS_DIR, FORTY_NINTH_D_CORPUS_DIR,
  FIFTIETH_A_CORPUS_DIR, FIFTIETH_B_CORPUS_DIR, FIFTIETH_C_CORPUS_DIR, FIFTIETH_D_CORPUS_DIR,
  FIFTY_FIRST_A_CORPUS_DIR, FIFTY_FIRST_B_CORPUS_DIR, FIFTY_FIRST_C_CORPUS_DIR, FIFTY_FIRST_D_CORPUS_DIR,
  FIFTY_SECOND_B_CORPUS_DIR, FIFTY_SECOND_C_CORPUS_DIR, FIFTY_SECOND_D_CORPUS_DIR,
  FIFTY_THIRD_B_CORPUS_DIR, FIFTY_THIRD_C_CORPUS_DIR, FIFTY_THIRD_D_CORPUS_DIR,
  FIFTY_FOURTH_A_CORPUS_DIR, FIFTY_FOURTH_B_CORPUS_DIR, FIFTY_FOURTH_C_CORPUS_DIR, FIFTY_FOURTH_D_CORPUS_DIR,
  FIFTY_FIFTH_A_CORPUS_DIR, FIFTY_FIFTH_B_CORPUS_DIR, FIFTY_FIFTH_C_CORPUS_DIR, FIFTY_FIFTH_D_CORPUS_DIR,
  FIFTY_SIXTH_A_CORPUS_DIR, FIFTY_SIXTH_B_CORPUS_DIR, FIFTY_SIXTH_C_CORPUS_DIR, FIFTY_SIXTH_D_CORPUS_DIR,
  FIFTY_SEVENTH_A_CORPUS_DIR, FIFTY_SEVENTH_B_CORPUS_DIR, FIFTY_SEVENTH_C_CORPUS_DIR, FIFTY_SEVENTH_D_CORPUS_DIR,
  FIFTY_EIGHTH_A_CORPUS_DIR, FIFTY_EIGHTH_B_CORPUS_DIR, FIFTY_EIGHTH_D_CORPUS_DIR,
  FIFTY_NINTH_A_CORPUS_DIR, FIFTY_NINTH_B_CORPUS_DIR, FIFTY_NINTH_C_CORPUS_DIR, FIFTY_NINTH_D_CORPUS_DIR,
  SIXTIETH_A_CORPUS_DIR, SIXTIETH_B_CORPUS_DIR, SIXTIETH_C_CORPUS_DIR, SIXTIETH_D_CORPUS_DIR,
  SIXTY_FIRST_A_CORPUS_DIR, SIXTY_FIRST_B_CORPUS_DIR, SIXTY_FIRST_C_CORPUS_DIR, SIXTY_FIRST_D_CORPUS_DIR,
  SIXTY_SECOND_A_CORPUS_DIR, SIXTY_SECOND_B_CORPUS_DIR, SIXTY_SECOND_C_CORPUS_DIR, SIXTY_SECOND_D_CORPUS_DIR,
  SIXTY_THIRD_A_CORPUS_DIR, SIXTY_THIRD_B_CORPUS_DIR, SIXTY_THIRD_C_CORPUS_DIR, SIXTY_THIRD_D_CORPUS_DIR,
  SIXTY_FOURTH_A_CORPUS_DIR, SIXTY_FOURTH_B_CORPUS_DIR, SIXTY_FOURTH_C_CORPUS_DIR, SIXTY_FOURTH_D_CORPUS_DIR,
  SIXTY_FIFTH_A_CORPUS_DIR, SIXTY_FIFTH_B_CORPUS_DIR, SIXTY_FIFTH_C_CORPUS_DIR, SIXTY_FIFTH_D_CORPUS_DIR,
  SIXTY_SIXTH_A_CORPUS_DIR, SIXTY_SIXTH_B_CORPUS_DIR, SIXTY_SIXTH_C_CORPUS_DIR, SIXTY_SIXTH_D_CORPUS_DIR,
  SIXTY_SEVENTH_A_CORPUS_DIR, SIXTY_SEVENTH_B_CORPUS_DIR, SIXTY_SEVENTH_C_CORPUS_DIR, SIXTY_SEVENTH_D_CORPUS_DIR,
  SIXTY_EIGHTH_A_CORPUS_DIR, SIXTY_EIGHTH_B_CORPUS_DIR, SIXTY_EIGHTH_C_CORPUS_DIR, SIXTY_EIGHTH_D_CORPUS_DIR,
  SIXTY_NINTH_A_CORPUS_DIR, SIXTY_NINTH_B_CORPUS_DIR, SIXTY_NINTH_C_CORPUS_DIR,
  SEVENTIETH_A_CORPUS_DIR, SEVENTIETH_B_CORPUS_DIR, SEVENTIETH_C_CORPUS_DIR, SEVENTIETH_D_CORPUS_DIR,
  SEVENTY_FIRST_A_CORPUS_DIR, SEVENTY_FIRST_B_CORPUS_DIR, SEVENTY_FIRST_C_CORPUS_DIR, SEVENTY_FIRST_D_CORPUS_DIR,
  SEVENTY_SECOND_A_CORPUS_DIR, SEVENTY_SECOND_B_CORPUS_DIR, SEVENTY_SECOND_C_CORPUS_DIR, SEVENTY_SECOND_D_CORPUS_DIR,
  SEVENTY_THIRD_A_CORPUS_DIR, SEVENTY_THIRD_B_CORPUS_DIR, SEVENTY_THIRD_C_CORPUS_DIR, SEVENTY_THIRD_D_CORPUS_DIR,
  SEVENTY_FOURTH_A_CORPUS_DIR, SEVENTY_FOURTH_B_CORPUS_DIR, SEVENTY_FOURTH_C_CORPUS_DIR, SEVENTY_FOURTH_D_CORPUS_DIR,
  SEVENTY_FIFTH_A_CORPUS_DIR, SEVENTY_FIFTH_B_CORPUS_DIR, SEVENTY_FIFTH_C_CORPUS_DIR, SEVENTY_FIFTH_D_CORPUS_DIR,
  SEVENTY_SIXTH_A_CORPUS_DIR, SEVENTY_SIXTH_B_CORPUS_DIR, SEVENTY_SIXTH_C_CORPUS_DIR, SEVENTY_SIXTH_D_CORPUS_DIR,
  SEVENTY_SEVENTH_A_CORPUS_DIR, SEVENTY_SEVENTH_C_CORPUS_DIR, SEVENTY_SEVENTH_D_CORPUS_DIR,
  SEVENTY_EIGHTH_A_CORPUS_DIR, SEVENTY_EIGHTH_B_CORPUS_DIR, SEVENTY_EIGHTH_C_CORPUS_DIR, SEVENTY_EIGHTH_D_CORPUS_DIR,
  SEVENTY_NINTH_A_CORPUS_DIR, SEVENTY_NINTH_B_CORPUS_DIR, SEVENTY_NINTH_C_CORPUS_DIR, SEVENTY_NINTH_D_CORPUS_DIR,
  EIGHTIETH_A_CORPUS_DIR, EIGHTIETH_B_CORPUS_DIR, EIGHTIETH_C_CORPUS_DIR,
  EIGHTY_FIRST_A_CORPUS_DIR, EIGHTY_FIRST_B_CORPUS_DIR, EIGHTY_FIRST_C_CORPUS_DIR, EIGHTY_FIRST_D_CORPUS_DIR,
  EIGHTY_SECOND_A_CORPUS_DIR, EIGHTY_SECOND_B_CORPUS_DIR, EIGHTY_SECOND_C_CORPUS_DIR,
  EIGHTY_THIRD_A_CORPUS_DIR, EIGHTY_THIRD_B_CORPUS_DIR, EIGHTY_THIRD_C_CORPUS_DIR,
  EIGHTY_FOURTH_A_CORPUS_DIR, EIGHTY_FOURTH_B_CORPUS_DIR, EIGHTY_FOURTH_C_CORPUS_DIR,
  EIGHTY_FIFTH_B_CORPUS_DIR, EIGHTY_FIFTH_C_CORPUS_DIR,
  EIGHTY_SIXTH_A_CORPUS_DIR, EIGHTY_SIXTH_B_CORPUS_DIR, EIGHTY_SIXTH_C_CORPUS_DIR, EIGHTY_SIXTH_D_CORPUS_DIR,
  EIGHTY_SEVENTH_A_CORPUS_DIR, EIGHTY_SEVENTH_B_CORPUS_DIR, EIGHTY_SEVENTH_C_CORPUS_DIR, EIGHTY_SEVENTH_D_CORPUS_DIR,
  EIGHTY_EIGHTH_A_CORPUS_DIR, EIGHTY_EIGHTH_B_CORPUS_DIR, EIGHTY_EIGHTH_C_CORPUS_DIR,
  EIGHTY_NINTH_A_CORPUS_DIR, EIGHTY_NINTH_B_CORPUS_DIR, EIGHTY_NINTH_C_CORPUS_DIR, EIGHTY_NINTH_D_CORPUS_DIR,
  NINETIETH_A_CORPUS_DIR, NINETIETH_C_CORPUS_DIR, NINETIETH_D_CORPUS_DIR,
  NINETY_FIRST_A_CORPUS_DIR, NINETY_FIRST_C_CORPUS_DIR, NINETY_FIRST_D_CORPUS_DIR,
  NINETY_SECOND_A_CORPUS_DIR, NINETY_SECOND_B_CORPUS_DIR, NINETY_SECOND_C_CORPUS_DIR, NINETY_SECOND_D_CORPUS_DIR, NINETY_SECOND_E_CORPUS_DIR,
  NINETY_THIRD_A_CORPUS_DIR,
  NINETY_FOURTH_A_CORPUS_DIR, NINETY_FOURTH_B_CORPUS_DIR, NINETY_FOURTH_C_CORPUS_DIR, NINETY_FOURTH_D_CORPUS_DIR,
  NINETY_FIFTH_B_CORPUS_DIR,
  NINETY_SIXTH_A_CORPUS_DIR, NINETY_SIXTH_B_CORPUS_DIR, NINETY_SIXTH_C_CORPUS_DIR,
  NINETY_SEVENTH_A_CORPUS_DIR,
  NINETY_EIGHTH_A_CORPUS_DIR, NINETY_EIGHTH_B_CORPUS_DIR, NINETY_EIGHTH_C_CORPUS_DIR, NINETY_EIGHTH_D_CORPUS_DIR, NINETY_EIGHTH_E_CORPUS_DIR,
  NINETY_NINTH_A_CORPUS_DIR, NINETY_NINTH_B_CORPUS_DIR, NINETY_NINTH_C_CORPUS_DIR,
  HUNDREDTH_A_CORPUS_DIR, HUNDREDTH_B_CORPUS_DIR,
  HUNDRED_FIRST_A_CORPUS_DIR, HUNDRED_FIRST_B_CORPUS_DIR, HUNDRED_FIRST_C_CORPUS_DIR, HUNDRED_FIRST_D_CORPUS_DIR, HUNDRED_FIRST_E_CORPUS_DIR,
  HUNDRED_SECOND_A_CORPUS_DIR, HUNDRED_SECOND_B_CORPUS_DIR, HUNDRED_SECOND_C_CORPUS_DIR,
  HUNDRED_THIRD_A_CORPUS_DIR, HUNDRED_THIRD_B_CORPUS_DIR, HUNDRED_THIRD_C_CORPUS_DIR,
  HUNDRED_FOURTH_A_CORPUS_DIR, HUNDRED_FOURTH_B_CORPUS_DIR, HUNDRED_FOURTH_C_CORPUS_DIR, HUNDRED_FOURTH_E_CORPUS_DIR,
  HUNDRED_FIFTH_A_CORPUS_DIR, HUNDRED_FIFTH_B_CORPUS_DIR, HUNDRED_FIFTH_C_CORPUS_DIR,
  HUNDRED_SIXTH_A_CORPUS_DIR, HUNDRED_SIXTH_B_CORPUS_DIR, HUNDRED_SIXTH_C_CORPUS_DIR, HUNDRED_SIXTH_D_CORPUS_DIR,
  HUNDRED_SEVENTH_A_CORPUS_DIR, HUNDRED_SEVENTH_B_CORPUS_DIR,
  HUNDRED_EIGHTH_A_CORPUS_DIR,
  HUNDRED_NINTH_A_CORPUS_DIR, HUNDRED_NINTH_B_CORPUS_DIR, HUNDRED_NINTH_C_CORPUS_DIR, HUNDRED_NINTH_D_CORPUS_DIR, HUNDRED_NINTH_E_CORPUS_DIR,
  HUNDRED_TENTH_A_CORPUS_DIR, HUNDRED_TENTH_B_CORPUS_DIR, HUNDRED_TENTH_C_CORPUS_DIR, HUNDRED_TENTH_D_CORPUS_DIR,
  HUNDRED_ELEVENTH_A_CORPUS_DIR, HUNDRED_ELEVENTH_B_CORPUS_DIR, HUNDRED_ELEVENTH_C_CORPUS_DIR,
  HUNDRED_TWELFTH_A_CORPUS_DIR, HUNDRED_TWELFTH_B_CORPUS_DIR,
  HUNDRED_THIRTEENTH_A_CORPUS_DIR, HUNDRED_THIRTEENTH_B_CORPUS_DIR,
  HUNDRED_FOURTEENTH_A_CORPUS_DIR, HUNDRED_FOURTEENTH_B_CORPUS_DIR, HUNDRED_FOURTEENTH_C_CORPUS_DIR, HUNDRED_FOURTEENTH_D_CORPUS_DIR,
  HUNDRED_FIFTEENTH_A_CORPUS_DIR, HUNDRED_FIFTEENTH_B_CORPUS_DIR, HUNDRED_FIFTEENTH_C_CORPUS_DIR, HUNDRED_FIFTEENTH_D_CORPUS_DIR,
  HUNDRED_SIXTEENTH_A_CORPUS_DIR, HUNDRED_SIXTEENTH_B_CORPUS_DIR, HUNDRED_SIXTEENTH_C_CORPUS_DIR, HUNDRED_SIXTEENTH_D_CORPUS_DIR,
  HUNDRED_SEVENTEENTH_A_CORPUS_DIR, HUNDRED_SEVENTEENTH_B_CORPUS_DIR, HUNDRED_SEVENTEENTH_C_CORPUS_DIR, HUNDRED_SEVENTEENTH_D_CORPUS_DIR,
  HUNDRED_EIGHTEENTH_A_CORPUS_DIR, HUNDRED_EIGHTEENTH_C_CORPUS_DIR, HUNDRED_EIGHTEENTH_D_CORPUS_DIR,
  HUNDRED_NINETEENTH_A_CORPUS_DIR, HUNDRED_NINETEENTH_B_CORPUS_DIR, HUNDRED_NINETEENTH_C_CORPUS_DIR, HUNDRED_NINETEENTH_D_CORPUS_DIR,
  HUNDRED_TWENTIETH_A_CORPUS_DIR, HUNDRED_TWENTIETH_B_CORPUS_DIR, HUNDRED_TWENTIETH_C_CORPUS_DIR, HUNDRED_TWENTIETH_D_CORPUS_DIR,
  HUNDRED_TWENTY_FIRST_A_CORPUS_DIR, HUNDRED_TWENTY_FIRST_B_CORPUS_DIR, HUNDRED_TWENTY_FIRST_C_CORPUS_DIR, HUNDRED_TWENTY_FIRST_D_CORPUS_DIR,
  HUNDRED_TWENTY_SECOND_A_CORPUS_DIR, HUNDRED_TWENTY_SECOND_B_CORPUS_DIR, HUNDRED_TWENTY_SECOND_C_CORPUS_DIR, HUNDRED_TWENTY_SECOND_D_CORPUS_DIR,
  HUNDRED_TWENTY_THIRD_A_CORPUS_DIR, HUNDRED_TWENTY_THIRD_B_CORPUS_DIR, HUNDRED_TWENTY_THIRD_C_CORPUS_DIR, HUNDRED_TWENTY_THIRD_D_CORPUS_DIR,
  HUNDRED_TWENTY_FOURTH_A_CORPUS_DIR, HUNDRED_TWENTY_FOURTH_D_CORPUS_DIR,
  HUNDRED_TWENTY_FIFTH_A_CORPUS_DIR, HUNDRED_TWENTY_FIFTH_B_CORPUS_DIR, HUNDRED_TWENTY_FIFTH_C_CORPUS_DIR, HUNDRED_TWENTY_FIFTH_D_CORPUS_DIR,
  HUNDRED_TWENTY_SIXTH_A_CORPUS_DIR, HUNDRED_TWENTY_SIXTH_B_CORPUS_DIR, HUNDRED_TWENTY_SIXTH_C_CORPUS_DIR, HUNDRED_TWENTY_SIXTH_D_CORPUS_DIR,
  HUNDRED_TWENTY_SEVENTH_A_CORPUS_DIR, HUNDRED_TWENTY_SEVENTH_B_CORPUS_DIR, HUNDRED_TWENTY_SEVENTH_C_CORPUS_DIR, HUNDRED_TWENTY_SEVENTH_D_CORPUS_DIR,
  HUNDRED_TWENTY_EIGHTH_A_CORPUS_DIR, HUNDRED_TWENTY_EIGHTH_B_CORPUS_DIR, HUNDRED_TWENTY_EIGHTH_C_CORPUS_DIR, HUNDRED_TWENTY_EIGHTH_D_CORPUS_DIR, HUNDRED_TWENTY_EIGHTH_E_CORPUS_DIR, HUNDRED_TWENTY_EIGHTH_F_CORPUS_DIR,
  HUNDRED_TWENTY_NINTH_A_CORPUS_DIR, HUNDRED_TWENTY_NINTH_B_CORPUS_DIR, HUNDRED_TWENTY_NINTH_C_CORPUS_DIR,
  HUNDRED_THIRTIETH_A_CORPUS_DIR, HUNDRED_THIRTIETH_C_CORPUS_DIR, HUNDRED_THIRTIETH_E_CORPUS_DIR,
  HUNDRED_THIRTY_FIRST_C_CORPUS_DIR, HUNDRED_THIRTY_FIRST_E_CORPUS_DIR,
  HUNDRED_THIRTY_SECOND_A_CORPUS_DIR, HUNDRED_THIRTY_SECOND_B_CORPUS_DIR, HUNDRED_THIRTY_SECOND_C_CORPUS_DIR, HUNDRED_THIRTY_SECOND_D_CORPUS_DIR, HUNDRED_THIRTY_SECOND_E_CORPUS_DIR,
  HUNDRED_THIRTY_THIRD_A_CORPUS_DIR, HUNDRED_THIRTY_THIRD_B_CORPUS_DIR, HUNDRED_THIRTY_THIRD_C_CORPUS_DIR, HUNDRED_THIRTY_THIRD_D_CORPUS_DIR, HUNDRED_THIRTY_THIRD_E_CORPUS_DIR,
  HUNDRED_THIRTY_FOURTH_A_CORPUS_DIR, HUNDRED_THIRTY_FOURTH_B_CORPUS_DIR, HUNDRED_THIRTY_FOURTH_C_CORPUS_DIR, HUNDRED_THIRTY_FOURTH_D_CORPUS_DIR, HUNDRED_THIRTY_FOURTH_E_CORPUS_DIR,
  HUNDRED_THIRTY_FIFTH_A_CORPUS_DIR, HUNDRED_THIRTY_FIFTH_B_CORPUS_DIR, HUNDRED_THIRTY_FIFTH_C_CORPUS_DIR, HUNDRED_THIRTY_FIFTH_D_CORPUS_DIR, HUNDRED_THIRTY_FIFTH_E_CORPUS_DIR,
  HUNDRED_THIRTY_SIXTH_A_CORPUS_DIR, HUNDRED_THIRTY_SIXTH_B_CORPUS_DIR, HUNDRED_THIRTY_SIXTH_C_CORPUS_DIR, HUNDRED_THIRTY_SIXTH_D_CORPUS_DIR,
  HUNDRED_THIRTY_SEVENTH_A_CORPUS_DIR, HUNDRED_THIRTY_SEVENTH_B_CORPUS_DIR, HUNDRED_THIRTY_SEVENTH_C_CORPUS_DIR, HUNDRED_THIRTY_SEVENTH_D_CORPUS_DIR,
  HUNDRED_THIRTY_EIGHTH_A_CORPUS_DIR, HUNDRED_THIRTY_EIGHTH_B_CORPUS_DIR, HUNDRED_THIRTY_EIGHTH_C_CORPUS_DIR, HUNDRED_THIRTY_EIGHTH_D_CORPUS_DIR,
  HUNDRED_THIRTY_NINTH_A_CORPUS_DIR, HUNDRED_THIRTY_NINTH_B_CORPUS_DIR, HUNDRED_THIRTY_NINTH_C_CORPUS_DIR, HUNDRED_THIRTY_NINTH_D_CORPUS_DIR,
  HUNDRED_FORTIETH_A_CORPUS_DIR, HUNDRED_FORTIETH_B_CORPUS_DIR, HUNDRED_FORTIETH_C_CORPUS_DIR, HUNDRED_FORTIETH_D_CORPUS_DIR,
  HUNDRED_FORTY_FIRST_A_CORPUS_DIR, HUNDRED_FORTY_FIRST_B_CORPUS_DIR, HUNDRED_FORTY_FIRST_C_CORPUS_DIR, HUNDRED_FORTY_FIRST_D_CORPUS_DIR,
  HUNDRED_FORTY_SECOND_A_CORPUS_DIR, HUNDRED_FORTY_SECOND_B_CORPUS_DIR,
  HUNDRED_FORTY_THIRD_A_CORPUS_DIR, HUNDRED_FORTY_THIRD_B_CORPUS_DIR, HUNDRED_FORTY_THIRD_C_CORPUS_DIR, HUNDRED_FORTY_THIRD_D_CORPUS_DIR,
  HUNDRED_FORTY_FOURTH_A_CORPUS_DIR, HUNDRED_FORTY_FOURTH_B_CORPUS_DIR, HUNDRED_FORTY_FOURTH_C_CORPUS_DIR, HUNDRED_FORTY_FOURTH_D_CORPUS_DIR,
  HUNDRED_FORTY_FIFTH_A_CORPUS_DIR, HUNDRED_FORTY_FIFTH_B_CORPUS_DIR, HUNDRED_FORTY_FIFTH_C_CORPUS_DIR, HUNDRED_FORTY_FIFTH_D_CORPUS_DIR,
  HUNDRED_FORTY_SIXTH_A_CORPUS_DIR, HUNDRED_FORTY_SIXTH_B_CORPUS_DIR, HUNDRED_FORTY_SIXTH_C_CORPUS_DIR, HUNDRED_FORTY_SIXTH_D_CORPUS_DIR,
  HUNDRED_FORTY_SEVENTH_A_CORPUS_DIR, HUNDRED_FORTY_SEVENTH_B_CORPUS_DIR, HUNDRED_FORTY_SEVENTH_C_CORPUS_DIR, HUNDRED_FORTY_SEVENTH_D_CORPUS_DIR, HUNDRED_FORTY_SEVENTH_E_CORPUS_DIR,
  HUNDRED_FORTY_EIGHTH_A_CORPUS_DIR, HUNDRED_FORTY_EIGHTH_B_CORPUS_DIR, HUNDRED_FORTY_EIGHTH_C_CORPUS_DIR, HUNDRED_FORTY_EIGHTH_D_CORPUS_DIR,
  HUNDRED_FORTY_NINTH_A_CORPUS_DIR, HUNDRED_FORTY_NINTH_B_CORPUS_DIR, HUNDRED_FORTY_NINTH_C_CORPUS_DIR, HUNDRED_FORTY_NINTH_D_CORPUS_DIR,
  HUNDRED_FIFTIETH_A_CORPUS_DIR, HUNDRED_FIFTIETH_B_CORPUS_DIR, HUNDRED_FIFTIETH_C_CORPUS_DIR, HUNDRED_FIFTIETH_D_CORPUS_DIR,
  HUNDRED_FIFTY_FIRST_A_CORPUS_DIR, HUNDRED_FIFTY_FIRST_B_CORPUS_DIR, HUNDRED_FIFTY_FIRST_C_CORPUS_DIR, HUNDRED_FIFTY_FIRST_D_CORPUS_DIR,
  HUNDRED_FIFTY_SECOND_A_CORPUS_DIR, HUNDRED_FIFTY_SECOND_B_CORPUS_DIR, HUNDRED_FIFTY_SECOND_C_CORPUS_DIR, HUNDRED_FIFTY_SECOND_D_CORPUS_DIR,
  HUNDRED_FIFTY_THIRD_A_CORPUS_DIR, HUNDRED_FIFTY_THIRD_B_CORPUS_DIR, HUNDRED_FIFTY_THIRD_C_CORPUS_DIR,
  HUNDRED_FIFTY_FOURTH_A_CORPUS_DIR, HUNDRED_FIFTY_FOURTH_B_CORPUS_DIR, HUNDRED_FIFTY_FOURTH_C_CORPUS_DIR, HUNDRED_FIFTY_FOURTH_D_CORPUS_DIR,
  HUNDRED_FIFTY_FIFTH_A_CORPUS_DIR, HUNDRED_FIFTY_FIFTH_B_CORPUS_DIR, HUNDRED_FIFTY_FIFTH_C_CORPUS_DIR, HUNDRED_FIFTY_FIFTH_D_CORPUS_DIR,
  HUNDRED_FIFTY_SIXTH_A_CORPUS_DIR, HUNDRED_FIFTY_SIXTH_B_CORPUS_DIR, HUNDRED_FIFTY_SIXTH_C_CORPUS_DIR, HUNDRED_FIFTY_SIXTH_D_CORPUS_DIR,
  HUNDRED_FIFTY_SEVENTH_A_CORPUS_DIR, HUNDRED_FIFTY_SEVENTH_B_CORPUS_DIR, HUNDRED_FIFTY_SEVENTH_C_CORPUS_DIR, HUNDRED_FIFTY_SEVENTH_D_CORPUS_DIR,
  HUNDRED_FIFTY_EIGHTH_A_CORPUS_DIR, HUNDRED_FIFTY_EIGHTH_B_CORPUS_DIR, HUNDRED_FIFTY_EIGHTH_C_CORPUS_DIR, HUNDRED_FIFTY_EIGHTH_D_CORPUS_DIR,
  HUNDRED_FIFTY_NINTH_A_CORPUS_DIR, HUNDRED_FIFTY_NINTH_B_CORPUS_DIR, HUNDRED_FIFTY_NINTH_C_CORPUS_DIR, HUNDRED_FIFTY_NINTH_D_CORPUS_DIR,
  HUNDRED_SIXTIETH_A_CORPUS_DIR, HUNDRED_SIXTIETH_B_CORPUS_DIR,
  HUNDRED_SIXTY_FIRST_A_CORPUS_DIR, HUNDRED_SIXTY_FIRST_B_CORPUS_DIR, HUNDRED_SIXTY_FIRST_C_CORPUS_DIR, HUNDRED_SIXTY_FIRST_D_CORPUS_DIR, HUNDRED_SIXTY_FIRST_E_CORPUS_DIR,
  HUNDRED_SIXTY_SECOND_A_CORPUS_DIR, HUNDRED_SIXTY_SECOND_B_CORPUS_DIR, HUNDRED_SIXTY_SECOND_C_CORPUS_DIR, HUNDRED_SIXTY_SECOND_D_CORPUS_DIR,
  HUNDRED_SIXTY_THIRD_A_CORPUS_DIR, HUNDRED_SIXTY_THIRD_B_CORPUS_DIR, HUNDRED_SIXTY_THIRD_C_CORPUS_DIR, HUNDRED_SIXTY_THIRD_D_CORPUS_DIR,
  HUNDRED_SIXTY_FOURTH_A_CORPUS_DIR, HUNDRED_SIXTY_FOURTH_B_CORPUS_DIR, HUNDRED_SIXTY_FOURTH_C_CORPUS_DIR, HUNDRED_SIXTY_FOURTH_D_CORPUS_DIR,
  HUNDRED_SIXTY_FIFTH_A_CORPUS_DIR, HUNDRED_SIXTY_FIFTH_B_CORPUS_DIR, HUNDRED_SIXTY_FIFTH_C_CORPUS_DIR, HUNDRED_SIXTY_FIFTH_D_CORPUS_DIR,
  HUNDRED_SIXTY_SIXTH_A_CORPUS_DIR, HUNDRED_SIXTY_SIXTH_B_CORPUS_DIR, HUNDRED_SIXTY_SIXTH_D_CORPUS_DIR, HUNDRED_SIXTY_SIXTH_E_CORPUS_DIR, HUNDRED_SIXTY_SIXTH_F_CORPUS_DIR,
  HUNDRED_SIXTY_SEVENTH_A_CORPUS_DIR, HUNDRED_SIXTY_SEVENTH_B_CORPUS_DIR, HUNDRED_SIXTY_SEVENTH_C_CORPUS_DIR, HUNDRED_SIXTY_SEVENTH_D_CORPUS_DIR,
  HUNDRED_SIXTY_EIGHTH_A_CORPUS_DIR, HUNDRED_SIXTY_EIGHTH_B_CORPUS_DIR, HUNDRED_SIXTY_EIGHTH_C_CORPUS_DIR, HUNDRED_SIXTY_EIGHTH_D_CORPUS_DIR, HUNDRED_SIXTY_EIGHTH_E_CORPUS_DIR,
  HUNDRED_SIXTY_NINTH_A_CORPUS_DIR, HUNDRED_SIXTY_NINTH_B_CORPUS_DIR, HUNDRED_SIXTY_NINTH_C_CORPUS_DIR, HUNDRED_SIXTY_NINTH_D_CORPUS_DIR,
  HUNDRED_SEVENTIETH_A_CORPUS_DIR, HUNDRED_SEVENTIETH_B_CORPUS_DIR, HUNDRED_SEVENTIETH_C_CORPUS_DIR, HUNDRED_SEVENTIETH_D_CORPUS_DIR, HUNDRED_SEVENTIETH_E_CORPUS_DIR,
  HUNDRED_SEVENTY_FIRST_A_CORPUS_DIR, HUNDRED_SEVENTY_FIRST_B_CORPUS_DIR, HUNDRED_SEVENTY_FIRST_C_CORPUS_DIR, HUNDRED_SEVENTY_FIRST_E_CORPUS_DIR,
  HUNDRED_SEVENTY_SECOND_A_CORPUS_DIR, HUNDRED_SEVENTY_SECOND_B_CORPUS_DIR, HUNDRED_SEVENTY_SECOND_C_CORPUS_DIR, HUNDRED_SEVENTY_SECOND_D_CORPUS_DIR, HUNDRED_SEVENTY_SECOND_E_CORPUS_DIR,
  HUNDRED_SEVENTY_THIRD_A_CORPUS_DIR, HUNDRED_SEVENTY_THIRD_B_CORPUS_DIR, HUNDRED_SEVENTY_THIRD_C_CORPUS_DIR,
  HUNDRED_SEVENTY_FOURTH_A_CORPUS_DIR, HUNDRED_SEVENTY_FOURTH_B_CORPUS_DIR, HUNDRED_SEVENTY_FOURTH_C_CORPUS_DIR, HUNDRED_SEVENTY_FOURTH_D_CORPUS_DIR, HUNDRED_SEVENTY_FOURTH_E_CORPUS_DIR,
  HUNDRED_SEVENTY_FIFTH_B_CORPUS_DIR, HUNDRED_SEVENTY_FIFTH_C_CORPUS_DIR, HUNDRED_SEVENTY_FIFTH_D_CORPUS_DIR, HUNDRED_SEVENTY_FIFTH_E_CORPUS_DIR,
  HUNDRED_SEVENTY_SIXTH_A_CORPUS_DIR, HUNDRED_SEVENTY_SIXTH_B_CORPUS_DIR, HUNDRED_SEVENTY_SIXTH_C_CORPUS_DIR, HUNDRED_SEVENTY_SIXTH_D_CORPUS_DIR, HUNDRED_SEVENTY_SIXTH_E_CORPUS_DIR,
  HUNDRED_SEVENTY_SEVENTH_A_CORPUS_DIR, HUNDRED_SEVENTY_SEVENTH_B_CORPUS_DIR, HUNDRED_SEVENTY_SEVENTH_C_CORPUS_DIR, HUNDRED_SEVENTY_SEVENTH_D_CORPUS_DIR, HUNDRED_SEVENTY_SEVENTH_E_CORPUS_DIR,
  HUNDRED_SEVENTY_EIGHTH_A_CORPUS_DIR, HUNDRED_SEVENTY_EIGHTH_B_CORPUS_DIR, HUNDRED_SEVENTY_EIGHTH_C_CORPUS_DIR, HUNDRED_SEVENTY_EIGHTH_D_CORPUS_DIR, HUNDRED_SEVENTY_EIGHTH_E_CORPUS_DIR,
  HUNDRED_SEVENTY_NINTH_A_CORPUS_DIR, HUNDRED_SEVENTY_NINTH_B_CORPUS_DIR, HUNDRED_SEVENTY_NINTH_C_CORPUS_DIR, HUNDRED_SEVENTY_NINTH_D_CORPUS_DIR, HUNDRED_SEVENTY_NINTH_E_CORPUS_DIR,
  HUNDRED_EIGHTIETH_A_CORPUS_DIR, HUNDRED_EIGHTIETH_B_CORPUS_DIR, HUNDRED_EIGHTIETH_C_CORPUS_DIR, HUNDRED_EIGHTIETH_D_CORPUS_DIR, HUNDRED_EIGHTIETH_E_CORPUS_DIR,
  HUNDRED_EIGHTY_FIRST_A_CORPUS_DIR, HUNDRED_EIGHTY_FIRST_B_CORPUS_DIR, HUNDRED_EIGHTY_FIRST_C_CORPUS_DIR, HUNDRED_EIGHTY_FIRST_D_CORPUS_DIR, HUNDRED_EIGHTY_FIRST_E_CORPUS_DIR,
  HUNDRED_EIGHTY_SECOND_A_CORPUS_DIR, HUNDRED_EIGHTY_SECOND_B_CORPUS_DIR, HUNDRED_EIGHTY_SECOND_C_CORPUS_DIR, HUNDRED_EIGHTY_SECOND_D_CORPUS_DIR, HUNDRED_EIGHTY_SECOND_E_CORPUS_DIR,
  HUNDRED_EIGHTY_THIRD_A_CORPUS_DIR, HUNDRED_EIGHTY_THIRD_B_CORPUS_DIR, HUNDRED_EIGHTY_THIRD_D_CORPUS_DIR, HUNDRED_EIGHTY_THIRD_E_CORPUS_DIR,
  HUNDRED_EIGHTY_FOURTH_A_CORPUS_DIR, HUNDRED_EIGHTY_FOURTH_B_CORPUS_DIR, HUNDRED_EIGHTY_FOURTH_C_CORPUS_DIR, HUNDRED_EIGHTY_FOURTH_D_CORPUS_DIR, HUNDRED_EIGHTY_FOURTH_E_CORPUS_DIR,
];

/** The corpus directories collected before `dir` (its sibling part included when listed first). */
export function corpusDirsBefore(dir: string): string[] {
  const index = CORPUS_DIRS_IN_ORDER.indexOf(dir);
  if (index < 0) throw new Error(`corpus: '${dir}' is not a known corpus directory`);
  return CORPUS_DIRS_IN_ORDER.slice(0, index);
}

/**
 * Every part of the named corpora, in the order collected (`corpusParts('hundred-and-thirty-second')`: its parts a to
 * e), so that a figure recorded per corpus names the corpus once, not each part's directory again.
 */
export function corpusParts(...corpora: readonly string[]): string[] {
  return corpora.flatMap((corpus) => {
    const parts = CORPUS_DIRS_IN_ORDER.filter((dir) => {
      const name = basename(dir);
      return name === `corpus-${corpus}` || (name.startsWith(`corpus-${corpus}-`) && /^[a-z]$/.test(name.slice(`corpus-${corpus}-`.length)));
    });
    if (parts.length === 0) throw new Error(`corpus: no parts of the '${corpus}' corpus are listed`);
    return parts;
  });
}

export interface CorpusLabel {
  readonly id: string;
  /** Kinds that must be found; 'a|b' is satisfied by either. */
  readonly expected: readonly string[];
  readonly allowed: readonly FindingKind[];
  readonly reason: string;
}

export interface CorpusSource {
  readonly id: string;
  readonly format: string;
  readonly repo: string;
  readonly commit: string;
  readonly path: string;
  readonly licence: string;
}

export interface CorpusResult {
  readonly label: CorpusLabel;
  readonly source: CorpusSource;
  /** The reader's error when the run could not be read. */
  readonly error?: string;
  readonly findings: readonly Finding[];
  /** The tool's no-clear-answer statement on the run (undefined: a clear answer, or unread). */
  readonly noClearAnswer?: NoClearAnswer;
}

export function corpusLabels(dir = CORPUS_DIR): CorpusLabel[] {
  return (JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { runs: CorpusLabel[] }).runs;
}

export function corpusSources(dir = CORPUS_DIR): CorpusSource[] {
  return (JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as { runs: CorpusSource[] }).runs;
}

/** Reads and diagnoses every labelled run of the corpus in `dir`. */
/** Reads the run `id` of the corpus in `dir` as `losskit diagnose` does and diagnoses it. */
export async function diagnoseCorpusRun(dir: string, id: string): Promise<{ history: History; findings: Finding[]; notes: readonly string[] }> {
  const run = await readRun(join(dir, 'runs', id));
  const history = History.fromSeries(run.series, run.roles === undefined ? {} : { roles: run.roles });
  return { history, findings: diagnose(history), notes: run.notes ?? [] };
}

export async function diagnoseCorpus(dir = CORPUS_DIR): Promise<CorpusResult[]> {
  const sources = new Map(corpusSources(dir).map((source) => [source.id, source]));
  const results: CorpusResult[] = [];
  for (const label of corpusLabels(dir)) {
    const source = sources.get(label.id);
    if (source === undefined) throw new Error(`corpus: '${label.id}' has a label but no source`);
    try {
      const { history, findings } = await diagnoseCorpusRun(dir, label.id);
      const unclear = noClearAnswer(history, findings);
      results.push({ label, source, findings, ...(unclear === undefined ? {} : { noClearAnswer: unclear }) });
    } catch (error) {
      results.push({ label, source, error: (error as Error).message, findings: [] });
    }
  }
  return results;
}

/** What the scorer needs of a run: its label and the kinds reported (by the tool, or by another labeller). */
export interface ScoredRun {
  readonly label: CorpusLabel;
  readonly error?: string;
  readonly findings: readonly Pick<Finding, 'kind' | 'severity'>[];
  /** Where the tool said it cannot tell (another labeller's set has none). */
  readonly noClearAnswer?: Pick<NoClearAnswer, 'reason'>;
}

export interface CorpusScore {
  readonly runs: number;
  readonly unread: number;
  readonly expected: number;
  readonly found: number;
  readonly falseAlarms: { readonly id: string; readonly kind: FindingKind; readonly severity: string }[];
  readonly misses: { readonly id: string; readonly kind: string }[];
  /** Misses on runs where the tool said it cannot tell (a no-clear-answer statement): its abstentions, not wrong verdicts. */
  readonly abstained: number;
  /**
   * Expected items whose options are both end states ('still-improving|plateau': the labeller's
   * own "it still falls or has levelled off, the numbers cannot tell which") missed on a run where
   * the tool said it cannot tell the end: the tool said what the label says. Pre-registered
   * (round 19, before the sixteenth corpus's labels were committed) as a secondary score, beside `found`,
   * never in its place.
   */
  readonly endUnclearAgreed: number;
  readonly kinds: KindScore[];
}

/** The label's own "cannot tell which end": both end states, nothing else. */
const BOTH_ENDS = ['plateau', 'still-improving'].join('|');

/**
 * Hits, misses and false alarms. An expected 'a|b' found as either is one hit (credited to the
 * kind found); missed, it is one miss of its first kind. A found kind neither expected nor
 * allowed is a false alarm.
 */
export function scoreCorpus(results: readonly ScoredRun[]): CorpusScore {
  const counts = new Map(FINDING_KINDS.map((kind) => [kind as string, { tp: 0, fp: 0, fn: 0 }]));
  const count = (kind: string) => {
    if (!counts.has(kind)) counts.set(kind, { tp: 0, fp: 0, fn: 0 });
    return counts.get(kind)!;
  };
  const falseAlarms: CorpusScore['falseAlarms'][number][] = [];
  const misses: CorpusScore['misses'][number][] = [];
  let expected = 0;
  let found = 0;
  let abstained = 0;
  let endUnclearAgreed = 0;
  for (const { label, findings, noClearAnswer: unclear } of results) {
    const kinds = [...new Set(findings.map((finding) => finding.kind))];
    const credited = new Set<string>();
    for (const item of label.expected) {
      expected++;
      const options = item.split('|');
      const hit = options.find((kind) => kinds.includes(kind as FindingKind));
      if (hit === undefined) {
        count(options[0]).fn++;
        misses.push({ id: label.id, kind: item });
        if (unclear !== undefined) abstained++;
        if (unclear !== undefined && [...options].sort().join('|') === BOTH_ENDS) endUnclearAgreed++;
      } else {
        found++;
        count(hit).tp++;
        for (const option of options) credited.add(option);
      }
    }
    for (const kind of kinds) {
      if (credited.has(kind) || label.allowed.includes(kind)) continue;
      count(kind).fp++;
      const severity = findings.find((finding) => finding.kind === kind)?.severity ?? 'info';
      falseAlarms.push({ id: label.id, kind, severity });
    }
  }
  const kinds = [...counts].map(([kind, { tp, fp, fn }]): KindScore => ({
    kind: kind as FindingKind, truePositives: tp, falsePositives: fp, falseNegatives: fn,
    precision: tp + fp === 0 ? Number.NaN : tp / (tp + fp),
    recall: tp + fn === 0 ? Number.NaN : tp / (tp + fn),
  }));
  return { runs: results.length, unread: results.filter((result) => result.error !== undefined).length, expected, found, falseAlarms, misses, abstained, endUnclearAgreed, kinds };
}

/** The score as a plain-text report: totals, the per-kind table, misses and false alarms. */
export function corpusReport(results: readonly CorpusResult[], score: CorpusScore): string {
  const show = (value: number) => (Number.isNaN(value) ? '   –' : value.toFixed(2));
  const rows = score.kinds.filter((s) => s.truePositives + s.falsePositives + s.falseNegatives > 0).map((s) =>
    `  ${s.kind.padEnd(17)} ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}   ${show(s.precision)}      ${show(s.recall)}`);
  const unread = results.filter((r) => r.error !== undefined).map((r) => `  ${r.label.id} (${r.source.format}): ${r.error}`);
  return [
    `${score.runs} runs, ${score.unread} unreadable; ${score.found} of ${score.expected} expected findings found; ${score.falseAlarms.length} false alarms ` +
      `(${score.falseAlarms.filter((f) => f.severity === 'critical').length} critical); of the misses, ${score.abstained} on runs where the tool said it cannot tell ` +
      `(${score.endUnclearAgreed} of them a label's own still-improving|plateau)`,
    '  kind               TP  FP  FN   precision  recall', ...rows,
    ...(score.misses.length ? ['misses:', ...score.misses.map((m) => `  ${m.id}: ${m.kind}`)] : []),
    ...(score.falseAlarms.length ? ['false alarms:', ...score.falseAlarms.map((f) => `  ${f.id}: ${f.kind} (${f.severity})`)] : []),
    ...(unread.length ? ['unreadable:', ...unread] : []),
  ].join('\n');
}
