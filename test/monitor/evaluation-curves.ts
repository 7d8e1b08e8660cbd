/**
 * The labelled set of synthetic learning curves for evaluating `diagnose`: a seeded generator
 * (same seed, same curves, bit for bit) of per-epoch runs of each finding kind, plus healthy
 * runs that should get no finding. Each family's docstring is its label's definition.
 *
 * Shapes: exp(t) = a + b·e^(−t/τ) (converges), power(t) = a + b·(1 + t/τ)^(−p) (keeps falling,
 * slower and slower, as real training losses do). Noise is multiplicative Gaussian:
 * y·(1 + σ·N(0, 1)). Runs last 15–60 epochs, epochs 1-based like the trainer's.
 */
import { History } from '../../src/monitor/history.js';
import type { FindingKind } from '../../src/monitor/diagnose-types.js';
import { endFallDetectable, validationOutOfPatience } from './evaluation-end-labels.js';

export interface LabelledCurve {
  readonly id: string;
  readonly family: FindingKind | 'healthy';
  /** Kinds that must be found. */
  readonly expected: readonly FindingKind[];
  /** Kinds that are also correct if found (a diverging run may also show spikes); neither hit nor false alarm. */
  readonly allowed: readonly FindingKind[];
  readonly history: History;
}

/** mulberry32: a tiny seeded generator (public domain, Tommy Ettinger). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

class Draw {
  constructor(private readonly next: () => number) {}
  uniform(low: number, high: number): number { return low + (high - low) * this.next(); }
  integer(low: number, high: number): number { return Math.floor(this.uniform(low, high + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  /** Box–Muller. */
  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  noisy(values: readonly number[], sigma: number): number[] {
    return values.map((value) => value * (1 + sigma * this.normal()));
  }
}

const epochsOf = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
/** τ for which a + b·e^(−t/τ) is within 0.3 % of its floor a from t = flatFrom on. */
const flatTau = (flatFrom: number, b: number, a: number) => flatFrom / Math.log(b / (0.003 * a));
/** Starts at a + b in epoch 1. */
const exp = (a: number, b: number, tau: number) => (t: number) => a + b * Math.exp(-(t - 1) / tau);
const power = (a: number, b: number, tau: number, p: number) => (t: number) => a + b * (1 + t / tau) ** -p;

function historyOf(train: readonly number[] | undefined, validation: readonly number[] | undefined, accuracy?: readonly number[]): History {
  const history = new History();
  const n = (train ?? validation ?? []).length;
  for (let i = 0; i < n; i++) {
    const epoch = i + 1;
    if (train !== undefined) history.append('loss', { epoch, value: train[i] });
    if (validation !== undefined) history.append('val_loss', { epoch, value: validation[i] });
    if (accuracy !== undefined) history.append('accuracy', { epoch, value: accuracy[i] });
  }
  return history;
}

/**
 * Train keeps falling like a power law; validation keeps pace with it (the same curve 5–40 % higher)
 * until its minimum a few epochs before the end, and rises < 2 % after (early stopping's last epochs).
 * (Until the widening-gap family was added, the healthy validation loss reached its floor in the
 * first third of the run and stayed flat while training halved: that shape is the widening gap.)
 * A run whose noise-free validation loss ends in a tail flatter than its noise for PLATEAU_PATIENCE
 * epochs or more (a slow power law), or whose fall over the rules' trailing window is under what a
 * trend test detects at its noise, allows 'plateau'; one with patience left, or a detectable fall,
 * allows 'still-improving' (evaluation-end-labels.ts).
 */
function healthy(d: Draw, n: number) {
  const train = epochsOf(n).map(power(d.uniform(0.02, 0.3), d.uniform(1, 2.5), d.uniform(1, 3), d.uniform(0.8, 1.5)));
  const best = n - d.integer(3, 6);
  const gap = d.uniform(0.05, 0.4);
  const rise = d.uniform(0, 0.015) / (n - best);
  const validation = train.map((value, i) => {
    const t = i + 1;
    return (t <= best ? value : train[best - 1]) * (1 + gap) * (1 + rise * Math.max(0, t - best));
  });
  return withTrueValidation(d, d.noisy(train, d.uniform(0.002, 0.01)), validation, 0.005, 0.02);
}

/** A family's runs: the logged curves, and the noise-free validation loss with its noise (for the end labels, evaluation-end-labels.ts). */
interface Made {
  train?: number[];
  validation?: number[];
  trueValidation?: readonly number[] | undefined;
  validationNoise?: number | undefined;
  /** A loss flat from the start (within 1 %): it has stalled, so 'plateau' is allowed beside what the family expects (rules-36). */
  flat?: boolean;
  /**
   * A straight line still going down: still improving, as the real corpora's labellers read such a
   * run, with lr-too-low allowed (rules-41: said in the still-improving finding, not a finding of its own).
   */
  slowDecline?: boolean;
  /** A logged training accuracy (rules-42: the evidence underfitting needs, a loss having no absolute scale). */
  accuracy?: number[];
}

/** The logged validation loss: `trueValidation` with multiplicative noise of a level drawn from [low, high] (drawn after `train`'s, as before). */
function withTrueValidation(d: Draw, train: number[], trueValidation: readonly number[], low: number, high: number): Made & { train: number[]; validation: number[] } {
  const validationNoise = d.uniform(low, high);
  return { train, validation: d.noisy(trueValidation, validationNoise), trueValidation, validationNoise };
}

const families: Record<LabelledCurve['family'], { expected: FindingKind[]; allowed: FindingKind[]; make: (d: Draw, n: number) => Made }> = {
  healthy: { expected: [], allowed: [], make: healthy },

  /** Train falls like a power law; validation reaches its minimum at 30–60 % of the run, then rises to 10–60 % above it. */
  overfitting: {
    expected: ['overfitting'], allowed: [],
    make(d, n) {
      const train = epochsOf(n).map(power(d.uniform(0.01, 0.2), d.uniform(1, 2.5), d.uniform(1, 3), d.uniform(0.8, 1.5)));
      const onset = Math.round(n * d.uniform(0.3, 0.6));
      const floor = train[onset - 1] * d.uniform(1.1, 1.6);
      const start = d.uniform(1.5, 3) * floor;
      const q = d.uniform(1, 1.5);
      const rise = d.uniform(0.1, 0.6) / (n - onset) ** q;
      const validation = epochsOf(n).map((t) => floor + (start - floor) * Math.exp(-t / (onset / 5)) + floor * rise * Math.max(0, t - onset) ** q);
      return withTrueValidation(d, d.noisy(train, d.uniform(0.002, 0.01)), validation, 0.005, 0.03);
    },
  },

  /**
   * Converges to a floor 40–85 % of the first loss and is flat (within 0.3 %) for the last 50–80 % of
   * the run; validation within 5 % of train; a training accuracy logged beside it that stays low (35 %
   * rising by a quarter of the loss's fall, under 50 %: rules-42, the evidence underfitting needs). Drawn
   * from the loss, no random draw, so that every other family's curves are the ones drawn before.
   */
  underfitting: {
    expected: ['underfitting'], allowed: [],
    make(d, n) {
      const first = d.uniform(0.7, 2.5);
      const a = first * d.uniform(0.4, 0.85);
      const train = epochsOf(n).map(exp(a, first - a, flatTau(n * d.uniform(0.2, 0.5), first - a, a)));
      const gap = d.uniform(-0.03, 0.05);
      const accuracy = train.map((v) => 0.35 + 0.25 * (1 - v / first));
      return { ...withTrueValidation(d, d.noisy(train, d.uniform(0.002, 0.01)), train.map((v) => v * (1 + gap)), 0.005, 0.015), accuracy };
    },
  },

  /** Converges, then flat (within 0.3 %) for the last 50–80 % of the run, with a low floor (≤ 20 % of the first loss) or a 15–60 % validation gap; a third log no validation. */
  plateau: {
    expected: ['plateau'], allowed: [],
    make(d, n) {
      const first = d.uniform(0.7, 2.5);
      const lowFloor = d.chance(0.5);
      const a = first * (lowFloor ? d.uniform(0.02, 0.2) : d.uniform(0.3, 0.8));
      const train = d.noisy(epochsOf(n).map(exp(a, first - a, flatTau(n * d.uniform(0.2, 0.5), first - a, a))), d.uniform(0.002, 0.01));
      if (d.chance(1 / 3)) return { train };
      const gap = d.uniform(0.15, 0.6);
      return { train, validation: d.noisy(train.map((v) => v * (1 + gap)), d.uniform(0.005, 0.015)) };
    },
  },

  /**
   * A straight line down, 10–50 % over the run (or flat, < 1 %): the steps are too small to reach
   * the curvature. A flat one has stalled, and 'plateau' is allowed there (rules-36: LABELLING.md's
   * end state of every run of 5 points or more, which the real corpora's labellers gave six such
   * runs). A line still going down is labelled still improving, lr-too-low allowed (rules-41: on
   * 1,795 real runs no labeller expected lr-too-low for a slow steady decline).
   */
  'lr-too-low': {
    expected: ['lr-too-low'], allowed: ['still-improving'],
    make(d, n) {
      const first = d.uniform(0.7, 3);
      const flat = d.chance(1 / 3);
      const total = flat ? d.uniform(0, 0.01) : d.uniform(0.1, 0.5);
      const train = d.noisy(epochsOf(n).map((t) => first * (1 - (total * (t - 1)) / n)), d.uniform(0.001, 0.006));
      if (d.chance(1 / 3)) return { train, flat, slowDecline: !flat };
      const gap = d.uniform(0, 0.05);
      return { train, validation: d.noisy(train.map((v) => v * (1 + gap)), d.uniform(0.002, 0.008)), flat, slowDecline: !flat };
    },
  },

  /** Exponential decay with τ = n/3 … n/1.6: far from converged when the run ends. */
  'still-improving': {
    expected: ['still-improving'], allowed: [],
    make(d, n) {
      const b = d.uniform(1, 2.5);
      const tau = n * d.uniform(1 / 3, 1 / 1.6);
      const train = epochsOf(n).map(exp(b * d.uniform(0.05, 0.3), b, tau));
      const gap = d.uniform(0.02, 0.3);
      return withTrueValidation(d, d.noisy(train, d.uniform(0.002, 0.01)), train.map((v) => v * (1 + gap)), 0.005, 0.015);
    },
  },

  /**
   * Train keeps falling like a power law (it loses 15–50 % over the second half); validation
   * falls to a floor by 25–45 % of the run and stays flat (0.5–2 % noise, no rise) after it.
   * The flat validation loss is also out of patience: 'plateau' allowed (`validationOutOfPatience`).
   */
  'widening-gap': {
    expected: ['widening-gap'], allowed: [],
    make(d, n) {
      const train = epochsOf(n).map(power(d.uniform(0, 0.05), d.uniform(1, 2.5), d.uniform(0.5, 2), d.uniform(0.8, 1.5)));
      const settle = n * d.uniform(0.25, 0.45);
      const floor = train[Math.round(settle) - 1] * d.uniform(0.9, 1.3);
      const start = d.uniform(1.5, 3) * floor;
      const validation = epochsOf(n).map((t) => floor + (start - floor) * Math.exp(-t / (settle / 5)));
      return withTrueValidation(d, d.noisy(train, d.uniform(0.002, 0.01)), validation, 0.005, 0.02);
    },
  },

  /** A decaying loss that bounces 8–25 % from epoch to epoch (random or alternating), with 0–3 spikes of 1.6–3×. */
  'lr-too-high': {
    expected: ['lr-too-high'], allowed: [],
    make(d, n) {
      const base = epochsOf(n).map(exp(d.uniform(0.2, 0.8), d.uniform(1, 2), n * d.uniform(0.1, 0.3)));
      const alternating = d.chance(0.5);
      const amplitude = d.uniform(0.08, 0.25);
      const train = base.map((v, i) => v * (1 + (alternating ? (i % 2 ? amplitude : -amplitude) / 2 + 0.03 * d.normal() : amplitude * d.normal())));
      for (let s = d.integer(0, 3); s > 0; s--) train[d.integer(4, n - 1)] *= d.uniform(1.6, 3);
      const gap = d.uniform(0.05, 0.3);
      const trueValidation = base.map((v) => v * (1 + gap));
      return { train: train.map((v) => Math.abs(v)), validation: d.noisy(trueValidation, amplitude), trueValidation, validationNoise: amplitude };
    },
  },

  /** Falls, then from 30–70 % of the run grows exponentially to 3–30× its best. */
  divergence: {
    expected: ['divergence'], allowed: ['lr-too-high', 'non-finite'],
    make(d, n) {
      const base = exp(d.uniform(0.1, 0.5), d.uniform(1, 2), n * d.uniform(0.1, 0.2));
      const onset = Math.round(n * d.uniform(0.3, 0.7));
      const growth = Math.log(d.uniform(3, 30)) / (n - onset);
      const curve = epochsOf(n).map((t) => base(Math.min(t, onset)) * Math.exp(growth * Math.max(0, t - onset)));
      const train = d.noisy(curve, d.uniform(0.005, 0.03));
      if (d.chance(1 / 3)) return { train };
      return { train, validation: d.noisy(curve.map((v) => v * 1.2), d.uniform(0.01, 0.04)) };
    },
  },

  /** A healthy start, then NaN (or +Infinity) from 40–90 % of the run to the end; a quarter have one NaN mid-run only. */
  'non-finite': {
    expected: ['non-finite'], allowed: ['divergence', 'lr-too-high'],
    make(d, n) {
      const { train, validation, trueValidation, validationNoise } = healthy(d, n);
      const bad = d.chance(0.5) ? Number.NaN : Infinity;
      const from = Math.round(n * d.uniform(0.4, 0.9));
      if (d.chance(0.25)) {
        train[from - 1] = Number.NaN;
        return { train, validation, trueValidation, validationNoise };
      }
      for (let i = from; i < n; i++) { train[i] = bad; validation[i] = bad; }
      return { train, validation };
    },
  },

  /** A healthy run whose validation loss is measured with 8–20 % noise (a small or resampled validation set). */
  'noisy-validation': {
    expected: ['noisy-validation'], allowed: [],
    make(d, n) {
      const { train, validation, trueValidation } = healthy(d, n);
      const validationNoise = d.uniform(0.08, 0.2);
      return { train, validation: d.noisy(validation, validationNoise), trueValidation, validationNoise };
    },
  },
};

/** Per family: how many curves. Healthy runs get more, as false alarms on them are the costliest. */
export const CURVES_PER_KIND = 12;
export const HEALTHY_CURVES = 24;
export const EVALUATION_SEED = 20_261_123;

/** The labelled set: CURVES_PER_KIND curves of each kind and HEALTHY_CURVES healthy ones, from `seed`. */
export function labelledCurves(seed = EVALUATION_SEED): LabelledCurve[] {
  const d = new Draw(seededRandom(seed));
  const curves: LabelledCurve[] = [];
  for (const [family, spec] of Object.entries(families) as [LabelledCurve['family'], (typeof families)['healthy']][]) {
    const count = family === 'healthy' ? HEALTHY_CURVES : CURVES_PER_KIND;
    for (let i = 0; i < count; i++) {
      const n = d.integer(15, 60);
      const { train, validation, trueValidation, validationNoise, flat, slowDecline, accuracy } = spec.make(d, n);
      const expected: readonly FindingKind[] = slowDecline === true ? ['still-improving'] : spec.expected;
      const allowed: FindingKind[] = slowDecline === true ? ['lr-too-low'] : [...spec.allowed];
      const allow = (kind: FindingKind) => { if (!allowed.includes(kind) && !expected.includes(kind)) allowed.push(kind); };
      if (flat === true) allow('plateau');
      if (trueValidation !== undefined && validationNoise !== undefined) {
        // A label allows each end state that a reading of the noise-free validation loss supports
        // (evaluation-end-labels.ts), never expects one (the end's gain may be within the noise).
        // EarlyStopping's reading (patience = PLATEAU_PATIENCE, min_delta = 2σ; rules-13, read on
        // every such family since rules-17): out of patience allows plateau, patience left allows
        // still-improving. The trend test's reading (rules-18): a fall over the rules' trailing
        // window under two standard errors at the drawn noise cannot be told from flat, so plateau
        // is allowed; a fall beyond them allows still-improving.
        const outOfPatience = validationOutOfPatience(trueValidation, validationNoise);
        const fall = endFallDetectable(trueValidation, validationNoise);
        if (outOfPatience || fall === 'undetectable') allow('plateau');
        if (!outOfPatience || fall === 'detectable-fall') allow('still-improving');
      }
      curves.push({ id: `${family}-${i + 1}`, family, expected, allowed, history: historyOf(train, validation, accuracy) });
    }
  }
  return curves;
}
