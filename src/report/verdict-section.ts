/**
 * The parts of a comparison's report section that say what may be concluded: a banner for each
 * run that learned nothing, the verdict (a winner only when it beats every other run beyond
 * noise), the claims checked on it (the demo's), what was done to a user's table, and each
 * run's diagnosis (diagnose's findings on its training curves, fold by fold).
 */
import type { ComparisonResult } from '../compare/types.js';
import { escapeHtml } from './html.js';

/** A loud banner per run that learned nothing (empty when every run learned something). */
export function failureBanners(result: ComparisonResult): string {
  return result.runs.filter((run) => run.failure).map((run) => `<div class="banner failed" role="alert"><strong>${escapeHtml(run.label)} learned nothing.</strong> `
    + `${escapeHtml(run.failure?.reason ?? '')}. It is excluded from winning; its numbers below describe a model no better than the baseline.</div>`).join('\n');
}

/** The verdict in a paragraph of its own, and how it was reached. */
export function verdictHtml(result: ComparisonResult): string {
  const e = result.evaluation;
  const how = `Every metric is the mean over ${e.evaluations} test folds (${e.folds}-fold cross-validation${e.stratified ? ', stratified' : ''}`
    + `${e.repeats > 1 ? `, repeated ${e.repeats} times` : ''}) ± the half-width of its 95 % interval, corrected for the overlap of the training sets `
    + '(Nadeau & Bengio, 2003). A winner is named only when the paired corrected t-test says it beats every other run; '
    + `a run that learned nothing (no better than the ${result.baseline.label}) never wins.`;
  return `<p class="verdict ${result.verdict.kind}"><strong>${escapeHtml(result.verdict.text)}</strong></p>\n<p class="caption">${escapeHtml(how)}</p>`;
}

const OUTCOME_CLASS: Readonly<Record<string, string>> = { held: 'held', 'partly held': 'partly', reversed: 'reversed', 'not shown': 'unshown' };

/** The claims checked on the comparison, each with its outcome and the numbers per challenger. */
export function claimsHtml(result: ComparisonResult): string {
  if (!result.claims?.length) return '';
  const items = result.claims.map((claim) => `<li class="claim ${OUTCOME_CLASS[claim.outcome] ?? ''}"><strong>${escapeHtml(claim.outcome.toUpperCase())}</strong>: `
    + `${escapeHtml(claim.text)}<ul>${claim.parts.map((part) => `<li>${escapeHtml(part.text)}</li>`).join('')}</ul></li>`);
  return `<h3>The article's claims</h3>\n<ul class="claims">${items.join('')}</ul>\n<p class="caption">Held: better beyond run-to-run noise (the 95 % interval of the paired difference excludes 0); reversed: worse beyond noise; not shown: the interval contains 0.</p>`;
}

/** What was done to a user's table before training (rows dropped, columns encoded or excluded). */
export function dataNotesHtml(notes: readonly string[] | undefined): string {
  if (!notes?.length) return '';
  return `<h3>Data preparation</h3>\n<ul class="data-notes">${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`;
}

/** Each run's diagnosis: diagnose's findings on its curves, with how many folds showed each, and where folds gave no clear answer. */
export function diagnosisHtml(result: ComparisonResult): string {
  const evaluations = result.evaluation.evaluations;
  const items = result.runs.map((run) => {
    const unclear = run.noClearAnswer === undefined ? []
      : [`<li class="no-clear-answer"><strong>no clear answer</strong> (${run.noClearAnswer.evaluations} of ${evaluations} folds): ${escapeHtml(run.noClearAnswer.message)}</li>`];
    const items = [...run.diagnosis.map((f) => `<li><span class="severity ${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</span> `
      + `<strong>${escapeHtml(f.kind)}</strong> (${f.evaluations} of ${evaluations} folds): ${escapeHtml(f.message)} <em>Try: ${escapeHtml(f.suggestion)}</em></li>`), ...unclear];
    // "No problems found" only when every fold's curves said so; a fold that could not tell is said.
    const findings = items.length ? `<ul>${items.join('')}</ul>` : ' no problems found.';
    return `<li><strong>${escapeHtml(run.label)}</strong>${run.failure ? ' <span class="badge failed">learned nothing</span>' : ''}:${findings}</li>`;
  });
  return `<h3>Diagnosis of each run</h3>\n<p class="caption">losskit diagnose on each fold's training and validation curves; findings of the same kind are merged.</p>\n<ul class="diagnosis">${items.join('')}</ul>`;
}
