/**
 * One directory as the run walk sees it (Node only): its listing in name order (event files, the
 * files that look like logs, the subdirectories worth walking), its identity (so a directory
 * mounted twice is walked once), and the name of the run it holds. Shared by runs.ts's walk and
 * the layouts it recognises by looking one level down (add-scalars-layout.ts).
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { cannotRead } from './files.js';
import { isHtmlName } from './html-notebook.js';
import { isEventFileName, type LogFileKind } from './parse-log.js';
import { baseName, logError } from './series.js';
import { logKindInWalk, namesTrainingLog } from './walk-detect.js';

export function runName(root: string, dir: string): string {
  const rel = relative(root, dir);
  return rel === '' ? baseName(resolve(root)) : rel.split(sep).join('/');
}

export interface DirScan {
  /** Every regular file, by name. */
  readonly files: string[];
  readonly eventFiles: string[];
  readonly logFiles: { readonly name: string; readonly kind: Exclude<LogFileKind, 'tfevents'> | 'unreadable' }[];
  readonly subdirectories: string[];
}

export async function scan(dir: string): Promise<DirScan> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw logError(dir, cannotRead(error, 'list'));
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const result: DirScan = { files: [], eventFiles: [], logFiles: [], subdirectories: [] };
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') result.subdirectories.push(entry.name);
    } else if (entry.isFile()) {
      result.files.push(entry.name);
      if (isEventFileName(entry.name)) result.eventFiles.push(entry.name);
      else {
        // A file that cannot even be sniffed is read (and reported) like a log, not dropped silently.
        const kind = await logKindInWalk(join(dir, entry.name)).catch(() => 'unreadable' as const);
        // A file named as a training log in a format no reader knows is read too, so that its error is reported (namesTrainingLog).
        if (kind !== undefined || namesTrainingLog(entry.name)) result.logFiles.push({ name: entry.name, kind: kind ?? 'unreadable' });
      }
    }
  }
  return { ...result, logFiles: withoutNotebookExports(result.logFiles) };
}

/**
 * The logs less a notebook's HTML export kept beside the notebook itself (`model_training.html` and
 * `model_training.ipynb`): one training, read once, from the notebook (readers-160).
 */
function withoutNotebookExports(logFiles: DirScan['logFiles']): DirScan['logFiles'] {
  const stem = (name: string): string => name.replace(/\.[^.]*$/, '');
  const notebooks = new Set(logFiles.filter((file) => file.kind === 'notebook').map((file) => stem(file.name)));
  return logFiles.filter((file) => !(isHtmlName(file.name) && notebooks.has(stem(file.name))));
}

/** The device and inode of a directory: the same directory reached twice (a bind mount) is walked once. */
export async function directoryKey(dir: string): Promise<string> {
  try {
    const info = await stat(dir);
    return `${info.dev}:${info.ino}`;
  } catch (error) {
    throw logError(dir, cannotRead(error, 'list'));
  }
}
