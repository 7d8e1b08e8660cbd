/**
 * One line of llm.c's `main.log` (karpathy/llm.c, llmc/logger.h, written by train_gpt2.cu's
 * `-o` output directory), whose keys are abbreviations the framework defines:
 *
 *   s:0 tel:11.0095                                   logger_log_val: the validation ("test/eval") loss
 *   s:0 trl:11.0116 lr:0.000001 norm:14.96            logger_log_train: the training loss, lr, grad norm
 *   s:250 eval:0.2437                                 logger_log_eval: the HellaSwag accuracy
 *
 * `s` is the step. Read as 'loss' (trl), 'val_loss' (tel), 'lr', 'grad_norm' and 'val_hellaswag_acc'
 * at that step, the names the rest of losskit reads (the role table knows no 'trl'). A line is one
 * only when it opens with `s:<integer>` and one of the three keys, so no other `s:` line is read
 * so. Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import { parseNumber } from './series.js';

const LINE = /^s:(\d+) (trl|tel|eval):\s*(\S+)((?: +[a-z_]+:\s*\S+)*)\s*$/;
const NAMES: Readonly<Record<string, { name: string; validation: boolean }>> = {
  trl: { name: 'loss', validation: false },
  tel: { name: 'val_loss', validation: true },
  eval: { name: 'val_hellaswag_acc', validation: true },
  lr: { name: 'lr', validation: false },
  norm: { name: 'grad_norm', validation: false },
};

/** The step and named pairs of an llm.c `main.log` line (see the module comment), undefined for any other line. */
export function readLlmcLine(text: string): { step: number; pairs: ConsolePair[] } | undefined {
  const match = LINE.exec(text);
  if (match === null) return undefined;
  const pairs: ConsolePair[] = [];
  const fields = [[match[2], match[3]], ...[...match[4].matchAll(/([a-z_]+):\s*(\S+)/g)].map((field) => [field[1], field[2]])];
  for (const [key, raw] of fields) {
    const known = NAMES[key];
    const value = parseNumber(raw);
    if (known !== undefined && typeof value === 'number') pairs.push({ ...known, value });
  }
  return pairs.length === 0 ? undefined : { step: Number(match[1]), pairs };
}
