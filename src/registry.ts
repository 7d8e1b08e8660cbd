import { LossError } from './core/errors.js';
import type { LossEntry } from './core/define-loss.js';
import { regressionLosses } from './losses/regression.js';

/**
 * The one list of losses. Every tool (CLI, tests, docs, search, explorer) discovers losses
 * here; adding a loss means its family file and one line in this list.
 */
const ALL: readonly LossEntry[] = [
  ...regressionLosses,
] as unknown as readonly LossEntry[];

/** Names are matched case-insensitively with '_' and ' ' read as '-'. */
function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/[_\s]+/g, '-');
}

const byName = new Map<string, LossEntry>();
for (const entry of ALL) {
  for (const key of [entry.name, ...entry.aliases]) {
    const normal = normalise(key);
    const clash = byName.get(normal);
    if (clash && clash !== entry) throw new Error(`losskit registry: '${key}' names both ${clash.name} and ${entry.name}`);
    byName.set(normal, entry);
  }
}

/** Every registered loss, in registry order. */
export function listLosses(): readonly LossEntry[] {
  return ALL;
}

/** The loss registered under `name` or one of its aliases; LossError('option') if none. */
export function getLoss(name: string): LossEntry {
  const entry = typeof name === 'string' ? byName.get(normalise(name)) : undefined;
  if (!entry) {
    const close = [...byName.keys()].filter((key) => key.includes(normalise(String(name))) || normalise(String(name)).includes(key)).slice(0, 5);
    const hint = close.length ? `; did you mean ${close.map((c) => `'${c}'`).join(', ')}?` : "; run 'losskit list' for all names";
    throw new LossError('option', `getLoss: unknown loss '${String(name)}'${hint}`, 'getLoss', 'name');
  }
  return entry;
}

/** True when `name` (or an alias) is registered. */
export function hasLoss(name: string): boolean {
  return byName.has(normalise(name));
}
