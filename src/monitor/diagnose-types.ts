/** The shape of a diagnosis: findings with a kind, a range, numbers and plain-language advice. Browser-safe. */

/** Every kind of finding, in the order `diagnose` reports them. */
export const FINDING_KINDS = [
  'non-finite', 'divergence', 'lr-too-high', 'overfitting', 'widening-gap', 'underfitting', 'plateau',
  'lr-too-low', 'still-improving', 'noisy-validation',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/** 'critical': the run is broken; 'warning': the run is wasting effort or generalising badly; 'info': worth knowing. */
export type Severity = 'info' | 'warning' | 'critical';

export interface FindingRange {
  readonly from: number;
  readonly to: number;
  /** Epochs when the series' points carry epochs, else steps. */
  readonly unit: 'epoch' | 'step';
}

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** The canonical name of the series the finding is about ('loss', 'val_loss'). */
  readonly series: string;
  readonly range: FindingRange;
  /**
   * The numbers behind the finding, named in camelCase (e.g. generalisationLoss, onset). Every
   * finding carries `effectSize` (the change it reports, as a fraction of the level unless its
   * message says otherwise) and `noiseLevel` (the curve's robust point-to-point noise, a
   * fraction of the level); findings that rest on a test add `testStatistic` (a Mann–Kendall z,
   * or a robust z-score for spikes) and `pValue` (one-sided).
   */
  readonly evidence: Readonly<Record<string, number>>;
  /** What happened, with numbers. */
  readonly message: string;
  /** What to try. */
  readonly suggestion: string;
}

/** Why `diagnose` gives no clear answer on a run (see diagnose-notes.ts). */
export type NoClearAnswerReason =
  | 'short-run'
  | 'not-positive'
  /** No end rule fired: the end lies within the noise. */
  | 'end-untold'
  /** The end rules were not read: a learning rate too high bounces both losses, and its advice comes first. */
  | 'end-hidden';

/**
 * Where `diagnose` is silent for want of evidence, not because the run is healthy: a statement
 * beside the findings (never one of them), so that "no findings" is never read as "healthy"
 * where the data could not tell.
 */
export interface NoClearAnswer {
  readonly reason: NoClearAnswerReason;
  /** The loss the statement is about ('val_loss'). */
  readonly series: string;
  /** The numbers behind it, as a finding's evidence (e.g. points, windowChange, pValue, noiseLevel, endMargin). */
  readonly evidence: Readonly<Record<string, number>>;
  readonly message: string;
}

/** A run's diagnosis in a word: what a list of runs shows for each. */
export type DiagnosisAnswer = 'findings' | 'no clear answer' | 'no problems found' | 'nothing to diagnose';
