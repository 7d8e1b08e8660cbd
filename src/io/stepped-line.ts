/**
 * The console layouts whose lines name their step (or epoch) and losses in a framework's own
 * words, each read by its module into named pairs, at the step the line names:
 *
 *   llm.c's main.log (llmc-line.ts)                  s:0 trl:11.0116 lr:0.000001 norm:14.96
 *   Trax's training loop (trax-line.ts)              Step      1: train CrossEntropyLossWithLogSoftmax |  9.85205269
 *   the PyTorch char-RNN / seq2seq tutorials'        0m 19s (100 5%) 2.1267
 *   progress prints (char-rnn-line.ts)               5000 5% (0m 5s) 2.6379 Albert / Polish ✗ (Czech)
 *   MT-DNN's `Name - [value]` logging lines          ... - INFO - Task - [ 0] Updates - [   500] Training Loss - [1.32204] Time Remaining - [4:25:55]
 *   (bracketed-line.ts; a step, an epoch or both)
 *   W&B's PyTorch tutorial (examples-line.ts)        Loss after 03200 examples: 0.512
 *
 * and one that names no counter, placed as a line without one is (console-log.ts: the next step,
 * in the epoch of the header before it):
 *
 *   lecun1989-repro's evaluations (eval-split-line.ts)  eval: split train. loss 5.576071e-02. error 8.11%. misses: 591
 *
 * One entry for console-line.ts, so that the line reader stays readable in one sitting. Each
 * layout is looked for only on a line that opens as it does, or, for the logging lines, holds a
 * bracketed value after a name. Browser-safe.
 */
import type { ConsoleLine, ConsolePair } from './console-line.js';
import { readBracketedLine } from './bracketed-line.js';
import { readCharRnnLine } from './char-rnn-line.js';
import { readEvalSplitLine } from './eval-split-line.js';
import { readExamplesLine } from './examples-line.js';
import { readLlmcLine } from './llmc-line.js';
import { readTraxLine } from './trax-line.js';

type Observation = Extract<ConsoleLine, { kind: 'observation' }>;

/** The observation a line in one of these layouts makes, undefined for any other line. */
export function readSteppedLine(text: string): Observation | undefined {
  if (text.startsWith('s:')) return observation(readLlmcLine(text));
  if (text.startsWith('Step ')) return observation(readTraxLine(text));
  if (text.startsWith('eval: split ')) return observation(readEvalSplitLine(text));
  if (/^\s*Loss after /.test(text)) return observation(readExamplesLine(text));
  const charRnn = /^\s*\[?\d+m? /.test(text) ? readCharRnnLine(text) : undefined;
  if (charRnn !== undefined) return observation(charRnn);
  return /\w(?: - | ?)\[/.test(text) ? observation(readBracketedLine(text)) : undefined;
}

function observation(read: { step?: number; epoch?: number; pairs: ConsolePair[] } | undefined): Observation | undefined {
  if (read === undefined) return undefined;
  const { step, epoch, pairs } = read;
  return {
    kind: 'observation', pairs, components: 0, summary: false,
    ...(step === undefined ? {} : { counter: { value: step, named: true } }),
    ...(epoch === undefined ? {} : { epoch }),
  };
}
