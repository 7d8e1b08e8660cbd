/**
 * A claim of the form "these losses do better than that one on this metric", checked on a
 * comparison's per-fold results with the same paired test as the verdict (the Nadeau–Bengio
 * corrected resampled t-test): for each challenger, 'held' when it is better beyond noise,
 * 'reversed' when it is worse beyond noise, 'not shown' when the 95 % interval of the
 * difference contains 0. The claim as a whole held when every challenger's part did.
 */
import { METRICS } from '../metrics/index.js';
import { correctedResampledTTest, formatEstimate } from '../stats/index.js';
import type { CheckedClaim, ClaimOutcome, ClaimPart, ComparisonResult } from './types.js';
import { formatSummary, metricTitle } from './verdict.js';

/** A claim about a comparison's runs, by their index in the comparison's losses. */
export interface Claim {
  /** The claim in words, e.g. 'Robust losses predict clean targets better than mse under outliers'. */
  readonly text: string;
  /** Indices of the runs claimed to do better. */
  readonly challengers: readonly number[];
  /** Index of the run they are claimed to beat. */
  readonly reference: number;
  /** The test metric (default: the comparison's primary metric). */
  readonly metric?: string;
}

/** Checks `claim` on `result`; see the module comment. */
export function checkClaim(result: ComparisonResult, claim: Claim): CheckedClaim {
  const metric = claim.metric ?? result.primaryMetric.name;
  const higherIsBetter = METRICS[metric]?.higherIsBetter ?? result.primaryMetric.higherIsBetter;
  const reference = result.runs[claim.reference];
  const design = { testRows: result.evaluation.testRows, trainRows: result.evaluation.trainRows };
  const parts = claim.challengers.map((index): ClaimPart => {
    const challenger = result.runs[index];
    const a = challenger.summary[metric]?.values ?? [];
    const b = reference.summary[metric]?.values ?? [];
    const test = higherIsBetter ? correctedResampledTTest(a, b, design) : correctedResampledTTest(b, a, design);
    const outcome: ClaimOutcome = test.low > 0 ? 'held' : test.high < 0 ? 'reversed' : 'not shown';
    const size = test.mean >= 0 ? `better by ${formatEstimate(test.mean, test.halfWidth)}` : `worse by ${formatEstimate(-test.mean, test.halfWidth)}`;
    return {
      challenger: challenger.label, reference: reference.label, outcome, improvement: test.mean, halfWidth: test.halfWidth, pValue: test.pValue,
      text: `${challenger.label} vs ${reference.label}: ${outcome}; test ${metricTitle(metric)} ${formatSummary(challenger.summary[metric])} `
        + `vs ${formatSummary(reference.summary[metric])} (${size})`,
    };
  });
  const outcomes = new Set(parts.map((part) => part.outcome));
  const outcome = outcomes.size === 1 ? parts[0]?.outcome ?? 'not shown' : outcomes.has('held') ? 'partly held' : 'not shown';
  return { text: claim.text, metric, outcome, parts };
}
