/**
 * Parameter importance: how much of the spread of the objective over the complete trials each
 * parameter explains on its own, as the correlation ratio η² = (between-group sum of squares) /
 * (total sum of squares) — categorical parameters grouped by value, numeric ones by quartile
 * (log-spaced parameters by their log). Trials without the parameter (another loss's option)
 * form a group of their own, so "which family" shows in the options too.
 *
 * A marginal, one-parameter-at-a-time reading: cheaper and plainer than Optuna's fANOVA
 * (a random forest's functional ANOVA), and like it a description of this study's trials, not
 * of the task. Shares are normalised to sum to 1 over the parameters.
 */
import type { Distribution, TrialRecord } from './types.js';

export interface ParameterImportance {
  readonly parameter: string;
  /** η² of the parameter, normalised over the parameters (0..1). */
  readonly importance: number;
  /** η² itself, before normalising. */
  readonly etaSquared: number;
}

const NUMERIC_GROUPS = 4;
const MIN_TRIALS = 4;
const MIN_COMPLETE = 10;

function groupKeys(trials: readonly TrialRecord[], parameter: string, distribution: Distribution): string[] {
  const present = trials.filter((t) => parameter in t.params);
  if (distribution.kind === 'categorical' || present.length < NUMERIC_GROUPS) {
    return trials.map((t) => (parameter in t.params ? `v:${String(t.params[parameter])}` : 'absent'));
  }
  const scale = (v: number) => (distribution.log ? Math.log(v) : v);
  const values = present.map((t) => scale(t.params[parameter] as number)).sort((a, b) => a - b);
  const cuts = Array.from({ length: NUMERIC_GROUPS - 1 }, (_, i) => values[Math.floor(((i + 1) * values.length) / NUMERIC_GROUPS)] as number);
  return trials.map((t) => {
    if (!(parameter in t.params)) return 'absent';
    const v = scale(t.params[parameter] as number);
    return `q${cuts.filter((cut) => v >= cut).length}`;
  });
}

/**
 * Which value of each trial the importance explains: the objective of complete trials when at
 * least MIN_COMPLETE trials completed; otherwise (ASHA prunes most trials) the validation metric
 * at the first rung, which every trial that got that far reports.
 */
export function importanceBasis(trials: readonly TrialRecord[], firstRung: number): { basis: string; trials: TrialRecord[]; values: number[] } {
  const complete = trials.filter((t) => t.state === 'complete' && t.value !== undefined && Number.isFinite(t.value));
  if (complete.length >= MIN_COMPLETE) return { basis: 'objective of the complete trials', trials: complete, values: complete.map((t) => t.value as number) };
  const reached = trials.flatMap((t) => {
    const value = t.intermediate.find(([epoch]) => epoch === firstRung)?.[1];
    return value !== undefined && Number.isFinite(value) ? [{ trial: t, value }] : [];
  });
  return { basis: `validation metric at epoch ${firstRung} (the first rung) of every trial`, trials: reached.map((r) => r.trial), values: reached.map((r) => r.value) };
}

/** η² of each parameter over `trials` scored by `values`, largest first (empty with fewer than 4 trials). */
export function parameterImportance(complete: readonly TrialRecord[], values: readonly number[], parameters: Readonly<Record<string, Distribution>>): ParameterImportance[] {
  if (complete.length < MIN_TRIALS) return [];
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const total = values.reduce((s, v) => s + (v - mean) ** 2, 0);
  if (!(total > 0)) return [];
  const raw = Object.entries(parameters).map(([parameter, distribution]) => {
    const keys = groupKeys(complete, parameter, distribution);
    const groups = new Map<string, number[]>();
    keys.forEach((key, i) => groups.set(key, [...(groups.get(key) ?? []), values[i] as number]));
    let between = 0;
    for (const group of groups.values()) {
      const groupMean = group.reduce((s, v) => s + v, 0) / group.length;
      between += group.length * (groupMean - mean) ** 2;
    }
    return { parameter, etaSquared: between / total };
  }).filter((entry) => entry.etaSquared > 0);
  const sum = raw.reduce((s, entry) => s + entry.etaSquared, 0);
  return raw.map((entry) => ({ ...entry, importance: entry.etaSquared / sum })).sort((a, b) => b.importance - a.importance);
}
