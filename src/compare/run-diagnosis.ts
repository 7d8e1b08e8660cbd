/**
 * A run's diagnosis: `diagnose` (losskit/monitor) on the training curves of each of its
 * evaluations, findings of the same kind and severity merged, with how many evaluations showed
 * them — so one noisy fold does not read as a property of the loss — and where the curves gave
 * no clear answer (`noClearAnswer`), how often: a run with no finding is "no problems found" only
 * when every evaluation's curves said so.
 */
import { History, diagnose, noClearAnswer } from '../monitor/index.js';
import type { EvaluationRun, RunFinding, RunNoClearAnswer } from './types.js';

export interface RunDiagnosis {
  /** Findings over the evaluations, most frequent first (ties: as first seen). */
  readonly findings: RunFinding[];
  /** The first evaluation's no-clear-answer statement and how many evaluations gave one; undefined when none did. */
  readonly noClearAnswer: RunNoClearAnswer | undefined;
}

export function diagnoseEvaluations(evaluations: readonly EvaluationRun[]): RunDiagnosis {
  const merged = new Map<string, RunFinding>();
  let unclear: RunNoClearAnswer | undefined;
  for (const evaluation of evaluations) {
    const history = History.fromEpochs(evaluation.history);
    const findings = diagnose(history);
    const statement = noClearAnswer(history, findings);
    if (statement !== undefined) {
      unclear = unclear === undefined
        ? { reason: statement.reason, message: statement.message, evaluations: 1 }
        : { ...unclear, evaluations: unclear.evaluations + 1 };
    }
    const seen = new Set<string>();
    for (const finding of findings) {
      const key = `${finding.kind}/${finding.severity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const known = merged.get(key);
      merged.set(key, known
        ? { ...known, evaluations: known.evaluations + 1 }
        : { kind: finding.kind, severity: finding.severity, message: finding.message, suggestion: finding.suggestion, evaluations: 1 });
    }
  }
  return { findings: [...merged.values()].sort((a, b) => b.evaluations - a.evaluations), noClearAnswer: unclear };
}
