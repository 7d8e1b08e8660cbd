/**
 * PyTorch Lightning's progress bar (`TQDMProgressBar`, the default): the main bar's description is
 * `Epoch N` and its postfix is the trainer's progress-bar metrics, `name=value` after tqdm's timings,
 * redrawn in place with '\r' (and, under the validation bar, ANSI cursor moves) so that a job's
 * captured stdout (`slurm-<id>.out`, `nohup.out`) holds every redraw on a few physical lines:
 *
 *   Epoch 7: 100%|██████████| 391/391 [10:45<00:00,  1.65s/it, loss=1.67e+03, v_num=2, train_loss_step=1.85e+3, val_loss=5.39e+3, train_loss_epoch=1.74e+3]
 *
 * A frame is Lightning's when its postfix carries `v_num` (the logger's version, which Lightning
 * adds) or a name ending in `_step` / `_epoch` (what `self.log(..., on_step=True, on_epoch=True)`
 * names). Each epoch is read from its last redraw with the largest batch count (the bar is reset to
 * `0/N` with the old postfix as the next epoch starts): at that epoch, its counter `k/N`.
 *
 * Which series: `val_loss` is logged once per validation run; `train_loss_epoch` is the mean of the
 * epoch's `train_loss` (Lightning's `on_epoch=True` reduction, `reduce_fx='mean'`) and
 * `train_loss_step` its last batch's value, the names Lightning's own metrics.csv has. The bare
 * `loss` of Lightning 1.x's bar is no epoch figure: `get_progress_bar_dict` puts the fit loop's
 * `running_loss` there, a running mean over the last 20 batches (`TensorRunningAccum(window_length=20)`;
 * later releases dropped it from the bar), a smoothed copy of the training loss that would take the
 * training loss's role beside `train_loss_epoch`: left out when the bar has an epoch-level training
 * loss (`*loss*_epoch`), kept as `loss` (the only training figure) when it has none. `v_num` is no
 * series. Browser-safe.
 */
import type { ConsolePair } from './console-line.js';
import { VALIDATION_PREFIX } from './console-patterns.js';
import { parseNumber } from './series.js';

/** `Epoch N: P%|bar| k/N [timings, postfix]` (the bar's text may hold any character but '|'). */
const FRAME = /^Epoch (\d+):\s*\d+%\|[^|]*\|\s*(\d+)\/(\d+)\s*\[([^\]]*)\]/;
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;
/** An epoch-level training loss, `self.log(..., on_epoch=True)`'s `<name>_epoch`. */
const EPOCH_LOSS = /^(?!val|valid|test)\w*loss\w*_epoch$/;

export interface LightningEpoch {
  readonly epoch: number;
  readonly counter: { readonly value: number; readonly total: number };
  readonly pairs: readonly ConsolePair[];
}

interface Frame extends LightningEpoch {
  readonly lightning: boolean;
}

/** One frame's epoch, counter and postfix pairs, undefined when it is no `Epoch N:` bar. */
function frameOf(text: string): Frame | undefined {
  const match = FRAME.exec(text.replace(ANSI, '').trim());
  if (match === null) return undefined;
  const postfix = match[4].split(',').map((item) => item.trim()).filter((item) => /^[A-Za-z_][\w./-]*=/.test(item));
  const names = postfix.map((item) => item.slice(0, item.indexOf('=')));
  const lightning = names.some((name) => name === 'v_num' || /_(?:step|epoch)$/.test(name));
  // The running mean `loss` only where no epoch-level training loss is there (see the module comment).
  const leftOut = new Set(['v_num', ...(names.some((name) => EPOCH_LOSS.test(name)) ? ['loss'] : [])]);
  const pairs = postfix.flatMap((item): ConsolePair[] => {
    const name = item.slice(0, item.indexOf('='));
    const value = parseNumber(item.slice(item.indexOf('=') + 1));
    return typeof value === 'number' && !leftOut.has(name) ? [{ name, value, validation: VALIDATION_PREFIX.test(name) }] : [];
  });
  return { epoch: Number(match[1]), counter: { value: Number(match[2]), total: Number(match[3]) }, pairs, lightning };
}

/** Reads Lightning's bar frames line by line, each epoch's kept frame handed back once the next epoch's begins. */
export class LightningBars {
  private kept: LightningEpoch | undefined;

  /** The epochs that `raw` (one '\n' line, its '\r' redraws and all) ends; undefined when it holds no Lightning frame. */
  take(raw: string): LightningEpoch[] | undefined {
    if (!raw.includes('Epoch ')) return undefined;
    const frames = raw.split('\r').flatMap((text) => frameOf(text) ?? []).filter((frame) => frame.lightning);
    if (frames.length === 0) return undefined;
    const ended: LightningEpoch[] = [];
    for (const { epoch, counter, pairs } of frames) {
      const kept = this.kept;
      if (kept !== undefined && kept.epoch !== epoch) ended.push(kept);
      if (kept === undefined || kept.epoch !== epoch || counter.value >= kept.counter.value) this.kept = { epoch, counter, pairs };
    }
    return ended;
  }

  /** The last epoch's kept frame, at the log's end. */
  finish(): LightningEpoch[] {
    const kept = this.kept;
    this.kept = undefined;
    return kept === undefined ? [] : [kept];
  }
}
