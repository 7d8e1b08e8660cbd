/**
 * Every loss the anchor libraries offer, by its public name there (losses-catalog §2, §12):
 * PyTorch `torch.nn` (+ torchvision focal), Keras 3 `keras.losses`, optax `optax.losses`,
 * TensorFlow.js core `tf.losses` and the tfjs-layers compile strings. Which losskit entry
 * covers each one is NOT written here: entries claim anchors in their own `anchors` field, and
 * the parity test and docs/catalog.md read both. `note` says how to reproduce the anchor
 * exactly, or where losskit deliberately differs; `notALoss` marks the names that are not a
 * loss (utilities), with the reason.
 */
export type AnchorLibrary = 'pytorch' | 'keras' | 'optax' | 'tfjs';

export interface AnchorLoss {
  readonly library: AnchorLibrary;
  readonly name: string;
  readonly note?: string;
  readonly notALoss?: string;
}

const pytorch = (name: string, note?: string): AnchorLoss => ({ library: 'pytorch', name, ...(note ? { note } : {}) });
const keras = (name: string, note?: string): AnchorLoss => ({ library: 'keras', name, ...(note ? { note } : {}) });
const optax = (name: string, note?: string): AnchorLoss => ({ library: 'optax', name, ...(note ? { note } : {}) });
const tfjs = (name: string, note?: string): AnchorLoss => ({ library: 'tfjs', name, ...(note ? { note } : {}) });

export const ANCHOR_LOSSES: readonly AnchorLoss[] = [
  pytorch('nn.L1Loss'),
  pytorch('nn.MSELoss'),
  pytorch('nn.HuberLoss'),
  pytorch('nn.SmoothL1Loss'),
  pytorch('nn.PoissonNLLLoss'),
  pytorch('nn.GaussianNLLLoss'),
  pytorch('nn.KLDivLoss'),
  pytorch('nn.BCELoss', "Same value (each log clamped at -100) and the same gradient as ATen's backward, w (x - y) / max(x (1 - x), 1e-12): at p = 0 or 1 that is not the slope of the clamped value (it is ±1e12-scaled), exactly as PyTorch."),
  pytorch('nn.BCEWithLogitsLoss'),
  pytorch('nn.NLLLoss'),
  pytorch('nn.NLLLoss2d', 'Deprecated alias of NLLLoss for [N, C, H, W] input; nll takes any [N, C, d1, ...].'),
  pytorch('nn.CrossEntropyLoss', 'Class-index and probability targets, weight, ignoreIndex, labelSmoothing. A negative labelSmoothing is rejected (PyTorch ignores it silently).'),
  pytorch('nn.CTCLoss', 'Gradient is taken with respect to logProbs as free inputs (-gamma); PyTorch returns exp(logProbs) - gamma, the gradient through a log_softmax (pytorch#52241). They agree once chained through log_softmax.'),
  pytorch('nn.MarginRankingLoss', 'Targets other than ±1 are rejected (PyTorch accepts any value).'),
  pytorch('nn.HingeEmbeddingLoss'),
  pytorch('nn.MultiLabelMarginLoss'),
  pytorch('nn.SoftMarginLoss', 'Computed as softplus(-y x): PyTorch evaluates log1p(exp(-y x)) literally and overflows to inf (NaN gradient) once -y x > ~88 in float32; losskit stays finite there and agrees everywhere else.'),
  pytorch('nn.MultiLabelSoftMarginLoss'),
  pytorch('nn.CosineEmbeddingLoss', 'Targets other than ±1 are rejected (PyTorch gives them loss 0).'),
  pytorch('nn.MultiMarginLoss'),
  pytorch('nn.TripletMarginLoss'),
  pytorch('nn.TripletMarginWithDistanceLoss', 'distance_function is a Python callable in PyTorch; losskit offers named distances (euclidean, squared-euclidean, manhattan, cosine) so the option stays serialisable.'),
  pytorch('torchvision.ops.sigmoid_focal_loss'),

  keras('MeanSquaredError', "Keras means over the last axis, then reduces over samples; with reduction 'mean' over all elements the number is the same."),
  keras('MeanAbsoluteError'),
  keras('MeanAbsolutePercentageError'),
  keras('MeanSquaredLogarithmicError'),
  keras('CosineSimilarity'),
  keras('Huber'),
  keras('LogCosh'),
  keras('Hinge'),
  keras('SquaredHinge'),
  keras('CategoricalHinge'),
  keras('KLDivergence', 'Keras takes probabilities and clips both to [1e-7, 1]; kl-div takes log-probabilities (input) as PyTorch: pass log(clip(p)) to reproduce Keras.'),
  keras('Poisson', 'poisson-nll with { logInput: false, eps: 1e-7 } is exactly Keras Poisson: input - target log(input + 1e-7).'),
  keras('BinaryCrossentropy', 'from_logits=False: bce clamps each log at -100 (PyTorch) where Keras clips p to [1e-7, 1 - 1e-7]; from_logits=True: bce-with-logits. Keras label_smoothing y(1 - ls) + ls/2 can be applied to the targets before the call.'),
  keras('BinaryFocalCrossentropy'),
  keras('CategoricalCrossentropy', 'from_logits=False: categorical-cross-entropy (renormalise, clip); from_logits=True: cross-entropy with probability targets (and labelSmoothing).'),
  keras('CategoricalFocalCrossentropy'),
  keras('SparseCategoricalCrossentropy', 'from_logits=True: cross-entropy with class indices (ignore_class = ignoreIndex, but an all-ignored mean is a LossError (nothing to average), not NaN as in PyTorch nor 0 as in Keras); from_logits=False: nll of log(p).'),
  keras('CategoricalGeneralizedCrossEntropy'),
  keras('CTC', "Keras's default reduction averages the raw per-sample NLL; ctc 'mean' divides each by its target length first (PyTorch): use reduction 'none' and average to reproduce Keras."),
  keras('Dice'),
  keras('Tversky'),
  keras('Circle'),

  optax('squared_error'),
  optax('l2_loss', 'l2_loss is half the squared error: mse / 2.'),
  optax('huber_loss'),
  optax('log_cosh'),
  optax('cosine_similarity', 'optax returns +cos; cosine-similarity returns -cos (Keras sign).'),
  optax('cosine_distance', 'cosine_distance = 1 + cosine-similarity (Keras sign convention).'),
  optax('sigmoid_binary_cross_entropy'),
  optax('sigmoid_focal_loss', 'optax alpha=None is sigmoid-focal with alpha < 0 (no class weighting).'),
  optax('softmax_cross_entropy'),
  optax('softmax_cross_entropy_with_integer_labels'),
  optax('safe_softmax_cross_entropy', 'Its point is -inf logits with zero labels; losskit rejects infinite logits with a LossError instead of returning NaN.'),
  optax('poly_loss_cross_entropy', "optax's default epsilon is 2; poly1's default is 1 (pass epsilon: 2 for optax's)."),
  optax('kl_divergence'),
  optax('kl_divergence_with_log_targets'),
  optax('generalized_kl_divergence'),
  optax('convex_kl_divergence', 'Deprecated optax alias of generalized_kl_divergence.'),
  optax('hinge_loss'),
  optax('perceptron_loss'),
  optax('multiclass_hinge_loss'),
  optax('multiclass_perceptron_loss'),
  optax('sparsemax_loss'),
  optax('multiclass_sparsemax_loss'),
  optax('binary_logistic_loss', 'Deprecated optax alias of sigmoid_binary_cross_entropy.'),
  optax('multiclass_logistic_loss', 'Deprecated optax alias of softmax_cross_entropy_with_integer_labels.'),
  optax('binary_sparsemax_loss', 'Deprecated optax alias of sparsemax_loss.'),
  optax('ctc_loss', "optax takes logits with paddings and normalises them; ctc takes log-probabilities with lengths (PyTorch's form): pass log_softmax(logits)."),
  optax('ctc_loss_with_forward_probs', 'The forward probabilities are internal to ctc.'),
  optax('dice_loss', 'optax takes logits (softmax over the class axis, apply_softmax=True), computes one Dice per class with smooth = 1 and averages the classes; dice computes one Dice per sample over all non-batch axes (Keras). To reproduce optax, apply the softmax and evaluate dice on each class channel with { smooth: 1 }, then average; tversky covers its alpha/beta form the same way.'),
  optax('binary_dice_loss', 'optax applies a sigmoid to the logits and uses smooth = 1: dice(sigmoid(logits), targets, { smooth: 1 }), up to the 1e-7 Keras adds to the denominator.'),
  optax('multiclass_generalized_dice_loss'),
  optax('ntxent'),
  optax('triplet_margin_loss', "optax adds eps inside the p-sum and takes no absolute value; triplet-margin follows PyTorch's pairwise_distance (eps added to each difference)."),
  optax('ranking_softmax_loss'),
  { library: 'optax', name: 'smooth_labels', notALoss: 'A label transform, not a loss: labelSmoothing is an option of cross-entropy and the Keras focal losses.' },
  { library: 'optax', name: 'make_fenchel_young_loss', notALoss: 'A constructor of losses from a regulariser; its two common instances are registered (multiclass-sparsemax-loss, and cross-entropy for the softmax).' },

  tfjs('tf.losses.absoluteDifference', 'The gradient of |0| is 0 here (PyTorch); tfjs uses -1.'),
  tfjs('tf.losses.meanSquaredError'),
  tfjs('tf.losses.huberLoss'),
  tfjs('tf.losses.hingeLoss', 'tfjs always maps 0/1 labels to ±1; hinge maps them when every label is 0 or 1 (Keras), which agrees on 0/1 labels.'),
  tfjs('tf.losses.logLoss', 'tfjs adds epsilon inside the logs; bce clamps each log at -100 (PyTorch). They differ only near p = 0 or 1.'),
  tfjs('tf.losses.sigmoidCrossEntropy'),
  tfjs('tf.losses.softmaxCrossEntropy', "tfjs's labelSmoothing divides by shape[1] (wrong for rank > 2); cross-entropy divides by the class count."),
  tfjs('tf.losses.cosineDistance', 'tfjs does not normalise (1 - sum y x); cosine-similarity normalises: for unit vectors cosineDistance = 1 + cosine-similarity.'),
  { library: 'tfjs', name: 'tf.losses.computeWeightedLoss', notALoss: 'A reduction utility; every losskit loss takes its reduction as an option.' },
  tfjs('layers:meanSquaredError'),
  tfjs('layers:meanAbsoluteError'),
  tfjs('layers:meanAbsolutePercentageError'),
  tfjs('layers:meanSquaredLogarithmicError'),
  tfjs('layers:squaredHinge'),
  tfjs('layers:hinge'),
  tfjs('layers:categoricalHinge'),
  tfjs('layers:logcosh'),
  tfjs('layers:categoricalCrossentropy'),
  tfjs('layers:sparseCategoricalCrossentropy'),
  tfjs('layers:binaryCrossentropy'),
  tfjs('layers:kullbackLeiblerDivergence'),
  tfjs('layers:poisson'),
  tfjs('layers:cosineProximity'),
];

/** The anchor names an entry's `anchors` field lists for one library. */
export function anchorNames(anchors: Partial<Record<AnchorLibrary | 'other', string | readonly string[]>> | undefined, library: AnchorLibrary | 'other'): readonly string[] {
  const value = anchors?.[library];
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}
