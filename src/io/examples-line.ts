/**
 * The training line of W&B's PyTorch integration tutorial ("Simple PyTorch Integration", its `train_log`), copied into
 * many course notebooks and scripts:
 *
 *   Loss after 03200 examples: 0.512
 *
 * (`print(f"Loss after {str(example_ct).zfill(5)} examples: {loss:.3f}")`, the loss of the batch just trained, after
 * `wandb.log({"epoch": epoch, "loss": loss}, step=example_ct)`.) The count of examples seen is the step, as the
 * tutorial logs it to W&B; the number is the training loss 'loss'. Only this whole layout is read (readers-167: the
 * hundred-and-fifty-ninth corpus's d03, a captioning notebook of a course project, read as no training before).
 * Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import { parseNumber } from './series.js';

const LINE = /^\s*Loss after (\d+) examples: (\S+)\s*$/;

/** The step and pair of such a line, undefined for any other line. */
export function readExamplesLine(text: string): { step: number; pairs: ConsolePair[] } | undefined {
  const match = LINE.exec(text);
  if (match === null) return undefined;
  const [step, loss] = [Number(match[1]), parseNumber(match[2])];
  return typeof loss === 'number' ? { step, pairs: [{ name: 'loss', value: loss, validation: false }] } : undefined;
}
