/**
 * Lines that say a plain console log's script was started again: another training appended to the
 * log, which console-log.ts declares to `SeriesBuilder.startTraining` (as csv-log.ts does for a CSV
 * header written again) so that a log of several trainings with no counter, or with counters that
 * do not go back, is not read as one. Two marks, each something a training prints once:
 *
 *   - argparse's `Namespace(lr=3e-05, batch_size=5, ...)`, the parsed arguments a script logs at
 *     start (`print(args)`, `logger.info(args)`): a second one after observations is a second
 *     launch (SimCSE's loguru logs, appended run after run with no step counter);
 *   - an epoch total that changes (`Epoch 1/30` after `Epoch 2/2`): a training's planned epochs are
 *     fixed when it starts, so another total is another training (a script run again with new
 *     arguments; Keras prints `Epoch k/N` for every `fit`), also written as JSON (PySlowFast's
 *     `json_stats: {..., "epoch": "1/20", ...}`, json-stats-line.ts).
 * Browser-safe.
 */
import { EPOCH } from './console-patterns.js';
import type { LaunchMark } from './series-columns.js';

/** argparse's repr of its parsed arguments: `Namespace(` and a first `name=`. */
const ARGPARSE_NAMESPACE = /(?<![\w.])Namespace\(\s*(?:\)|[A-Za-z_]\w*=)/;

/** An epoch and its total as a JSON record's string (PySlowFast's `"epoch": "1/20"`): group 1 the total. */
const JSON_EPOCH = /"epoch":\s*"\d+\/(\d+)"/;

const ARGUMENTS_LOGGED: LaunchMark = {
  what: "argparse's Namespace(...) is logged again",
  why: 'a script logs its parsed arguments once, at its start: a new launch is a new training',
};

/** Watches one log's lines in file order for a new launch (see the module comment). */
export class LaunchMarks {
  private epochTotal: number | undefined;

  /** What in `text` starts another training, given whether any observation was read before it; undefined when nothing does. */
  starts(text: string, afterObservations: boolean): LaunchMark | undefined {
    if (ARGPARSE_NAMESPACE.test(text)) {
      this.epochTotal = undefined;
      return afterObservations ? ARGUMENTS_LOGGED : undefined;
    }
    const total = EPOCH.exec(text)?.[2] ?? JSON_EPOCH.exec(text)?.[1];
    if (total === undefined) return undefined;
    const before = this.epochTotal;
    this.epochTotal = Number(total);
    if (before === undefined || this.epochTotal === before || !afterObservations) return undefined;
    return { what: `the planned epochs changed from ${before} to ${this.epochTotal}`, why: "a training's planned epochs are fixed when it starts, so another total is another training" };
  }
}
