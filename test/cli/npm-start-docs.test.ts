/**
 * What `npm start` runs, said in four places that must agree: package.json's start script, the
 * CLI's help (`losskit --help`, `losskit demo --help`), the demo's definition (DEMO_COMPARISONS)
 * and the README ("The two commands"). test/cli.test.ts runs the demo itself and checks the
 * README's model count against what it printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARE_DEFAULTS, DEMO_COMPARISONS } from '../../src/compare/index.js';
import { DEFAULT_DEMO_REPORT } from '../../src/cli/commands/demo.js';
import { ok } from '../support/cli.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

/** The README paragraph that starts with `npm start` runs ..., up to the next heading. */
const startSection = (() => {
  const start = README.indexOf('`npm start` runs `losskit demo`');
  return start < 0 ? '' : README.slice(start, README.indexOf('\n#', start));
})();

/** Models the demo trains: every loss of every comparison on every fold of every repeat. */
const DEMO_MODELS = DEMO_COMPARISONS.reduce((n, c) =>
  n + c.losses.length * (c.folds ?? COMPARE_DEFAULTS.folds) * (c.repeats ?? COMPARE_DEFAULTS.repeats), 0);

describe('npm start, the help and the README agree', () => {
  it('npm start builds (only what changed) and runs losskit demo, nothing else', () => {
    expect(PACKAGE.scripts['start']).toBe('node scripts/build.mjs && node dist/cli/main.js demo');
  });

  it('the help says demo is what npm start runs, and lists the comparisons the demo runs', async () => {
    const main = await ok('--help');
    expect(main).toMatch(/^ {2}demo {2,}.*\(npm start\)$/m);
    expect(main.match(/npm start/g)).toHaveLength(1);
    const demo = await ok('demo', '--help');
    expect(demo).toContain("('npm start' runs it)");
    expect(demo).toContain(`${NUMBER_WORDS[DEMO_COMPARISONS.length]} comparisons`);
    expect(demo).toContain(`default ${DEFAULT_DEMO_REPORT}`);
    DEMO_COMPARISONS.forEach((comparison, i) => expect(demo).toContain(`  ${i + 1}. ${comparison.title}\n`));
  });

  it('the README says the same: losskit demo, the comparisons in order, the report, the model count', () => {
    expect(startSection).not.toBe('');
    expect(README).toMatch(new RegExp(`^npm start +# the main job: .*write ${DEFAULT_DEMO_REPORT.replace('.', '\\.')}$`, 'm'));
    expect(README).toMatch(/^npx losskit demo +# what npm start runs$/m);
    expect(startSection).toContain(`${NUMBER_WORDS[DEMO_COMPARISONS.length]} comparisons`);
    const listed = [...startSection.matchAll(/^(\d+)\. (.+)$/gm)].map((m) => `${m[1]}. ${m[2]}`);
    expect(listed).toEqual(DEMO_COMPARISONS.map((comparison, i) => `${i + 1}. ${comparison.title}`));
    for (const comparison of DEMO_COMPARISONS) {
      for (const loss of comparison.losses) expect(startSection.replace(/\s+/g, ' ')).toContain(typeof loss === 'string' ? loss : loss.loss);
    }
    expect(startSection).toContain(DEFAULT_DEMO_REPORT);
    expect(startSection).toContain(`${COMPARE_DEFAULTS.folds} cross-validation folds`);
    expect(startSection).toContain(`It trains ${DEMO_MODELS} models`);
  });
});
