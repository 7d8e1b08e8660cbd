import { describe, expect, it } from 'vitest';
import { searchLosses, threadPoolExecutor, type SearchOptions, type TrialRecord } from '../../src/search/index.js';

const TASK: SearchOptions['task'] = { data: { kind: 'embedded', name: 'boston' }, prepare: { outliers: 0.1 }, train: { epochs: 9 }, seed: 5 };
const result = (trials: readonly TrialRecord[]) => trials.map(({ number, params, state, value, intermediate }) => ({ number, params, state, value, intermediate }));

describe('worker-thread pool', () => {
  it('random search on 2 threads gives the trials of one thread, bit for bit (the sampler does not see the order)', async () => {
    const one = await searchLosses({ task: TASK, budget: 10, folds: 0, algorithm: 'random' });
    const two = await searchLosses({ task: TASK, budget: 10, folds: 0, algorithm: 'random', executor: (task) => threadPoolExecutor(task.spec, 2) });
    expect(result(two.trials)).toEqual(result(one.trials));
    expect(new Set(two.trials.map((t) => t.worker))).toEqual(new Set(['thread-1', 'thread-2']));
    expect(two.workers).toBe(2);
  }, 60_000);

  it('ASHA + TPE on 3 threads: every trial accounted for, pruning decided across threads', async () => {
    const study = await searchLosses({ task: TASK, budget: 24, folds: 0, executor: (task) => threadPoolExecutor(task.spec, 3) });
    expect(study.trials.map((t) => t.number)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(study.trials.some((t) => t.state === 'pruned')).toBe(true);
    // The rung records hold one value per trial that reached the rung, from every thread.
    const rung0 = study.rungs.find((r) => r.rung === 0)?.entries ?? [];
    expect(new Set(rung0.map(([trial]) => trial)).size).toBe(rung0.length);
    expect(rung0.length).toBe(study.trials.filter((t) => t.intermediate.some(([epoch, v]) => epoch === 1 && Number.isFinite(v))).length);
  }, 60_000);
});
