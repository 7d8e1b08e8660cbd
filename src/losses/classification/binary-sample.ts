import type { LossExample } from '../../core/define-loss.js';

/**
 * Random valid points for the binary losses: an [N, C] batch of probabilities in
 * [0.05, 0.95] (away from the clamps) or logits in [-4, 4], 0/1 or soft targets, and
 * sometimes a positive `weight` / `posWeight` of a broadcastable shape.
 */

const uniform = (random: () => number, low: number, high: number) => low + (high - low) * random();

function matrix(rows: number, columns: number, draw: () => number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, draw));
}

/** 0/1 labels or soft targets in [0, 1] (one draw decides for the whole batch). */
export function sampleTargets(random: () => number, rows: number, columns: number): number[][] {
  const soft = random() < 0.4;
  return matrix(rows, columns, () => (soft ? random() : random() < 0.5 ? 0 : 1));
}

export function sampleBinary(
  random: () => number,
  domain: 'probability' | 'logit',
  { posWeight = domain === 'logit', rowWeight = true }: { posWeight?: boolean; rowWeight?: boolean } = {},
): LossExample {
  const rows = 1 + Math.floor(random() * 3);
  const columns = 1 + Math.floor(random() * 4);
  const input = matrix(rows, columns, () => (domain === 'probability' ? uniform(random, 0.05, 0.95) : uniform(random, -4, 4)));
  const target = sampleTargets(random, rows, columns);
  const positive = () => uniform(random, 0.5, 2);
  const options: Record<string, unknown> = {};
  const pick = random();
  if (pick < 0.25) options.weight = Array.from({ length: columns }, positive);
  else if (pick < 0.4) options.weight = matrix(rows, columns, positive);
  else if (pick < 0.5 && rowWeight) options.weight = matrix(rows, 1, positive);
  if (posWeight && random() < 0.4) options.posWeight = Array.from({ length: columns }, positive);
  return { inputs: { input, target }, options };
}
