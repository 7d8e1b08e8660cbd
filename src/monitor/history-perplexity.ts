/**
 * A perplexity read as its split's loss: Sockeye logs only `Train-ppl` and `Validation-ppl` at each
 * checkpoint, DeepSpeed-Chat's SFT step prints only an evaluation `ppl: 2.01` per epoch. Perplexity
 * is exp(cross-entropy in nats), lower is better, and it is what these trainers early-stop on.
 *
 * Read **as logged**, not as its logarithm ln(ppl) (which is the cross-entropy), because:
 * - the rules already read a positive curve on log(y) (trend-tests.ts' `onLogScale`: noise and
 *   changes as fractions of the level), so on a perplexity they measure changes in ln(ppl), the
 *   cross-entropy, in nats; taking ln first would read log(cross-entropy), whose changes shrink
 *   as the loss is high (the twenty-fourth corpus's Sockeye overfit: +14.1 % in ppl since its best,
 *   +3.2 % in ln(ppl), within the noise of the overfitting test, read as a widening gap only);
 * - early stopping monitors the logged metric: Sockeye's `--optimized-metric perplexity` and Keras'
 *   EarlyStopping compare the values as logged (its min_delta in their units), so the levels and
 *   the min_delta a finding gives are the ones the user can find in the log ("Best validation
 *   perplexity: 46.495384") and put into the early stopper;
 * - exp is monotone: the best point and every rank-based trend (Mann-Kendall) are the same either way.
 * Measured on the three perplexity logs of the corpora: as logged, 3 of 3 as labelled; by ln(ppl),
 * 1 of 3 (the Sockeye overfit a widening gap, DeepSpeed-Chat's levelled-off end still improving).
 *
 * A logged loss always wins: a split's perplexity stands in only when that split logs no loss, plain,
 * named or named after a loss function (`History.trainLoss`, `History.validationLoss`). And never beside
 * the other split's loss: a perplexity and a cross-entropy are on two scales (one the exponential of
 * the other), and their gap would mean nothing. The CLI says which perplexity was read. Browser-safe.
 */
import { isPerplexity, type SeriesSplit } from './history-names.js';
import type { Series } from './history.js';

/** The split's first perplexity with points (per-epoch before per-step), undefined when it logs none. */
export function perplexityLoss(all: readonly Series[], split: SeriesSplit): Series | undefined {
  const candidates = all.filter((series) => series.split === split && isPerplexity(series) && series.points.length > 0);
  return candidates.find((series) => series.granularity === 'epoch') ?? candidates[0];
}
