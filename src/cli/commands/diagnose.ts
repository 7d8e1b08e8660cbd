import { readRun, readRuns, type RunLog } from '../../io/index.js';
import { DEFAULT_THRESHOLDS, History, TENSORBOARD_SMOOTHING_WEIGHT, diagnose, diagnosisAnswer, diagnosisSummary, isAdversarialTotal, isPerplexity, isPlaceholderLoss, isScoreNamedBySplit, noClearAnswer, type DiagnoseThresholds, type Series } from '../../monitor/index.js';
import { logFormatName, renderDiagnosisReport, type DiagnosedRun } from '../../report/index.js';
import { UsageError, distance, parse, type Command } from '../args.js';
import { findingsText, lossChartText, nonFiniteAsText, seriesSummary } from '../diagnosis-text.js';
import { writeFileAtomic } from '../write-file.js';

/** The thresholds with their defaults, wrapped for the help text. */
function thresholdList(): string {
  const items = Object.entries(DEFAULT_THRESHOLDS).map(([name, value]) => `${name}=${value}`);
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && line.length + item.length + 2 > 86) {
      lines.push(line);
      line = '';
    }
    line += `${line ? '  ' : ''}${item}`;
  }
  if (line) lines.push(line);
  return lines.map((text) => `  ${text}`).join('\n');
}

const USAGE = `Usage: losskit diagnose <file-or-dir>... [options]

Reads training logs and says what went wrong, or right: overfitting and a widening
train/validation gap, plateaus and underfitting, a learning rate too high (oscillation,
spikes) or too low, divergence and NaN/Inf, noisy validation loss, a run still improving
when it stopped. Each finding rests on a statistic that beats the curve's own noise (a
Mann-Kendall trend test, robust noise scale) and comes with its epochs or steps, effect
size, noise level, test statistic and a suggestion; the loss curves are charted.

Input:
  <file-or-dir>         a log file: Keras CSVLogger (.csv, .log) or history JSON (or its
                        Python repr), a pandas to_csv of a history, a JSON list of per-epoch
                        records, a headerless loss column named for it (loss.csv,
                        train_loss.txt), fastai's CSVLogger history.csv, PyTorch
                        Lightning metrics.csv, Hugging Face
                        trainer_state.json, Ultralytics results.csv (or the header-less
                        results.txt of YOLOv3, YOLOv5 before v6.0 and YOLOv7), JSON lines
                        (.jsonl, and by content: DETR/DeiT log.txt, detectron2 metrics.json),
                        a PyTorch MetricLogger console log (by content: torchvision's
                        references, maskrcnn-benchmark, DETR, lufficc/SSD; 'loss: 0.52
                        (0.61)' meters, separated by spaces or commas;
                        its 'Test: [i/N]' evaluation passes are the validation loss),
                        a plain console log of 'name: value' loss lines with an epoch,
                        step or split on them (by content: Keras' fit output, PyTorch's
                        mnist example, 'Epoch 3/20, train loss: 0.512, val loss: 0.601';
                        or spaced pairs alone: 'epoch 3 loss 0.41 val_loss 0.52'),
                        a TensorBoard event file (events.out.tfevents.*); or a directory: one
                        run, or several (TensorBoard's layout, one subdirectory per run; Keras's train/ +
                        validation/ pair is one run, as train/ + valid/ (XGBoost), val/, eval/,
                        dev/ or test/ is; catboost_info/ is one run; of a Hugging
                        Face output folder's checkpoint-N/ only the latest is read); MLflow's
                        file store: mlruns/, an experiment or a run folder (each MLflow run is
                        a run, each metric a series; at a step logged twice the latest value;
                        a metric all logged at one step, in timestamp order).
                        A restart appended to a log (the step goes back) keeps the later
                        launch's points from that step on, with a note naming the line.
                        Damaged files are read up to the damage, which is reported; a file
                        in a directory that cannot be read at all, or named as a training
                        log (train.log, log.txt) in a format losskit does not know, is
                        reported and skipped.
Options:
  --smoothing W         TensorBoard's EMA smoothing weight for the charts, 0 (raw) to <1
                        (default ${TENSORBOARD_SMOOTHING_WEIGHT}); the rules read robust levels of the raw values
  --threshold NAME=VALUE  override a diagnosis threshold; repeatable (see below)
  --json                the runs, reader notes and warnings, findings (with their evidence),
                        the answer ('findings', 'no clear answer', 'no problems found' or
                        'nothing to diagnose') with the no-clear-answer statement and its
                        evidence, and series summaries as JSON (NaN and Infinity as strings)
  --report FILE         also write a self-contained HTML report: raw curves faint, smoothed
                        curves solid, each finding shaded over its range
  -h, --help
Thresholds and their defaults (sources in losskit/monitor's thresholds.ts; docs/diagnose.md):
${thresholdList()}

Epochs and steps are shown as logged (Keras and Lightning count epochs from 0), a fractional
one (the Hugging Face Trainer's) to 3 decimals: epoch 0.768.
Exit status 0 when the logs were read, whatever was found (files skipped as unreadable
are listed); 2 when none can be read.
Example:
  losskit diagnose lightning_logs/ --report diagnosis.html --threshold generalisationLossAlpha=10`;

const OPTIONS = {
  smoothing: { type: 'string' },
  threshold: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  report: { type: 'string' },
} as const;

/** '--smoothing 0.9' -> 0.9, within [0, 1). */
export function parseSmoothing(text: string | undefined): number {
  if (text === undefined) return TENSORBOARD_SMOOTHING_WEIGHT;
  const value = Number(text);
  if (text.trim() === '' || !(value >= 0 && value < 1)) throw new UsageError(`diagnose: --smoothing must be a number in [0, 1), received '${text}'`);
  return value;
}

/** ['generalisationLossAlpha=10'] -> { generalisationLossAlpha: 10 }; unknown names suggest close ones. */
export function parseThresholds(pairs: readonly string[]): Partial<DiagnoseThresholds> {
  const names = Object.keys(DEFAULT_THRESHOLDS);
  const overrides: Partial<DiagnoseThresholds> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`diagnose: --threshold expects NAME=VALUE, received '${pair}'`);
    const name = pair.slice(0, eq).trim();
    const text = pair.slice(eq + 1).trim();
    if (!names.includes(name)) {
      const close = names.filter((candidate) => distance(name.toLowerCase(), candidate.toLowerCase()) <= 3).map((candidate) => `'${candidate}'`);
      throw new UsageError(`diagnose: unknown threshold '${name}'${close.length ? ` (did you mean ${close.join(' or ')}?)` : ''}; see 'losskit diagnose --help'`);
    }
    const value = /^[+-]?inf(inity)?$/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : Number(text);
    if (text === '' || Number.isNaN(value)) throw new UsageError(`diagnose: --threshold ${name} must be a number, received '${text}'`);
    overrides[name as keyof DiagnoseThresholds] = value;
  }
  return overrides;
}

/**
 * Every run at `path`: one for a file, one or more for a directory, unreadable files included
 * (with `error` set); an error naming the path when nothing there could be read.
 */
async function readInput(path: string): Promise<RunLog[]> {
  const runs = await readRuns(path);
  // readRun explains why a directory holds no readable run (what it looked for, or the file's own error).
  return runs.some((run) => run.error === undefined) ? runs : [await readRun(path)];
}

function skippedText(run: RunLog, index: number, total: number): string {
  return `${total > 1 ? `[${index + 1}/${total}] ` : ''}Skipped ${run.source.path}: could not be read.\n${run.error}`;
}

function diagnoseRun(run: RunLog, thresholds: Partial<DiagnoseThresholds>): DiagnosedRun {
  const history = History.fromSeries(run.series, run.roles === undefined ? {} : { roles: run.roles });
  const findings = diagnose(history, thresholds);
  return {
    name: run.name, source: run.source, warnings: run.warnings, notes: [...run.notes ?? [], ...standInNotes(history)], history, findings,
    noClearAnswer: noClearAnswer(history, findings, thresholds),
  };
}

/**
 * When no series has the training- or validation-loss role, History takes a stand-in (a metric
 * named after a loss function, 'train_nll'; a named validation loss, 'eval_g0_loss'; else, next
 * to a training loss, a metric named after a loss function, 'val_mse'; a perplexity, 'val_ppl'):
 * the findings rest on it, so the user is told which series it was, and that a perplexity was read
 * as logged (monitor/history-perplexity.ts says why).
 */
function standInNotes(history: History): string[] {
  const notes: string[] = history.all().filter((series) => (series.role === 'trainLoss' || series.role === 'validationLoss') && isPlaceholderLoss(series))
    .map((series) => `'${series.name}' is 0 at every point: a placeholder its trainer wrote, not a measured loss (no training starts at exactly 0), so it is not read as the ${series.role === 'trainLoss' ? 'training' : 'validation'} loss`);
  const { trainLoss: train, validationLoss: validation } = history;
  for (const score of history.all().filter((series) => isScoreNamedBySplit(series, train))) {
    notes.push(`'${score.sourceNames.join("', '")}' is named by its split alone, which reads as that split's loss, but its values stay within [0, 1] and rise ` +
      `from its first point as the training loss falls: a score such as an accuracy, not read as the validation loss`);
  }
  if (train !== undefined && train.role !== 'trainLoss') notes.push(standInNote('training', train));
  if (validation !== undefined && validation.role !== 'validationLoss') notes.push(standInNote('validation', validation));
  return notes;
}

function standInNote(split: 'training' | 'validation', series: Series): string {
  if (isAdversarialTotal(series)) {
    const [generator, discriminator] = series.name.split('+');
    return `no training loss is logged but a GAN's two: '${generator}' and '${discriminator}' are read as their sum, '${series.name}', ` +
      'the training loss (each network minimises its own against the other, so either alone rises as the other gains; their sum stays level ' +
      'while the game is balanced and climbs when one side wins)';
  }
  if (!isPerplexity(series)) return `no ${split} loss is logged under a plain name; '${series.name}' is read as the ${split} loss`;
  return `no ${split} loss is logged; the perplexity '${series.name}' is read as the ${split} loss, as logged ` +
    '(perplexity = exp(cross-entropy): the rules read changes on a log scale, so its changes are the cross-entropy\'s, in nats; levels are perplexities)';
}

function runText(run: DiagnosedRun, index: number, total: number, smoothing: number): string {
  const source = run.source ? `  (${logFormatName(run.source.format)}: ${run.source.path})` : '';
  const series = run.history.all().map((s) => `${s.name} (${s.points.length})`).join(', ') || 'none';
  const lines = [`${total > 1 ? `[${index + 1}/${total}] ` : ''}Run ${run.name}${source}`, `Series (points): ${series}`];
  for (const note of run.notes ?? []) lines.push(`Note: ${note}`);
  for (const warning of run.warnings) lines.push(`Warning: ${warning}`);
  lines.push('Findings:', findingsText(run.findings, run.history, '  ', run.noClearAnswer));
  const chart = lossChartText(run.history, smoothing);
  if (chart) lines.push('', chart);
  return lines.join('\n');
}

export const diagnoseCommand: Command = {
  name: 'diagnose',
  summary: 'read training logs (CSV, JSONL, TensorBoard, MLflow mlruns/) and diagnose each run',
  usage: USAGE,
  async run(args) {
    const { values: v, positionals } = parse('diagnose', args, OPTIONS);
    if (positionals.length === 0) throw new UsageError("diagnose: which logs? give a log file or a directory of runs (see 'losskit diagnose --help')");
    const smoothing = parseSmoothing(v.smoothing as string | undefined);
    const thresholds = parseThresholds((v.threshold as string[] | undefined) ?? []);
    const all: RunLog[] = [];
    for (const path of positionals) for (const run of await readInput(path)) all.push(run);
    const skipped = all.filter((run) => run.error !== undefined);
    const runs = all.filter((run) => run.error === undefined).map((run) => diagnoseRun(run, thresholds));
    const report = v.report as string | undefined;
    if (report) writeFileAtomic(report, renderDiagnosisReport(runs, { title: `losskit diagnose: ${positionals.join(', ')}`, smoothing }));
    if (v.json === true) {
      const json = runs.map((run) => ({
        name: run.name, source: run.source, notes: run.notes, warnings: run.warnings,
        answer: diagnosisAnswer(run.history, run.findings, run.noClearAnswer), findings: run.findings,
        ...(run.noClearAnswer === undefined ? {} : { noClearAnswer: run.noClearAnswer }),
        series: run.history.all().map(seriesSummary),
      }));
      const skippedJson = skipped.map((run) => ({ name: run.name, path: run.source.path, error: run.error }));
      return `${JSON.stringify({ runs: json, skipped: skippedJson }, nonFiniteAsText)}\n`;
    }
    const total = runs.length + skipped.length;
    const sections = [
      ...runs.map((run, i) => runText(run, i, total, smoothing)),
      ...skipped.map((run, i) => skippedText(run, runs.length + i, total)),
    ];
    if (total > 1) {
      const summary = [
        ...runs.map((run) => `  ${run.name}: ${diagnosisSummary(run.history, run.findings, run.noClearAnswer)}`),
        ...skipped.map((run) => `  ${run.name}: skipped (could not be read)`),
      ];
      sections.push(`Summary of ${total} runs:\n${summary.join('\n')}`);
    }
    if (report) sections.push(`Report written to ${report}`);
    return `${sections.join('\n\n')}\n`;
  },
};
