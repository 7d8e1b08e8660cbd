/**
 * The samplers: Optuna's RandomSampler and its TPESampler with the default settings
 * (optuna/samplers/_tpe/sampler.py, read from source):
 *
 *  - n_startup_trials = 10: random until 10 trials have finished (complete or pruned);
 *  - γ(n) = min(⌈0.1 n⌉, 25) trials form the "below" (good) group, n counting every finished
 *    trial: complete trials by objective first, then pruned ones by (furthest step reached,
 *    then value there; NaN last); the rest, failed trials excluded, form "above";
 *  - per parameter, independently (multivariate = false), a Parzen estimator l(x) over the
 *    below group's values and g(x) over the above group's (each in trial-number order, weighted
 *    by default_weights, with the prior); n_ei_candidates = 24 draws from l; the one with the
 *    largest log l(x) − log g(x) is taken (the first of equals).
 *
 * Conditional parameters (a loss's options exist only when that loss is drawn) follow Optuna's
 * define-by-run behaviour: the split uses all finished trials, and each estimator sees only the
 * trials of its group that have the parameter.
 *
 * Every draw comes from a stream seeded by (study seed, trial number, parameter name), so a
 * trial's parameters depend only on the seed and the trials finished before it was sampled:
 * the same with --workers 1, after a resume, and in any order of asking.
 */
import { createStream, type Random } from '../core/random.js';
import { fitParzen, parzenLogPdf, sampleParzen } from './parzen.js';
import type { Direction, Distribution, ParamValue, TrialRecord } from './types.js';

export const TPE_STARTUP_TRIALS = 10;
export const TPE_EI_CANDIDATES = 24;
export const TPE_MAX_BELOW = 25;

/** Optuna's default_gamma: the size of the good group among n finished trials. */
export function defaultGamma(n: number): number {
  return Math.min(Math.ceil(0.1 * n), TPE_MAX_BELOW);
}

/** What a sampler knows when it draws one parameter of one trial. */
export interface SampleContext {
  readonly seed: number;
  readonly trial: number;
  /** Finished trials (complete, pruned, failed) so far, in any order. */
  readonly history: readonly TrialRecord[];
  readonly direction: Direction;
}

export interface Sampler {
  readonly name: 'random' | 'tpe';
  suggest(name: string, distribution: Distribution, context: SampleContext): ParamValue;
}

/** FNV-1a of the parameter name: each parameter draws from its own stream. */
function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The random stream of one parameter of one trial. */
export function parameterStream(seed: number, trial: number, name: string): Random {
  return createStream((Math.trunc(seed) + Math.imul(trial + 1, 0x9e3779b1)) >>> 0, nameHash(name));
}

/** A uniform draw from the distribution (Optuna's RandomSampler: integers uniform over [low − step/2, high + step/2], rounded). */
export function sampleUniform(distribution: Distribution, random: Random): ParamValue {
  if (distribution.kind === 'categorical') {
    return distribution.choices[Math.min(distribution.choices.length - 1, Math.floor(random() * distribution.choices.length))] as ParamValue;
  }
  const half = distribution.kind === 'int' ? distribution.step / 2 : 0;
  const t = (x: number) => (distribution.log ? Math.log(x) : x);
  const low = t(distribution.low - half);
  const high = t(distribution.high + half);
  let x = low + random() * (high - low);
  if (distribution.log) x = Math.exp(x);
  if (distribution.kind === 'float') return Math.min(distribution.high, Math.max(distribution.low, x));
  const { step } = distribution;
  return Math.min(distribution.high, Math.max(distribution.low, distribution.low + Math.round((x - distribution.low) / step) * step));
}

export const randomSampler: Sampler = {
  name: 'random',
  suggest: (name, distribution, context) => sampleUniform(distribution, parameterStream(context.seed, context.trial, name)),
};

/** Sort key of a pruned trial: further is better, then its last intermediate value (NaN worst). */
function prunedScore(trial: TrialRecord, direction: Direction): [number, number] {
  const last = trial.intermediate.at(-1);
  if (!last) return [1, 0];
  const [step, value] = last;
  if (Number.isNaN(value)) return [-step, Infinity];
  return [-step, direction === 'minimize' ? value : -value];
}

/** Optuna's _split_trials for one objective: the good (below) and other (above) finished trials, each by trial number. */
export function splitTrials(history: readonly TrialRecord[], nBelow: number, direction: Direction): { below: TrialRecord[]; above: TrialRecord[] } {
  const sign = direction === 'minimize' ? 1 : -1;
  const complete = history.filter((t) => t.state === 'complete').sort((a, b) => sign * ((a.value as number) - (b.value as number)) || a.number - b.number);
  const pruned = history.filter((t) => t.state === 'pruned').sort((a, b) => {
    const [sa, va] = prunedScore(a, direction);
    const [sb, vb] = prunedScore(b, direction);
    return sa - sb || (va === vb ? a.number - b.number : va < vb ? -1 : 1);
  });
  const takeComplete = Math.min(nBelow, complete.length);
  const takePruned = Math.min(Math.max(0, nBelow - takeComplete), pruned.length);
  const below = [...complete.slice(0, takeComplete), ...pruned.slice(0, takePruned)];
  const above = [...complete.slice(takeComplete), ...pruned.slice(takePruned)];
  const byNumber = (a: TrialRecord, b: TrialRecord) => a.number - b.number;
  return { below: below.sort(byNumber), above: above.sort(byNumber) };
}

/** Values of `name` in the trials that have it with the same kind of distribution. */
function observed(trials: readonly TrialRecord[], name: string): ParamValue[] {
  return trials.filter((t) => name in t.params).map((t) => t.params[name] as ParamValue);
}

export const tpeSampler: Sampler = {
  name: 'tpe',
  suggest(name, distribution, context) {
    const random = parameterStream(context.seed, context.trial, name);
    const finished = context.history.filter((t) => t.state !== 'failed');
    if (finished.length < TPE_STARTUP_TRIALS) return sampleUniform(distribution, random);
    const { below, above } = splitTrials(finished, defaultGamma(finished.length), context.direction);
    const good = fitParzen(distribution, observed(below, name));
    const bad = fitParzen(distribution, observed(above, name));
    let best: ParamValue | undefined;
    let bestScore = -Infinity;
    for (let i = 0; i < TPE_EI_CANDIDATES; i++) {
      const candidate = sampleParzen(good, random);
      const score = parzenLogPdf(good, candidate) - parzenLogPdf(bad, candidate);
      // np.argmax: the first maximum; NaN scores never win unless all are NaN.
      if (best === undefined || score > bestScore) { best = candidate; bestScore = score; }
    }
    return best as ParamValue;
  },
};
