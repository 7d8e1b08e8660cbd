import { describe, expect, it } from 'vitest';
import { ASHA_DEFAULTS, RungTable, RungTracker, isPromotable, rungStep, rungSteps } from '../../src/search/asha.js';

/** Optuna's SuccessiveHalvingPruner(min_resource=1, reduction_factor=3). */
const ONE = { minResource: 1, reductionFactor: 3, minEarlyStoppingRate: 0 } as const;

describe("Optuna's successive-halving promotion rule (η = 3)", () => {
  it('rungs sit at min_resource · η^(s + k)', () => {
    expect([0, 1, 2, 3].map((k) => rungStep(k, ONE))).toEqual([1, 3, 9, 27]);
    expect(rungStep(0, { minResource: 2, reductionFactor: 4, minEarlyStoppingRate: 1 })).toBe(8);
    // A rung on the last epoch decides nothing: 27 epochs give decision points 1, 3, 9.
    expect(rungSteps(27, ONE)).toEqual([1, 3, 9]);
    expect(rungSteps(28, ONE)).toEqual([1, 3, 9, 27]);
    expect(rungSteps(1, ONE)).toEqual([]);
  });

  it('by default the first rung is after 3 epochs (bench/search-rungs.ts)', () => {
    expect(ASHA_DEFAULTS).toEqual({ minResource: 3, reductionFactor: 3, minEarlyStoppingRate: 0 });
    expect(rungSteps(27)).toEqual([3, 9]);
    expect(rungSteps(9)).toEqual([3]);
    expect(new RungTracker(27, 'minimize').report(1, Number.NaN, () => [])).toBe('continue');
  });

  it('fewer than η values at a rung: only the best so far goes on (no trial can wait)', () => {
    expect(isPromotable(0.5, [0.5], 3, 'minimize')).toBe(true);
    expect(isPromotable(0.5, [0.4, 0.5], 3, 'minimize')).toBe(false);
    expect(isPromotable(0.4, [0.4, 0.5], 3, 'minimize')).toBe(true);
  });

  it('n values: the best ⌊n/η⌋ go on, ties included', () => {
    const field = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
    // n = 6, η = 3: index 6 // 3 - 1 = 1, the 2 best.
    expect(field.map((v) => isPromotable(v, field, 3, 'minimize'))).toEqual([true, true, false, false, false, false]);
    expect(field.map((v) => isPromotable(v, field, 3, 'maximize'))).toEqual([false, false, false, false, true, true]);
    expect(isPromotable(0.2, [0.1, 0.2, 0.2], 3, 'minimize')).toBe(false);
    expect(isPromotable(0.1, [0.1, 0.1, 0.2], 3, 'minimize')).toBe(true);
  });

  it('a NaN at a rung step prunes; NaN competitors count for n but never beat anyone', () => {
    const tracker = new RungTracker(27, 'minimize', ONE);
    expect(tracker.report(1, Number.NaN, () => [])).toBe('prune');
    expect(isPromotable(0.9, [Number.NaN, Number.NaN, 0.9], 3, 'minimize')).toBe(true);
  });

  it('a trial reports each epoch; only rung epochs are decisions, and records go to the table', () => {
    const table = new RungTable();
    const decisions: string[] = [];
    // Two earlier trials at rung 0 (epoch 1) with 0.3 and 0.5.
    table.record(0, 0, 0.3);
    table.record(0, 1, 0.5);
    const tracker = new RungTracker(27, 'minimize', ONE);
    const curve: Array<[number, number]> = [[1, 0.2], [2, 0.19], [3, 0.18], [4, 0.17]];
    for (const [epoch, value] of curve) decisions.push(tracker.report(epoch, value, (rung, v) => table.record(rung, 2, v)));
    // Epoch 1: n = 3, best 1 -> 0.2 is the best: go on. Epoch 3: alone at rung 1: go on.
    expect(decisions).toEqual(['continue', 'continue', 'continue', 'continue']);
    expect(tracker.rungs).toBe(2);
    expect(table.snapshot()).toEqual([{ rung: 0, entries: [[0, 0.3], [1, 0.5], [2, 0.2]] }, { rung: 1, entries: [[2, 0.18]] }]);
    const loser = new RungTracker(27, 'minimize', ONE);
    expect(loser.report(1, 0.4, (rung, v) => table.record(rung, 3, v))).toBe('prune');
  });

  it('a trial run again replaces its own record instead of adding one', () => {
    const table = new RungTable();
    table.record(0, 7, 0.5);
    expect(table.record(0, 7, 0.4)).toEqual([0.4]);
    table.forget(7);
    expect(table.snapshot()).toEqual([{ rung: 0, entries: [] }]);
  });

  it('a step that jumps past several rungs is decided at each, as in Optuna', () => {
    const table = new RungTable();
    const tracker = new RungTracker(27, 'minimize', ONE);
    expect(tracker.report(9, 1, (rung, v) => table.record(rung, 0, v))).toBe('continue');
    expect(tracker.rungs).toBe(3);
  });
});
