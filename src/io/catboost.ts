/**
 * CatBoost's training directory (`train_dir`, by default `catboost_info/`), as the CatBoost
 * library writes it (catboost/libs/logging):
 *
 *   learn_error.tsv          iter<TAB><metric>...   the learning set, one row per iteration
 *   test_error.tsv           iter<TAB><metric>...   the evaluation set(s); with several eval sets
 *                                                    every metric column repeats once per set
 *   catboost_training.json   {meta: {learn_metrics, test_metrics, test_sets, ...}, iterations: [...]}
 *   time_left.tsv, learn/ and test/ (TensorBoard copies of the same numbers), tmp/
 *
 * Series are named '<set>/<metric>': 'learn/RMSE', 'test/RMSE', 'test1/RMSE' for a second eval
 * set (the names catboost_training.json gives in `test_sets`). The objective, the first learn
 * metric that is not a score where higher is better (CatBoost writes the optimised loss first,
 * unless an `eval_metric` such as F1 or AUC was set: that one comes first), is the run's
 * training loss and the same metric on the first eval set its validation loss (`roles`); the
 * others are metrics. The iteration is the step. Files named with a prefix
 * ('fold_0_learn_error.tsv', as in cross-validation loops) are read per prefix by
 * `catBoostPrefixes`. Browser-safe: takes texts.
 */
import { damageNote, incompleteLastLineNote, logError, parseNumber, SeriesBuilder, type Damage } from './series.js';
import type { ParsedLog } from './types.js';

export const CATBOOST_FILES = ['learn_error.tsv', 'test_error.tsv', 'catboost_training.json'] as const;
const ERROR_FILE = /^(.*?)(learn|test)_error\.tsv$/;

/** The prefixes of CatBoost error files among `names` ('' for learn_error.tsv, 'fold_0_' ...), sorted. */
export function catBoostPrefixes(names: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const name of names) {
    const match = ERROR_FILE.exec(name);
    if (match !== null) prefixes.add(match[1]);
  }
  if (prefixes.size === 0 && names.includes('catboost_training.json')) prefixes.add('');
  return [...prefixes].sort();
}

export interface CatBoostTexts {
  readonly learn?: { readonly text: string; readonly file: string };
  readonly test?: { readonly text: string; readonly file: string };
  readonly training?: { readonly text: string; readonly file: string };
}

interface Meta {
  readonly testSets: readonly string[];
  readonly learnMetrics: readonly string[];
}

/**
 * CatBoost's metrics where higher is better (catboost.ai, "Objectives and metrics"): eval
 * metrics, never an objective a booster minimises. Parameters after ':' are ignored ('F1:class=1').
 */
const HIGHER_IS_BETTER = new Set(['AUC', 'PRAUC', 'Accuracy', 'BalancedAccuracy', 'F1', 'TotalF1', 'F', 'Precision', 'Recall', 'MCC',
  'Kappa', 'WKappa', 'R2', 'NDCG', 'DCG', 'PFound', 'MAP', 'MRR', 'ERR', 'PrecisionAt', 'RecallAt', 'AverageGain', 'QueryAUC', 'FilteredDCG']);

/** The objective among the learn metrics: the first that is not a higher-is-better score. */
function objectiveOf(metrics: readonly string[]): string | undefined {
  return metrics.find((name) => !HIGHER_IS_BETTER.has(name.split(':')[0])) ?? metrics[0];
}

function readMeta(training: CatBoostTexts['training']): Meta {
  if (training === undefined) return { testSets: [], learnMetrics: [] };
  try {
    const meta = (JSON.parse(training.text) as { meta?: { test_sets?: unknown; learn_metrics?: { name?: unknown }[] } }).meta;
    const testSets = Array.isArray(meta?.test_sets) ? meta.test_sets.filter((name): name is string => typeof name === 'string') : [];
    const learnMetrics = Array.isArray(meta?.learn_metrics) ? meta.learn_metrics.map((metric) => metric?.name).filter((name): name is string => typeof name === 'string') : [];
    return { testSets, learnMetrics };
  } catch {
    return { testSets: [], learnMetrics: [] };
  }
}

/**
 * Adds one error file's columns to `builder`; returns the metric names in column order (the
 * set prefix removed). A row with the wrong number of fields stops the reading there.
 */
function readErrorFile(source: { text: string; file: string }, sets: readonly string[], builder: SeriesBuilder, warnings: string[]): string[] {
  const lines = source.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0].split('\t').map((cell) => cell.trim());
  if (header.length < 2 || header[0] !== 'iter') throw logError(`${source.file}:1`, `expected a header 'iter<TAB><metric>...', found '${lines[0].slice(0, 80)}'`);
  const seen = new Map<string, number>();
  const names = header.slice(1).map((metric) => {
    const occurrence = seen.get(metric) ?? 0;
    seen.set(metric, occurrence + 1);
    const set = sets[occurrence] ?? (occurrence === 0 ? sets[0] : `${sets[0]}${occurrence}`);
    return `${set}/${metric}`;
  });
  let damage: Damage | undefined;
  let kept = 0;
  for (let i = 1; i < lines.length && damage === undefined; i++) {
    if (lines[i].trim() === '') continue;
    const cells = lines[i].split('\t');
    const step = parseNumber(cells[0]);
    if (cells.length !== header.length || typeof step !== 'number' || !Number.isFinite(step)) {
      const last = i === lines.length - 1;
      if (last) warnings.push(incompleteLastLineNote(source.file, i + 1));
      else damage = { line: i + 1, reason: `${cells.length} fields, expected ${header.length} (the header's columns)` };
      continue;
    }
    kept++;
    names.forEach((name, column) => {
      const value = parseNumber(cells[column + 1]);
      if (typeof value === 'number') builder.add(name, { step, value });
    });
  }
  if (damage !== undefined) warnings.unshift(damageNote(source.file, damage, kept, 'row'));
  return header.slice(1);
}

/** Series from catboost_training.json's `iterations` when the error files are missing. */
function readIterations(training: NonNullable<CatBoostTexts['training']>, meta: Meta, builder: SeriesBuilder): string[] {
  const document = JSON.parse(training.text) as { meta?: { learn_metrics?: { name?: string }[]; test_metrics?: { name?: string }[] }; iterations?: { iteration?: number; learn?: number[]; test?: number[] }[] };
  const learnMetrics = (document.meta?.learn_metrics ?? []).map((metric) => String(metric.name));
  const testMetrics = (document.meta?.test_metrics ?? []).map((metric) => String(metric.name));
  const testSet = meta.testSets[0] ?? 'test';
  for (const entry of document.iterations ?? []) {
    const step = entry.iteration;
    if (typeof step !== 'number') continue;
    entry.learn?.forEach((value, i) => builder.add(`learn/${learnMetrics[i] ?? i}`, { step, value }));
    entry.test?.forEach((value, i) => builder.add(`${testSet}/${testMetrics[i] ?? i}`, { step, value }));
  }
  return learnMetrics;
}

/** Parses one CatBoost run (see the module comment); `dir` names it in warnings and notes. */
export function parseCatBoost(texts: CatBoostTexts, dir: string): ParsedLog {
  const meta = readMeta(texts.training);
  const testSets = meta.testSets.length > 0 ? meta.testSets : ['test'];
  const builder = new SeriesBuilder();
  const warnings: string[] = [];
  let learnMetrics: string[] = [];
  if (texts.learn !== undefined) learnMetrics = readErrorFile(texts.learn, ['learn'], builder, warnings);
  if (texts.test !== undefined) readErrorFile(texts.test, testSets, builder, warnings);
  if (texts.learn === undefined && texts.test === undefined) {
    if (texts.training === undefined) throw logError(dir, 'no CatBoost error files (learn_error.tsv, test_error.tsv) or catboost_training.json');
    learnMetrics = readIterations(texts.training, meta, builder);
  }
  const notes: string[] = [];
  const series = builder.finish(dir, warnings, notes);
  const objective = objectiveOf(meta.learnMetrics.length > 0 ? meta.learnMetrics : learnMetrics) ?? Object.keys(series)[0]?.split('/')[1];
  const roles: Record<string, 'trainLoss' | 'validationLoss'> = {};
  if (objective !== undefined) {
    const train = `learn/${objective}`;
    const validation = `${testSets[0]}/${objective}`;
    if (train in series) roles[train] = 'trainLoss';
    if (validation in series) roles[validation] = 'validationLoss';
    notes.push(`CatBoost's objective ${objective} is the loss: ${Object.keys(roles).map((name) => `'${name}'`).join(' and ')}`);
  }
  return { format: 'catboost', series, warnings, roles, notes };
}
