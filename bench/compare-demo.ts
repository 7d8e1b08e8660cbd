/**
 * Times the three demo comparisons (training only; no build, no report) and prints their tables.
 *
 *   npx tsx bench/compare-demo.ts
 */
import { formatComparisonTable, runDemo } from '../src/compare/index.js';

const started = performance.now();
const results = runDemo({
  onComparisonEnd: (index, total, result) => {
    const seconds = result.runs.reduce((sum, run) => sum + run.seconds, 0);
    console.log(`[${index + 1}/${total}] ${result.title}: ${seconds.toFixed(1)} s of training\n`);
    console.log(`${formatComparisonTable(result)}\n`);
  },
});
console.log(`${results.length} comparisons in ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${(process.cpuUsage().user / 1e6).toFixed(1)} s CPU (one thread; includes loading MNIST)`);
