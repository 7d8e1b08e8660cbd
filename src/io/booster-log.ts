/**
 * A gradient-boosting library's console evaluation log: CatBoost's `0:\tlearn: ...\ttest: ...`,
 * XGBoost's `[0]\tvalidation_0-rmse:8.49` and LightGBM's `[100]\ttraining's l2: 0.5` lines
 * (booster-line.ts), in a `.log`, a job's captured stdout or a notebook's output, other lines
 * (warnings, `bestTest = ...`, reports) passed by. Each set's metric is a series named
 * '<set>/<metric>' ('validation_0/rmse', "valid_1/multi_logloss" for LightGBM's `valid_1's`), CatBoost's
 * by its set alone ('learn', 'test': its lines name no metric), at the printed round; booster-roles.ts
 * says which are the training and the validation loss (`roles`).
 *
 * The line an early-stopping footer announces (`Stopping. Best iteration:` then `[31]\t...`) repeats
 * the best round: passed by, not a point. A round at or before the last one, or another library's
 * line, begins another fit (CatBoost's counter restarts at 0 with each `fit`, as a notebook cell
 * fitting twice prints it): fits are trainings appended to one log, kept apart as every reader's
 * are (series-columns.ts), and the run is the latest fit with the points the trend rules need,
 * else the last before it that has them. A text is such a log when MIN_EVAL_LINES of its lines are
 * evaluation lines; the plain console reader passes them by (console-line.ts), so the detection
 * chain comes here when a log holds nothing else it reads (table-log-kinds.ts). Browser-safe.
 */
import { isBestRoundHeader, readBoosterLine, type BoosterLine } from './booster-line.js';
import { BOOSTER_NAMES, boosterRoles, boosterSeriesName, Fit } from './booster-roles.js';
import { LineStream } from './line-stream.js';
import { incompleteLastLineNote, logError } from './series.js';
import type { ParsedLog } from './types.js';

/** How many evaluation lines make a text a booster's log. */
export const MIN_EVAL_LINES = 3;

/** True when `text` holds MIN_EVAL_LINES evaluation lines (see the module comment). */
export function isBoosterLogText(text: string): boolean {
  let count = 0;
  for (const line of text.split('\n')) if (readBoosterLine(line.replace(/\r$/, '')) !== undefined && ++count >= MIN_EVAL_LINES) return true;
  return false;
}

/** An evaluation line's start (`[12]\t`, `12:\t`): a last line cut off after it was one. */
const EVAL_START = /^\s*(?:\[\d+\]|\d+:)\t/;

/** Reads a booster's evaluation log pushed in chunks; `file` names it in messages. */
export class BoosterLogParser extends LineStream {
  private readonly fits: Fit[] = [];
  /** An early-stopping footer was read: the next evaluation line repeats the best round. */
  private bestRoundNext = false;
  private repeats = 0;

  finish(): ParsedLog {
    const { file } = this;
    const warnings: string[] = [];
    // A run still writing leaves its last line cut off, perhaps mid-number.
    const cut = this.cutOffLastLine();
    if (cut !== undefined && EVAL_START.test(cut)) warnings.push(incompleteLastLineNote(file, this.lineNumber));
    if (this.fits.length === 0) {
      throw logError(file, "no gradient-boosting evaluation lines: expected CatBoost's '0:\\tlearn: 0.84\\ttest: 2.25\\tbest: 2.25 (0)\\ttotal: 79ms\\tremaining: 1m', " +
        "XGBoost's '[0]\\tvalidation_0-rmse:8.49' or LightGBM's '[100]\\ttraining's l2: 0.51\\tvalid_1's l2: 0.62'");
    }
    const lines = this.fits.reduce((sum, fit) => sum + fit.lines, 0);
    const libraries = [...new Set(this.fits.map((fit) => BOOSTER_NAMES[fit.booster]))].join(' and ');
    const notes = [`a gradient-boosting evaluation log (${libraries}): ${lines} evaluation line${lines === 1 ? '' : 's'} read` +
      (this.fits.length === 1 ? '' : ` in ${this.fits.length} fits`) +
      (this.repeats === 0 ? '' : `; ${this.repeats} best round${this.repeats === 1 ? '' : 's'} repeated after an early-stopping footer passed by`) +
      '; other lines passed by'];
    const series = this.builder.finish(file, warnings, notes);
    const { roles, note } = boosterRoles(this.fits[this.builder.keptTraining] ?? this.fits[this.fits.length - 1]);
    notes.push(note);
    const present = Object.fromEntries(Object.entries(roles).filter(([name]) => name in series));
    return { format: 'booster', series, warnings, notes, ...(Object.keys(present).length === 0 ? {} : { roles: present }) };
  }

  protected readLine(line: string): void {
    const text = this.lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (isBestRoundHeader(text)) {
      this.bestRoundNext = true;
      return;
    }
    const read = readBoosterLine(text);
    if (read === undefined) {
      // The repeated round follows its footer at once; anything else between ends the wait.
      if (text.trim() !== '') this.bestRoundNext = false;
      return;
    }
    if (this.bestRoundNext) {
      this.bestRoundNext = false;
      this.repeats++;
      return;
    }
    this.fitOf(read).take(read);
    this.builder.line = this.lineNumber;
    for (const { set, metric, value } of read.values) this.builder.add(boosterSeriesName(set, metric), { step: read.round, value });
  }

  /** The fit `read` belongs to: the last one, or a new one when its round goes back or another library prints it. */
  private fitOf(read: BoosterLine): Fit {
    const last = this.fits.at(-1);
    if (last !== undefined && last.booster === read.booster && read.round > last.lastRound) return last;
    if (last !== undefined) {
      const what = last.booster === read.booster
        ? `${BOOSTER_NAMES[read.booster]}'s round went back from ${last.lastRound} to ${read.round}`
        : `${BOOSTER_NAMES[read.booster]}'s evaluation lines follow ${BOOSTER_NAMES[last.booster]}'s`;
      this.builder.startTraining(this.lineNumber, { what, why: 'each fit counts its rounds from the start: another fit printed into the same log' });
    }
    const fit = new Fit(read.booster);
    this.fits.push(fit);
    return fit;
  }
}

/** Parses a booster's evaluation log whole (see the module comment); `file` names it in messages. */
export function parseBoosterLog(text: string, file: string): ParsedLog {
  const parser = new BoosterLogParser(file);
  parser.push(text);
  return parser.finish();
}
