/**
 * The attack suite's report: tried / handled / bad per area, and the bad cases.
 *
 *   npm run attack -- [--each] [--json out.json] [--bad out.txt] [--only name,...]
 *   (ATTACK_FULL=1 npm run attack: every reduction in every call form, WASM from the default point too)
 *
 * --each guards every case with its own 2 s watchdog (slower; use it on code that may hang,
 * where one batch limit would cost minutes per hang). The standing test is attack.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { listLosses } from '../../src/index.js';
import { threadResults } from './cases-threads.js';
import type { Result } from './engine.js';
import { attackAllocator, attackEntry, formatTally, type RunLimits } from './suite.js';

const { values } = parseArgs({
  options: { each: { type: 'boolean', default: false }, json: { type: 'string' }, bad: { type: 'string' }, only: { type: 'string' } },
});
const limits: RunLimits = values.each ? { perCaseMs: 2000 } : { batchMs: 300_000 };
const only = values.only ? new Set(values.only.split(',')) : null;
const started = performance.now();
const results: Result[] = [];
for (const entry of listLosses()) {
  if (only && !only.has(entry.name)) continue;
  const t0 = performance.now();
  const r = attackEntry(entry, limits);
  results.push(...r);
  const bad = r.filter((x) => x.verdict !== 'handled').length;
  process.stderr.write(`${entry.name}: ${r.length} cases, ${bad} bad (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
}
if (!only) {
  results.push(...attackAllocator(limits));
  results.push(...await threadResults());
}
console.log(formatTally(results));
console.log(`\n${results.length} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const badOnes = results.filter((r) => r.verdict !== 'handled');
if (values.bad) writeFileSync(values.bad, badOnes.map((r) => `${r.area}\t${r.target}\t${r.verdict}\t${r.label}\t${r.detail}`).join('\n') + '\n');
if (values.json) writeFileSync(values.json, JSON.stringify(results));
process.exit(0);
