/**
 * The key/value tables of OpenAI's logger (openai/baselines `baselines/logger.py`, copied into
 * improved-diffusion, guided-diffusion and consistency_models as `logger.py`): each `dumpkvs()`
 * writes one block to stdout and `log.txt` (its `HumanOutputFormat.writekvs`), the keys sorted,
 * every float written `'%-8.3g'`, a key longer than 30 characters cut to 27 and '...':
 *
 *   -------------------------
 *   | grad_norm  | 12.8     |
 *   | loss       | 1.99     |
 *   | loss_q0    | 1.99     |
 *   | mse        | 1.99     |
 *   | samples    | 176      |
 *   | step       | 10       |
 *   -------------------------
 *
 * Each block is one record: its numbers at its `step` row (or `global_step`, `iteration`,
 * `iter`), else at its ordinal (1, 2, 3 ...). The keys are kept as written: the diffusion trainers'
 * `loss` (the mean loss back-propagated) is the training loss by the role table, `mse` and `vb`
 * its terms, and `loss_q0` ... `loss_q3` (`mse_q0`, `vb_q1`, ...) the same losses over the
 * quarters of the diffusion timesteps (`log_loss_dict`), components of one training, so they stay
 * metrics; a key with an evaluation prefix (`eval_loss`, `val_loss`) is the validation split by
 * the role table. The step row and improved-diffusion's `samples` (examples seen, a counter) are
 * not series; a value that is not a number (a string) is passed by, as are the lines outside
 * blocks (start-up messages, warnings). A text is such a log when MIN_TABLE_BLOCKS blocks have a
 * key naming a loss with a number.
 *
 * stable-baselines3 writes the same tables (`sb3/common/logger.py`, `HumanOutputFormat`), its keys
 * grouped under section rows with no value and indented beneath them:
 *
 *   | time/               |          |
 *   |    total_timesteps  | 15981    |
 *   | train/              |          |
 *   |    loss             | 0.000102 |
 *
 * An indented key is read under its section, `train/loss`, `time/total_timesteps`, as its
 * progress.csv names them; a block is placed at its `time/total_timesteps`, the x-axis of SB3's own
 * plots (readers-75: the second reader sweep's DQN tables in a Markdown page, read before as a
 * series of `loss` rows at their ordinals). Browser-safe.
 */
import { LineStream } from './line-stream.js';
import { incompleteLastLineNote, logError, namesLoss, parseNumber } from './series.js';
import type { ParsedLog } from './types.js';

/** The dashed line that opens and closes a block. */
const DASHES = /^-{5,}\s*$/;
/** `| key | value |`, the key's cell as written (its indentation says it is under a section). */
const ROW = /^\|(.*?)\|\s*(.*?)\s*\|\s*$/;
/** Rows that place a block (see the module comment). */
const STEP_KEYS = new Set(['step', 'global_step', 'iteration', 'iter', 'time/total_timesteps']);
/** Counters that are no series. */
const COUNTER_KEYS = new Set([...STEP_KEYS, 'samples']);
/** How many blocks with a loss make a text an OpenAI-logger log. */
export const MIN_TABLE_BLOCKS = 3;

type Block = Map<string, number>;

/** Reads the blocks of the lines it is given, one at a time. */
class BlockReader {
  private open: Block | undefined;
  /** The section row above (SB3's `train/`), while its keys are indented. */
  private section = '';

  /** The block `line` closes, if any. */
  take(line: string): Block | undefined {
    if (DASHES.test(line)) {
      const closed = this.open;
      this.open = closed === undefined ? new Map() : undefined;
      this.section = '';
      return closed !== undefined && closed.size > 0 ? closed : undefined;
    }
    const row = this.open === undefined ? null : ROW.exec(line);
    if (row === null) {
      // A line that is no row ends the block unread (a table of another kind, text between dashes).
      this.open = undefined;
      return undefined;
    }
    const key = row[1].trim();
    if (key.endsWith('/') && row[2] === '') {
      this.section = key;
      return undefined;
    }
    const indented = /^\s{2,}/.test(row[1]);
    if (!indented) this.section = '';
    const value = parseNumber(row[2]);
    if (typeof value === 'number') this.open?.set(`${indented ? this.section : ''}${key}`, value);
    return undefined;
  }

  get inBlock(): boolean {
    return this.open !== undefined && this.open.size > 0;
  }
}

const hasLoss = (block: Block) => [...block.keys()].some(namesLoss);

/** True when `text` holds MIN_TABLE_BLOCKS blocks with a key naming a loss. */
export function isKeyValueTableText(text: string): boolean {
  const reader = new BlockReader();
  let count = 0;
  for (const line of text.split('\n')) {
    const block = reader.take(line.replace(/\r$/, ''));
    if (block !== undefined && hasLoss(block) && ++count >= MIN_TABLE_BLOCKS) return true;
  }
  return false;
}

/** Reads an OpenAI-logger log pushed in chunks; `file` names it in messages. */
export class KeyValueTableLogParser extends LineStream {
  private readonly reader = new BlockReader();
  private blocks = 0;
  private ordinal = 0;

  finish(): ParsedLog {
    const { file } = this;
    const warnings: string[] = [];
    const cut = this.cutOffLastLine();
    if (cut !== undefined) this.readLine(cut);
    // A run still writing leaves its last block open.
    if (this.reader.inBlock) warnings.push(incompleteLastLineNote(file, this.lineNumber, 'a key/value block without its closing dashes, not read'));
    if (this.blocks === 0) throw logError(file, "no key/value blocks with a loss: expected OpenAI logger tables ('| loss | 0.52 |' rows between dashed lines)");
    const notes = [`an OpenAI logger log (baselines' dumpkvs tables, stable-baselines3's): ${this.blocks} block${this.blocks === 1 ? '' : 's'} read, each one record at its step row (SB3's time/total_timesteps; else its ordinal); the step and samples counters are not series, nor blocks without a loss`];
    const series = this.builder.finish(file, warnings, notes);
    return { format: 'kv-table', series, warnings, notes };
  }

  protected readLine(line: string): void {
    const block = this.reader.take(this.lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line);
    if (block === undefined || !hasLoss(block)) return;
    this.blocks++;
    this.ordinal++;
    const stepKey = [...block.keys()].find((key) => STEP_KEYS.has(key));
    const step = stepKey === undefined ? this.ordinal : block.get(stepKey) as number;
    this.builder.line = this.lineNumber;
    for (const [key, value] of block) {
      if (!COUNTER_KEYS.has(key)) this.builder.add(key, { step, value });
    }
  }
}

/** Parses an OpenAI-logger log whole (see the module comment); `file` names it in messages. */
export function parseKeyValueTableLog(text: string, file: string): ParsedLog {
  const parser = new KeyValueTableLogParser(file);
  parser.push(text);
  return parser.finish();
}
