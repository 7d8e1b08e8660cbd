/**
 * "No clear answer": what the CLI and the HTML report say where `diagnose` is silent for want of
 * evidence, not because the run is healthy ("say 'no clear answer' when the data doesn't support
 * one"). One function, `noClearAnswer` (its sentence: `noClearAnswerNote`), for three cases:
 * - a short run (too few points for a trend at 5 %);
 * - a loss with a point ≤ 0 (no floor to measure changes against, notPositiveAnswer);
 * - a readable run whose end no finding states (issue 10, end-note): the end rules (diagnose.ts,
 *   rule 6) found neither a significant fall nor a stall beyond the noise, and the window leans to a
 *   fall (Mann-Kendall p < 0.10, so no plateau of no fall either, rules-47) ('end-untold'), or were
 *   not read because a learning rate too high bounces both losses ('end-hidden': its advice first). Where the run has other
 *   findings, the sentence is shown too when those say nothing about the end: 'lr-too-high' and
 *   'noisy-validation' describe the curve's noise, not where it ends. Every other kind states or
 *   explains the end (still-improving, plateau, underfitting, overfitting, widening-gap,
 *   lr-too-low, divergence, non-finite) and silences it.
 * A statement beside the findings, not a finding: no finding is added, so scores and verdicts are
 * unchanged; it carries its numbers (`evidence`) as a finding does, for the JSON output, and
 * `diagnosisAnswer` turns it into the word a list of runs shows. Browser-safe.
 */
import type { History, Series } from './history.js';
import type { DiagnosisAnswer, Finding, FindingKind, NoClearAnswer } from './diagnose-types.js';
import { diagnose } from './diagnose.js';
import { endHiddenByBounce, readLossCurves, resolveThresholds } from './diagnose-read.js';
import { endAgainstBest, endEvidence } from './diagnose-end.js';
import { formatPercent, formatPValue } from './diagnose-stats.js';
import { notPositiveAnswer } from './diagnose-scale.js';
import { progressOf } from './diagnose-trends.js';
import type { DiagnoseThresholds } from './thresholds.js';

/** Kinds that say nothing about where the monitored loss ends: a run with only these still gets the end note. */
const SILENT_ON_THE_END: readonly FindingKind[] = ['lr-too-high', 'noisy-validation'];

/**
 * A short run: its loss (the training loss, else the validation loss, as the rules read it) has
 * fewer finite points than `minPointsForTrends`, and its validation loss, if logged, has too:
 * 3 points can show no trend at 5 % (their most extreme order has p = 1/6). The sentence names the
 * loss the short-run rule judged (the validation loss when it is short too), so that a user looks
 * at the curve the verdict was about.
 */
function shortRun(history: History, minPointsForTrends: number): NoClearAnswer | undefined {
  const finitePoints = (series: Series): number => series.points.filter((point) => Number.isFinite(point.value)).length;
  const validation = history.validationLoss;
  if (validation !== undefined && finitePoints(validation) >= minPointsForTrends) return undefined;
  const gate = history.trainLoss ?? validation;
  if (gate === undefined || finitePoints(gate) >= minPointsForTrends) return undefined;
  const judged = validation !== undefined && finitePoints(validation) < minPointsForTrends ? validation : gate;
  const points = finitePoints(judged);
  return {
    reason: 'short-run', series: judged.name, evidence: { points, minPointsForTrends },
    message: `No clear answer: '${judged.name}' has ${points} point${points === 1 ? '' : 's'}, too few to tell a trend from noise ` +
      `(the trend rules need ${minPointsForTrends}; 4 points that each set a new best read as still improving, 4 evaluations each higher than the last as overfitting, p = 1/24). ` +
      'Only NaN and divergence were checked otherwise.',
  };
}

/**
 * The end left unstated: the monitored loss (as the rules read it, with `minPointsForTrends`
 * points or more) with its change over the rules' trailing window, its Mann-Kendall p for a fall,
 * its noise σ and its end against its earlier best, and the way to an answer: more points, with
 * EarlyStopping's patience the window. Not for a loss read shifted (a point ≤ 0): its percentages
 * are of a shifted level, and notPositiveAnswer speaks for it.
 */
function endUntold(history: History, findings: readonly Finding[], t: DiagnoseThresholds): NoClearAnswer | undefined {
  const { monitored, offset, validation } = readLossCurves(history, t);
  if (monitored === undefined || offset !== 0) return undefined;
  const p = progressOf(monitored, t);
  if (p === undefined) return undefined;
  const { curve, window, recent } = p;
  const e = endEvidence(p, t);
  // endAgainstBest names σ where the end is within it, and says when there are too few points to read it; elsewhere it is said here.
  const saysNoise = Number.isFinite(e.endMargin) && !(e.endMargin > e.newBestMargin) && e.noiseReadable;
  const noise = saysNoise || !e.noiseReadable ? '' : `; its noise σ is ${formatPercent(recent.noise)}`;
  const numbers = `'${curve.name}' changed ${formatPercent(recent.relativeChange)} over the last ${window} points ` +
    `(Mann-Kendall ${formatPValue(recent.test.pDecreasing)} for a fall over them) and ${formatPercent(e.lateChange)} over the last ${e.late}${noise}; ${endAgainstBest(p, e)}.`;
  // Where the bounce hid the end, the end rules were not read: saying the end lies within its noise would be a claim they never tested.
  const hidden = endHiddenByBounce(findings.some((finding) => finding.kind === 'lr-too-high'), validation, t);
  const message = hidden
    ? `No clear answer about the end: the training loss bounces and '${curve.name}' bounces too, so the rules do not read its end ` +
      `(the learning rate's advice comes first). Its numbers: ${numbers} Lower the learning rate, then read the curve again.`
    : `No clear answer about the end: ${numbers} ${whyUntold(recent.test.pDecreasing < t.trendSignificance, e.endMargin > e.newBestMargin)}: ` +
      'the rules cannot tell whether it still improves or has levelled off. ' +
      `Train on with EarlyStopping(patience=${window}, restore_best_weights=True) and read the curve again.`;
  const evidence = {
    window, windowChange: recent.relativeChange, testStatistic: recent.test.z, pValue: recent.test.pDecreasing,
    late: e.late, lateChange: e.lateChange, level: e.endLevel, noiseLevel: Number.isFinite(recent.noise) ? recent.noise : 0,
    ...(Number.isFinite(e.endMargin) ? { endMargin: e.endMargin } : {}),
  };
  return { reason: hidden ? 'end-hidden' : 'end-untold', series: curve.name, evidence, message };
}

/**
 * Which of the end's two readings spoke, in words: the window's trend test (a significant fall)
 * and the end's level against its earlier best (a gain beyond the noise). Either alone, or
 * neither, leaves the end untold; the sentence says which, so that it never denies what the
 * numbers before it show.
 */
function whyUntold(significantFall: boolean, gainBeyondNoise: boolean): string {
  if (significantFall && gainBeyondNoise) return 'The window falls significantly and the end is below its earlier best beyond the noise, but the end rules\' other gates did not pass (docs/diagnose.md, rules-13 and rules-17)';
  if (significantFall) return 'The window falls significantly, but the end is not below its earlier best beyond the noise';
  if (gainBeyondNoise) return 'The end is below its earlier best beyond the noise, but the window shows no significant fall';
  return 'The window shows no significant fall and the end no gain beyond its noise, yet no stall the rules can confirm';
}

/**
 * Where `diagnose` gives no clear answer (see the module comment), else undefined. With no
 * findings: the short run, else a loss with a point ≤ 0, else the end left unstated; with
 * findings, the end left unstated only when all of them are silent on the end. `findings` are the
 * run's (diagnosed here with `overrides` when not given); `overrides` also set how the curves are
 * read (DEFAULT_THRESHOLDS otherwise): pass the thresholds the findings were diagnosed with.
 */
export function noClearAnswer(history: History, findings?: readonly Finding[], overrides: Partial<DiagnoseThresholds> = {}): NoClearAnswer | undefined {
  const t = resolveThresholds(overrides);
  const found = findings ?? diagnose(history, overrides);
  if (found.length === 0) {
    const unread = shortRun(history, t.minPointsForTrends) ?? notPositiveAnswer(history);
    if (unread !== undefined) return unread;
  }
  if (!found.every((finding) => SILENT_ON_THE_END.includes(finding.kind))) return undefined;
  return endUntold(history, found, t);
}

/** `noClearAnswer`'s sentence: what the CLI and the report show in place of "No problems found", or after findings silent on the end. */
export function noClearAnswerNote(history: History, findings?: readonly Finding[], overrides: Partial<DiagnoseThresholds> = {}): string | undefined {
  return noClearAnswer(history, findings, overrides)?.message;
}

/**
 * A run's diagnosis in a word, for lists of runs: 'findings' (some rule fired), 'no clear answer'
 * (none did, for want of evidence: `unclear`, from `noClearAnswer`), 'no problems found' (none
 * did on a readable loss), 'nothing to diagnose' (no training or validation loss).
 */
export function diagnosisAnswer(history: History, findings: readonly Finding[], unclear: NoClearAnswer | undefined): DiagnosisAnswer {
  if (findings.length > 0) return 'findings';
  if (unclear !== undefined) return 'no clear answer';
  return history.trainLoss !== undefined || history.validationLoss !== undefined ? 'no problems found' : 'nothing to diagnose';
}

/** One line for a list of runs: the kinds found, with '; no clear answer about the end' where they are silent on it; else the answer. */
export function diagnosisSummary(history: History, findings: readonly Finding[], unclear: NoClearAnswer | undefined): string {
  const answer = diagnosisAnswer(history, findings, unclear);
  if (answer !== 'findings') return answer;
  const kinds = [...new Set(findings.map((finding) => finding.kind))].join(', ');
  return unclear === undefined ? kinds : `${kinds}; no clear answer about the end`;
}
