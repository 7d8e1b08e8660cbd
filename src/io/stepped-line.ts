/**
 * The console layouts whose lines name their step and losses in a framework's own words, each
 * read by its module into a step and named pairs (an observation at that step):
 *
 *   llm.c's main.log (llmc-line.ts)                  s:0 trl:11.0116 lr:0.000001 norm:14.96
 *   Trax's training loop (trax-line.ts)              Step      1: train CrossEntropyLossWithLogSoftmax |  9.85205269
 *   the PyTorch char-RNN / seq2seq tutorials'        0m 19s (100 5%) 2.1267
 *   progress prints (char-rnn-line.ts)               5000 5% (0m 5s) 2.6379 Albert / Polish ✗ (Czech)
 *
 * One entry for console-line.ts, so that the line reader stays readable in one sitting. Each
 * layout is looked for only on a line that opens as it does. Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import { readCharRnnLine } from './char-rnn-line.js';
import { readLlmcLine } from './llmc-line.js';
import { readTraxLine } from './trax-line.js';

/** The step and pairs of a line in one of these layouts, undefined for any other line. */
export function readSteppedLine(text: string): { step: number; pairs: ConsolePair[] } | undefined {
  if (text.startsWith('s:')) return readLlmcLine(text);
  if (text.startsWith('Step ')) return readTraxLine(text);
  return /^\s*\[?\d+m? /.test(text) ? readCharRnnLine(text) : undefined;
}
