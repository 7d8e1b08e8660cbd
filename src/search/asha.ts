/**
 * Asynchronous successive halving with Optuna's promotion rule (optuna/pruners/_successive_halving.py,
 * read from source), epochs as the resource:
 *
 *  - rung k of a trial is reached at step min_resource · η^(min_early_stopping_rate + k);
 *  - there the trial's value is recorded at that rung, and compared with every value recorded
 *    at the same rung so far (finished or still running trials, this one included);
 *  - it goes on iff it is among the best ⌊n/η⌋ of those n values (n < η: iff it is the best so
 *    far, since no trial can be paused to wait for competitors); otherwise it is pruned;
 *  - a NaN value at a rung step is pruned.
 *
 * Asynchronous: no trial waits for a rung to fill, so the first trials at a rung pass easily and
 * later ones face a growing field (Li et al. 2020, "A System for Massively Parallel
 * Hyperparameter Tuning"). Ray Tune's ASHAScheduler applies the same (1 − 1/η) quantile rule.
 *
 * One deliberate difference: Optuna has no maximum resource and would also prune at a rung that
 * falls on a trial's last epoch; here a rung on or after the last epoch is no decision point
 * (stopping there saves nothing), so such a trial completes with its full result.
 */
import type { Direction } from './types.js';

export interface AshaSettings {
  /** Epochs before the first rung (Optuna's min_resource). */
  readonly minResource: number;
  /** η (Optuna's reduction_factor). */
  readonly reductionFactor: number;
  /** s: rungs start at min_resource · η^s (Optuna's min_early_stopping_rate). */
  readonly minEarlyStoppingRate: number;
}

/**
 * η = 3 (the choice), the first rung after 3 epochs (rungs at 3, 9, 27, ...). A first
 * rung after 1 epoch ranks trials mostly by how fast their learning rate starts, which predicts
 * the final rank badly on small models: on bench:search's four tasks × 5 seeds
 * (bench/search-rungs.ts, bench/search-rungs-results.json) ASHA + TPE with the first rung at 3
 * reached random search's final best in 14 of 20 studies against 11 of 20 at 1, for 1.6–2.4×
 * the epochs (about random search's 24 full trials); with standardised regression targets,
 * boston 5 of 5 against 1 of 5 (bench/search-rungs-results-standardised.json).
 */
export const ASHA_DEFAULTS: AshaSettings = { minResource: 3, reductionFactor: 3, minEarlyStoppingRate: 0 };

/** The step at which rung `rung` is reached. */
export function rungStep(rung: number, settings: AshaSettings = ASHA_DEFAULTS): number {
  return settings.minResource * settings.reductionFactor ** (settings.minEarlyStoppingRate + rung);
}

/** Rung steps strictly before `epochs` (the decision points of a trial of that many epochs). */
export function rungSteps(epochs: number, settings: AshaSettings = ASHA_DEFAULTS): number[] {
  const steps: number[] = [];
  for (let rung = 0; rungStep(rung, settings) < epochs; rung++) steps.push(rungStep(rung, settings));
  return steps;
}

/**
 * Optuna's _is_trial_promotable_to_next_rung: `competing` holds every value at the rung, this
 * trial's included. NaN values among the competitors sort last.
 */
export function isPromotable(value: number, competing: readonly number[], reductionFactor: number, direction: Direction): boolean {
  let index = Math.floor(competing.length / reductionFactor) - 1;
  if (index === -1) index = 0;
  const finite = competing.filter((v) => !Number.isNaN(v));
  if (direction === 'minimize') {
    const sorted = [...finite].sort((a, b) => a - b);
    return index < sorted.length && value <= (sorted[index] as number);
  }
  const sorted = [...finite].sort((a, b) => b - a);
  return index < sorted.length && value >= (sorted[index] as number);
}

/**
 * Records `value` at `rung` for `trial` and returns every value recorded at that rung, this
 * one included. A trial run again (after a crash) replaces its earlier record, never adds one.
 */
export type RecordRung = (rung: number, value: number) => readonly number[];

/** The pruning state of one running trial: which rungs it has passed. */
export class RungTracker {
  private completedRungs = 0;

  constructor(
    private readonly epochs: number,
    private readonly direction: Direction,
    private readonly settings: AshaSettings = ASHA_DEFAULTS,
  ) {}

  /** Rungs passed so far. */
  get rungs(): number {
    return this.completedRungs;
  }

  /** After epoch `step` with validation metric `value`: 'prune' or 'continue' (Optuna's prune()). */
  report(step: number, value: number, record: RecordRung): 'prune' | 'continue' {
    for (;;) {
      const promotionStep = rungStep(this.completedRungs, this.settings);
      if (step < promotionStep || promotionStep >= this.epochs) return 'continue';
      if (Number.isNaN(value)) return 'prune';
      const competing = record(this.completedRungs, value);
      if (!isPromotable(value, competing, this.settings.reductionFactor, this.direction)) return 'prune';
      this.completedRungs++;
    }
  }
}

/** In-memory rung records: rung → trial → value (one process; the journal and Redis hold the shared ones). */
export class RungTable {
  private readonly rungs = new Map<number, Map<number, number>>();

  record(rung: number, trial: number, value: number): number[] {
    let values = this.rungs.get(rung);
    if (!values) this.rungs.set(rung, (values = new Map<number, number>()));
    values.set(trial, value);
    return [...values.values()];
  }

  /** Forgets a trial's records (it is being run again from the start). */
  forget(trial: number): void {
    for (const values of this.rungs.values()) values.delete(trial);
  }

  /** rung → [trial, value] pairs, for the rung diagram. */
  snapshot(): Array<{ rung: number; entries: Array<[number, number]> }> {
    return [...this.rungs].sort(([a], [b]) => a - b).map(([rung, values]) => ({ rung, entries: [...values] }));
  }
}
