/**
 * One child of the I/O attack runner: `node --import tsx child.ts <libraryRoot> <fixtureRoot>
 * <start> full|light` runs the cases from `start` on, printing one JSON line per case.
 */
import { allCases } from './cases.js';
import { loadLibrary } from './targets.js';

const [libraryRoot, fixtureRoot, startText, weight] = process.argv.slice(2);
if (!libraryRoot || !fixtureRoot) throw new Error('usage: child.ts <libraryRoot> <fixtureRoot> <start> full|light');
const library = await loadLibrary(libraryRoot);
const cases = allCases(weight === 'full');
const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);
say({ index: -1, ready: true });
for (let index = Number(startText ?? 0); index < cases.length; index++) {
  const c = cases[index];
  if (c.unavailable !== undefined) {
    say({ index, unavailable: c.unavailable });
    continue;
  }
  try {
    say({ index, result: await c.run(library, fixtureRoot) });
  } catch (error) {
    // The case's own checks failed: a defect of the attacked code that escaped the judge.
    say({ index, result: { area: c.area, target: c.target, label: c.label, verdict: 'untyped-error', detail: `escaped: ${(error as Error).message}`.slice(0, 200) } });
  }
}
process.exit(0);
