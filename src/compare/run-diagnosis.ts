/**
 * A run's diagnosis: `diagnose` (losskit/monitor) on the training curves of each of its
 * evaluations, findings of the same kind and severity merged, with how many evaluations showed
 * them — so one noisy fold does not read as a property of the loss.
 */
import { History, diagnose } from '../monitor/index.js';
import type { EvaluationRun, RunFinding } from './types.js';

/** Findings over `evaluations`, most frequent first (ties: as first seen). */
export function diagnoseEvaluations(evaluations: readonly EvaluationRun[]): RunFinding[] {
  const merged = new Map<string, RunFinding>();
  for (const evaluation of evaluations) {
    const seen = new Set<string>();
    for (const finding of diagnose(History.fromEpochs(evaluation.history))) {
      const key = `${finding.kind}/${finding.severity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const known = merged.get(key);
      merged.set(key, known
        ? { ...known, evaluations: known.evaluations + 1 }
        : { kind: finding.kind, severity: finding.severity, message: finding.message, suggestion: finding.suggestion, evaluations: 1 });
    }
  }
  return [...merged.values()].sort((a, b) => b.evaluations - a.evaluations);
}
