/**
 * The search as plain text: one line per finished trial (for pipes and CI logs), and the
 * closing summary (trials, best configuration, top trials, the final comparison and verdict).
 */
import { formatMetric } from '../compare/index.js';
import { METRICS } from '../metrics/index.js';
import { describeParams } from './spaces.js';
import type { FinalComparison, SearchResult, TrialRecord } from './types.js';

const TOP_TRIALS = 5;

function metricTitle(name: string): string {
  return METRICS[name]?.title ?? name;
}

/** 'trial 12/30 pruned after epoch 3: huber (delta 0.31), lr 0.004, wd 1e-6; rmse 5.12 (best 4.87)'. */
export function trialLine(record: TrialRecord, metric: string, total: number | undefined, best: number | undefined): string {
  const of = total === undefined ? '' : `/${total}`;
  const what = record.state === 'complete' ? `complete (${record.epochs} epochs)` : record.state === 'pruned' ? (record.note ?? 'pruned') : `failed: ${record.note ?? ''}`;
  const settings = describeParams(record.params);
  const last = record.intermediate.at(-1)?.[1];
  const value = record.value ?? last;
  const score = value === undefined ? '' : `; ${metric} ${formatMetric(value)}`;
  const bestText = best === undefined ? '' : ` (best ${formatMetric(best)})`;
  return `trial ${record.number + 1}${of} ${what}: ${settings}${score}${bestText}`;
}

function comparisonLines(final: FinalComparison): string[] {
  const title = metricTitle(final.metric);
  const interval = (low: number, high: number) => `[${formatMetric(low)}, ${formatMetric(high)}]`;
  const width = Math.max(final.best.label.length, final.baseline.label.length);
  const better = final.higherIsBetter ? 'raises' : 'lowers';
  const gain = final.higherIsBetter ? final.difference.mean : -final.difference.mean;
  const p = final.difference.pValue < 0.001 ? 'p < 0.001' : `p = ${formatMetric(final.difference.pValue)}`;
  const sentence = final.verdict === 'better'
    ? `better: the searched loss ${better} the test ${title} by ${formatMetric(Math.abs(gain))} (${final.difference.confidence * 100} % interval of the difference ${interval(final.difference.low, final.difference.high)}, ${p})`
    : final.verdict === 'worse'
      ? `worse: the searched loss does worse on the test rows than the default (difference ${formatMetric(final.difference.mean)}, interval ${interval(final.difference.low, final.difference.high)}, ${p}); keep the default`
      : `no significant difference: the interval of the difference ${interval(final.difference.low, final.difference.high)} contains 0 (${p}); the search found nothing the test rows can tell from the default`;
  return [
    `Final comparison on the ${final.testRows} test rows, each model retrained on ${final.seeds.length} seeds (${title}, ${final.higherIsBetter ? 'higher' : 'lower'} is better):`,
    `  searched  ${final.best.label.padEnd(width)}  ${formatMetric(final.best.mean).padStart(8)}  ${interval(final.best.low, final.best.high)}`,
    `  default   ${final.baseline.label.padEnd(width)}  ${formatMetric(final.baseline.mean).padStart(8)}  ${interval(final.baseline.low, final.baseline.high)}`,
    `  difference ${formatMetric(final.difference.mean)} ${interval(final.difference.low, final.difference.high)} (${final.method})`,
    `Verdict: ${sentence}.`,
  ];
}

/** Trials by state, epochs used against epochs without pruning, throughput. */
export function trialSummary(result: SearchResult): string {
  const count = (state: string) => result.trials.filter((t) => t.state === state).length;
  const epochs = result.trials.reduce((sum, t) => sum + t.epochs, 0);
  const full = result.trials.length * result.spec.task.train.epochs;
  const minutes = result.seconds / 60;
  const rate = minutes > 0 ? ` (${formatMetric(result.trials.length / minutes)} trials per minute)` : '';
  return `${result.trials.length} trials: ${count('complete')} complete, ${count('pruned')} pruned, ${count('failed')} failed; `
    + `${epochs} epochs trained of ${full} without pruning; ${result.seconds.toFixed(1)} s${rate}`;
}

export function formatSearchResult(result: SearchResult): string {
  const { dataset, spec } = result;
  const algorithm = spec.algorithm === 'random' ? 'random search' : `ASHA (η = ${spec.asha.reductionFactor}, rungs from epoch ${spec.asha.minResource}) + TPE`;
  const lines = [
    `Search: ${dataset.name} (${dataset.task}; ${dataset.trainRows} train / ${dataset.validationRows} validation / ${dataset.testRows} test rows), ${algorithm}, seed ${spec.task.seed}, ${result.workers} worker${result.workers === 1 ? '' : 's'}`,
    `Space: ${result.space.description}`,
    `Objective: validation ${metricTitle(spec.metric)} after ${spec.task.train.epochs} epochs (${spec.direction})`,
    `Trials: ${trialSummary(result)}${result.resumedTrials ? `; ${result.resumedTrials} read back from the journal` : ''}`,
  ];
  if (!result.best) {
    lines.push('No trial completed: nothing to recommend. Try more trials (--budget) or another learning-rate range.');
    return lines.join('\n');
  }
  lines.push(`Best: trial ${result.best.trial + 1}, validation ${spec.metric} ${formatMetric(result.best.value)}: ${result.best.label}`);
  const sign = spec.direction === 'minimize' ? 1 : -1;
  const top = result.trials.filter((t) => t.state === 'complete').sort((a, b) => sign * ((a.value as number) - (b.value as number))).slice(0, TOP_TRIALS);
  lines.push(`Top ${top.length} complete trials:`);
  for (const trial of top) lines.push(`  #${String(trial.number + 1).padEnd(4)} ${formatMetric(trial.value).padStart(8)}  ${describeParams(trial.params)}`);
  if (result.final) {
    lines.push('');
    for (const line of comparisonLines(result.final)) lines.push(line);
  }
  return lines.join('\n');
}
