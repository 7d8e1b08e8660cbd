/**
 * Formula losses during a search. The trainer finds losses by name in the registry, so a
 * formula trial defines its loss (defineInlineLoss: compiled kernel plus the custom-loss
 * checks, once per formula and process) and registers it for the length of the trial only;
 * the finalist (the study's winner) is registered for good, so that the final comparison, the
 * report and the caller can use it by name. Candidates rejected by formula-check.ts are never
 * defined: they cost a compileFormula and a few evaluations.
 */
import { defineInlineLoss, type CustomLossEntry } from '../custom/index.js';
import { hasLoss, registerLoss, unregisterLoss } from '../registry.js';
import { formulaOf } from './formula-space.js';
import type { TrialConfig } from './types.js';

const defined = new Map<string, CustomLossEntry>();
const MAX_DEFINED = 500;

/** The numeric options of a trial (a formula's options are numbers). */
export function numericOptions(options: Readonly<Record<string, unknown>>): Record<string, number> {
  return Object.fromEntries(Object.entries(options).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

/**
 * The custom-loss entry of a formula trial, its options' defaults the trial's values (so the
 * definition checks run at the values it trains with, and a finalist keeps them). Defined once
 * per formula and values in a process.
 */
export function formulaEntry(config: TrialConfig): CustomLossEntry | undefined {
  const formula = formulaOf(config.loss);
  if (formula === undefined) return undefined;
  const options = numericOptions(config.lossOptions);
  const key = `${JSON.stringify(options)}|${config.loss}`;
  let entry = defined.get(key);
  if (!entry) {
    if (defined.size >= MAX_DEFINED) defined.clear();
    entry = defineInlineLoss(formula, options);
    defined.set(key, entry);
  }
  return entry;
}

/** Runs `body` with the trial's formula loss registered (a registry loss: just runs it). */
export function withFormulaLoss<T>(config: TrialConfig, body: () => T): T {
  const entry = formulaEntry(config);
  if (!entry || hasLoss(entry.name)) return body();
  registerLoss(entry);
  try {
    return body();
  } finally {
    unregisterLoss(entry.name);
  }
}

/** Registers a finalist's formula loss for good (no-op for registry losses); returns its entry. */
export function registerFinalist(config: TrialConfig): CustomLossEntry | undefined {
  const entry = formulaEntry(config);
  if (entry) registerLoss(entry, { replace: true });
  return entry;
}
