import { compareLosses, formatComparisonTable, type ComparisonResult, type LossChoice } from '../../compare/index.js';
import { loadTable } from '../../data/index.js';
import type { Task } from '../../data/types.js';
import { History, diagnose, type Finding } from '../../monitor/index.js';
import { renderReport, renderTerminalChart } from '../../report/index.js';
import { UsageError, parse, parseOptionPair, type Command } from '../args.js';
import { diagnosisLines } from '../diagnosis-text.js';
import { SILENT_IO, progressHooks, type CommandIO } from '../progress.js';
import { writeFileAtomic } from '../write-file.js';
import { oneOf, parseFraction, parseNumber, withoutUndefined } from '../flags.js';

const USAGE = `Usage: losskit compare --dataset NAME --losses a,b,c [options]
       losskit compare --data FILE --target COLUMN --losses a,b,c [options]

Trains one model per loss on identical data and initialisation, prints a table (final
train and validation loss, test metrics, best epoch, time), names the winner by the
task's test metric, charts the validation curves and diagnoses each run's curves
(overfitting, plateau, learning rate, ...; see 'losskit diagnose --help').

Data:
  --dataset NAME        an embedded dataset (boston, auto-mpg, penguins, penguins-chinstrap,
                        iris, mnist, mnist-binary, mnist-binary-0..9)
  --data FILE           your own .csv, .json (array of objects) or .jsonl file
  --target COLUMN       the column to predict (with --data)
  --task T              regression | binary | multiclass (with --data; inferred if omitted)
  --outliers P          corrupt P of the training targets (regression), e.g. 10% or 0.1
  --imbalance P         keep only P of the training rows of --imbalance-class (default class 1)
  --imbalance-class K   the class to subsample
  --max-rows N          use a seeded subsample of N rows
Losses:
  --losses LIST         comma-separated registry names, each optionally with options:
                        huber:delta=2, cross-entropy:labelSmoothing=0.1,
                        bce-with-logits:posWeight=balanced (balanced: from the class counts)
Model and training:
  --model linear|mlp    (default linear)      --hidden 64[,32]   (mlp; default 32)
  --activation relu|tanh                      --optimizer adam|sgd (default adam)
  --lr X  --momentum X  --weight-decay X  --batch-size N  --epochs N  --seed N
  --precision float32|float64   (default float32: WebAssembly SIMD kernels; float64: the
                        TypeScript reference)
Output:
  --json                the full result as JSON on stdout (no progress, no table), each run
                        with its diagnosis (the findings of losskit diagnose)
  --report FILE         also write a self-contained HTML report
  -h, --help`;

const OPTIONS = {
  dataset: { type: 'string' }, data: { type: 'string' }, target: { type: 'string' }, task: { type: 'string' },
  losses: { type: 'string' }, outliers: { type: 'string' }, imbalance: { type: 'string' },
  'imbalance-class': { type: 'string' }, 'max-rows': { type: 'string' },
  model: { type: 'string' }, hidden: { type: 'string' }, activation: { type: 'string' }, optimizer: { type: 'string' },
  lr: { type: 'string' }, momentum: { type: 'string' }, 'weight-decay': { type: 'string' },
  'batch-size': { type: 'string' }, epochs: { type: 'string' }, seed: { type: 'string' }, precision: { type: 'string' },
  json: { type: 'boolean' }, report: { type: 'string' },
} as const;

/** 'huber:delta=2' -> { loss: 'huber', options: { delta: 2 } }. */
export function parseLossList(text: string): LossChoice[] {
  const items = text.split(',').map((item) => item.trim()).filter(Boolean);
  if (!items.length) throw new UsageError('compare: --losses needs at least one loss name');
  return items.map((item) => {
    const [loss = '', ...pairs] = item.split(':');
    if (!pairs.length) return loss;
    return { loss, options: Object.fromEntries(pairs.map((pair) => parseOptionPair(pair))) };
  });
}

/** Table, validation-curve chart and winner line of one comparison. */
export function comparisonText(result: ComparisonResult): string {
  const chart = renderTerminalChart(result.runs.map((run) => ({ label: run.label, values: run.history.map((r) => r.validationLoss) })));
  return `${formatComparisonTable(result)}\n\nValidation loss by epoch (each curve divided by its first value):\n${chart}`;
}

/** `diagnose` on each run's epoch records, in run order. */
export function diagnoseRuns(result: ComparisonResult): Finding[][] {
  return result.runs.map((run) => diagnose(History.fromEpochs(run.history)));
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'train one model per loss on the same data and compare them',
  usage: USAGE,
  run(args, io: CommandIO = SILENT_IO) {
    const { values: v, positionals } = parse('compare', args, OPTIONS);
    const text = (name: keyof typeof OPTIONS) => v[name] as string | undefined;
    if (positionals.length) throw new UsageError(`compare: unexpected argument '${positionals[0]}'; see 'losskit compare --help'`);
    if (!text('losses')) throw new UsageError("compare: --losses is required (e.g. --losses mse,mae,huber); see 'losskit compare --help'");
    if (!text('dataset') === !text('data')) throw new UsageError('compare: give exactly one of --dataset NAME or --data FILE');
    if (text('data') && !text('target')) throw new UsageError('compare: --data needs --target COLUMN');
    const notes: string[] = [];
    let dataset: Parameters<typeof compareLosses>[0]['dataset'] = text('dataset') ?? '';
    if (text('data')) {
      const task = oneOf<Task>('--task', text('task'), ['regression', 'binary', 'multiclass']);
      const table = loadTable(text('data') ?? '', { target: text('target') ?? '', ...withoutUndefined({ task }) });
      for (const note of table.notes) notes.push(note);
      dataset = table;
    }
    const hidden = text('hidden')?.split(',').map((size) => parseNumber('--hidden', size, true) ?? 0);
    const options = {
      dataset,
      losses: parseLossList(text('losses') ?? ''),
      ...withoutUndefined({
      outliers: text('outliers') === undefined ? undefined : parseFraction('--outliers', text('outliers') ?? ''),
      imbalance: text('imbalance') === undefined ? undefined : parseFraction('--imbalance', text('imbalance') ?? ''),
      imbalanceClass: parseNumber('--imbalance-class', text('imbalance-class'), true),
      maxRows: parseNumber('--max-rows', text('max-rows'), true),
      model: oneOf('--model', text('model'), ['linear', 'mlp'] as const),
      hidden,
      activation: oneOf('--activation', text('activation'), ['relu', 'tanh'] as const),
      optimizer: oneOf('--optimizer', text('optimizer'), ['adam', 'sgd'] as const),
      learningRate: parseNumber('--lr', text('lr')),
      momentum: parseNumber('--momentum', text('momentum')),
      weightDecay: parseNumber('--weight-decay', text('weight-decay')),
      batchSize: parseNumber('--batch-size', text('batch-size'), true),
      epochs: parseNumber('--epochs', text('epochs'), true),
      seed: parseNumber('--seed', text('seed'), true),
      precision: oneOf('--precision', text('precision'), ['float32', 'float64'] as const),
      }),
    };
    const json = v.json === true;
    const result = compareLosses(options, json ? {} : progressHooks(io));
    const report = text('report');
    if (report) writeFileAtomic(report, renderReport([result], { title: `losskit compare: ${result.title}` }));
    const diagnoses = diagnoseRuns(result);
    if (json) return `${JSON.stringify({ ...result, runs: result.runs.map((run, i) => ({ ...run, diagnosis: diagnoses[i] })) })}\n`;
    const diagnosis = result.runs.flatMap((run, i) => diagnosisLines(run.label, diagnoses[i]).map((line) => `  ${line}`));
    const lines = [...notes.map((note) => `note: ${note}`), comparisonText(result), '', 'Diagnosis (as losskit diagnose reads each run; epochs from 1):', ...diagnosis];
    if (report) lines.push(`Report written to ${report}`);
    return `${lines.join('\n')}\n`;
  },
};
