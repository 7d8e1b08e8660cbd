import { InternalError, LossError } from './core/errors.js';
import { closeMatches } from './core/suggest.js';
import type { LossEntry } from './core/define-loss.js';
import { regressionLosses } from './losses/regression.js';
import { likelihoodLosses } from './losses/likelihood.js';
import { relativeErrorLosses } from './losses/relative-error.js';
import { crossEntropyLosses } from './losses/cross-entropy.js';
import { binaryLosses } from './losses/binary.js';
import { focalLosses } from './losses/focal.js';
import { sparsemaxLosses } from './losses/sparsemax.js';
import { marginLosses } from './losses/margin.js';
import { pairwiseMarginLosses } from './losses/pairwise-margin.js';
import { rankingLosses } from './losses/ranking.js';
import { embeddingLosses } from './losses/embedding.js';
import { selfSupervisedLosses } from './losses/self-supervised.js';
import { angularMarginLosses } from './losses/angular-margin.js';
import { divergenceLosses } from './losses/divergence.js';
import { generalizedKlLosses } from './losses/generalized-kl.js';
import { transportLosses } from './losses/transport.js';
import { sinkhornLosses } from './losses/sinkhorn.js';
import { adversarialLosses } from './losses/adversarial.js';
import { segmentationLosses } from './losses/segmentation.js';
import { lovaszLosses } from './losses/lovasz.js';
import { ctcLosses } from './losses/ctc.js';

/**
 * The one list of losses. Every tool (CLI, tests, docs, search, explorer) discovers losses
 * here; adding a loss means its family file and one line in this list.
 */
const ALL: readonly LossEntry[] = [
  ...regressionLosses,
  ...likelihoodLosses,
  ...relativeErrorLosses,
  ...crossEntropyLosses,
  ...binaryLosses,
  ...focalLosses,
  ...sparsemaxLosses,
  ...marginLosses,
  ...pairwiseMarginLosses,
  ...rankingLosses,
  ...embeddingLosses,
  ...selfSupervisedLosses,
  ...angularMarginLosses,
  ...divergenceLosses,
  ...generalizedKlLosses,
  ...transportLosses,
  ...sinkhornLosses,
  ...adversarialLosses,
  ...segmentationLosses,
  ...lovaszLosses,
  ...ctcLosses,
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
    if (clash && clash !== entry) throw new InternalError(`losskit registry: '${key}' names both ${clash.name} and ${entry.name}`);
    byName.set(normal, entry);
  }
}

/** Every registered loss, in registry order. */
export function listLosses(): readonly LossEntry[] {
  return ALL;
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
