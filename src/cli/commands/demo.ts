import { DEMO_COMPARISONS, failureWarnings, runDemo } from '../../compare/index.js';
import { renderReport } from '../../report/index.js';
import { UsageError, parse, type Command } from '../args.js';
import { checkDestination } from '../check-destination.js';
import { SILENT_IO, progressHooks, type CommandIO } from '../progress.js';
import { writeFileAtomic } from '../write-file.js';
import { comparisonText } from './compare.js';

export const DEFAULT_DEMO_REPORT = 'losskit-report.html';

const USAGE = `Usage: losskit demo [--report FILE] [--seed N] [--json]

The main job, on embedded real data ('npm start' runs it): three comparisons that put
the article's claims to the test with 5-fold cross-validation, printed as tables (every
metric as mean ± 95 % interval) with each claim marked held, reversed or not shown, and
written to one HTML report.
${DEMO_COMPARISONS.map((c, i) => `  ${i + 1}. ${c.title ?? datasetName(c.dataset)}`).join('\n')}

Options:
  --report FILE   where to write the report (default ${DEFAULT_DEMO_REPORT})
  --seed N        seed for the splits and initialisation (default 1)
  --json          the three results as JSON on stdout (no progress, no tables)
  -h, --help`;

export const demoCommand: Command = {
  name: 'demo',
  summary: 'train and compare losses on embedded data, write losskit-report.html (npm start)',
  usage: USAGE,
  run(args, io: CommandIO = SILENT_IO) {
    const { values, positionals } = parse('demo', args, { report: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length) throw new UsageError(`demo: unexpected argument '${positionals[0]}'; see 'losskit demo --help'`);
    const seedText = values.seed as string | undefined;
    const seed = seedText === undefined ? undefined : Number(seedText);
    if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError(`demo: --seed must be an integer, received '${seedText}'`);
    const json = values.json === true;
    const report = (values.report as string | undefined) ?? DEFAULT_DEMO_REPORT;
    checkDestination('demo', '--report', report);
    const started = performance.now();
    const results = runDemo(json ? {} : {
      ...progressHooks(io),
      onComparisonStart: (index, total, options) => io.progress(`\n${index + 1}/${total}: ${options.title ?? datasetName(options.dataset)}\n`),
    }, seed);
    for (const warning of results.flatMap(failureWarnings)) io.progress(`${warning}\n`);
    writeFileAtomic(report, renderReport(results, { title: 'losskit demo: what a loss does to training' }));
    if (json) return `${JSON.stringify(results)}\n`;
    const seconds = (performance.now() - started) / 1000;
    const sections = results.map((result, i) => `${'='.repeat(78)}\n${i + 1}. ${comparisonText(result)}`);
    const models = results.reduce((n, r) => n + r.runs.length * r.evaluation.evaluations, 0);
    const claims = results.flatMap((result) => result.claims ?? []).map((claim) => `  ${claim.outcome.toUpperCase()}: ${claim.text}`);
    const folds = results[0]?.evaluation.folds ?? 0;
    return `${sections.join('\n\n')}\n\n${'='.repeat(78)}\nThe article's claims, checked with ${folds}-fold cross-validation:\n${claims.join('\n')}\n\n`
      + `Trained ${models} models in ${seconds.toFixed(1)} s. Report written to ${report}\n`;
  },
};

/** A comparison's dataset as the help and progress lines name it. */
function datasetName(dataset: string | { readonly name: string }): string {
  return typeof dataset === 'string' ? dataset : dataset.name;
}
