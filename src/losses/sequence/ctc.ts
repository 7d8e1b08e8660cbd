import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { LossError } from '../../core/errors.js';
import { option } from '../../core/options.js';
import { planReduction } from '../../core/reduction.js';
import { ctcLayout } from './ctc-layout.js';
import { backward, extendTarget, forward, type CtcSample } from './ctc-recursion.js';
import { maxOf } from '../../core/extent.js';

/** Connectionist temporal classification. */

/**
 * A feasible random batch: log_softmax of random logits (so values are true log-probabilities),
 * labels never equal to the blank, and input lengths long enough for every target (each
 * repeated label needs a blank between its copies), so every loss is finite. All targets of a
 * batch share one length: with unequal lengths 'mean' weights samples by 1 / targetLength, and
 * its gradient is then not a uniform multiple of the 'sum' gradient.
 */
export function sampleCtc(random: () => number) {
  // At least 5 frames: a target of up to 3 labels with 2 repeats needs 5 (a blank between repeats).
  const frames = 5 + Math.floor(random() * 3);
  const batch = 1 + Math.floor(random() * 3);
  const classes = 3 + Math.floor(random() * 3);
  const blank = random() < 0.25 ? classes - 1 : 0;
  const width = 1 + Math.floor(random() * 3);
  const length = Math.floor(random() * (width + 1));
  const label = () => {
    const c = 1 + Math.floor(random() * (classes - 1));
    return blank === 0 ? c : c - 1;
  };
  const targets: number[][] = [];
  const inputLengths: number[] = [];
  for (let n = 0; n < batch; n++) {
    const row = Array.from({ length: width }, (_, k) => (k < length ? label() : blank));
    let repeats = 0;
    for (let k = 1; k < length; k++) if (row[k] === row[k - 1]) repeats++;
    const needed = Math.max(length + repeats, 1);
    inputLengths.push(needed + Math.floor(random() * (frames - needed + 1)));
    targets.push(row);
  }
  const logProbs = Array.from({ length: frames }, () => Array.from({ length: batch }, () => {
    const logits = Array.from({ length: classes }, () => 3 * random() - 1.5);
    const max = maxOf(logits);
    const lse = max + Math.log(logits.reduce((s, z) => s + Math.exp(z - max), 0));
    return logits.map((z) => z - lse);
  }));
  return {
    inputs: { logProbs, targets, inputLengths, targetLengths: Array.from({ length: batch }, () => length) },
    options: { blank },
  };
}

const ctcInputs = [
  // Log-probabilities, not logits: exp() of them is the frame probability, and log 0 = -Infinity is legitimate.
  input.prediction('logProbs', 'Per-frame class log-probabilities [T, N, C] (time-major, e.g. a log_softmax output); used as given, -Infinity allowed.', { domain: 'log-probability', allowInfinite: true }),
  input.int('targets', 'Label sequences [N, S] padded (first targetLengths[n] entries read) or concatenated [Σ targetLengths]; never the blank.', { domain: 'label' }),
  input.int('inputLengths', 'Frames used per sequence [N], each in [0, T].'),
  input.int('targetLengths', 'Labels per sequence [N], each in [0, S].'),
] as const;

/**
 * CTC loss: the negative log-likelihood of a label sequence summed over every frame-level
 * alignment that collapses to it (merge repeats, then drop blanks), for unsegmented sequence
 * labelling (speech, handwriting) where the frame of each label is unknown.
 *
 *   l_n = -log Σ_{π ∈ B⁻¹(y_n)} Π_{t < T_n} exp(logProbs[t, n, π_t])     (Graves et al. 2006)
 *   'mean' = mean_n(l_n / max(targetLengths[n], 1)); forward-backward in the log domain.
 *   dl_n/dlogProbs[t, n, c] = -γ_t(c), the posterior probability that frame t emits c; 0 for t >= T_n.
 *
 * The gradient differs ON PURPOSE: ours is the exact derivative with respect to logProbs as
 * free inputs, -γ. torch's backward returns exp(logProbs) - γ, which is what -γ becomes after
 * back-propagation through a log_softmax (dlogits = g - p Σ_c g_c, and Σ_c γ_t(c) = 1);
 * autograd then applies log_softmax's backward again, a no-op on a vector summing to 0 over
 * classes. So both train a log_softmax output identically, but torch's is wrong for any other
 * input (pytorch#52241, open) and fails a finite-difference check; ours is right for
 * unnormalised scores too.
 * Shapes: logProbs [T, N, C] time-major (or [T, C]); targets [N, S] padded (or [Σ targetLengths]
 * concatenated); inputLengths, targetLengths [N]. 'none' gives [N] ([] for one [T, C] sequence).
 * Hazards: a target that cannot fit in its input length (needs targetLength + repeats frames), or
 * whose every alignment has a log-probability of -Infinity, has loss +Infinity and no gradient:
 * that is a LossError naming the sample (torch returns Infinity with a NaN gradient), unless
 * zeroInfinity makes its loss and gradient 0. logProbs are used as given: pass a log_softmax output.
 * @example ctc([[[-0.6931471805599453, -0.6931471805599453]], [[-0.6931471805599453, -0.6931471805599453]]], [[1]], [2], [1]) // 0.287682
 */
export const ctcLoss = defineLoss({
  name: 'ctc',
  inputs: ctcInputs,
  options: {
    blank: option.number({ default: 0, min: 0, integer: true, doc: 'Class index of the blank symbol (must be < C).' }),
    zeroInfinity: option.boolean(false, 'Count samples with no feasible alignment (infinite loss) as 0, with gradient 0, instead of raising.'),
  },
  reductions: ['none', 'mean', 'sum'],
  defaultReduction: 'mean',
  meanDenominator: "the batch size N, after dividing each sequence's loss by max(targetLengths[n], 1) (torch's 'mean')",
  sample: sampleCtc,
  kernel(
    { logProbs, targets, inputLengths, targetLengths }, { reduction, blank, zeroInfinity }, { logProbs: grad }, { loss },
  ) {
    const layout = ctcLayout(loss, logProbs, targets, inputLengths, targetLengths, blank);
    const { frames, batch, classes, batched, targetOffset, maxTarget } = layout;
    const plan = planReduction(reduction, batch, batched ? [batch] : [], logProbs.data);
    const { values, gradScale } = plan;
    const mean = reduction === 'mean';
    // Hint: scratch sized for the longest sample, allocated once per call and reused for every sample.
    const maxStates = 2 * maxTarget + 1;
    const sample = {
      lp: logProbs.data, batch, classes, n: 0, frames: 0, states: 0,
      ext: new Int32Array(maxStates), canSkip: new Uint8Array(maxStates),
      alpha: new Float64Array(Math.max(frames, 1) * maxStates),
      beta: new Float64Array(maxStates), betaPrev: new Float64Array(maxStates), gamma: new Float64Array(classes),
    } satisfies CtcSample;
    let sum = 0;
    for (let n = 0; n < batch; n++) {
      const length = targetLengths.data[n];
      sample.n = n;
      sample.frames = inputLengths.data[n];
      sample.states = extendTarget(targets.data, targetOffset[n], length, blank, sample.ext, sample.canSkip);
      const logP = forward(sample);
      const infinite = logP === -Infinity;
      if (infinite && !zeroInfinity) throw impossibleAlignment(loss, n, length, sample.frames, sample.ext, batched);
      const l = infinite && zeroInfinity ? 0 : 0 - logP; // 0 - logP: an empty alignment gives +0, not -0
      const weight = mean ? 1 / Math.max(length, 1) : 1;
      sum += l * weight;
      if (values) values[n] = l;
      if (!grad) continue;
      if (!infinite) backward(sample, logP, weight * gradScale, grad);
      else for (let t = 0; t < sample.frames; t++) grad.fill(0, (t * batch + n) * classes, (t * batch + n + 1) * classes);
      // Frames past this sample's input length do not enter its loss.
      for (let t = sample.frames; t < frames; t++) grad.fill(0, (t * batch + n) * classes, (t * batch + n + 1) * classes);
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['ctc-loss', 'connectionist-temporal-classification'],
  family: 'sequence',
  title: 'Connectionist temporal classification (CTC)',
  summary: 'Negative log-probability of a label sequence, summed over all frame alignments that collapse to it.',
  formula: 'l_n = -log Σ_{alignments π → y_n} Π_t p_t(π_t),  mean = mean_n(l_n / max(|y_n|, 1))',
  behaviour: 'Trains a frame-wise classifier (speech, handwriting, OCR) from label sequences without frame alignments; the model learns where each label falls. A target that cannot fit in its input (each repeated label needs a blank in between) has no finite loss: that is an error naming the sample, or set zeroInfinity to count such samples as 0. The gradient is minus the posterior frame occupancy, so it sums to -1 over classes at every active frame.',
  matches: 'torch.nn.functional.ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity) in value (the gradient is the exact one; see ctcLoss)',
  anchors: { pytorch: 'nn.CTCLoss', keras: 'CTC', optax: ['ctc_loss', 'ctc_loss_with_forward_probs'], other: 'Graves et al. 2006, Connectionist Temporal Classification' },
  example: {
    inputs: {
      logProbs: [[[-0.1, -2.5, -3]], [[-2, -0.3, -2]], [[-0.2, -2.5, -2.5]], [[-2.5, -2.5, -0.15]]],
      targets: [[1, 2]],
      inputLengths: [4],
      targetLengths: [2],
    },
    options: { reduction: 'none' },
    note: '4 frames, classes (blank, a, b): the frames favour blank, a, blank, b, so the target "ab" is likely',
  },
});

/**
 * Sample n has probability 0: its loss would be +Infinity with no gradient. Named for what
 * caused it: too few frames for the target (targetLength + repeats), or log-probabilities of
 * -Infinity (or so negative that their sum underflows) on every alignment.
 */
function impossibleAlignment(loss: string, n: number, length: number, frames: number, ext: Int32Array, batched: boolean): LossError {
  let repeats = 0;
  for (let k = 1; k < length; k++) if (ext[2 * k + 1] === ext[2 * k - 1]) repeats++;
  const needed = length + repeats;
  const which = batched ? `sample ${n}` : 'the sequence';
  const fix = 'its loss would be +Infinity with no gradient; set zeroInfinity: true to count such samples as 0';
  if (frames < needed) {
    return new LossError('domain', `${loss}: ${which} cannot align its ${length} labels (${repeats} repeated) within its ${frames} frames, which needs ${needed}: ${fix}`, loss, 'inputLengths');
  }
  return new LossError('domain', `${loss}: every alignment of ${which}'s target has log-probability -Infinity in 'logProbs': ${fix}`, loss, 'logProbs');
}
