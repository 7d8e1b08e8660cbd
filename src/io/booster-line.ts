/**
 * One line of a gradient-boosting library's console evaluation log, as its training prints it
 * (to stdout, or into a notebook's output) every `verbose` / `verbose_eval` / `log_evaluation`
 * rounds:
 *
 *   CatBoost   0:\tlearn: 0.8444130\ttest: 2.2561020\tbest: 2.2561020 (0)\ttotal: 79.4ms\tremaining: 1m 19s
 *              (catboost/libs/logging: the iteration, then the eval metric on the learn set and on each
 *              eval set, `test`, `test1` ..., the best eval value so far and its iteration, timings;
 *              without an eval set only `learn`)
 *   XGBoost    [0]\tvalidation_0-rmse:8.49176\tvalidation_1-rmse:8.51230
 *              (xgboost's EvaluationMonitor: the round, then `<set>-<metric>:<value>` for each eval
 *              set and metric; `xgb.cv` writes `<mean>+<std>`)
 *   LightGBM   [100]\ttraining's multi_logloss: 1.53707\tvalid_1's multi_logloss: 1.54177
 *              (lightgbm's log_evaluation: the round, then `<set>'s <metric>: <value>`; `lgb.cv`
 *              writes `<mean> + <std>`)
 *
 * Fields are tab-separated, as the three libraries write them (or, pasted where tabs became spaces,
 * separated by two spaces or more; XGBoost's by any). A line is read whole or not at all:
 * every field after the counter must be one of its library's, so a loop's `[3] loss: 0.5` is none.
 * The early-stopping footers (XGBoost's `Stopping. Best iteration:`, LightGBM's `Early stopping,
 * best iteration is:` and `Did not meet early stopping. Best iteration is:`) announce a line that
 * repeats the best round: `isBestRoundHeader` says so, and booster-log.ts passes that line by.
 * A training job's log as CloudWatch hands it back (SageMaker's built-in XGBoost, printed into a
 * notebook by `estimator.fit()`: `[0]#011train-rmse:19.5174#011validation-rmse:19.188`, coloured)
 * is read as the line it was: rsyslog's escape of a tab, `#011`, is a tab, and colour codes are left
 * out (readers-82). Browser-safe.
 */
import { TERMINAL_CODES } from './console-patterns.js';
import { parseNumber } from './series.js';

/** Which library's layout a line is in. */
export type Booster = 'catboost' | 'xgboost' | 'lightgbm';

/** A set's metric on one line: CatBoost names no metric ('' then), the others do. */
export interface BoosterValue {
  readonly set: string;
  readonly metric: string;
  readonly value: number;
}

export interface BoosterLine {
  readonly booster: Booster;
  /** The iteration or round, as printed (CatBoost and XGBoost count from 0, LightGBM from 1). */
  readonly round: number;
  readonly values: readonly BoosterValue[];
  /** CatBoost's `best: <value> (<iteration>)`: the best eval value so far, which says whether higher is better. */
  readonly best?: number;
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?(?:nan|inf)`;
const CATBOOST_COUNTER = /^\s*(\d+):$/;
/** `learn: 0.84`, `test: 2.25`, `test1: 2.3` (a second eval set). */
const CATBOOST_SET = new RegExp(String.raw`^(learn|test\d*):\s*(${NUMBER})$`, 'i');
const CATBOOST_BEST = new RegExp(String.raw`^best:\s*(${NUMBER})\s*\(\d+\)$`, 'i');
/** Timings, and `xgb.cv`-like spreads CatBoost's cv prints (`test std: 0.01`): passed by, not series. */
const CATBOOST_OTHER = /^(?:total|remaining|passed|(?:learn|test\d*) std):\s*\S.*$/i;
const ROUND = /^\s*\[(\d+)\]$/;
/** rsyslog's escape of a tab (`#011`, its octal code), as CloudWatch returns a job's log. */
const SYSLOG_TAB = /#011/g;
const XGBOOST_FIELD = new RegExp(String.raw`^([A-Za-z_][\w.]*)-(\S+):(${NUMBER})(?:\+(?:${NUMBER}))?$`);
const LIGHTGBM_FIELD = new RegExp(String.raw`^(\S+)'s (\S+): (${NUMBER})(?: \+ (?:${NUMBER}))?$`);

/** What `text` (one line) says as a booster's evaluation line (see the module comment), undefined for any other line. */
export function readBoosterLine(raw: string): BoosterLine | undefined {
  const text = raw.includes('#011') || raw.includes('\x1b') ? raw.replace(SYSLOG_TAB, '\t').replace(TERMINAL_CODES, '') : raw;
  // Tabs turned into spaces (a log pasted into a Markdown page or a README): two spaces or more set
  // the fields apart, and XGBoost's fields, which hold no space, any space (readers-64).
  const tabbed = text.includes('\t');
  const fields = tabbed ? text.replace(/\s+$/, '').split('\t') : text.trim().split(/\s{2,}/);
  const catboost = CATBOOST_COUNTER.exec(fields[0]);
  if (catboost !== null) return catBoostLine(Number(catboost[1]), fields.slice(1));
  const spaced = tabbed ? fields : text.trim().split(/\s+/);
  const round = ROUND.exec(spaced[0]);
  if (round === null) return undefined;
  for (const [booster, pattern] of [['xgboost', XGBOOST_FIELD], ['lightgbm', LIGHTGBM_FIELD]] as const) {
    const written = tabbed || booster === 'lightgbm' ? fields : spaced;
    if (written.length < 2) continue;
    const values = written.slice(1).map((field) => pattern.exec(field.trim()));
    if (values.every((match) => match !== null)) {
      return { booster, round: Number(round[1]), values: values.map((match) => ({ set: match[1], metric: match[2], value: numberOf(match[3]) })) };
    }
  }
  return undefined;
}

function catBoostLine(round: number, fields: readonly string[]): BoosterLine | undefined {
  const values: BoosterValue[] = [];
  let best: number | undefined;
  let timed = false;
  for (const field of fields.map((text) => text.trim())) {
    const set = CATBOOST_SET.exec(field);
    const bestMatch = set === null ? CATBOOST_BEST.exec(field) : null;
    if (set !== null) values.push({ set: set[1].toLowerCase(), metric: '', value: numberOf(set[2]) });
    else if (bestMatch !== null) best = numberOf(bestMatch[1]);
    else if (CATBOOST_OTHER.test(field)) timed ||= /^total:/i.test(field);
    else return undefined;
  }
  // The timings are on every line CatBoost prints: they tell its line from another `3:\tloss: 0.5`.
  if (!timed || values.length === 0) return undefined;
  return { booster: 'catboost', round, values, ...(best === undefined ? {} : { best }) };
}

const numberOf = (text: string): number => parseNumber(text) as number;

/** XGBoost's `Stopping. Best iteration:`, LightGBM's `Early stopping, best iteration is:` / `Did not meet early stopping. Best iteration is:`. */
const BEST_ROUND_HEADER = /^\s*(?:Stopping\.\s*Best iteration:|Early stopping, best iteration is:|Did not meet early stopping\.\s*Best iteration is\s*:)\s*$/i;

/** True for an early-stopping footer whose next line repeats the best round (see the module comment). */
export function isBestRoundHeader(text: string): boolean {
  return BEST_ROUND_HEADER.test(text);
}
