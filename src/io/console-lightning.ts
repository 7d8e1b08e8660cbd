/**
 * PyTorch Lightning's own lines in a plain console log (console-log.ts reads them before any other
 * kind of line): its progress bar (lightning-bar.ts), each epoch's last redraw, its postfix metrics
 * at its `k/N` counter as a Keras line's under its epoch header; its checkpoint messages
 * (lightning-checkpoint.ts), the monitored quantity's best so far, placed as `observeBest` says.
 * Browser-safe.
 */
import type { ConsoleLine } from './console-line.js';
import { lineText } from './console-line-text.js';
import { LightningBars, type LightningEpoch } from './lightning-bar.js';
import { CheckpointBests, type CheckpointBest } from './lightning-checkpoint.js';

type Observation = Extract<ConsoleLine, { kind: 'observation' }>;

/** Reads one log's Lightning lines in file order, handing each epoch and best to the log's reader. */
export class LightningLines {
  /** Lightning's progress bar: each epoch's last redraw. */
  private readonly bars = new LightningBars();
  /** Lightning's checkpoint messages: the monitored quantity's best so far. */
  private readonly checkpoints = new CheckpointBests();
  /** How many observations were checkpoint messages' bests (all of them: the log holds nothing else yet). */
  private bestsObserved = 0;

  /** `observe` reads an observation as the log's other lines; `observed` counts the log's observations so far. */
  constructor(private readonly observe: (line: Observation) => void, private readonly observed: () => number) {}

  /** Reads `text`: true when it is Lightning's (a bar's frames, a checkpoint message), then observed. */
  take(text: string): boolean {
    const epochs = this.bars.take(text);
    if (epochs !== undefined) {
      this.observeEpochs(epochs);
      return true;
    }
    const best = this.checkpoints.take(lineText(text));
    if (best === undefined) return false;
    // The message follows its epoch's end: the bar's last frame of that epoch comes first.
    this.finishBar();
    this.observeBest(best);
    return true;
  }

  /** Observes the bar's epoch still being redrawn (its training ends: a launch mark, the log's end). */
  finishBar(): void {
    this.observeEpochs(this.bars.finish());
  }

  /** The note for a log that held checkpoint messages. */
  note(): string | undefined {
    return this.checkpoints.note();
  }

  /**
   * A checkpoint message's best so far: at its global step in a log of these messages alone;
   * beside training lines (a progress bar's), a validation quantity's at the last training step,
   * as any validation line, and a training quantity's passed by, the training lines being its curve.
   */
  private observeBest({ epoch, step, pair }: CheckpointBest): void {
    const alone = this.observed() === this.bestsObserved;
    if (!alone && !pair.validation) return;
    this.bestsObserved++;
    this.observe({ kind: 'observation', pairs: [pair], components: 0, summary: false, epoch, ...(alone ? { counter: { value: step, named: true } } : {}) });
  }

  /** Lightning progress-bar epochs: their postfix pairs at their `k/N` counter, as a Keras line under its epoch header. */
  private observeEpochs(epochs: readonly LightningEpoch[]): void {
    for (const { epoch, counter, pairs } of epochs) this.observe({ kind: 'observation', pairs, components: 0, summary: false, epoch, counter });
  }
}
