/**
 * The search as plain text: one line per finished trial (for pipes and CI logs), and the
 * closing summary (trials, best configuration, top trials, the final comparison and verdict).
 */
import { formatMetric } from '../compare/index.js';
import { METRICS } from '../metrics/index.js';
import { describeParams } from './spaces.js';
import { maxOf } from '../core/extent.js';
import { formatEstimate } from '../stats/index.js';
import type { FinalComparison, FormulaFinalist, ModelScores, PairedDifference, SearchResult, TrialRecord } from './types.js';

const TOP_TRIALS = 5;

function metricTitle(name: string): string {
  return METRICS[name]?.title ?? name;
}

/** 'trial 12/30 pruned after epoch 3: huber (delta 0.31), lr 0.004, wd 1e-6; rmse 5.12 (best 4.87)'. */
export function trialLine(record: TrialRecord, metric: string, total: number | undefined, best: number | undefined, counted = record.number + 1): string {
  // With formula candidates rejected before training, trial numbers run ahead of the budget's count.
  const of = total === undefined ? '' : counted === record.number + 1 ? `/${total}` : ` (${counted}/${total})`;
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
  const models: Array<[string, ModelScores]> = [['searched', final.best], ['default', final.baseline], ...(final.tunedBaseline ? [['default*', final.tunedBaseline] as [string, ModelScores]] : [])];
  const width = maxOf(models.map(([, m]) => m.label.length));
  const p = (value: number) => (value < 0.001 ? 'p < 0.001' : `p = ${formatMetric(value)}`);
  const line = (d: PairedDifference) => `  searched − ${d.against === final.baseline.label ? 'default ' : 'default*'}  Δ = ${formatEstimate(d.mean, d.halfWidth)} (${p(d.pValue)}): ${d.verdict}`;
  return [
    `Final comparison (${final.method}); test ${title}, ${final.higherIsBetter ? 'higher' : 'lower'} is better, ${final.trainRows.toFixed(0)} train / ${final.testRows.toFixed(0)} test rows per fold:`,
    ...models.map(([name, m]) => `  ${name.padEnd(9)} ${m.label.padEnd(width)}  ${formatEstimate(m.mean, m.halfWidth).padStart(16)}   per fold ${m.scores.map(formatMetric).join(', ')}`),
    ...(final.tunedBaseline ? ['  (default* = the default loss at the searched learning rate and weight decay)'] : []),
    line(final.difference),
    ...(final.tunedDifference ? [line(final.tunedDifference)] : []),
    `Verdict: ${final.verdict}. ${final.explanation}`,
  ];
}

/** Each formula finalist: as found, simplified, and the symbolic gradient its kernel computes. */
function finalistLines(finalists: readonly FormulaFinalist[], metric: string): string[] {
  const lines = [`Formula finalists (registered as losses; options as found):`];
  for (const f of finalists) {
    const options = Object.entries(f.lossOptions).map(([k, v]) => `${k} = ${typeof v === 'number' ? formatMetric(v) : String(v)}`).join(', ');
    lines.push(`  trial ${f.trial + 1}, validation ${metric} ${formatMetric(f.value)}: ${f.label}`);
    lines.push(`    loss      ${f.simplified}${options ? `   (${options})` : ''}`);
    lines.push(`    gradient  dL/dinput = ${f.gradient}`);
    for (const warning of f.warnings) lines.push(`    warning   ${warning}`);
  }
  return lines;
}

/** Trials by state, epochs used against epochs without pruning, throughput. */
export function trialSummary(result: SearchResult): string {
  const count = (state: string) => result.trials.filter((t) => t.state === state).length;
  const epochs = result.trials.reduce((sum, t) => sum + t.epochs, 0);
  const full = result.trials.length * result.spec.task.train.epochs;
  const minutes = result.seconds / 60;
  const rate = minutes > 0 ? ` (${formatMetric(result.trials.length / minutes)} trials per minute)` : '';
  const rejected = result.rejected ? ` (${result.rejected} formula candidates rejected before training, not counted in the budget)` : '';
  return `${result.trials.length} trials${rejected}: ${count('complete')} complete, ${count('pruned')} pruned, ${count('failed')} failed; `
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
  if (result.finalists?.length) {
    lines.push('');
    for (const line of finalistLines(result.finalists, spec.metric)) lines.push(line);
  }
  if (result.final) {
    lines.push('');
    for (const line of comparisonLines(result.final)) lines.push(line);
  }
  return lines.join('\n');
}
