/**
 * The step a plain console log's counters give a line (console-log.ts places the lines without
 * one):
 *
 *   - `epoch e` with a batch counter `i/N` (mnist's `Train Epoch: 1 [640/60000 (1%)]`, Keras'
 *     `1875/1875` under its `Epoch 3/10` header, `[batch 10/152, epoch 1/15]`): step `e * N + i`,
 *     the epoch kept, as metric-logger.ts does;
 *     a line whose total differs from the one before in the same epoch and whose step would go back
 *     (mnist-style scripts printing the last batch against another length) lands just after it;
 *     a `k/N` counter that goes on as the epoch moves on (OLMo's `[step=1193/2500,epoch=1]` after
 *     `[step=1192/2500,epoch=0]`) counts the whole training, N its planned steps: from then on k is
 *     the step (continuing from the line before), not e * N + k; until k goes back as the epoch
 *     moves on, which a counter of the whole training never does: a per-epoch counter whose prints
 *     every P > N batches landed on rising k's by chance (Udacity's TV-script notebooks print
 *     `Epoch   4 Batch   24/69` after `Epoch   2 Batch   62/69`, readers-114), e * N + k again
 *     from then on for that training (its first points keep the steps they got, in order);
 *   - a step / iter / iteration / batch counter without a total: the step; one that goes back
 *     while the epoch moves on (`Epoch 1, Step 25` after `Epoch 0, Step 125`) counts within the
 *     epoch and continues from the previous epoch's last (125 + 25; a 0-based one's 0 one after it:
 *     `Epoch 00001 | Step 00000` after `Epoch 00000 | Step 00020` at 21), not read as a fresh training;
 *   - a counter written rounded, with a magnitude suffix (LeRobot's `step:1K`, any step from 500 to
 *     1499, after `step:800`): the last step plus the spacing of the last two exact ones (1000,
 *     1200, 1400 for a log every 200 steps; 1 when none was exact), and never below the range the
 *     suffix allows.
 *
 * A counter going back with no epoch moving on is left as written: another training appended to
 * the log, which `SeriesBuilder` keeps apart. Browser-safe.
 */

/** Reads the counters of one log's lines in file order. */
export class CounterSteps {
  /** Lines whose `k/N` total changed within an epoch and went back, placed just after the line before. */
  shifted = 0;
  /** Lines whose counter was rounded (`step:1K`), placed on the cadence of the exact ones before. */
  rounded = 0;
  /** A counter without a total: its last value, that line's epoch, and what earlier epochs add to it. */
  private counter: { last: number; epoch: number | undefined; offset: number } | undefined;
  /** The last `k/N` counter's epoch, total, k and step, and the largest k of this training. */
  private fraction: { epoch: number; total: number; value: number; step: number; most: number } | undefined;
  /** Set once a `k/N` counter went on across an epoch: k counts the whole training, this added to it. */
  private wholeTraining: number | undefined;
  /** Set once k went back as the epoch moved on: this training's counter counts within the epoch. */
  private perEpoch = false;

  /** The last step a counter gave, and the spacing between the last two exact ones. */
  private cadence: { step: number; spacing: number | undefined } | undefined;

  /** The step of a line's counter (see the module comment). */
  stepOf(counter: { value: number; total?: number; rounded?: number }, epoch: number | undefined): number {
    const step = this.exactStepOf(counter, epoch);
    const last = this.cadence;
    const spacing = counter.rounded === undefined && last !== undefined && step > last.step ? step - last.step : last?.spacing;
    this.cadence = { step, spacing };
    return step;
  }

  private exactStepOf(counter: { value: number; total?: number; rounded?: number }, epoch: number | undefined): number {
    if (counter.rounded !== undefined) {
      // `step:1K` is any step from 500 to 1499: the exact cadence goes on, and never below that range.
      this.rounded++;
      const last = this.cadence;
      const floor = (counter.value - 0.5) * counter.rounded;
      return last === undefined ? floor : Math.max(last.step + (last.spacing ?? 1), floor);
    }
    if (counter.total !== undefined && epoch !== undefined) {
      const last = this.fraction;
      if (last !== undefined && epoch < last.epoch) {
        this.wholeTraining = undefined;
        this.perEpoch = false;
      } else if (last !== undefined && epoch > last.epoch && counter.value < last.value) {
        // k going back as the epoch moves on: it counts within the epoch, whatever it seemed before.
        this.wholeTraining = undefined;
        this.perEpoch = true;
      }
      // k going on past every k before as the epoch moves on (OLMo's `[step=1193/2500,epoch=1]` after
      // `[step=1192/2500,epoch=0]`): N is the training's. A k seen in an earlier epoch (lines missing) is not.
      else if (last !== undefined && !this.perEpoch && epoch > last.epoch && counter.value > last.most) this.wholeTraining ??= last.step - last.value;
      const most = last === undefined || epoch < last.epoch ? counter.value : Math.max(last.most, counter.value);
      const step = (this.wholeTraining === undefined ? epoch * counter.total : this.wholeTraining) + counter.value;
      // Another total within the epoch going back (a script printing its last batch against another
      // length, `[5600/5640 (99%)]` after `[8320/9024 (92%)]`): that batch ends the epoch, not a restart.
      const shifted = last !== undefined && last.epoch === epoch && last.total !== counter.total && step <= last.step;
      if (shifted) this.shifted++;
      this.fraction = { epoch, total: counter.total, value: counter.value, step: shifted ? last.step + 1 : step, most };
      return this.fraction.step;
    }
    const previous = this.counter;
    let offset = previous?.offset ?? 0;
    if (previous !== undefined && epoch !== undefined && previous.epoch !== undefined) {
      // A 0-based counter's 0 would land on the previous epoch's last step: one after it.
      if (epoch > previous.epoch && counter.value <= previous.last) offset += previous.last + (counter.value === 0 ? 1 : 0);
      else if (epoch < previous.epoch) offset = 0;
    }
    this.counter = { last: counter.value, epoch, offset };
    return offset + counter.value;
  }
}
