/**
 * The I/O attack's counts: tried / handled / bad per area (readers, writers, CLI).
 *
 *   npx tsx test/attack/io/report.ts [--root CHECKOUT] [--bad out.txt] [--json out.json] [--timeout MS] [--light]
 *
 * Every fixture, the heavy ones too (10^6 points, a 70 MB line; --light leaves them out, as
 * `npm test` does).
 * --root attacks another checkout's src/ (the before counts of the closing note). The
 * standing test is test/attack/io-attack.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeFixtures } from './cases.js';
import { formatTally, runIsolated } from './runner.js';

const { values } = parseArgs({
  options: { root: { type: 'string' }, bad: { type: 'string' }, json: { type: 'string' }, timeout: { type: 'string', default: '60000' }, light: { type: 'boolean', default: false } },
});
const full = !values.light;
const libraryRoot = resolve(values.root ?? fileURLToPath(new URL('../../..', import.meta.url)));
const fixtureRoot = mkdtempSync(join(tmpdir(), 'losskit-attack-io-'));
const started = performance.now();
try {
  makeFixtures(fixtureRoot, full);
  const summary = await runIsolated({
    libraryRoot, fixtureRoot, timeoutMs: Number(values.timeout), full,
    onResult: (r, i) => {
      if (r.verdict !== 'handled' && r.verdict !== 'absent') process.stderr.write(`#${i} ${r.verdict}: ${r.area} ${r.target}: ${r.label} — ${r.detail}\n`);
    },
  });
  console.log(`attacked: ${libraryRoot}\n${formatTally(summary)}\n${summary.results.length} cases in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const bad = summary.results.filter((r) => r.verdict !== 'handled' && r.verdict !== 'absent');
  if (values.bad) writeFileSync(values.bad, bad.map((r) => `${r.area}\t${r.target}\t${r.verdict}\t${r.label}\t${r.detail}`).join('\n') + '\n');
  if (values.json) writeFileSync(values.json, JSON.stringify(summary));
} finally {
  rmSync(fixtureRoot, { recursive: true, force: true });
}
