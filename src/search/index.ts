/**
 * The loss search (`losskit search`): a search space declared from the registry, Optuna's TPE
 * sampler and successive-halving pruner (ASHA) or random search, a journal to resume from,
 * worker threads or BullMQ workers, and a final comparison with the default loss that says
 * whether the winner is really better.
 */
export { searchLosses, replay, DEFAULT_BUDGET, type SearchOptions, type SearchHooks } from './search.js';
export { Study, configOf, samplerFor, type AskedTrial, type StudySpec } from './study.js';
export { threadPoolExecutor, TrialThread, decisionEpochs, type Decide } from './thread-pool.js';
export { redisSearch, DEFAULT_QUEUE, DEFAULT_IN_FLIGHT, type RedisSearch, type TrialJob, type TrialJobResult } from './redis-coordinator.js';
export { startWorker, DEFAULT_LOCK_SECONDS, type WorkerOptions } from './redis-worker.js';
export { RedisStudyStore, type StoredSpec } from './redis-store.js';
export { optimize, inProcessExecutor, MAX_REJECTED_PER_TRIAL, type Executor, type OptimizeOptions } from './optimize.js';
export { prepareTask, runTrial, trainConfig, loadTaskDataset, type DataSpec, type TaskSpec, type PreparedTask, type TrialOutcome, type EpochReport } from './objective.js';
export { JournalFile, JournalError, parseJournal, type JournalRecord, type JournalSink } from './journal-file.js';
export { finalComparison, baselineConfig, isDefaultLoss, pairedDifference, testMetric, DEFAULT_FOLDS, DEFAULT_REPEATS, type FinalModels } from './final.js';
export { checkCandidate, type CheckResult } from './formula-check.js';
export { formulaChoices, polyFormula, drawTree, treeLeaves, targetScale, formulaOf, describeFormulaParams, POLY_CHOICE, TREE_CHOICE, TREE_DEPTH, TREE_OPERATORS, POLY_COEFFICIENTS, type LossChoice } from './formula-space.js';
export { formulaFinalists, MAX_FINALISTS } from './finalists.js';
export { withFormulaLoss, registerFinalist } from './formula-losses.js';
export { searchSpaceFor, describeConfig } from './spaces.js';
export {
  familiesForTask, familiesSpace, familySpace, optionDistribution, optionParameter, DEFAULT_LOSS, KNOWN_RANGES, LEARNING_RATE, WEIGHT_DECAY,
  type FamilySpace, type SearchSpace, type Suggest,
} from './space.js';
export { tpeSampler, randomSampler, defaultGamma, splitTrials, sampleUniform, parameterStream, TPE_STARTUP_TRIALS, TPE_EI_CANDIDATES, type Sampler, type SampleContext } from './samplers.js';
export { fitParzen, sampleParzen, parzenLogPdf, defaultWeights, bandwidths, type ParzenEstimator } from './parzen.js';
export { ASHA_DEFAULTS, RungTable, RungTracker, isPromotable, rungStep, rungSteps, type AshaSettings } from './asha.js';
export { formatSearchResult, trialLine, trialSummary } from './format.js';
export { importanceBasis, parameterImportance, type ParameterImportance } from './importance.js';
export type {
  Algorithm, CategoricalDistribution, Direction, Distribution, FinalComparison, FloatDistribution, FormulaFinalist, IntDistribution, ModelScores, PairedDifference,
  ParamValue, Params, RungRecords, SearchResult, SpaceName, TrialConfig, TrialRecord, TrialState, Verdict,
} from './types.js';
