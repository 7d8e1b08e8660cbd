/**
 * `searchLosses`: the loss search behind `losskit search`. Builds the space from the registry,
 * runs ASHA + TPE (or the random baseline) over it with a journal, then retrains the winner and
 * the task's default loss on k seeds and says, with a paired interval, whether the winner is
 * really better on the test rows.
 */
import { LossError } from '../core/errors.js';
import { TRAIN_DEFAULTS } from '../train/index.js';
import { ASHA_DEFAULTS, type AshaSettings } from './asha.js';
import { DEFAULT_FOLDS, DEFAULT_REPEATS, baselineConfig, finalComparison, isDefaultLoss } from './final.js';
import { formulaFinalists } from './finalists.js';
import { importanceBasis, parameterImportance } from './importance.js';
import { JournalFile, JournalError, type JournalRecord, type JournalSink } from './journal-file.js';
import { prepareTask, type PreparedTask, type TaskSpec } from './objective.js';
import { inProcessExecutor, optimize, type Executor } from './optimize.js';
import { describeConfig, describeParams, searchSpaceFor } from './spaces.js';
import { Study, configOf, type AskedTrial, type StudySpec } from './study.js';
import type { Algorithm, SearchResult, SpaceName, TrialRecord } from './types.js';

export interface SearchOptions {
  readonly task: TaskSpec;
  readonly algorithm?: Algorithm;
  readonly space?: SpaceName;
  /** ASHA's rungs (default ASHA_DEFAULTS: η = 3, the first rung after 3 epochs). */
  readonly asha?: Partial<AshaSettings>;
  /** Trials in the study (default 50 unless a time limit is given). */
  readonly budget?: number;
  readonly timeLimitSeconds?: number;
  /** A JSONL journal file (see JournalFile); `resume` continues the study it holds. */
  readonly journal?: string;
  readonly resume?: boolean;
  /** Training settings of the default loss in the final comparison (default: the trainer's, lr 0.01 and no weight decay). */
  readonly baseline?: { readonly learningRate?: number; readonly weightDecay?: number };
  /** Folds of the final comparison's cross-validation (default 5); 0 skips it. */
  readonly folds?: number;
  /** Repeats of those folds (default 1); 0 also skips the final comparison. */
  readonly repeats?: number;
  /** Runs the trials (default: in this thread). */
  readonly executor?: (task: PreparedTask, spec: StudySpec) => Executor | Promise<Executor>;
  /** Where records go besides the file journal (Redis). */
  readonly sink?: JournalSink;
  /** Records read from a journal other than a file (Redis), to resume from. */
  readonly previous?: readonly JournalRecord[];
}

export interface SearchHooks {
  onStart?(info: { spec: StudySpec; resumed: number; workers: number; spaceDescription: string }): void;
  onTrialStart?(trial: AskedTrial): void;
  onTrial?(record: TrialRecord, study: Study): void;
  onFinalProgress?: (done: number, total: number) => void;
}

export const DEFAULT_BUDGET = 50;

function specOf(task: PreparedTask, options: SearchOptions): StudySpec {
  return {
    version: 1, task: task.spec, algorithm: options.algorithm ?? 'asha-tpe', space: options.space ?? 'families',
    metric: task.metric.name, direction: task.metric.higherIsBetter ? 'maximize' : 'minimize', asha: { ...ASHA_DEFAULTS, ...options.asha },
  };
}

/** Replays journal records into the study; the study record must describe this very study. */
export function replay(study: Study, records: readonly JournalRecord[], where: string): number {
  const [first, ...rest] = records;
  if (!first) return 0;
  if (first.op !== 'study') throw new JournalError(`${where}: the journal does not start with its study record`);
  const theirs = JSON.stringify(first.spec);
  const ours = JSON.stringify(study.spec);
  if (theirs !== ours) {
    throw new JournalError(`${where} holds another study (${first.spec.algorithm}, ${first.spec.space}, seed ${first.spec.task.seed}, ${first.spec.task.train.epochs} epochs on ${describeData(first.spec)}); --resume needs the same data, space, algorithm, epochs, model and seed`);
  }
  let finished = 0;
  for (const record of rest) {
    if (record.op === 'ask') study.restore({ number: record.number, params: record.params, distributions: record.distributions, config: configOf(record.params, study.space) });
    else if (record.op === 'finish') { study.tell(record.trial); finished++; }
  }
  return finished;
}

function describeData(spec: StudySpec): string {
  return spec.task.data.kind === 'embedded' ? spec.task.data.name : spec.task.data.file;
}

export async function searchLosses(options: SearchOptions, hooks: SearchHooks = {}): Promise<SearchResult> {
  const started = Date.now();
  const task = prepareTask(options.task);
  const spec = specOf(task, options);
  const space = searchSpaceFor(spec.space, task);
  const study = new Study(spec, space);
  const budget = options.budget ?? (options.timeLimitSeconds === undefined ? DEFAULT_BUDGET : undefined);
  if (budget !== undefined && !(Number.isInteger(budget) && budget >= 1)) throw new LossError('option', `search: 'budget' must be an integer >= 1, received ${budget}`, 'search', 'budget');
  const journal = options.journal ? JournalFile.open(options.journal, options.resume === true) : undefined;
  let executor: Executor;
  try {
    executor = await (options.executor ?? ((t) => inProcessExecutor(t)))(task, spec);
  } catch (error) {
    // No trial ran: release the journal's lock before reporting why (Redis unreachable, a thread that cannot start).
    journal?.close();
    throw error;
  }
  try {
    const previous = options.previous ?? journal?.records ?? [];
    const resumed = replay(study, previous, options.journal ?? 'the journal');
    if (!previous.length) {
      const record: JournalRecord = { op: 'study', version: 1, spec, createdAt: new Date().toISOString() };
      journal?.append(record);
      await options.sink?.append(record);
    }
    const sinks = [journal, options.sink].filter((sink): sink is JournalSink => sink !== undefined);
    hooks.onStart?.({ spec, resumed, workers: executor.workers, spaceDescription: space.description });
    await optimize(study, executor, {
      ...(budget !== undefined ? { budget } : {}),
      ...(options.timeLimitSeconds !== undefined ? { deadline: started + options.timeLimitSeconds * 1000 } : {}),
      journal: { append: async (record) => { for (const sink of sinks) await sink.append(record); } },
      onTrialStart: (trial) => hooks.onTrialStart?.(trial),
      onTrial: (record) => hooks.onTrial?.(record, study),
    });
    const best = study.best();
    const basis = importanceBasis(study.finished, spec.asha.minResource * spec.asha.reductionFactor ** spec.asha.minEarlyStoppingRate);
    const folds = options.folds ?? DEFAULT_FOLDS;
    const repeats = options.repeats ?? DEFAULT_REPEATS;
    const userSettings = { learningRate: options.baseline?.learningRate ?? TRAIN_DEFAULTS.learningRate, weightDecay: options.baseline?.weightDecay ?? TRAIN_DEFAULTS.weightDecay };
    const baseline = baselineConfig(task, userSettings.learningRate, userSettings.weightDecay);
    const bestConfig = best ? configOf(best.params, study.space) : undefined;
    // Formula finalists are registered here, for good: the final comparison and the report use them by name.
    const finalists = formulaFinalists(study);
    const bestLabel = best ? describeParams(best.params) : '';
    const tuned = bestConfig && !isDefaultLoss(task, bestConfig) ? baselineConfig(task, bestConfig.learningRate, bestConfig.weightDecay) : undefined;
    const final = best && bestConfig && folds > 0 && repeats > 0
      ? finalComparison(task, {
        best: { label: bestLabel, config: bestConfig },
        baseline: { label: describeConfig(baseline), config: baseline },
        ...(tuned ? { tunedBaseline: { label: `${describeConfig(tuned)} (the searched settings)`, config: tuned } } : {}),
      }, folds, repeats, hooks.onFinalProgress)
      : undefined;
    const result: SearchResult = {
      spec, space: { name: spec.space, description: space.description, parameters: space.parameters },
      dataset: { name: task.dataset.name, task: task.task, rows: task.dataset.rows, trainRows: task.split.train.rows, validationRows: task.split.validation.rows, testRows: task.split.test.rows },
      workers: executor.workers, resumedTrials: resumed, trials: study.finished,
      rungs: study.rungs.snapshot(),
      importance: parameterImportance(basis.trials, basis.values, space.parameters),
      importanceBasis: basis.basis,
      ...(best && bestConfig ? { best: { trial: best.number, value: best.value as number, config: bestConfig, label: bestLabel } } : {}),
      ...(final ? { final } : {}),
      ...(finalists.length ? { finalists } : {}),
      ...(study.rejected ? { rejected: study.rejected } : {}),
      seconds: (Date.now() - started) / 1000,
    };
    const record: JournalRecord = { op: 'result', result: { best: result.best, final } };
    journal?.append(record);
    await options.sink?.append(record);
    return result;
  } finally {
    journal?.close();
    await executor.close();
  }
}
