/**
 * Run layouts that are more than a file or a folder of event files (Node only): CatBoost's
 * training directory and a Hugging Face output directory's checkpoints, and the reading of a
 * layout's small files (also allennlp-layout.ts's). See runs.ts.
 */
import { join } from 'node:path';
import { parseCatBoost, type CatBoostTexts } from './catboost.js';
import { openRegularFile, readChunks } from './files.js';
import { logError } from './series.js';
import type { ParsedLog } from './types.js';

const CHECKPOINT = /^checkpoint-(\d+)$/;

/**
 * The subdirectories to walk in a Hugging Face output directory: the checkpoint-N folders are
 * cumulative copies of one log, so only the latest is kept, and none when `hasOwnState` (the
 * directory's own trainer_state.json is written at the end of training). Other folders stay.
 */
export function latestCheckpoint(subdirectories: readonly string[], hasOwnState: boolean): string[] {
  const checkpoints = subdirectories.filter((name) => CHECKPOINT.test(name));
  if (checkpoints.length === 0) return [...subdirectories];
  const latest = checkpoints.reduce((best, name) => (Number(CHECKPOINT.exec(name)?.[1]) > Number(CHECKPOINT.exec(best)?.[1]) ? name : best));
  return subdirectories.filter((name) => !CHECKPOINT.test(name) || (!hasOwnState && name === latest));
}

/** The text of file `name` of `dir` when `files` (its listing) holds it, with its path; read whole (a layout's files are small). */
export async function layoutFileText(dir: string, name: string, files: readonly string[]): Promise<{ text: string; file: string } | undefined> {
  if (!files.includes(name)) return undefined;
  const file = join(dir, name);
  const { handle, size } = await openRegularFile(file, logError);
  try {
    const decoder = new TextDecoder();
    let content = '';
    await readChunks(handle, size, false, (bytes) => { content += decoder.decode(bytes, { stream: true }); });
    return { text: content + decoder.decode(), file };
  } finally {
    await handle.close();
  }
}

/** One CatBoost run of `dir`: the error files named with `prefix` ('' or 'fold_0_'), and catboost_training.json. */
export async function readCatBoostRun(dir: string, prefix: string, files: readonly string[]): Promise<ParsedLog> {
  const learn = await layoutFileText(dir, `${prefix}learn_error.tsv`, files);
  const test = await layoutFileText(dir, `${prefix}test_error.tsv`, files);
  const training = prefix === '' ? await layoutFileText(dir, 'catboost_training.json', files) : undefined;
  const texts: CatBoostTexts = {
    ...(learn === undefined ? {} : { learn }),
    ...(test === undefined ? {} : { test }),
    ...(training === undefined ? {} : { training }),
  };
  return parseCatBoost(texts, dir);
}
