/**
 * The notes a `SeriesBuilder` writes for a file whose steps went back: one for the resumes
 * (TensorBoard's purge), one naming the trainings of a log with fresh starts and which one was
 * kept. Only the wording: the rules, and what the numbers mean, are series-columns.ts's.
 * Browser-safe.
 */
import { maxOf, minOf } from '../core/extent.js';
import { FRESH_START_MIN_POINTS, type CounterRestart, type Launch, type Restarts } from './series-columns.js';

/**
 * `log.txt:7: the step went back from 4 to 0 (a restart appended to the log, as when a run resumes
 * from a checkpoint); kept the later launch's points and dropped the earlier ones from that step on,
 * as TensorBoard does: 5 points of each of 40 series`. Undefined when nothing restarted.
 */
export function restartNote(source: string, restarts: readonly [string, Restarts][]): string | undefined {
  if (restarts.length === 0) return undefined;
  // The first restart in the file: the earliest line (series that restart on the same line agree).
  const [, first] = restarts.reduce((a, b) => (b[1].firstLine < a[1].firstLine ? b : a));
  const where = Number.isNaN(first.firstLine) ? source : `${source}:${first.firstLine}`;
  const when = first.firstFrom === first.firstTo ? `step ${first.firstTo} was logged again` : `the step went back from ${first.firstFrom} to ${first.firstTo}`;
  const count = maxOf(restarts.map(([, r]) => r.count));
  const more = count > 1 ? `, and ${count - 1} more time${count > 2 ? 's' : ''} after` : '';
  const dropped = restarts.map(([, r]) => r.dropped);
  const low = minOf(dropped);
  const high = maxOf(dropped);
  const points = low === high ? `${high} point${high === 1 ? '' : 's'}` : `${low}-${high} points`;
  const which = restarts.length === 1 ? `of '${restarts[0][0]}'` : `of each of ${restarts.length} series`;
  return `${where}: ${when}${more} (a restart appended to the log, as when a run resumes from a checkpoint); ` +
    `kept the later launch's points and dropped the earlier ones from that step on, as TensorBoard does: ${points} ${which}`;
}

/**
 * `results.csv:12: the step went back from 9 to 0, the log's first step, and 1 more time after: 3
 * trainings written into one log (a fresh start is a new training, not a resume from a
 * checkpoint); kept training 1 of 3 (up to line 11, 10 points): the latest (from line 13, 1 point)
 * is shorter than the 5 points the trend rules need`; a training the reader declared (a CSV header
 * written again) is named so: `history.csv:3: the header row is written again, ...`.
 */
export function freshStartNote(source: string, firstStep: number, launches: readonly Launch[], lengths: readonly number[], kept: number): string {
  const first = launches[0];
  const where = Number.isNaN(first.line) ? source : `${source}:${first.line}`;
  const more = launches.length > 1 ? `, and ${launches.length - 1} more time${launches.length > 2 ? 's' : ''} after` : '';
  const count = lengths.length;
  const latest = count - 1;
  const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;
  /** Where training `launch` is in the file: its lines, when the reader gives them. */
  const lines = (launch: number): string => {
    const from = launch === 0 ? Number.NaN : launches[launch - 1].line;
    const to = launch === latest ? Number.NaN : launches[launch].line - 1;
    if (launch > 0 && Number.isNaN(from)) return '';
    if (launch === 0) return Number.isNaN(to) ? '' : `up to line ${to}, `;
    return Number.isNaN(to) ? `from line ${from}, ` : `lines ${from}-${to}, `;
  };
  const why = first.mark?.why ?? (first.declared ? "a header written again begins a new training, as fastai's CSVLogger(append=True) writes one at each fit" : 'a fresh start is a new training, not a resume from a checkpoint');
  const head = `${where}: ${firstLaunch(first, firstStep)}${more}: ${count} trainings written into one log (${why})`;
  if (kept === latest) {
    const none = lengths[latest] < FRESH_START_MIN_POINTS ? `; none has the ${FRESH_START_MIN_POINTS} points the trend rules need` : '';
    return `${head}; kept the latest (${lines(latest)}${points(lengths[latest])}) and left out the ${latest === 1 ? 'one' : latest} before it${none}`;
  }
  return `${head}; kept training ${kept + 1} of ${count} (${lines(kept)}${points(lengths[kept])}): the latest (${lines(latest)}${points(lengths[latest])}) ` +
    `is shorter than the ${FRESH_START_MIN_POINTS} points the trend rules need`;
}

/** What began the second training: the header written again, or the step going back to the log's first. */
function firstLaunch(first: Launch, firstStep: number): string {
  if (first.declared) return first.mark?.what ?? 'the header row is written again';
  const to = first.to === firstStep ? `${first.to}, the log's first step` : `${first.to}, before the log's first step (${firstStep})`;
  return `the step went back from ${first.from} to ${to}`;
}

/**
 * `PyTorch.ipynb:31: the step went back from 700 to 0, the log's first step, and 8 more times
 * after, but 'loss' went on from its last level (0.94 at the restart, last level 1.02, first value
 * 2.31): a counter that starts again inside one training (each epoch's iterations counted from
 * 0), read as one training, its steps numbered on after the last`.
 */
export function counterRestartNote(source: string, restart: CounterRestart): string {
  const where = Number.isNaN(restart.line) ? source : `${source}:${restart.line}`;
  const more = restart.count > 1 ? `, and ${restart.count - 1} more time${restart.count > 2 ? 's' : ''} after` : '';
  const level = (value: number) => value.toPrecision(3);
  return `${where}: the step went back from ${restart.from} to ${restart.to}, at or before the log's first step${more}, but '${restart.name}' went on from its last level ` +
    `(${level(restart.value)} at the restart, last level ${level(restart.lastLevel)}, first value ${level(restart.first)}): a counter that starts again inside one ` +
    'training (each epoch\'s iterations counted from 0), read as one training, its steps numbered on after the last';
}
