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
import { SplitValueLines } from './console-split-lines.js';
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
 * epoch) alternates two keys: a line of validation losses only goes on with the run. Between two of
 * the run's training lines it may name any validation losses, one line each (YSDA's `epoch: 3`, then
 * `val mse: 0.13` and `val mae: 0.28` on lines of their own, then `loss: 2.83`, readers-117); once the
 * run's training line came again, only those it named before.
 */
export class UnplacedRun<Line extends Unplaced = Unplaced> {
  private key = '';
  /** The losses of the run's validation-only lines, one key per line. */
  private validationKeys = new Set<string>();
  /** The run's training line came again after validation lines: their keys are all known. */
  private validationKnown = false;
  /** The run's lines so far are validation lines only (see `take`). */
  private leadingValidation = false;
  /** The run's lines held back, undefined once the run is a series. */
  private held: Line[] | undefined = [];

  /** The lines `line` makes observations of: none while the run is short, the held ones and `line` when it reaches the bar, `line` after. */
  take(line: Line): Line[] {
    const losses = line.pairs.filter(({ name }) => namesLoss(name));
    const key = lossKey(line);
    const allValidation = losses.every(({ validation }) => validation);
    const validationOnly = this.key !== '' && allValidation;
    if (validationOnly && (this.validationKeys.has(key) || !this.validationKnown)) this.validationKeys.add(key);
    else if (this.leadingValidation && !allValidation && this.held !== undefined) {
      // The run's first lines were validation lines printed before the first training line: they stay in it.
      for (const held of this.held) this.validationKeys.add(lossKey(held));
      this.key = key;
      this.leadingValidation = false;
    } else if (key !== this.key) {
      this.key = key;
      this.leadingValidation = allValidation;
      this.validationKeys = new Set();
      this.validationKnown = false;
      this.held = [];
    } else if (this.validationKeys.size > 0) this.validationKnown = true;
    if (this.held === undefined) return [line];
    this.held.push(line);
    // A series logs its names again: three lines naming three sets (`Training loss`, `Validation loss`, `Test loss`) are one evaluation.
    if (this.held.length < MIN_OBSERVATION_LINES || new Set(this.held.map(lossKey)).size === this.held.length) return [];
    const run = this.held;
    this.held = undefined;
    return run;
  }
}

/** The names of the losses an unplaced line logs, one key per set of names. */
function lossKey(line: Unplaced): string {
  return line.pairs.filter(({ name }) => namesLoss(name)).map(({ name }) => name).sort().join('\n');
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
  const evaluations = new SplitValueLines();
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
    // Evaluations printed a split per line (console-split-lines.ts): each is an observation line.
    if ((count += evaluations.take(shown, () => read).blocks.length) >= MIN_OBSERVATION_LINES) return true;
    if (read?.kind === 'header') afterHeader = true;
    else if (read?.kind === 'record-header') record = read;
    else if (read?.kind === 'unplaced' && (count += unplaced.take(read).length) >= MIN_OBSERVATION_LINES) return true;
    else if ((read?.kind === 'observation' || read?.kind === 'trainer-record') && ++count >= MIN_OBSERVATION_LINES) return true;
  }
  return count + blocks.finish().length + evaluations.finish().length >= MIN_OBSERVATION_LINES;
}
