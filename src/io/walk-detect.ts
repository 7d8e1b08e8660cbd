/**
 * Which files count as runs while walking a directory (`readRuns`): a data table, a config or a
 * tokenizer next to the logs is not a run, so only files that look like logs are read. `readRun`
 * on a single file reads it whatever it is. Node only.
 *
 *   .jsonl / .ndjson        JSON lines, always
 *   .json                   a Hugging Face `log_history`, or a loss history (`isLossHistoryDocument`:
 *                           a Keras history dict such as `training_history.json`, whatever its name)
 *   .csv .tsv .log .txt     a header with an 'epoch' or 'step' column, or a loss history's header
 *                           without one (`detectLogFormat`: pandas' unnamed index, or a training and a
 *                           validation loss column)
 */
import { extname } from 'node:path';
import { headOf, openRegularFile, readChunks } from './files.js';
import { isLossHistoryDocument } from './json-log.js';
import { parsePythonJson } from './jsonl-log.js';
import { detectLogFormat, SNIFF_BYTES } from './parse-log.js';
import { logError } from './series.js';
import { textDecoderFor } from './text-decoder.js';

/** JSON files larger than this are only logs when their head names `log_history` (tokenizers run to tens of MB). */
export const MAX_JSON_HISTORY_BYTES = 16 << 20;

/** A file's log kind while walking (see the module comment), undefined when it is not a log. */
export async function logKindInWalk(path: string): Promise<'csv' | 'jsonl' | 'json' | undefined> {
  const extension = extname(path).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.json') return (await isJsonLog(path)) ? 'json' : undefined;
  if (!['.csv', '.tsv', '.log', '.txt'].includes(extension)) return undefined;
  const kind = detectLogFormat('', await readHead(path));
  return kind === 'csv' ? 'csv' : undefined;
}

async function isJsonLog(path: string): Promise<boolean> {
  const { handle, size } = await openRegularFile(path, logError);
  try {
    const head = await headOf(handle, size, SNIFF_BYTES);
    if (new TextDecoder().decode(head).includes('"log_history"')) return true;
    if (size > MAX_JSON_HISTORY_BYTES) return false;
    const decoder = textDecoderFor(head);
    let text = '';
    await readChunks(handle, size, false, (bytes) => { text += decoder.decode(bytes, { stream: true }); });
    try {
      return isLossHistoryDocument(parsePythonJson((text + decoder.decode()).replace(/^\uFEFF/, '')));
    } catch {
      return false;
    }
  } finally {
    await handle.close();
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const { handle, size } = await openRegularFile(path, logError);
  try {
    return await headOf(handle, size, SNIFF_BYTES);
  } finally {
    await handle.close();
  }
}
