import {
  COMPARE_DEFAULTS, compareLosses, failureWarnings, formatComparisonTable, type ComparisonResult, type ComparisonRun, type LossChoice,
} from '../../compare/index.js';
import { loadTable } from '../../data/index.js';
import type { Task } from '../../data/types.js';
import { renderReport, renderTerminalChart } from '../../report/index.js';
import { UsageError, parse, parseOptionPair, type Command } from '../args.js';
import { checkDestination } from '../check-destination.js';
import { SILENT_IO, progressHooks, type CommandIO } from '../progress.js';
import { writeFileAtomic } from '../write-file.js';
import { oneOf, parseFraction, parseNumber, withoutUndefined } from '../flags.js';
import { customJson, isInlineCustom, loadLossFile, registerInlineCustom, splitLossList } from '../custom-losses.js';
import { getLoss } from '../../registry.js';

const USAGE = `Usage: losskit compare --dataset NAME --losses a,b,c [options]
       losskit compare --data FILE --target COLUMN --losses a,b,c [options]

Trains one model per loss on each of 5 cross-validation folds (stratified for
classification), every loss on the same rows from the same initialisation, with early
stopping on the validation loss. Prints each test metric as mean ± the half-width of its
95 % interval over the folds, next to a baseline that learned nothing (the training mean,
or the class prior). Names a winner only when a paired test (the Nadeau-Bengio corrected
resampled t-test) says it beats every other loss; otherwise 'no clear winner'. A run that
learned nothing (R² <= 0.05, or no better than the baseline) gets a warning and never
wins. Charts the validation curves and diagnoses each run's curves (see 'losskit diagnose').

Your own table (--data): a row is dropped only when its target is missing. Numeric gaps
are filled with the training median plus a 0/1 'COLUMN (missing)' indicator; text columns
with few values are one-hot encoded, with a '(missing)' category; identifiers (one distinct
integer per row, or an id-like name) and free text (names, tickets) are left out with a
note. Regression targets are standardised for training and predictions mapped back, so
metrics are in the target's units; Huber's delta and smooth-l1's beta are in target units.

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
  --features A,B,...    use exactly these columns (with --data; even an identifier or free text)
  --ignore A,B,...      leave these columns out (with --data)
Evaluation:
  --folds K             cross-validation folds (default ${COMPARE_DEFAULTS.folds}; at least 2)
  --repeats R           repeat the K folds R times with other shuffles (default ${COMPARE_DEFAULTS.repeats})
  --patience N          early stopping after N epochs without a better validation loss
                        (default ${COMPARE_DEFAULTS.patience}; 0 trains every epoch)
Losses:
  --losses LIST         comma-separated registry names, each optionally with options:
                        huber:delta=2, cross-entropy:labelSmoothing=0.1,
                        bce-with-logits:posWeight=balanced (balanced: from the class counts);
                        or a formula: custom:FORMULA[:name=value...], e.g.
                        'mse,custom:where(abs(input - target) < d, (input - target)^2,
                        abs(input - target)):d=0.5' (see docs/custom-losses.md)
  --loss-file FILE      custom losses to use by name: a .json list of definitions or a
                        .mjs module exporting them (repeatable)
Model and training:
  --model linear|mlp    (default linear)      --hidden 64[,32]   (mlp; default 32)
  --activation relu|tanh                      --optimizer adam|sgd (default adam)
  --lr X  --momentum X  --weight-decay X  --batch-size N  --seed N
  --epochs N            the most epochs per run (default ${COMPARE_DEFAULTS.epochs})
  --precision float32|float64   (default float32: WebAssembly SIMD kernels; float64: the
                        TypeScript reference)
Output:
  --json                the full result as JSON on stdout (no progress, no table), each run
                        with its per-fold metrics, intervals and diagnosis
  --report FILE         also write a self-contained HTML report (its folder is checked first)
  -h, --help`;

const OPTIONS = {
  dataset: { type: 'string' }, data: { type: 'string' }, target: { type: 'string' }, task: { type: 'string' },
  losses: { type: 'string' }, outliers: { type: 'string' }, imbalance: { type: 'string' },
  'imbalance-class': { type: 'string' }, 'max-rows': { type: 'string' },
  model: { type: 'string' }, hidden: { type: 'string' }, activation: { type: 'string' }, optimizer: { type: 'string' },
  lr: { type: 'string' }, momentum: { type: 'string' }, 'weight-decay': { type: 'string' },
  'batch-size': { type: 'string' }, epochs: { type: 'string' }, seed: { type: 'string' }, precision: { type: 'string' },
  features: { type: 'string' }, ignore: { type: 'string' }, folds: { type: 'string' }, repeats: { type: 'string' }, patience: { type: 'string' },
  json: { type: 'boolean' }, report: { type: 'string' }, 'loss-file': { type: 'string', multiple: true },
} as const;

/**
 * 'huber:delta=2' -> { loss: 'huber', options: { delta: 2 } }; 'custom:FORMULA:k=1' registers
 * the formula as the loss 'custom:FORMULA' and uses it with k = 1.
 */
export function parseLossList(text: string): LossChoice[] {
  const items = splitLossList(text);
  if (!items.length) throw new UsageError('compare: --losses needs at least one loss name');
  return items.map((item) => {
    if (isInlineCustom(item)) {
      const { entry, options } = registerInlineCustom(item);
      return Object.keys(options).length ? { loss: entry.name, options } : entry.name;
    }
    const [loss = '', ...pairs] = item.split(':');
    if (!pairs.length) return loss;
    return { loss, options: Object.fromEntries(pairs.map((pair) => parseOptionPair(pair))) };
  });
}

/** Table, verdict and the validation-curve chart (first fold) of one comparison. */
export function comparisonText(result: ComparisonResult): string {
  const chart = renderTerminalChart(result.runs.map((run) => ({ label: run.label, values: run.history.map((r) => r.validationLoss) })));
  return `${formatComparisonTable(result)}\n\nValidation loss by epoch, first fold (each curve divided by its first value):\n${chart}`;
}

/**
 * Lines of a run's diagnosis: each finding with how many folds showed it, and where some folds'
 * curves gave no clear answer, that statement with its count; 'no problems found' only when every
 * fold's curves said so.
 */
export function runDiagnosisLines(run: ComparisonRun, evaluations: number): string[] {
  const unclear = run.noClearAnswer === undefined ? [] : [`${run.label}: no clear answer (${run.noClearAnswer.evaluations} of ${evaluations} folds): ${run.noClearAnswer.message}`];
  if (run.diagnosis.length === 0 && unclear.length === 0) return [`${run.label}: no problems found`];
  return [...run.diagnosis.map((finding) => `${run.label}: ${finding.kind} (${finding.severity}, ${finding.evaluations} of ${evaluations} folds): ${finding.message}`), ...unclear];
}

/** 'a, b' -> ['a', 'b'] for a column-list flag. */
function columnList(flag: string, text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const names = text.split(',').map((name) => name.trim()).filter(Boolean);
  if (!names.length) throw new UsageError(`compare: ${flag} needs at least one column name`);
  return names;
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'train one model per loss on the same data and compare them',
  usage: USAGE,
  async run(args, io: CommandIO = SILENT_IO) {
    const { values: v, positionals } = parse('compare', args, OPTIONS);
    for (const file of (v['loss-file'] ?? []) as string[]) await loadLossFile(file);
    const text = (name: keyof typeof OPTIONS) => v[name] as string | undefined;
    if (positionals.length) throw new UsageError(`compare: unexpected argument '${positionals[0]}'; see 'losskit compare --help'`);
    if (!text('losses')) throw new UsageError("compare: --losses is required (e.g. --losses mse,mae,huber); see 'losskit compare --help'");
    if (!text('dataset') === !text('data')) throw new UsageError('compare: give exactly one of --dataset NAME or --data FILE');
    if (text('data') && !text('target')) throw new UsageError('compare: --data needs --target COLUMN');
    if (!text('data') && (text('features') || text('ignore'))) throw new UsageError('compare: --features and --ignore choose columns of a --data file');
    const report = text('report');
    // Before any training: a report that cannot be written fails now, not after minutes.
    if (report) checkDestination('compare', '--report', report);
    const notes: string[] = [];
    let dataset: Parameters<typeof compareLosses>[0]['dataset'] = text('dataset') ?? '';
    if (text('data')) {
      const task = oneOf<Task>('--task', text('task'), ['regression', 'binary', 'multiclass']);
      const features = columnList('--features', text('features'));
      const ignore = columnList('--ignore', text('ignore'));
      const table = loadTable(text('data') ?? '', { target: text('target') ?? '', ...withoutUndefined({ task, features, ignore }) });
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
      folds: parseNumber('--folds', text('folds'), true),
      repeats: parseNumber('--repeats', text('repeats'), true),
      patience: parseNumber('--patience', text('patience'), true),
      }),
    };
    const json = v.json === true;
    const result = compareLosses(options, json ? {} : progressHooks(io));
    if (report) writeFileAtomic(report, renderReport([result], { title: `losskit compare: ${result.title}`, notes }));
    // Loud on stderr too, so a --json pipeline or a skimmed log still shows them.
    for (const warning of failureWarnings(result)) io.progress(`${warning}\n`);
    const custom = [...new Set(result.runs.map((run) => run.loss))].map((name) => ({ name, ...customJson(getLoss(name)) })).filter((c) => 'formula' in c);
    if (json) return `${JSON.stringify({ ...result, notes, ...(custom.length ? { customLosses: custom } : {}) })}\n`;
    const warnings = custom.flatMap((c) => c.warnings ?? []).map((w) => `warning: ${w}`);
    const diagnosis = result.runs.flatMap((run) => runDiagnosisLines(run, result.evaluation.evaluations).map((line) => `  ${line}`));
    const lines = [...notes.map((note) => `note: ${note}`), ...warnings, comparisonText(result), '', 'Diagnosis (as losskit diagnose reads each run\'s curves, fold by fold; epochs from 1):', ...diagnosis];
    if (report) lines.push(`Report written to ${report}`);
    return `${lines.join('\n')}\n`;
  },
};
