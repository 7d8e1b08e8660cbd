/**
 * From per-evaluation test metrics to what a comparison may claim:
 *  - every metric as a mean with its 95 % interval (Nadeau–Bengio corrected, losskit/stats);
 *  - the failure guard: a run that learned nothing — diverged; R² ≤ 0.05 or an RMSE no better
 *    than predicting the training mean (regression); a primary metric within 5 % of the class
 *    prior's way to a perfect score (classification) — is flagged and never wins;
 *  - the winner: the best run by mean primary metric, named only when the paired corrected
 *    resampled t-test says it beats EVERY other run (the interval of the difference excludes 0).
 *    Otherwise 'no clear winner', naming the run it cannot be told apart from. Exact ties give a
 *    zero-width interval at 0, so they never crown anyone.
 */
import type { Task } from '../data/types.js';
import { METRICS } from '../metrics/index.js';
import { correctedResampledTTest, formatEstimate, formatSignificant as formatMetric, resampledMean, type ResamplingDesign } from '../stats/index.js';
import type { ComparisonRun, MetricSummary, PairedComparison, RunFailure, Verdict } from './types.js';

/** A run whose skill over the baseline is at most this learned nothing (R² for regression). */
export const LEARNED_NOTHING_SKILL = 0.05;

type Primary = { readonly name: string; readonly higherIsBetter: boolean };

/** Mean and interval of one metric's per-evaluation values. */
export function summarise(values: readonly number[], design: ResamplingDesign): MetricSummary {
  const { mean, halfWidth, low, high } = resampledMean(values, design);
  return { mean, halfWidth, low, high, values };
}

/** Every metric present in all evaluations, summarised. */
export function summariseMetrics(tests: readonly Readonly<Record<string, number>>[], design: ResamplingDesign): Record<string, MetricSummary> {
  const names = Object.keys(tests[0] ?? {}).filter((name) => tests.every((test) => name in test));
  return Object.fromEntries(names.map((name) => [name, summarise(tests.map((test) => test[name]), design)]));
}

/** A metric summary as 'mean ± half-width' (see formatEstimate); '-' when absent. */
export function formatSummary(summary: MetricSummary | undefined): string {
  return summary ? formatEstimate(summary.mean, summary.halfWidth) : '-';
}

/** A metric's title as it reads mid-sentence: 'RMSE', 'PR-AUC', 'accuracy', 'balanced accuracy'. */
export function metricTitle(name: string): string {
  const title = METRICS[name]?.title.replace(/ \(average precision\)$/, '') ?? name;
  return /^[A-Z][a-z]/.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
}

/**
 * Why `run` learned nothing, or undefined. `baseline` holds the training-mean / class-prior
 * predictor's per-evaluation metrics on the same folds.
 */
export function failureOf(
  task: Task, run: Pick<ComparisonRun, 'summary' | 'evaluations'>, baseline: Readonly<Record<string, MetricSummary>>, primary: Primary,
): RunFailure | undefined {
  const diverged = run.evaluations.filter((evaluation) => evaluation.divergedAtEpoch !== undefined);
  if (diverged.length) {
    return { reason: `diverged (non-finite outputs) in ${diverged.length} of ${run.evaluations.length} evaluations, first at epoch ${diverged[0].divergedAtEpoch}` };
  }
  const own = run.summary[primary.name];
  const base = baseline[primary.name];
  if (!own || !base || Number.isNaN(own.mean)) return { reason: `no finite test ${metricTitle(primary.name)}` };
  if (task === 'regression') {
    const r2 = run.summary['r2'];
    if (r2 && r2.mean <= LEARNED_NOTHING_SKILL) {
      return { reason: `R² ${formatSummary(r2)} is at most ${LEARNED_NOTHING_SKILL}: no better than predicting the training mean (R² 0)` };
    }
    if (own.mean >= base.mean) {
      return { reason: `test ${metricTitle(primary.name)} ${formatSummary(own)} is no better than predicting the training mean (${formatMetric(base.mean)})` };
    }
    return undefined;
  }
  // Skill: the share of the way from the prior's score to a perfect one (1 for every metric used here).
  const perfect = primary.higherIsBetter ? 1 : 0;
  const skills = own.values.map((value, j) => (value - base.values[j]) / (perfect - base.values[j] || 1));
  const skill = skills.reduce((a, b) => a + b, 0) / skills.length;
  if (skill <= LEARNED_NOTHING_SKILL) {
    return {
      reason: `test ${metricTitle(primary.name)} ${formatSummary(own)} is no better than the class prior's ${formatMetric(base.mean)} `
        + `(${(100 * skill).toFixed(1)} % of the way to perfect; the bar is ${100 * LEARNED_NOTHING_SKILL} %)`,
    };
  }
  return undefined;
}

/** The paired test of `better` against `other` on the primary metric, signed so > 0 favours `better`. */
function paired(better: ComparisonRun, other: ComparisonRun, primary: Primary, design: ResamplingDesign): PairedComparison {
  const a = better.summary[primary.name]?.values ?? [];
  const b = other.summary[primary.name]?.values ?? [];
  const test = primary.higherIsBetter ? correctedResampledTTest(a, b, design) : correctedResampledTTest(b, a, design);
  return {
    better: better.label, other: other.label, metric: primary.name,
    difference: test.mean, halfWidth: test.halfWidth, low: test.low, high: test.high, pValue: test.pValue,
    significant: test.low > 0,
  };
}

function finitePrimary(run: ComparisonRun, primary: Primary): boolean {
  return run.summary[primary.name]?.values.every(Number.isFinite) ?? false;
}

/** 'p = 0.0066' (two significant digits), or 'p < 0.0001'. */
function formatP(p: number): string {
  return p < 1e-4 ? 'p < 0.0001' : `p = ${Number(p.toPrecision(2))}`;
}

function delta(comparison: PairedComparison): string {
  return `Δ = ${formatEstimate(comparison.difference, comparison.halfWidth)}`;
}

/** The verdict on `runs` (failures already set); see the module comment. */
export function decideVerdict(runs: readonly ComparisonRun[], primary: Primary, design: ResamplingDesign): { winner: string; verdict: Verdict } {
  const title = metricTitle(primary.name);
  const eligible = runs.filter((run) => !run.failure && finitePrimary(run, primary));
  const sign = primary.higherIsBetter ? -1 : 1;
  // Stable: equal means keep the runs' order, and an exact tie then fails the paired test below.
  const ranked = [...eligible].sort((x, y) => sign * ((x.summary[primary.name]?.mean ?? 0) - (y.summary[primary.name]?.mean ?? 0)));
  const best = ranked[0];
  if (!best) {
    const text = runs.length === 1 ? `No verdict: ${runs[0].label} learned nothing (see the warning)` : 'No winner: no run learned anything (see the warnings)';
    return { winner: '', verdict: { kind: 'none', text, comparisons: [] } };
  }
  const others = runs.filter((run) => run !== best && finitePrimary(run, primary));
  // Closest first: the runner-up by mean difference leads, so 'within noise' names it when it is.
  const comparisons = others.map((other) => paired(best, other, primary, design)).sort((x, y) => x.difference - y.difference);
  if (runs.length === 1) {
    return { winner: '', verdict: { kind: 'single', text: `One loss (${best.label}): nothing to compare it with; test ${title} ${formatSummary(best.summary[primary.name])}`, comparisons } };
  }
  const closest = comparisons.find((comparison) => !comparison.significant);
  if (closest) {
    return {
      winner: '',
      verdict: { kind: 'no-clear-winner', text: `No clear winner: ${best.label} and ${closest.other} are within noise (test ${title} ${delta(closest)})`, comparisons },
    };
  }
  // The hardest comparison won (lowest end of the interval) is the one worth quoting.
  const hardest = [...comparisons].sort((x, y) => x.low - y.low)[0];
  const against = hardest
    ? ` vs ${formatSummary(runs.find((run) => run.label === hardest.other)?.summary[primary.name])} for ${hardest.other}; ${delta(hardest)}, ${formatP(hardest.pValue)}`
    : ' (every other run failed)';
  return {
    winner: best.label,
    verdict: { kind: 'winner', text: `Winner: ${best.label} (test ${title} ${formatSummary(best.summary[primary.name])}${against})`, comparisons },
  };
}
