/** Hand-built curves for the diagnose tests: deterministic jitter, per-epoch runs, finding kinds. */
import { History, type Finding } from '../../src/monitor/index.js';
import { FINDING_KINDS, type FindingKind } from '../../src/monitor/diagnose-types.js';

/** Deterministic ±1 % jitter (the classic fract(sin(x) · 43758.5453) hash) so curves are not unnaturally exact. */
export const jitter = (i: number, size = 0.01) => {
  const h = Math.sin((i + 1) * 12.9898) * 43758.5453;
  return 1 + size * (2 * (h - Math.floor(h)) - 1);
};

/** One loss as the rules read it (a `Curve`), logged at epochs 1, 2, ...: for calling a rule directly. */
export const epochCurve = (name: string, y: readonly number[]) => ({ name, x: y.map((_, i) => i + 1), y: [...y], unit: 'epoch' as const });

/** A run logged once per epoch (epochs 1, 2, ...): a training loss, a validation loss, or both. */
export function run(train: readonly number[] | undefined, validation?: readonly number[]): History {
  const history = new History();
  train?.forEach((value, i) => history.append('loss', { epoch: i + 1, value }));
  validation?.forEach((value, i) => history.append('val_loss', { epoch: i + 1, value }));
  return history;
}

/** `history` with a training accuracy of `value` logged at each of its epochs (the evidence underfitting needs, rules-42). */
export function withAccuracy(history: History, value: number): History {
  const epochs = history.trainLoss?.points.length ?? 0;
  for (let epoch = 1; epoch <= epochs; epoch++) history.append('accuracy', { epoch, value });
  return history;
}

/** n epochs of f(t), t = 1..n, with the ±1 % jitter. */
export const epochs = (n: number, f: (t: number) => number) => Array.from({ length: n }, (_, i) => f(i + 1) * jitter(i));

export const kinds = (findings: readonly Finding[]) => findings.map((finding) => finding.kind);

/**
 * The finding kinds, with 'lr-too-low' read also where a still-improving finding says the run's slow
 * steady decline (rules-41: no finding of its own since), in FINDING_KINDS' order: the tests of the
 * step-too-small reading keep testing both its forms.
 */
export const readings = (findings: readonly Finding[]): FindingKind[] => {
  const found = kinds(findings);
  const saysDecline = findings.some((finding) => finding.kind === 'still-improving' && finding.evidence['slowDeclineHalvesRatio'] !== undefined);
  if (!saysDecline || found.includes('lr-too-low')) return found;
  return [...found, 'lr-too-low' as const].sort((a, b) => FINDING_KINDS.indexOf(a) - FINDING_KINDS.indexOf(b));
};
