/**
 * Whether a text is a plain console log (console-line.ts says which lines are observations):
 * MIN_OBSERVATION_LINES of them, loss lines with nothing placing them counted only as a run
 * (`UnplacedRun`). Kept apart from the line reader so that both stay readable in one sitting.
 * Browser-safe.
 */
import { lineText } from './console-line-text.js';
import { readConsoleLine, underRecord, type RecordHeader, type Unplaced } from './console-line.js';
import { ResultsBlocks } from './results-block.js';
import { readEpochTableHeader, readEpochTableRow, type EpochTable } from './epoch-table.js';
import { SplitBlocks } from './console-split-blocks.js';
import { CheckpointBests } from './lightning-checkpoint.js';
import { namesLoss } from './series.js';

/** How many observation lines make a text a console log. */
export const MIN_OBSERVATION_LINES = 3;

/**
 * Loss lines with nothing placing them (loguru's `... | __main__:train:35 - loss: 2.5035`, a bare
 * `print(f"loss: {loss}")`): a configuration sets a key once, a training loop logs it again and
 * again. Only a line starting at column 0 with its losses written as keys (`loss: 2.5`, `loss=2.5`),
 * or an indented row of such pairs between '|' (`\tTrain Loss: 5.035 | Train PPL: 153.632`), is such
 * a line: another indented one is a structure's body (YAML, a nested config), a phrase (`the loss is
 * 0.5`) is prose. So a run of MIN_OBSERVATION_LINES such lines naming the same losses, no unplaced
 * loss line naming others between them (other lines may come between), is a logged series, each
 * line the next step; before that they are held back, and a line naming other losses starts a new
 * run. A loop that prints its validation losses on a line of their own after each training line
 * (`train_loss: 0.619, train_acc: 0.645` then `valid_loss: 0.525, valid_acc: 0.738`, epoch after
 * epoch) alternates two keys: a line of validation losses only, naming the same as the run's
 * validation lines before it, goes on with the run (console-validation-place.ts places it at the
 * training line before it).
 */
export class UnplacedRun {
  private key = '';
  /** The losses of the run's validation-only lines, once one was read. */
  private validationKey: string | undefined;
  /** The run's lines held back, undefined once the run is a series. */
  private held: Unplaced[] | undefined = [];

  /** The lines `line` makes observations of: none while the run is short, the held ones and `line` when it reaches the bar, `line` after. */
  take(line: Unplaced): Unplaced[] {
    const losses = line.pairs.filter(({ name }) => namesLoss(name));
    const key = losses.map(({ name }) => name).sort().join('\n');
    const validationOnly = this.key !== '' && losses.every(({ validation }) => validation);
    if (validationOnly && (this.validationKey ?? key) === key) this.validationKey = key;
    else if (key !== this.key) {
      this.key = key;
      this.validationKey = undefined;
      this.held = [];
    }
    if (this.held === undefined) return [line];
    this.held.push(line);
    if (this.held.length < MIN_OBSERVATION_LINES) return [];
    const run = this.held;
    this.held = undefined;
    return run;
  }
}

/** True when `text` holds at least MIN_OBSERVATION_LINES observation lines (see the module comment). */
export function isConsoleLogText(text: string): boolean {
  let count = 0;
  let afterHeader = false;
  let record: RecordHeader | undefined;
  const unplaced = new UnplacedRun();
  let table: EpochTable | undefined;
  const checkpoints = new CheckpointBests();
  const blocks = new SplitBlocks();
  const results = new ResultsBlocks();
  for (const raw of text.split('\n')) {
    // What a terminal shows of the line, once; `print_metrics` blocks name their split in the header above them (results-block.ts).
    const unmarkedShown = lineText(raw);
    const rewritten = results.rewrite(unmarkedShown);
    const line = rewritten ?? raw;
    const shown = rewritten ?? unmarkedShown;
    // Lightning's checkpoint messages (lightning-checkpoint.ts): each reports a best so far.
    if (checkpoints.take(shown) !== undefined) {
      if (++count >= MIN_OBSERVATION_LINES) return true;
      continue;
    }
    // fastai's table printed as text (epoch-table.ts): its rows are observation lines.
    const heads = readEpochTableHeader(shown);
    if (heads !== undefined) table = heads;
    if (heads !== undefined) continue;
    if (table !== undefined && readEpochTableRow(shown, table) !== undefined) {
      if (++count >= MIN_OBSERVATION_LINES) return true;
      continue;
    }
    record = underRecord(line, record);
    const read = readConsoleLine(line, afterHeader, count > 0, record);
    // Blocks under `Training:` / `Validation:` headers (console-split-blocks.ts): each is an observation line.
    if ((count += blocks.take(shown, () => read === undefined).blocks.length) >= MIN_OBSERVATION_LINES) return true;
    if (read?.kind === 'header') afterHeader = true;
    else if (read?.kind === 'record-header') record = read;
    else if (read?.kind === 'unplaced' && (count += unplaced.take(read).length) >= MIN_OBSERVATION_LINES) return true;
    else if ((read?.kind === 'observation' || read?.kind === 'trainer-record') && ++count >= MIN_OBSERVATION_LINES) return true;
  }
  return count + blocks.finish().length >= MIN_OBSERVATION_LINES;
}
