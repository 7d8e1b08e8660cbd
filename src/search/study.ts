/**
 * A study: the trials asked so far, the finished ones, and the rung records of the pruner.
 * `ask` draws a trial's settings with the sampler from the trials finished at that moment;
 * `decide` is the pruner's answer after each epoch of a running trial; `tell` records a
 * finished trial. Executors (in-process, worker threads, BullMQ workers) only run trials.
 */
import { RungTable, RungTracker, rungSteps, type AshaSettings } from './asha.js';
import type { TaskSpec, TrialOutcome } from './objective.js';
import { randomSampler, tpeSampler, type Sampler } from './samplers.js';
import type { SearchSpace } from './space.js';
import type { Algorithm, Direction, Distribution, Params, SpaceName, TrialConfig, TrialRecord } from './types.js';

/** What identifies a study: a resumed journal must describe the same one. */
export interface StudySpec {
  readonly version: 1;
  readonly task: TaskSpec;
  readonly algorithm: Algorithm;
  readonly space: SpaceName;
  readonly metric: string;
  readonly direction: Direction;
  readonly asha: AshaSettings;
}

/** A trial handed to an executor. */
export interface AskedTrial {
  readonly number: number;
  readonly params: Params;
  readonly distributions: Readonly<Record<string, Distribution>>;
  readonly config: TrialConfig;
}

export function samplerFor(algorithm: Algorithm): Sampler {
  return algorithm === 'random' ? randomSampler : tpeSampler;
}

export class Study {
  readonly finished: TrialRecord[] = [];
  private readonly asked = new Map<number, AskedTrial>();
  private readonly trackers = new Map<number, RungTracker>();
  readonly rungs = new RungTable();
  private nextNumber = 0;
  private readonly sampler: Sampler;

  constructor(readonly spec: StudySpec, readonly space: SearchSpace, readonly startedAt = Date.now()) {
    this.sampler = samplerFor(spec.algorithm);
  }

  get epochs(): number {
    return this.spec.task.train.epochs;
  }

  /** Trials asked so far (finished or running). */
  get started(): number {
    return this.nextNumber;
  }

  /** Trials that count toward the budget: those asked, less the formula candidates rejected before training. */
  get counted(): number {
    return this.nextNumber - this.rejected;
  }

  /** Formula candidates rejected before training. */
  get rejected(): number {
    return this.finished.reduce((n, trial) => n + (trial.rejected ? 1 : 0), 0);
  }

  /** Trials asked but not finished (running, or cut off by a crash before a resume). */
  pending(): AskedTrial[] {
    return [...this.asked.values()].filter((trial) => !this.finished.some((f) => f.number === trial.number)).sort((a, b) => a.number - b.number);
  }

  /** The settings a trial draws from the sampler, given the trials finished now. */
  ask(): AskedTrial {
    const number = this.nextNumber;
    const params: Record<string, Params[string]> = {};
    const distributions: Record<string, Distribution> = {};
    const history = [...this.finished];
    const context = { seed: this.spec.task.seed, trial: number, history, direction: this.spec.direction };
    const config = this.space.define((name, distribution) => {
      const value = this.sampler.suggest(name, distribution, context);
      params[name] = value;
      distributions[name] = distribution;
      return value;
    });
    return this.restore({ number, params, distributions, config });
  }

  /** Registers a trial asked earlier (read back from a journal). */
  restore(trial: AskedTrial): AskedTrial {
    this.asked.set(trial.number, trial);
    this.nextNumber = Math.max(this.nextNumber, trial.number + 1);
    return trial;
  }

  /** A trial starts (again, after a crash): its earlier rung records are forgotten. */
  begin(trial: AskedTrial): void {
    this.rungs.forget(trial.number);
    this.trackers.set(trial.number, new RungTracker(this.epochs, this.spec.direction, this.spec.asha));
  }

  /** The pruner's answer after epoch `epoch` of trial `number` (random search never prunes). */
  decide(number: number, epoch: number, value: number): 'prune' | 'continue' {
    if (this.spec.algorithm === 'random') return 'continue';
    const tracker = this.trackers.get(number);
    if (!tracker) throw new Error(`search: trial ${number} reported epoch ${epoch} before it began`);
    return tracker.report(epoch, value, (rung, v) => this.rungs.record(rung, number, v));
  }

  /** The record of a finished trial, ready for the journal. */
  record(trial: AskedTrial, outcome: TrialOutcome, worker?: string): TrialRecord {
    return {
      number: trial.number, params: trial.params, distributions: trial.distributions, state: outcome.state,
      ...(outcome.value !== undefined ? { value: outcome.value } : {}),
      intermediate: outcome.intermediate, epochs: outcome.epochs, seconds: outcome.seconds,
      finishedAt: Date.now() - this.startedAt,
      ...(outcome.note !== undefined ? { note: outcome.note } : {}),
      ...(worker !== undefined ? { worker } : {}),
      ...(outcome.rejected ? { rejected: true } : {}),
    };
  }

  /** Adds a finished trial (from a run or a journal); its rung values join the pruner's records. */
  tell(record: TrialRecord): void {
    if (this.finished.some((f) => f.number === record.number)) return;
    this.finished.push(record);
    this.finished.sort((a, b) => a.number - b.number);
    this.trackers.delete(record.number);
    this.nextNumber = Math.max(this.nextNumber, record.number + 1);
    if (!this.asked.has(record.number)) {
      this.asked.set(record.number, { number: record.number, params: record.params, distributions: record.distributions, config: configOf(record.params, this.space) });
    }
    if (this.spec.algorithm === 'random') return;
    this.rungs.forget(record.number);
    const steps = rungSteps(this.epochs, this.spec.asha);
    steps.forEach((step, rung) => {
      const value = record.intermediate.find(([epoch]) => epoch === step)?.[1];
      if (value !== undefined && !Number.isNaN(value)) this.rungs.record(rung, record.number, value);
    });
  }

  /** The best complete trial by the objective (the first of equals), if any. */
  best(): TrialRecord | undefined {
    const sign = this.spec.direction === 'minimize' ? 1 : -1;
    let best: TrialRecord | undefined;
    for (const trial of this.finished) {
      if (trial.state !== 'complete' || trial.value === undefined) continue;
      if (!best || sign * (trial.value - (best.value as number)) < 0) best = trial;
    }
    return best;
  }
}

/** The training settings a recorded trial's parameters stand for (the space asked in the same order). */
export function configOf(params: Params, space: SearchSpace): TrialConfig {
  return space.define((name) => {
    if (!(name in params)) throw new Error(`search: the journal's trial has no parameter '${name}' (was it written by another search space?)`);
    return params[name] as Params[string];
  });
}
