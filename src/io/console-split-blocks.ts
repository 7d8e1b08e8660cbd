/**
 * Per-epoch blocks headed by a split word alone (readers-110). The YSDA Practical_DL course's salary
 * notebook (`seminar_pytorch`, the 59th corpus' c05, the 61st's d04) prints, epoch after epoch,
 *
 *   Training:
 *   	Loss:	1.39969
 *   	MAE:	46054.74496
 *
 *   Validation:
 *   	Loss:	1.09140
 *   	MAE:	21881.02642
 *
 * and no epoch counter anywhere. Each `Training:` header begins an epoch (1, 2, 3 ... counted from
 * the first again in each section of the text, a notebook's cell: a cell that runs the loop again
 * trains again); a block's indented pair lines, blank lines between them, are its epoch's figures,
 * the training split's under `Training:` (`loss`, `mae`) and the validation split's under
 * `Validation:` (`val_loss`, `val_mae`), read together as one line of them (`Loss: 1.39969, MAE:
 * 46054.74496`: a line of a metric alone is no line the reader reads). A block ends at the next
 * header, at any other line that is not blank after its first figure (`Final eval:`, whose block
 * evaluates the trained model and adds no point; an early-stopping counter's `0`) or where a
 * section begins; lines before its first figure are the loop's own prints, passed by (readers-131:
 * a student's copy printing `tensor([...])` batch after batch under each `Training:` header). A validation block before its section's first
 * `Training:` header, or a second one in the same epoch, is no epoch's.
 *
 * Elsewhere a split word and a colon alone is a configuration's section (`train:` over its
 * indented settings): the blocks are read only once they repeat, MIN_REPEATED_EPOCHS `Training:`
 * blocks in a row each holding a loss line; until then they are held back, and a training block
 * without a loss line drops them. Only lines the console reader leaves unread are a block's (an
 * indented pair line under a Keras header, or one with a counter of its own, stays the reader's).
 * Browser-safe.
 */
import { readConsoleLine, type ConsolePair } from './console-line.js';
import { namesLoss } from './series.js';

/** How many training blocks in a row, each with a loss line, make the blocks a log's epochs. */
export const MIN_REPEATED_EPOCHS = 3;

/** A split word and ':' alone at column 0: `Training:`, `Validation:`. */
const BLOCK_HEADER = /^(train|training|val|valid|validation)\s*:\s*$/i;
/** An indented line of one name and its number: `\tMAE:\t46054.74496`. */
const PAIR_LINE = /^[ \t]+[A-Za-z][\w ()/-]*?\s*[:=]\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?%?\s*$/;

/** One block's figures: its pairs (validation ones for a validation block) and its epoch. */
export interface SplitBlock {
  readonly pairs: readonly ConsolePair[];
  readonly epoch: number;
}

interface OpenBlock {
  readonly validation: boolean;
  readonly epoch: number;
  /** Its pair lines, trimmed. */
  readonly lines: string[];
}

/** Reads one log's split blocks, line by line in file order (see the module comment). */
export class SplitBlocks {
  private open: OpenBlock | undefined;
  /** The epoch of the last `Training:` header in this section of the text, 0 before one. */
  private epoch = 0;
  /** The epoch whose validation block was read (a second one in the same epoch is no epoch's). */
  private validatedEpoch = 0;
  /** Training blocks with a loss line read in a row, until the blocks repeat enough. */
  private repeated = 0;
  /** Blocks held back until the blocks repeat enough; undefined once they have. */
  private held: SplitBlock[] | undefined = [];
  private readCount = 0;

  /** Blocks read as their epochs' figures. */
  get read(): number {
    return this.readCount;
  }

  /**
   * Reads `text` (a line as a terminal shows it); `unread`: whether the console reader leaves the
   * line unread. Returns whether the line is the blocks' (a header or a block's line, once the
   * blocks repeat: not to be read as another line) and the blocks it completed.
   */
  take(text: string, unread: () => boolean): { taken: boolean; blocks: SplitBlock[] } {
    const header = BLOCK_HEADER.exec(text);
    if (header !== null) {
      const blocks = this.close();
      const validation = !/^train/i.test(header[1]);
      if (!validation) this.epoch++;
      if (this.epoch > 0 && (!validation || this.validatedEpoch < this.epoch)) {
        this.open = { validation, epoch: this.epoch, lines: [] };
        if (validation) this.validatedEpoch = this.epoch;
      }
      return { taken: this.held === undefined, blocks };
    }
    if (this.open === undefined) return { taken: false, blocks: [] };
    if (text.trim() === '') return { taken: this.held === undefined, blocks: [] };
    const pairLine = /^[ \t]+\S/.test(text) && unread() && (PAIR_LINE.test(text) || pairsOf(text, this.open.validation) !== undefined);
    // The loop's own prints between a header and its block's first figure (a student's debug
    // `tensor([...])` lines, printed batch after batch before `print_metrics`) are passed by.
    if (!pairLine) return this.open.lines.length === 0 ? { taken: false, blocks: [] } : { taken: false, blocks: this.close() };
    this.open.lines.push(text.trim());
    return { taken: this.held === undefined, blocks: [] };
  }

  /** A section of the text (a notebook's cell) begins: the open block ends, and epochs count from the first again. */
  sectionBegan(): SplitBlock[] {
    const blocks = this.close();
    this.epoch = 0;
    this.validatedEpoch = 0;
    return blocks;
  }

  /** The text ends: the blocks the open one completes. */
  finish(): SplitBlock[] {
    return this.close();
  }

  /**
   * Ends the open block: the blocks it makes read (the held ones with it once the blocks repeat
   * enough). Until then a training block without a loss line ends the run: the blocks held are
   * dropped and epochs count from the first again.
   */
  private close(): SplitBlock[] {
    const block = this.open;
    this.open = undefined;
    if (block === undefined) return [];
    const pairs = pairsOf(block.lines.join(', '), block.validation) ?? [];
    const read = { pairs, epoch: block.epoch };
    if (this.held === undefined) return pairs.length === 0 ? [] : this.counted([read]);
    if (!block.validation && !pairs.some(({ name }) => namesLoss(name))) {
      this.held = [];
      this.repeated = 0;
      this.epoch = 0;
      this.validatedEpoch = 0;
      return [];
    }
    if (pairs.length > 0) this.held.push(read);
    if (block.validation || ++this.repeated < MIN_REPEATED_EPOCHS) return [];
    const blocks = this.held;
    this.held = undefined;
    return this.counted(blocks);
  }

  private counted(blocks: SplitBlock[]): SplitBlock[] {
    this.readCount += blocks.length;
    return blocks;
  }
}

/**
 * The pairs of `text` (a block's lines, trimmed and joined) read as a line under its split's header, all of
 * that split; undefined for a text the reader reads as no such line (one with a counter or an epoch of its own).
 */
function pairsOf(text: string, validation: boolean): ConsolePair[] | undefined {
  const line = readConsoleLine(text.trim(), true, true, undefined, validation ? 'val' : undefined);
  if (line?.kind !== 'observation' || line.counter !== undefined || line.epoch !== undefined || line.pairs.length === 0) return undefined;
  return line.pairs.every((pair) => pair.validation === validation) ? [...line.pairs] : undefined;
}
