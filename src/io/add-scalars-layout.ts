/**
 * PyTorch's `SummaryWriter.add_scalars` folder layout (Node only): one folder per key, each
 * holding the same tag, read as one run whose series are the keys. It is found by looking one
 * level below a directory of the walk, so it reads those folders itself and gives the walk
 * either the one run or, when the layout does not fit, the runs the folders are on their own.
 */
import { join } from 'node:path';
import { catBoostPrefixes } from './catboost.js';
import { finishRun, readEventRun, readFolderEvents, readOrReport } from './file-runs.js';
import type { RunLog, ScalarSeries } from './types.js';
import { directoryKey, runName, scan, type DirScan } from './walk-scan.js';

/**
 * PyTorch's `SummaryWriter.add_scalars(main_tag, {key: value})` writes each key to a folder of its
 * own, `<log_dir>/<main_tag with '/' as '_'>_<key>`, whose events hold the tag `main_tag`
 * (torch/utils/tensorboard/writer.py). A folder whose subfolders (two or more) each hold only
 * event files with one scalar tag, the same in all, named that tag + '_' + a key, is therefore
 * ONE run: its series are the keys (`epoch_loss/` and `epoch_val_loss/`, tag `epoch`: series
 * `loss` and `val_loss`), with the folder's own event files' series next to them. Pushes that run
 * and returns true; otherwise pushes the subfolders' runs as read (each is one run: they hold no
 * other logs and no subfolders), or nothing, and returns whether it did.
 */
export async function addScalarsRun(root: string, dir: string, listing: DirScan, out: RunLog[], visited: Set<string>): Promise<boolean> {
  if (listing.subdirectories.length < 2 || listing.logFiles.length > 0) return false;
  const subs: { name: string; path: string; files: string[] }[] = [];
  for (const sub of listing.subdirectories) {
    const path = join(dir, sub);
    if (visited.has(await directoryKey(path))) return false;
    const inner = await scan(path);
    if (inner.eventFiles.length === 0 || inner.subdirectories.length > 0 || inner.logFiles.length > 0 || catBoostPrefixes(inner.files).length > 0) return false;
    subs.push({ name: sub, path, files: inner.eventFiles.map((file) => join(path, file)) });
  }
  // Read once: if the layout does not fit, these are the runs the walk would have read.
  const runs: RunLog[] = [];
  for (const sub of subs) {
    visited.add(await directoryKey(sub.path));
    const subName = runName(root, sub.path);
    runs.push(await readOrReport(subName, sub.path, () => readEventRun(subName, sub.path, [{ prefix: '', files: sub.files }])));
  }
  const tags = runs.map((run) => Object.keys(run.series));
  const tag = tags[0]?.[0];
  const fits = tag !== undefined && runs.every((run, i) => run.error === undefined && tags[i].length === 1 && tags[i][0] === tag &&
    subs[i].name.length > tag.length + 1 && subs[i].name.startsWith(`${tag.replace(/\//g, '_')}_`));
  if (!fits) {
    if (listing.eventFiles.length > 0) {
      const name = runName(root, dir);
      out.push(await readOrReport(name, dir, () => readFolderEvents(name, dir, listing.eventFiles)));
    }
    for (const run of runs) out.push(run);
    return true;
  }
  const name = runName(root, dir);
  out.push(await readOrReport(name, dir, async () => {
    const own = listing.eventFiles.length > 0 ? await readFolderEvents(name, dir, listing.eventFiles) : undefined;
    const series: Record<string, ScalarSeries> = { ...own?.series };
    const warnings = [...(own?.warnings ?? [])];
    const keys: string[] = [];
    runs.forEach((run, i) => {
      const key = subs[i].name.slice(tag.length + 1);
      const seriesName = key in series ? `${tag}/${key}` : key;
      series[seriesName] = run.series[tag];
      keys.push(seriesName);
      for (const warning of run.warnings) warnings.push(warning);
    });
    const notes = [...(own?.notes ?? []), ...runs.flatMap((run) => run.notes ?? []),
      `PyTorch's add_scalars('${tag}', {...}) layout: the subfolders ${subs.map((sub) => `${sub.name}/`).join(', ')} are one run, their tag '${tag}' read as the series ${keys.map((key) => `'${key}'`).join(', ')}`];
    return finishRun(name, dir, 'tfevents', series, warnings, { notes });
  }));
  return true;
}
