/**
 * The note a plain console log's reading ends with (console-log.ts): how many observation lines
 * were read and what was made of the others, each clause only when it applies, so that a user
 * can see how the log was placed on its axis. Browser-safe.
 */

/** What console-log.ts counted while reading one log. */
export interface ConsoleCounts {
  readonly read: number;
  readonly names: ReadonlySet<string>;
  readonly unplacedLines: number;
  readonly trainerSummaries: number;
  /** Trainer evaluation dicts after an end-of-training summary (`trainer.evaluate()` of the trained model), passed by. */
  readonly trainerEvaluations: number;
  /** Keras `Epoch 1/1` headers under a loop's own epoch header, placed at the loop's epoch. */
  readonly loopedFits: number;
  /** Test lines without a counter after validation lines under another name, passed by. */
  readonly tests: number;
  readonly records: number;
  readonly components: number;
  /** Blocks under a split word alone (`Training:`, console-split-blocks.ts) read as their epochs' figures. */
  readonly splitBlocks: number;
  /** Evaluations printed a split per line (`train 2.18`, `dev 2.23`, console-split-lines.ts) read as their epochs' figures. */
  readonly splitLines: number;
  readonly placed: number;
  /** The per-batch training names renamed '<name>_step' when epoch averages were read, else undefined. */
  readonly averagedBatchNames: ReadonlySet<string> | undefined;
  readonly dropped: number;
  readonly passes: number;
  /** Validation lines in a cell after the training's, passed by. */
  readonly evaluations: number;
  readonly roundedSteps: number;
  readonly shiftedSteps: number;
}

const lines = (n: number) => `${n} line${n === 1 ? '' : 's'}`;

/** `a plain console log: 89 observation lines read (loss, lr); ...; other lines (configuration, messages) passed by`. */
export function consoleReadNote(c: ConsoleCounts): string {
  const clauses = [
    `a plain console log: ${c.read} observation line${c.read === 1 ? '' : 's'} read (${[...c.names].join(', ')})`,
    c.unplacedLines === 0 ? '' : `${c.unplacedLines} loss line${c.unplacedLines === 1 ? '' : 's'} without a counter, split tag or header read as a logged series (the same names on line after line), one step each`,
    c.trainerSummaries === 0 ? '' : `${c.trainerSummaries} Hugging Face Trainer end-of-training summar${c.trainerSummaries === 1 ? 'y' : 'ies'} (train_loss: the mean over the whole run) passed by`,
    c.trainerEvaluations === 0 ? '' : `${c.trainerEvaluations} Trainer evaluation${c.trainerEvaluations === 1 ? '' : 's'} after the end of training (trainer.evaluate() of the trained model, no point of its run) passed by`,
    c.loopedFits === 0 ? '' : `${c.loopedFits} Keras one-epoch fit${c.loopedFits === 1 ? '' : 's'} ('Epoch 1/1') under a loop's own epoch header placed at the loop's epoch (one training, fit after fit)`,
    c.tests === 0 ? '' : `${lines(c.tests)} of a test split without a counter after validation lines under another name passed by (a held-out test, not a validation point)`,
    c.records === 0 ? '' : `${lines(c.records)} reporting a record ('best', 'improved from', 'saving model') passed by`,
    c.components === 0 ? '' : `${c.components} bracketed component${c.components === 1 ? '' : 's'} after a total ('(cls: 0.74, ...)') not read`,
    c.splitBlocks === 0 ? '' : `${c.splitBlocks} block${c.splitBlocks === 1 ? '' : 's'} of indented figures under a split word alone ('Training:', 'Validation:') read as ${c.splitBlocks === 1 ? 'its' : 'their'} epoch's line, each 'Training:' header an epoch`,
    c.splitLines === 0 ? '' : `${c.splitLines} evaluation${c.splitLines === 1 ? '' : 's'} printed a split per line ('train 2.18', then 'dev 2.23') read as ${c.splitLines === 1 ? 'its' : 'their'} epoch's line, counted from the first in each cell`,
    c.placed === 0 ? '' : `${c.placed} validation line${c.placed === 1 ? '' : 's'} without a counter of ${c.placed === 1 ? 'its' : 'their'} own placed at the last training step before it`,
    c.averagedBatchNames === undefined ? '' : `per-epoch training averages read as the training series, the per-batch ones renamed '<name>_step' (${[...c.averagedBatchNames].join(', ')})`,
    c.dropped === 0 ? '' : `${c.dropped} per-batch evaluation line${c.dropped === 1 ? '' : 's'} left out for their pass's average line`,
    c.passes === 0 ? '' : `${c.passes} evaluation pass${c.passes === 1 ? '' : 'es'} of per-batch lines without an average line read as ${c.passes === 1 ? 'its' : 'their'} mean loss at the last training step`,
    c.evaluations === 0 ? '' : `${lines(c.evaluations)} of validation figures in a cell after the training's (an evaluation of the trained model, evaluate()) passed by`,
    c.roundedSteps === 0 ? '' : `${lines(c.roundedSteps)} whose step was written rounded ('step:1K') placed on the cadence of the exact steps before`,
    c.shiftedSteps === 0 ? '' : `${lines(c.shiftedSteps)} whose 'k/N' counter changed its total within an epoch and went back (a last batch counted against another length) placed just after the line before`,
    'other lines (configuration, messages) passed by',
  ];
  return clauses.filter((clause) => clause !== '').join('; ');
}
