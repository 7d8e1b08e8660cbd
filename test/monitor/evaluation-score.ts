/** Precision and recall of `diagnose` per finding kind on a labelled set of runs. */
import { diagnose } from '../../src/monitor/diagnose.js';
import { FINDING_KINDS, type FindingKind } from '../../src/monitor/diagnose-types.js';
import type { History } from '../../src/monitor/history.js';

export interface LabelledRun {
  readonly id: string;
  readonly expected: readonly FindingKind[];
  readonly allowed: readonly FindingKind[];
  readonly history: History;
}

export interface KindScore {
  readonly kind: FindingKind;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** NaN when the kind was never reported (no denominator). */
  readonly precision: number;
  /** NaN when no run expects the kind. */
  readonly recall: number;
}

export interface Evaluation {
  readonly scores: KindScore[];
  /** Runs with a missed or a false finding: id, expected, found. */
  readonly mistakes: { id: string; expected: readonly FindingKind[]; found: FindingKind[] }[];
  /** Healthy runs (nothing expected) that got a finding that is not allowed. */
  readonly falseAlarmsOnHealthy: number;
}

/**
 * A found kind counts as a true positive when expected, is ignored when allowed, and is a false
 * positive otherwise; an expected kind not found is a false negative.
 */
export function evaluate(runs: readonly LabelledRun[]): Evaluation {
  const counts = new Map(FINDING_KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes: Evaluation['mistakes'] = [];
  let falseAlarmsOnHealthy = 0;
  for (const run of runs) {
    const found = [...new Set(diagnose(run.history).map((finding) => finding.kind))];
    let wrong = false;
    for (const kind of FINDING_KINDS) {
      const count = counts.get(kind)!;
      const isFound = found.includes(kind);
      if (run.expected.includes(kind)) {
        if (isFound) count.tp++;
        else { count.fn++; wrong = true; }
      } else if (isFound && !run.allowed.includes(kind)) {
        count.fp++;
        wrong = true;
      }
    }
    if (wrong) mistakes.push({ id: run.id, expected: run.expected, found });
    if (run.expected.length === 0 && wrong) falseAlarmsOnHealthy++;
  }
  const scores = FINDING_KINDS.map((kind): KindScore => {
    const { tp, fp, fn } = counts.get(kind)!;
    return {
      kind, truePositives: tp, falsePositives: fp, falseNegatives: fn,
      precision: tp + fp === 0 ? Number.NaN : tp / (tp + fp),
      recall: tp + fn === 0 ? Number.NaN : tp / (tp + fn),
    };
  });
  return { scores, mistakes, falseAlarmsOnHealthy };
}

/** A plain-text table: kind, TP, FP, FN, precision, recall. */
export function scoreTable(evaluation: Evaluation): string {
  const show = (value: number) => (Number.isNaN(value) ? '   –' : value.toFixed(2));
  const rows = evaluation.scores.map((s) =>
    `${s.kind.padEnd(17)} ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}   ${show(s.precision)}      ${show(s.recall)}`);
  return ['kind               TP  FP  FN   precision  recall', ...rows].join('\n');
}
