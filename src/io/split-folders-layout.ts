/**
 * One text log per split FOLDER (Node only): FastSpeech2's `train.py` appends a line per logging step to
 * `output/log/<dataset>/train/log.txt` (`Step 100/600000, Total Loss: 29.7486, Mel Loss: ...`) and one per
 * evaluation to `val/log.txt` (`Validation Step 1000, Total Loss: 3.5614, ...`), beside the two folders'
 * SummaryWriter event files. The two files are ONE run, as Keras's `train/` + `validation/` event folders are
 * (runs.ts; with event files in `train/` those are read instead): the training file's series under their own
 * names, the validation file's under a validation name, the one its lines give (`val_total_loss`, from
 * `Validation Step`) or else 'val_' + its name. Read alone, each file is half a run: a training loss with no
 * validation, or a validation loss with no training (the 56th corpus' c07 to c10, readers-104).
 *
 * Only when nothing is in doubt: the folder's subfolders are exactly `train` and one validation split word
 * (`val`, `valid`, `validation`, `eval`, `dev`), neither with event files or subfolders of its own, each with
 * exactly one log file, under the same name; and no series name is taken twice once the validation names are
 * given. Otherwise the folders are walked as before, each file a run.
 */
import { join } from 'node:path';
import { finishRun, readFileRun, readOrReport } from './file-runs.js';
import { logError } from './series.js';
import { isValidationSplitWord } from '../monitor/index.js';
import type { RunLog, ScalarSeries } from './types.js';
import { scan, type DirScan } from './walk-scan.js';

/** The pair of log files one run is read from, as paths relative to the folder. */
export interface SplitFolders {
  readonly train: string;
  readonly validation: string;
}

/** A name a validation file's line already gives its split (`val_loss`, `valid/loss`, `eval_total_loss`). */
const VALIDATION_NAME = /^(val|valid|validation|eval|dev)[_/]/i;

/** The pair in `dir` (its listing `listing`) that is one run, undefined when there is none (see the module comment). */
export async function splitFolders(dir: string, listing: DirScan): Promise<SplitFolders | undefined> {
  const { subdirectories } = listing;
  if (subdirectories.length !== 2 || !subdirectories.includes('train')) return undefined;
  const other = subdirectories.find((name) => name !== 'train') as string;
  if (!isValidationSplitWord(other) || other.toLowerCase() === 'test') return undefined;
  const [train, validation] = await Promise.all([scan(join(dir, 'train')), scan(join(dir, other))]);
  const single = (folder: DirScan) => folder.eventFiles.length === 0 && folder.subdirectories.length === 0 && folder.logFiles.length === 1 && folder.logFiles[0].kind !== 'unreadable';
  if (!single(train) || !single(validation) || train.logFiles[0].name !== validation.logFiles[0].name) return undefined;
  return { train: join('train', train.logFiles[0].name), validation: join(other, validation.logFiles[0].name) };
}

/** Reads a split-folder pair of `dir` as one run named `name`; a file that cannot be read, or a name taken twice, makes the run an error naming it. */
export function readSplitFoldersRun(name: string, dir: string, pair: SplitFolders): Promise<RunLog> {
  return readOrReport(name, dir, async () => {
    const train = await readFileRun(join(dir, pair.train), name);
    const validation = await readFileRun(join(dir, pair.validation), name);
    const series: Record<string, ScalarSeries> = { ...train.series };
    const renamed: string[] = [];
    for (const [key, points] of Object.entries(validation.series)) {
      const validationName = VALIDATION_NAME.test(key) ? key : `val_${key}`;
      if (validationName !== key) renamed.push(key);
      if (validationName in series) throw logError(join(dir, pair.validation), `its '${key}' would be read as '${validationName}', which ${pair.train} already holds: the folders cannot be one run`);
      series[validationName] = points;
    }
    const how = renamed.length === 0 ? 'its names as its lines give them' : `'val_' + the name where its lines name no split (${renamed.join(', ')})`;
    const notes = [...train.notes ?? [], ...validation.notes ?? [],
      `the folders' logs ${pair.train} and ${pair.validation} are one run (as Keras's TensorBoard callback writes train/ + validation/): ${pair.validation} holds the validation series, ${how}`];
    return finishRun(name, dir, train.source.format, series, [...train.warnings, ...validation.warnings], { notes });
  });
}
