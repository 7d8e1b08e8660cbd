/**
 * The formula finalists of a study: the best complete formula trials (distinct formulas), each
 * defined with the full custom-loss checks and registered under its name, with the formula as
 * found, simplified, and its symbolic gradient for the report.
 */
import { registerFinalist } from './formula-losses.js';
import { formulaOf } from './formula-space.js';
import { describeParams } from './spaces.js';
import { configOf, type Study } from './study.js';
import type { FormulaFinalist } from './types.js';

export const MAX_FINALISTS = 3;

export function formulaFinalists(study: Study, limit = MAX_FINALISTS): FormulaFinalist[] {
  const sign = study.spec.direction === 'minimize' ? 1 : -1;
  const ranked = study.finished.filter((t) => t.state === 'complete' && t.value !== undefined).sort((a, b) => sign * ((a.value as number) - (b.value as number)));
  const finalists: FormulaFinalist[] = [];
  const seen = new Set<string>();
  for (const trial of ranked) {
    if (finalists.length >= limit) break;
    const config = configOf(trial.params, study.space);
    const formula = formulaOf(config.loss);
    if (formula === undefined || seen.has(config.loss)) continue;
    seen.add(config.loss);
    const entry = registerFinalist(config);
    if (!entry) continue;
    finalists.push({
      trial: trial.number, value: trial.value as number, loss: config.loss, lossOptions: config.lossOptions, label: describeParams(trial.params),
      formula, simplified: entry.custom.simplified ?? formula, gradient: entry.custom.gradients.input ?? '', warnings: entry.custom.warnings,
    });
  }
  return finalists;
}
