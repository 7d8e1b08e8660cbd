/**
 * `npx tsx bench/search-rungs.ts`: where should ASHA's first rung be? The first search ran
 * Optuna's rule with the first rung after 1 epoch and found that the epoch-1 rank (mostly the
 * learning rate) predicts the final rank badly on the small MLP tasks. This runs, on the same
 * tasks and seeds as bench/search.ts, one random search (the yardstick) and ASHA + TPE with
 * each first rung given (default 1 and 3 epochs), and reports the epochs ASHA + TPE needed to
 * reach random search's final best validation metric as a fraction of random search's epochs
 * (median over seeds; target ≤ 1/3), and the best validation metric each reached.
 *
 * Usage: npx tsx bench/search-rungs.ts [--seeds 5] [--random-trials 24] [--tasks boston,auto-mpg] [--rungs 1,3]
 * Writes bench/search-rungs-results.json.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { searchLosses } from '../src/search/index.js';
import { BENCH_TASKS, epochsToReach, fmt, median } from './search-tasks.js';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: '5' }, 'random-trials': { type: 'string', default: '24' }, tasks: { type: 'string' }, rungs: { type: 'string', default: '1,3' } },
});
const SEEDS = Array.from({ length: Number(values.seeds) }, (_, i) => i + 1);
const RANDOM_TRIALS = Number(values['random-trials']);
const FIRST_RUNGS = (values.rungs ?? '1,3').split(',').map(Number);
const chosen = values.tasks ? BENCH_TASKS.filter((t) => values.tasks?.split(',').includes(t.name)) : BENCH_TASKS;

console.log(`bench:search-rungs on ${cpus().length} cores (${availableParallelism()} available), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; seeds ${SEEDS.join(',')}; random ${RANDOM_TRIALS} trials, ASHA + TPE ${3 * RANDOM_TRIALS} per first rung (${FIRST_RUNGS.join(', ')})`);
const rows: Array<Record<string, unknown>> = [];
for (const task of chosen) {
  const perRung = new Map<number, Array<{ seed: number; fraction: number; best: number | undefined; epochs: number; complete: number }>>(FIRST_RUNGS.map((r) => [r, []]));
  for (const seed of SEEDS) {
    const spec = task.spec(seed);
    const random = await searchLosses({ task: spec, algorithm: 'random', budget: RANDOM_TRIALS, repeats: 0 });
    const randomEpochs = random.trials.reduce((s, t) => s + t.epochs, 0);
    const target = random.best?.value;
    const parts: string[] = [];
    for (const minResource of FIRST_RUNGS) {
      const asha = await searchLosses({ task: spec, budget: 3 * RANDOM_TRIALS, repeats: 0, asha: { minResource } });
      const reach = target === undefined ? undefined : epochsToReach(asha, target);
      const fraction = reach === undefined ? Infinity : reach / randomEpochs;
      perRung.get(minResource)?.push({ seed, fraction, best: asha.best?.value, epochs: asha.trials.reduce((s, t) => s + t.epochs, 0), complete: asha.trials.filter((t) => t.state === 'complete').length });
      parts.push(`rung ${minResource}: ${fmt(fraction)} (best ${fmt(asha.best?.value, 4)})`);
    }
    console.log(`  ${task.name} seed ${seed}: random best ${fmt(target, 4)} in ${randomEpochs} epochs; ${parts.join('; ')}`);
  }
  for (const [minResource, seeds] of perRung) {
    rows.push({
      task: task.name, title: task.title, firstRung: minResource, medianReachFraction: median(seeds.map((s) => s.fraction)),
      reachedWithinThird: seeds.filter((s) => s.fraction <= 1 / 3).length, reachedAtAll: seeds.filter((s) => Number.isFinite(s.fraction)).length,
      medianEpochs: median(seeds.map((s) => s.epochs)), medianComplete: median(seeds.map((s) => s.complete)), seeds,
    });
  }
}
console.log('\n| task | first rung (epochs) | median epochs to reach random\'s best / random\'s epochs | seeds within 1/3 | seeds reaching it at all | median ASHA epochs | median complete trials |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.title} | ${row.firstRung} | ${fmt(row.medianReachFraction as number)} | ${row.reachedWithinThird}/${SEEDS.length} | ${row.reachedAtAll}/${SEEDS.length} | ${row.medianEpochs} | ${row.medianComplete} |`);
}
writeFileSync(new URL('./search-rungs-results.json', import.meta.url), `${JSON.stringify({
  machine: { cores: cpus().length, available: availableParallelism(), loadAverage: loadavg() }, seeds: SEEDS, randomTrials: RANDOM_TRIALS, rows,
}, null, 1)}\n`);
