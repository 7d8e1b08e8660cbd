import { InternalError, LossError } from './core/errors.js';
import { closeMatches } from './core/suggest.js';
import type { LossEntry } from './losses/index.js';
import { builtinLosses } from './losses/index.js';

/**
 * The one list of losses. Every tool (CLI, tests, docs, search, explorer) discovers losses
 * here; the list itself is generated from the definitions in src/losses (npm run generate).
 */
const ALL: readonly LossEntry[] = builtinLosses;

/** Names are matched case-insensitively with '_' and ' ' read as '-'. */
function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/[_\s]+/g, '-');
}

const byName = new Map<string, LossEntry>();
for (const entry of ALL) {
  for (const key of [entry.name, ...entry.aliases]) {
    const normal = normalise(key);
    const clash = byName.get(normal);
    if (clash && clash !== entry) throw new InternalError(`losskit registry: '${key}' names both ${clash.name} and ${entry.name}`);
    byName.set(normal, entry);
  }
}

/** Losses registered at run time (custom losses), after the built-ins. */
const added: LossEntry[] = [];
let listed: readonly LossEntry[] = ALL;

/** Every registered loss, in registry order: the built-ins, then those added by registerLoss. */
export function listLosses(): readonly LossEntry[] {
  return listed;
}

/**
 * Adds a loss (typically a custom loss from defineCustomLoss) so getLoss, listLosses and every
 * tool find it by name. Built-in names cannot be taken; a name already added is an error
 * unless `replace` is set.
 */
export function registerLoss(entry: LossEntry, { replace = false }: { readonly replace?: boolean } = {}): void {
  if (typeof entry !== 'object' || entry === null || typeof entry.evaluate !== 'function' || typeof entry.name !== 'string') {
    throw new LossError('option', 'registerLoss: expects a loss entry (from defineLoss or defineCustomLoss)', 'registerLoss', 'entry');
  }
  const keys = [entry.name, ...entry.aliases].map(normalise);
  for (const key of keys) {
    const clash = byName.get(key);
    if (!clash || clash === entry) continue;
    if (!added.includes(clash)) throw new LossError('option', `registerLoss: '${key}' is a built-in loss (${clash.name}); choose another name`, 'registerLoss', 'name');
    if (!replace) throw new LossError('option', `registerLoss: '${key}' is already registered; unregisterLoss('${clash.name}') first or pass { replace: true }`, 'registerLoss', 'name');
    unregisterLoss(clash.name);
  }
  for (const key of keys) byName.set(key, entry);
  if (!added.includes(entry)) added.push(entry);
  listed = [...ALL, ...added];
}

/** Removes a loss added by registerLoss; false when no such loss was added (built-ins stay). */
export function unregisterLoss(name: string): boolean {
  const entry = byName.get(normalise(String(name)));
  const at = entry ? added.indexOf(entry) : -1;
  if (!entry || at < 0) return false;
  added.splice(at, 1);
  for (const [key, value] of [...byName]) if (value === entry) byName.delete(key);
  listed = added.length ? [...ALL, ...added] : ALL;
  return true;
}

/**
 * Registered names and aliases close to `name` (edit distance or containment), closest first:
 * the "did you mean" of getLoss's error, which every entry point (library, CLI, tfjs) shows.
 */
export function closeLossNames(name: string, limit = 3): string[] {
  return closeMatches(normalise(String(name)), byName.keys(), limit);
}

/** The loss registered under `name` or one of its aliases; LossError('option'), suggesting close names, if none. */
export function getLoss(name: string): LossEntry {
  const entry = typeof name === 'string' ? byName.get(normalise(name)) : undefined;
  if (!entry) {
    const close = typeof name === 'string' ? closeLossNames(name) : [];
    const hint = close.length ? `; did you mean ${close.map((c) => `'${c}'`).join(' or ')}?` : '';
    throw new LossError('option', `getLoss: unknown loss '${String(name)}'${hint} (listLosses() or 'losskit list' shows every loss)`, 'getLoss', 'name');
  }
  return entry;
}

/** True when `name` (or an alias) is registered. */
export function hasLoss(name: string): boolean {
  return byName.has(normalise(name));
}
