/**
 * Issue 11, item 12: a repeated flag silently took the last value (`--reduction sum
 * --reduction mean` computed the mean). Now it is an error, except for list flags
 * (--threshold, --option), which collect every value.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { COMMANDS } from '../../src/cli/args.js';
import { fails, ok } from '../support/cli.js';

/** One repeated single-value flag per command ('no flags' for a command that takes none). */
const REPEATED: Record<string, string[] | 'no flags'> = {
  list: ['list', '--family', 'regression', '--family', 'margin'],
  explain: ['explain', 'mse', '--json', '--json'],
  compute: ['compute', 'mse', '--input', '[1]', '--target', '[2]', '--reduction', 'sum', '--reduction', 'mean'],
  compare: ['compare', '--dataset', 'boston', '--losses', 'mse', '--losses', 'mae'],
  search: ['search', '--dataset', 'boston', '--budget', '4', '--budget', '40'],
  worker: ['worker', '--redis', 'redis://a', '--redis', 'redis://b'],
  diagnose: ['diagnose', 'logs', '--smoothing', '0.1', '--smoothing=0.5'],
  demo: ['demo', '--seed', '1', '--seed', '2'],
  tour: 'no flags',
  explore: ['explore', '--out', 'a.html', '--out', 'b.html'],
};

describe('repeated flags', () => {
  it('every command is covered', () => {
    expect(COMMANDS.filter((command) => command !== 'help' && !(command in REPEATED))).toEqual([]);
  });

  for (const [command, argv] of Object.entries(REPEATED)) {
    if (argv === 'no flags') continue;
    it(`${command}: a single-value flag given twice is an error naming both values`, async () => {
      const stderr = await fails(...argv);
      expect(stderr).toMatch(new RegExp(`^losskit: ${command}: --[a-z-]+ is given twice \\(.+, then .+\\); give it once\\n$`));
    });
  }

  it('list flags collect every value', async () => {
    const out = await ok('compute', 'huber', '--input', '[1]', '--target', '[3]', '--option', 'delta=1', '-o', 'reduction=sum', '--json');
    expect(JSON.parse(out).value).toBe(1.5);
    const result = await runCli(['diagnose', 'missing-logs', '--threshold', 'smoothingWeight=0.5', '--threshold', 'smoothingWeight=0.7']);
    expect(result.stderr).not.toMatch(/given twice/);
  });
});
