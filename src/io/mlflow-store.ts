/**
 * MLflow's file store in the run walk (Node only): the `mlruns/` folder `mlflow.log_metric`
 * writes to by default, read as the store, an experiment folder or a run folder.
 *
 *   mlruns/<experiment id>/meta.yaml           the experiment (`experiment_id`, `name`)
 *   mlruns/<experiment id>/<run id>/...        a run (mlflow-run.ts reads it)
 *   mlruns/.trash/, mlruns/models/             deleted experiments (hidden: not walked); the model
 *                                              registry (no run's meta.yaml in it: nothing read)
 *
 * Each run folder is one run, named by its run name (mlflow-run.ts), after its experiment's name
 * when the walk starts above the experiment folder ('television/Seq2Pointbaseline'). MLflow keeps
 * experiment names unique, not run names: runs of one experiment that share a name get their run
 * id's first 8 characters ('Seq2Pointbaseline (f9a3cc5b)'). A run is recognised by its meta.yaml,
 * so a run with nothing to read (deleted, no metrics) is still one: it is reported and skipped. A
 * run's folders are not walked further: its artifacts hold copies (autologging writes the same
 * metrics there as TensorBoard files) and models. In an experiment folder, MLflow 3's `models/`
 * (logged models, with metrics copied from their runs) and `traces/` hold no runs and are not walked.
 */
import { join, relative } from 'node:path';
import { readOrReport } from './file-runs.js';
import { mlflowFolderOf, mlflowRunId, mlflowRunName, readMlflowRun } from './mlflow-run.js';
import type { RunLog } from './types.js';
import type { DirScan } from './walk-scan.js';

/** Subfolders of an experiment folder that hold no runs (MLflow 3's logged models and traces). */
export const MLFLOW_EXPERIMENT_NON_RUNS = ['models', 'traces'] as const;

/**
 * Reads the runs of an experiment folder: each subfolder that is a run, named as the module comment
 * says, a failed read reported as a run with `error` set. Returns them with the subfolders that are
 * neither runs nor `MLFLOW_EXPERIMENT_NON_RUNS`, for the walk to visit.
 */
async function readExperiment(dir: string, subdirectories: readonly string[], withExperiment: boolean): Promise<{ runs: RunLog[]; others: string[] }> {
  const found: { dir: string; meta: ReadonlyMap<string, string>; name: string }[] = [];
  const others: string[] = [];
  for (const sub of subdirectories) {
    const path = join(dir, sub);
    const folder = await mlflowFolderOf(path);
    if (folder?.kind === 'run') found.push({ dir: path, meta: folder.meta, name: await mlflowRunName(path, folder.meta, withExperiment) });
    else if (!(MLFLOW_EXPERIMENT_NON_RUNS as readonly string[]).includes(sub)) others.push(sub);
  }
  const counts = new Map<string, number>();
  for (const run of found) counts.set(run.name, (counts.get(run.name) ?? 0) + 1);
  const runs: RunLog[] = [];
  for (const run of found) {
    const name = (counts.get(run.name) ?? 0) > 1 ? `${run.name} (${mlflowRunId(run.dir, run.meta).slice(0, 8)})` : run.name;
    runs.push(await readOrReport(name, run.dir, () => readMlflowRun(run.dir, name, run.meta)));
  }
  return { runs, others };
}

/**
 * The walk's step for MLflow folders: a run folder is read as one run (true: nothing more to walk
 * there); an experiment folder's runs are read and `listing.subdirectories` narrowed to its other
 * folders. `root` is where the walk started: runs are named after their experiment when it lies below.
 */
export async function mlflowRuns(root: string, dir: string, listing: DirScan, out: RunLog[]): Promise<boolean> {
  if (!listing.files.includes('meta.yaml')) return false;
  const folder = await mlflowFolderOf(dir);
  if (folder?.kind === 'run') {
    const name = await mlflowRunName(dir, folder.meta, false);
    out.push(await readOrReport(name, dir, () => readMlflowRun(dir, name, folder.meta)));
    return true;
  }
  if (folder?.kind === 'experiment') {
    const { runs, others } = await readExperiment(dir, listing.subdirectories, relative(root, dir) !== '');
    for (const run of runs) out.push(run);
    listing.subdirectories.length = 0;
    for (const sub of others) listing.subdirectories.push(sub);
  }
  return false;
}
