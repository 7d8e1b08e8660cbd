import { accessSync, constants } from 'node:fs';
import { readTextFileSync } from '../../io/index.js';
import { dirname, extname, resolve } from 'node:path';
import type { Task } from '../../data/types.js';
import {
  DEFAULT_BUDGET, JournalError, formatSearchResult, searchLosses, trialLine, trialSummary, type DataSpec, type SearchOptions, type SearchResult, type TaskSpec,
} from '../../search/index.js';
import { formatMetric } from '../../compare/index.js';
import { renderSearchReport } from '../../report/index.js';
import { UsageError, parse, type Command } from '../args.js';
import { oneOf, parseFraction, parseNumber, withoutUndefined } from '../flags.js';
import { SILENT_IO, type CommandIO } from '../progress.js';
import { writeFileAtomic } from '../write-file.js';
import { searchExecutor } from './search-executors.js';

const USAGE = `Usage: losskit search --dataset NAME [options]
       losskit search --data FILE --target COLUMN [options]

Searches for the loss (and its options, learning rate and weight decay) that trains the best
model on your data: every registered loss that fits the task (families), or loss formulas
(PolyLoss-style coefficients, expression trees checked before training), or both; sampled by
TPE and cut short by asynchronous successive halving (ASHA), or plain random search. Trials
are chosen on the validation rows only. At the end the winner, the task's default loss
(mse / bce / cross-entropy) and the default loss at the winner's learning rate are
cross-validated as 'losskit compare' does; the verdict (corrected resampled t-test) says
better, worse, or no clear answer.

Data (as in 'losskit compare'):
  --dataset NAME | --data FILE --target COLUMN [--task T]
  --outliers P  --imbalance P  --imbalance-class K  --max-rows N
Search:
  --budget N            trials in the study (default ${DEFAULT_BUDGET}, or unlimited with --time)
  --time D              stop starting trials after D (90s, 10m, 1.5h)
  --space S             families (default) | formula | both (formula: custom-loss formulas;
                        rejected candidates cost no training and no budget)
  --algorithm A         asha-tpe (default) | random (the baseline: no pruning)
  --epochs N            epochs of a full trial (default 27: rungs at 3, 9)
  --first-rung N        epochs before ASHA's first decision (default 3; then × 3)
  --workers N           trials at once, in worker threads (default 1: this thread);
                        with --redis, trials queued or running at once (default 4)
  --journal FILE        append every trial to FILE (JSONL, fsync'd); --resume continues it
  --resume              continue the study in --journal (or in Redis)
  --redis URL           run trials on 'losskit worker --redis URL' processes (BullMQ),
                        on this or other machines; the journal lives in Redis too
  --queue NAME          the queue (and study) in Redis (default losskit-search)
  --folds K             folds of the final comparison (default 5; 0 skips it)
  --repeats R           repeats of those folds (default 1)
  --seed N              split, initialisation and sampling seed (default 1)
Model (shared by every trial; the search tunes the learning rate and weight decay):
  --model linear|mlp  --hidden 64[,32]  --activation relu|tanh  --optimizer adam|sgd
  --momentum X  --batch-size N
  --lr X  --weight-decay X   the default loss's settings in the final comparison
Output:
  --json                the whole study and verdict as JSON on stdout
  --report FILE         a self-contained HTML report
  --with-random         also run random search on the same budget, drawn beside ASHA + TPE
                        in the report (as the baseline the search should beat)
  -h, --help`;

const OPTIONS = {
  dataset: { type: 'string' }, data: { type: 'string' }, target: { type: 'string' }, task: { type: 'string' },
  outliers: { type: 'string' }, imbalance: { type: 'string' }, 'imbalance-class': { type: 'string' }, 'max-rows': { type: 'string' },
  budget: { type: 'string' }, time: { type: 'string' }, space: { type: 'string' }, algorithm: { type: 'string' },
  epochs: { type: 'string' }, workers: { type: 'string' }, journal: { type: 'string' }, resume: { type: 'boolean' },
  redis: { type: 'string' }, queue: { type: 'string' }, repeats: { type: 'string' }, folds: { type: 'string' }, seed: { type: 'string' },
  'first-rung': { type: 'string' },
  model: { type: 'string' }, hidden: { type: 'string' }, activation: { type: 'string' }, optimizer: { type: 'string' },
  momentum: { type: 'string' }, 'batch-size': { type: 'string' }, lr: { type: 'string' }, 'weight-decay': { type: 'string' },
  json: { type: 'boolean' }, report: { type: 'string' }, 'with-random': { type: 'boolean' },
} as const;

export const DEFAULT_SEARCH_EPOCHS = 27;
const TABLE_FORMATS: Readonly<Record<string, 'csv' | 'json' | 'jsonl'>> = { '.csv': 'csv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** '90s', '10m', '1.5h' or plain seconds -> seconds. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|min)?\s*$/.exec(text);
  const scale = { s: 1, m: 60, min: 60, h: 3600 } as const;
  const seconds = match ? Number(match[1]) * scale[(match[2] ?? 's') as keyof typeof scale] : Number.NaN;
  if (!(seconds > 0)) throw new UsageError(`search: --time must be a duration such as 90s, 10m or 1.5h, received '${text}'`);
  return seconds;
}

function dataSpec(text: (name: keyof typeof OPTIONS) => string | undefined): DataSpec {
  if (!text('dataset') === !text('data')) throw new UsageError('search: give exactly one of --dataset NAME or --data FILE');
  const dataset = text('dataset');
  if (dataset) return { kind: 'embedded', name: dataset };
  const file = text('data') ?? '';
  const target = text('target');
  if (!target) throw new UsageError('search: --data needs --target COLUMN');
  const format = TABLE_FORMATS[extname(file).toLowerCase()];
  if (!format) throw new UsageError(`search: ${file}: unknown file type; expected one of ${Object.keys(TABLE_FORMATS).join(', ')}`);
  // The table travels to the workers as text; read it as a regular file only (a FIFO or /dev/zero would hang or fill memory).
  let contents = '';
  readTextFileSync(file, (path, message) => new UsageError(`search: ${path}: ${message}`), (chunk) => {
    contents += chunk;
  });
  const task = oneOf<Task>('--task', text('task'), ['regression', 'binary', 'multiclass'], 'search');
  return { kind: 'table', file, format, text: contents, target, ...(task ? { task } : {}) };
}

/** The search's options from the command line (exported for `losskit worker` tests and the bench). */
export function searchOptions(args: readonly string[]): { options: SearchOptions; json: boolean; withRandom: boolean; report?: string; redis?: string; queue?: string; workers: number | undefined } {
  const { values: v, positionals } = parse('search', args, OPTIONS);
  const text = (name: keyof typeof OPTIONS) => v[name] as string | undefined;
  if (positionals.length) throw new UsageError(`search: unexpected argument '${positionals[0]}'; see 'losskit search --help'`);
  const number = (flag: string, name: keyof typeof OPTIONS, integer = false) => parseNumber(flag, text(name), integer, 'search');
  const fraction = (flag: string, name: keyof typeof OPTIONS) => (text(name) === undefined ? undefined : parseFraction(flag, text(name) ?? '', 'search'));
  const workers = number('--workers', 'workers', true);
  if (workers !== undefined && workers < 1) throw new UsageError(`search: --workers must be an integer >= 1, received '${text('workers')}'`);
  const budget = number('--budget', 'budget', true);
  if (budget !== undefined && budget < 1) throw new UsageError(`search: --budget must be an integer >= 1, received '${text('budget')}'`);
  const folds = number('--folds', 'folds', true);
  if (folds !== undefined && (folds < 0 || folds === 1)) throw new UsageError(`search: --folds must be 0 (no final comparison) or an integer >= 2, received '${text('folds')}'`);
  const repeats = number('--repeats', 'repeats', true);
  if (repeats !== undefined && repeats < 1) throw new UsageError(`search: --repeats must be an integer >= 1, received '${text('repeats')}'`);
  const firstRung = number('--first-rung', 'first-rung', true);
  if (firstRung !== undefined && firstRung < 1) throw new UsageError(`search: --first-rung must be an integer >= 1, received '${text('first-rung')}'`);
  const epochs = number('--epochs', 'epochs', true) ?? DEFAULT_SEARCH_EPOCHS;
  if (epochs < 1) throw new UsageError(`search: --epochs must be an integer >= 1, received '${text('epochs')}'`);
  if (v.resume === true && !text('journal') && !text('redis')) throw new UsageError('search: --resume needs --journal FILE (or --redis URL) holding the study');
  const hidden = text('hidden')?.split(',').map((size) => parseNumber('--hidden', size, true, 'search') ?? 0);
  const task: TaskSpec = {
    data: dataSpec(text),
    prepare: withoutUndefined({
      outliers: fraction('--outliers', 'outliers'), imbalance: fraction('--imbalance', 'imbalance'),
      imbalanceClass: number('--imbalance-class', 'imbalance-class', true), maxRows: number('--max-rows', 'max-rows', true),
    }),
    train: {
      epochs,
      ...withoutUndefined({
        model: oneOf('--model', text('model'), ['linear', 'mlp'] as const, 'search'), hidden,
        activation: oneOf('--activation', text('activation'), ['relu', 'tanh'] as const, 'search'),
        optimizer: oneOf('--optimizer', text('optimizer'), ['adam', 'sgd'] as const, 'search'),
        momentum: number('--momentum', 'momentum'), batchSize: number('--batch-size', 'batch-size', true),
      }),
    },
    seed: number('--seed', 'seed', true) ?? 1,
  };
  const options: SearchOptions = {
    task,
    algorithm: oneOf('--algorithm', text('algorithm'), ['asha-tpe', 'random'] as const, 'search') ?? 'asha-tpe',
    space: oneOf('--space', text('space'), ['families', 'formula', 'both'] as const, 'search') ?? 'families',
    ...withoutUndefined({
      budget, folds, repeats, journal: text('journal'), asha: firstRung === undefined ? undefined : { minResource: firstRung }, resume: v.resume === true ? true : undefined,
      timeLimitSeconds: text('time') === undefined ? undefined : parseDuration(text('time') ?? ''),
    }),
    baseline: withoutUndefined({ learningRate: number('--lr', 'lr'), weightDecay: number('--weight-decay', 'weight-decay') }),
  };
  return { options, json: v.json === true, withRandom: v['with-random'] === true, workers, ...withoutUndefined({ report: text('report'), redis: text('redis'), queue: text('queue') }) };
}

const BAR_WIDTH = 24;

function checkWritable(path: string): void {
  try {
    accessSync(dirname(resolve(path)), constants.W_OK);
  } catch {
    throw new UsageError(`search: cannot write --report ${path}: its folder does not exist or is not writable`);
  }
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'search for the loss that trains the best model on your data, and test it against the default',
  usage: USAGE,
  async run(args, io: CommandIO = SILENT_IO) {
    const { options, json, report, redis, queue, workers, withRandom } = searchOptions(args);
    // A report that cannot be written should fail now, not after an hour of trials.
    if (report) checkWritable(report);
    const quiet = json ? SILENT_IO : io;
    let best: number | undefined;
    const total = options.budget ?? (options.timeLimitSeconds === undefined ? DEFAULT_BUDGET : undefined);
    try {
      const result = await searchLosses({ ...options, ...(await searchExecutor({ workers, redis, queue, resume: options.resume === true })) }, {
        onStart: ({ resumed, workers: n, spaceDescription }) => {
          quiet.progress(`search: ${spaceDescription}; ${n} worker${n === 1 ? '' : 's'}${resumed ? `; ${resumed} trials read back` : ''}\n`);
        },
        onTrial: (record, study) => {
          best = study.best()?.value;
          const metric = study.spec.metric;
          if (quiet.isTTY) {
            const done = study.finished.length - study.rejected;
            const filled = total ? Math.round((BAR_WIDTH * Math.min(done, total)) / total) : 0;
            const bar = total ? `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total}` : `${done} trials`;
            quiet.progress(`\r\u001b[2K${bar} trials, best ${metric} ${best === undefined ? '-' : best.toPrecision(4)}`);
          } else if (!record.rejected) {
            // Rejected formula candidates are many and cost nothing: counted in the summary, not one line each.
            quiet.progress(`${trialLine(record, metric, total, best, study.finished.length - study.rejected)}\n`);
          }
        },
        onFinalProgress: (done, all) => {
          if (done === 1) quiet.progress(`${quiet.isTTY ? '\n' : ''}final comparison: cross-validating the winner and the default loss (${all} models)\n`);
        },
      });
      let baseline: SearchResult | undefined;
      if (withRandom) {
        quiet.progress('random-search baseline on the same budget\n');
        const { journal: _journal, resume: _resume, ...rest } = options;
        baseline = await searchLosses({ ...rest, algorithm: 'random', folds: 0 });
      }
      if (report) writeFileAtomic(report, renderSearchReport(result, baseline ? { baseline } : {}));
      if (json) return `${JSON.stringify(baseline ? { ...result, randomBaseline: baseline } : result)}\n`;
      const baselineLine = baseline ? `\nRandom search on the same budget: ${trialSummary(baseline)}; best validation ${baseline.spec.metric} ${baseline.best ? formatMetric(baseline.best.value) : '-'}` : '';
      return `${formatSearchResult(result)}${baselineLine}${report ? `\nReport written to ${report}` : ''}\n`;
    } catch (error) {
      if (error instanceof JournalError) throw new UsageError(`search: ${error.message}`);
      throw error;
    }
  },
};
