/**
 * Worker-thread speed-up of `losskit search --workers N`: the same random search (no pruning,
 * identical trials on any number of threads) on 1, 2 and 4 threads, timed from the moment every
 * thread has loaded the task (thread start-up, which includes loading the data, is reported apart).
 *
 * Usage: npx tsx bench/search-workers.ts [--task boston|mnist] [--trials 16]
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { inProcessExecutor, prepareTask, searchLosses, threadPoolExecutor, type TaskSpec } from '../src/search/index.js';

const { values } = parseArgs({ options: { task: { type: 'string', default: 'mnist' }, trials: { type: 'string', default: '16' } } });
const TASKS: Record<string, TaskSpec> = {
  boston: { data: { kind: 'embedded', name: 'boston' }, prepare: { outliers: 0.1 }, train: { model: 'mlp', hidden: [32], epochs: 27 }, seed: 1 },
  mnist: { data: { kind: 'embedded', name: 'mnist' }, prepare: { maxRows: 2000 }, train: { model: 'linear', batchSize: 64, epochs: 9 }, seed: 1 },
};
const spec = TASKS[values.task ?? 'mnist'] as TaskSpec;
const trials = Number(values.trials);
console.log(`${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${trials} random-search trials of ${values.task}`);
let one = Number.NaN;
for (const n of [1, 2, 4]) {
  const startup = performance.now();
  const executor = n === 1 ? inProcessExecutor(prepareTask(spec)) : threadPoolExecutor(spec, n);
  if ('ready' in executor) await executor.ready;
  const ready = performance.now();
  await searchLosses({ task: spec, algorithm: 'random', budget: trials, repeats: 0, executor: () => executor });
  const seconds = (performance.now() - ready) / 1000;
  if (n === 1) one = seconds;
  console.log(`workers ${n}: start-up ${((ready - startup) / 1000).toFixed(1)} s, ${trials} trials in ${seconds.toFixed(1)} s (${(trials / seconds * 60).toFixed(0)} trials/min), speed-up ${(one / seconds).toFixed(2)}×`);
}
