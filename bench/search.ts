/**
 * `npm run bench:search`: does the search earn its keep? On four embedded tasks, over 5 seeds:
 *
 *  1. Efficiency: random search runs R trials of full length; ASHA + TPE runs 3R trials. Reported:
 *     the epochs ASHA + TPE needed to reach random search's final best validation metric, as a
 *     fraction of random search's epochs (target ≤ 1/3), median over seeds ("never" if not reached).
 *  2. Honesty: ASHA + TPE's winner against the default loss by the search's final comparison
 *     (5-fold cross-validation, corrected resampled t-test, as compare): how often better / no
 *     clear answer / worse (target: better on at least two tasks, never worse); and against the
 *     default loss at the winner's own learning rate and weight decay (is it the loss or the lr?).
 *  3. Throughput: trials per minute of ASHA + TPE on mnist-10 and boston.
 *  (Worker threads: bench/search-workers.ts, which `npm run bench:search` runs next.)
 *
 * Usage: npx tsx bench/search.ts [--seeds 5] [--random-trials 24] [--tasks boston,auto-mpg] [--space families|formula|both]
 * Writes bench/search-results.json. Timings depend on the machine and its load: the ratios within
 * one run are what count.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { searchLosses } from '../src/search/index.js';
import { BENCH_TASKS as TASKS, epochsToReach, fmt, median } from './search-tasks.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '5' }, 'random-trials': { type: 'string', default: '24' },
    tasks: { type: 'string' }, folds: { type: 'string', default: '5' }, space: { type: 'string', default: 'families' },
  },
});
const SEEDS = Array.from({ length: Number(values.seeds) }, (_, i) => i + 1);
const RANDOM_TRIALS = Number(values['random-trials']);
const FOLDS = Number(values.folds);
const SPACE = values.space as 'families' | 'formula' | 'both';

const chosen = values.tasks ? TASKS.filter((t) => values.tasks?.split(',').includes(t.name)) : TASKS;
const rows: Array<Record<string, unknown>> = [];
console.log(`bench:search on ${cpus().length} cores (${availableParallelism()} available), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; seeds ${SEEDS.join(',')}; random ${RANDOM_TRIALS} trials, ASHA + TPE ${3 * RANDOM_TRIALS}`);
for (const task of chosen) {
  const perSeed: Array<Record<string, unknown>> = [];
  for (const seed of SEEDS) {
    const spec = task.spec(seed);
    const random = await searchLosses({ task: spec, space: SPACE, algorithm: 'random', budget: RANDOM_TRIALS, folds: 0 });
    const asha = await searchLosses({ task: spec, space: SPACE, budget: 3 * RANDOM_TRIALS, folds: FOLDS, ...(task.baselineLr ? { baseline: { learningRate: task.baselineLr } } : {}) });
    const randomEpochs = random.trials.reduce((s, t) => s + t.epochs, 0);
    const target = random.best?.value;
    const reach = target === undefined ? undefined : epochsToReach(asha, target);
    const final = asha.final;
    perSeed.push({
      seed, randomBest: target, randomEpochs, randomSeconds: random.seconds, ashaBest: asha.best?.value, ashaEpochs: asha.trials.reduce((s, t) => s + t.epochs, 0),
      ashaSeconds: asha.seconds, reachEpochs: reach, reachFraction: reach === undefined ? Infinity : reach / randomEpochs,
      ashaTrialsPerMinute: asha.trials.length / (asha.seconds / 60), winner: asha.best?.label, verdict: final?.verdict,
      difference: final?.difference, tunedDifference: final?.tunedDifference, testBest: final?.best.mean, testDefault: final?.baseline.mean,
      testTunedDefault: final?.tunedBaseline?.mean, rejected: asha.rejected ?? 0,
    });
    console.log(`  ${task.name} seed ${seed}: random best ${fmt(target, 4)} in ${randomEpochs} epochs; ASHA+TPE reached it after ${fmt(reach)} epochs `
      + `(${fmt(reach === undefined ? undefined : reach / randomEpochs)} of random's), best ${fmt(asha.best?.value, 4)}; `
      + `winner ${asha.best?.label ?? '-'}: ${final?.verdict ?? '-'} (Δ ${fmt(final?.difference.mean)} [${fmt(final?.difference.low)}, ${fmt(final?.difference.high)}]); `
      + `vs the default at its settings: ${final?.tunedDifference ? `${final.tunedDifference.verdict} (Δ ${fmt(final.tunedDifference.mean)} [${fmt(final.tunedDifference.low)}, ${fmt(final.tunedDifference.high)}])` : 'winner is the default loss'}`);
  }
  const fractions = perSeed.map((s) => s.reachFraction as number);
  const verdicts = perSeed.map((s) => s.verdict as string);
  const tunedVerdicts = perSeed.map((s) => (s.tunedDifference as { verdict: string } | undefined)?.verdict ?? 'same loss');
  const row = {
    task: task.name, title: task.title, metric: task.name.startsWith('mnist-binary') ? 'prAuc' : task.name === 'mnist-10' ? 'accuracy' : 'rmse',
    medianReachFraction: median(fractions), reachedWithinThird: fractions.filter((f) => f <= 1 / 3).length,
    better: verdicts.filter((v) => v === 'better').length, same: verdicts.filter((v) => v === 'no clear answer').length, worse: verdicts.filter((v) => v === 'worse').length,
    tunedBetter: tunedVerdicts.filter((v) => v === 'better').length, tunedSame: tunedVerdicts.filter((v) => v === 'no clear answer').length,
    tunedWorse: tunedVerdicts.filter((v) => v === 'worse').length, winnerIsDefaultLoss: tunedVerdicts.filter((v) => v === 'same loss').length,
    medianDifference: median(perSeed.map((s) => (s.difference as { mean: number } | undefined)?.mean ?? Number.NaN)),
    ashaTrialsPerMinute: median(perSeed.map((s) => s.ashaTrialsPerMinute as number)),
    seeds: perSeed,
  };
  rows.push(row);
}

console.log(`\n| task | median epochs to reach random's best / random's epochs | seeds within 1/3 | vs default: better / no clear answer / worse | median test Δ | vs default at the searched lr/wd: better / n.c.a. / worse / winner is the default loss | ASHA+TPE trials/min |`);
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.title} | ${fmt(row.medianReachFraction as number)} | ${row.reachedWithinThird}/${SEEDS.length} | ${row.better} / ${row.same} / ${row.worse} | ${fmt(row.medianDifference as number)} (${row.metric}) | ${row.tunedBetter} / ${row.tunedSame} / ${row.tunedWorse} / ${row.winnerIsDefaultLoss} | ${fmt(row.ashaTrialsPerMinute as number)} |`);
}

writeFileSync(new URL(SPACE === 'families' ? './search-results.json' : `./search-results-${SPACE}.json`, import.meta.url), `${JSON.stringify({
  machine: { cores: cpus().length, available: availableParallelism(), loadAverage: loadavg() }, seeds: SEEDS, randomTrials: RANDOM_TRIALS, folds: FOLDS, space: SPACE, tasks: rows,
}, null, 1)}\n`);
