import { input } from '../../core/define-loss.js';
import { defineLoss } from '../define.js';
import { option } from '../../core/options.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { sign } from '../../core/stable-math.js';
import { classLayout, requireClassIndices, requireEach, requireIndexTargetShape, sameShape } from '../../core/validate.js';
import { shapeMismatch } from '../../core/errors.js';

import { lovaszExtension, LovaszScratch, sampleDistinctErrors } from './lovasz-extension.js';

/**
 * Lovász losses (Berman, Rannen Triki & Blaschko, CVPR 2018): convex surrogates of the
 * Jaccard (IoU) loss through the Lovász extension of the submodular set function
 * "1 - IoU of the mispredicted set". Semantics of the authors' `lovasz_losses.py`.
 * Reductions: one value per image with perImage ('none' -> [N]; 'mean' = the reference's mean
 * over images), else one value for the flattened batch ('none' -> []).
 */

const ignoreIndexOption = option.number({ default: undefined, integer: true, doc: 'Label value whose pixels are left out (the reference\'s ignore); none by default.' });

const lovaszHingeInputs = [
  input.prediction('input', 'Logits [N, ...] (or [P]: one image).', { domain: 'logit' }),
  input.int('target', 'Labels 0/1 (or ignoreIndex), same shape as input.', { domain: 'label' }),
] as const;

const lovaszSoftmaxInputs = [
  input.prediction('input', 'Class probabilities [N, C, d1, ...] or [P, C].', { domain: 'probability' }),
  input.int('target', 'Class indices [N, d1, ...] or [P] (or ignoreIndex).'),
] as const;

/**
 * Binary Lovász hinge: the Lovász extension of the Jaccard loss applied to hinge errors.
 *
 *   e_i = 1 - x_i s_i,  s_i = 2 y_i - 1;  sort e descending (e_(1) >= e_(2) >= ...)
 *   J_k = 1 - (G - F_k) / (G + B_k)   (G = #foreground, F_k / B_k = foreground / background
 *   among the k largest errors);  l = sum_k relu(e_(k)) (J_k - J_{k-1})
 *   dl/dx_i = -s_i [e_i > 0] (J_k - J_{k-1}) at i's rank k (the sort is held constant)
 *
 * Shapes: input [N, ...] logits, target same shape with labels 0/1 (or ignoreIndex); with
 *   perImage each input[n] is one image; a 0-/1-D input is always one image.
 * Hazards: piecewise linear; at tied errors the gradient depends on the tie order (ties are
 *   broken by position). An image whose pixels are all ignored contributes 0 (counted).
 * @example lovaszHinge([2, -3, 0.5], [1, 0, 0]) // 0.75
 */
export const lovaszHingeLoss = defineLoss({
  name: 'lovasz-hinge',
  inputs: lovaszHingeInputs,
  options: {
    perImage: option.boolean(true, 'One Lovász value per image (input[n]), averaged; false: one value for the whole batch.'),
    ignoreIndex: ignoreIndexOption,
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const images = 1 + Math.floor(random() * 3);
    const pixels = 2 + Math.floor(random() * 4);
    const errors = sampleDistinctErrors(random, images * pixels);
    const labels = errors.map(() => (random() < 0.5 ? 1 : 0));
    // x s = 1 - e with s = ±1 gives x = (1 - e) s: errors chosen first keep ties and the relu kink away.
    const logits = errors.map((e, i) => (1 - e) * (2 * labels[i] - 1));
    const rows = (v: number[]) => Array.from({ length: images }, (_, n) => v.slice(n * pixels, (n + 1) * pixels));
    return { inputs: { input: rows(logits), target: rows(labels) }, options: { perImage: random() < 0.5 } };
  },
  kernel({ input, target }, { reduction, perImage, ignoreIndex }, { input: grad }, { loss }) {
    if (!sameShape(target.shape, input.shape)) throw shapeMismatch(loss, 'target', target.shape, 'input', input.shape);
    requireEach(loss, 'target', target, (v) => v === 0 || v === 1 || v === ignoreIndex,
      ignoreIndex === undefined ? '0 or 1' : `0, 1 or ignoreIndex ${ignoreIndex}`);
    const x = input.data;
    const labels = target.data;
    const batched = perImage && input.shape.length >= 2;
    const images = batched ? input.shape[0] : 1;
    const size = images === 0 ? 0 : x.length / images;
    const plan = planReduction(reduction, images, batched ? [images] : [], x);
    const { values, gradScale } = plan;
    const scratch = new LovaszScratch(size);
    let sum = 0;
    for (let n = 0; n < images; n++) {
      const start = n * size;
      let count = 0;
      for (let i = start; i < start + size; i++) {
        if (labels[i] === ignoreIndex) {
          if (grad) grad[i] = 0;
          continue;
        }
        scratch.pixel[count] = i;
        scratch.foreground[count] = labels[i];
        scratch.error[count] = 1 - x[i] * (2 * labels[i] - 1);
        count++;
      }
      const l = lovaszExtension(scratch, count, true);
      sum += l;
      if (values) values[n] = l;
      if (grad) {
        for (let k = 0; k < count; k++) {
          const i = scratch.pixel[k];
          // relu'(e) = [e > 0]; d e / d x = -s.
          grad[i] = scratch.error[k] > 0 ? -(2 * labels[i] - 1) * scratch.weight[k] * gradScale : 0;
        }
      }
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['lovasz-hinge-loss'],
  family: 'segmentation',
  title: 'Lovász hinge loss',
  summary: 'Convex surrogate of the binary Jaccard (IoU) loss: the Lovász extension applied to hinge errors.',
  formula: 'l = sum_k relu(e_(k)) (J_k - J_{k-1}),  e = 1 - logit * (2y - 1) sorted descending, J_k = Jaccard loss of the k largest errors',
  behaviour: 'Optimises the intersection-over-union directly instead of per-pixel accuracy, which helps on small objects where IoU is the metric that counts. Piecewise linear in the logits; often used to fine-tune after cross-entropy. per-image averaging matches per-image IoU, otherwise the batch IoU.',
  matches: 'lovasz_losses.lovasz_hinge(logits=input, labels=target, per_image=perImage, ignore=ignoreIndex)',
  anchors: { other: 'Berman et al. 2018, lovasz_losses.lovasz_hinge' },
  example: { inputs: { input: [[3, 1, -2, 0.5], [-1, 2, 2, -3]], target: [[1, 1, 0, 0], [0, 1, 1, 0]] }, options: { reduction: 'none' }, note: 'two images of four pixels' },
});

/**
 * Lovász-softmax: the multi-class Lovász extension of the per-class Jaccard loss on
 * probability errors, averaged over classes.
 *
 *   for each class c (present in the labels, or all):  e_i = |[y_i = c] - p_ic| sorted
 *   descending;  l_c = sum_k e_(k) (J_k - J_{k-1}) with J_k the Jaccard loss of class c's
 *   k largest errors;  l = mean over classes (0 if no class counts)
 *   dl/dp_ic = sign(p_ic - [y_i = c]) (J_k - J_{k-1}) / (#classes) at i's rank k
 *
 * Shapes: input [N, C, d1, ...] probabilities with target [N, d1, ...] class indices, or
 *   [P, C] with [P] (one image; perImage applies only to inputs of rank >= 3).
 * Hazards: input is NOT normalised or checked to sum to 1 (apply softmax first). An explicit
 *   list of classes (the reference's third form) is not supported. Piecewise linear; ties are
 *   broken by position. An image with every pixel ignored contributes 0 (counted).
 * @example lovaszSoftmax([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]], [0, 1, 1]) // 0.383333
 */
export const lovaszSoftmaxLoss = defineLoss({
  name: 'lovasz-softmax',
  inputs: lovaszSoftmaxInputs,
  options: {
    classes: option.choice(['present', 'all'], 'present', "Average over the classes present in the (non-ignored) labels, or over all C classes."),
    perImage: option.boolean(false, 'One value per image (input[n]) for inputs of rank >= 3, averaged; false: one value for the whole batch.'),
    ignoreIndex: ignoreIndexOption,
  },
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const batch = 1 + Math.floor(random() * 2);
    const classes = 2 + Math.floor(random() * 2);
    const spatial = 2 + Math.floor(random() * 3);
    // Each class's errors |fg - p| lie in (0, 1); drawing them distinct keeps every sort strict.
    const errors = sampleDistinctErrors(random, batch * classes * spatial, 0.02, 0.98);
    const labels = Array.from({ length: batch * spatial }, () => Math.floor(random() * classes));
    const input = Array.from({ length: batch }, (_, n) => Array.from({ length: classes }, (_, c) =>
      Array.from({ length: spatial }, (_, s) => {
        const e = errors[(n * classes + c) * spatial + s];
        return labels[n * spatial + s] === c ? 1 - e : e;
      })));
    const target = Array.from({ length: batch }, (_, n) => labels.slice(n * spatial, (n + 1) * spatial));
    return { inputs: { input, target }, options: { classes: random() < 0.5 ? 'present' : 'all', perImage: random() < 0.5 } };
  },
  kernel({ input, target }, { reduction, classes: which, perImage, ignoreIndex }, { input: grad }, { loss }) {
    const layout = classLayout(loss, 'input', input.shape);
    requireIndexTargetShape(loss, target, layout, input.shape);
    requireClassIndices(loss, target, layout.classes, ignoreIndex);
    const { batch, classes, spatial } = layout;
    const p = input.data;
    const labels = target.data;
    // Pixels of one image: all positions when flattened; the spatial positions of input[n] per image.
    const batched = perImage && input.shape.length >= 3;
    const images = batched ? batch : 1;
    const imageBatches = batched ? 1 : batch;
    const pixels = imageBatches * spatial;
    const plan = planReduction(reduction, images, batched ? [images] : [], p);
    const { values, gradScale } = plan;
    if (grad) grad.fill(0);
    const scratch = new LovaszScratch(pixels);
    const hasForeground = new Uint8Array(classes);
    let sum = 0;
    for (let image = 0; image < images; image++) {
      const firstBatch = batched ? image : 0;
      const lastBatch = firstBatch + imageBatches;
      // Which classes count, known before the class loop so each gradient is written once, scaled.
      hasForeground.fill(0);
      let anyValid = false;
      for (let b = firstBatch; b < lastBatch; b++) {
        for (let s = 0; s < spatial; s++) {
          const label = labels[b * spatial + s];
          if (label === ignoreIndex) continue;
          anyValid = true;
          hasForeground[label] = 1;
        }
      }
      const counts = (c: number) => (which === 'present' ? hasForeground[c] === 1 : anyValid);
      let counted = 0;
      for (let c = 0; c < classes; c++) if (counts(c)) counted++;
      const scale = counted === 0 ? 0 : gradScale / counted;
      let imageLoss = 0;
      for (let c = 0; c < classes; c++) {
        if (!counts(c)) continue;
        let count = 0;
        for (let b = firstBatch; b < lastBatch; b++) {
          for (let s = 0; s < spatial; s++) {
            const label = labels[b * spatial + s];
            if (label === ignoreIndex) continue;
            const i = (b * classes + c) * spatial + s;
            const fg = label === c ? 1 : 0;
            scratch.pixel[count] = i;
            scratch.foreground[count] = fg;
            scratch.error[count] = Math.abs(fg - p[i]);
            count++;
          }
        }
        imageLoss += lovaszExtension(scratch, count, false);
        if (grad) {
          // d|fg - p|/dp = sign(p - fg), 0 at p = fg (torch's abs subgradient).
          for (let k = 0; k < count; k++) {
            const i = scratch.pixel[k];
            grad[i] = sign(p[i] - scratch.foreground[k]) * scratch.weight[k] * scale;
          }
        }
      }
      const l = counted === 0 ? 0 : imageLoss / counted;
      sum += l;
      if (values) values[image] = l;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['lovasz-softmax-loss', 'lovasz'],
  family: 'segmentation',
  title: 'Lovász-softmax loss',
  summary: 'Convex surrogate of the mean per-class Jaccard (IoU) loss on class probabilities.',
  formula: 'l = mean_c sum_k e_c(k) (J_c,k - J_c,k-1),  e_c = |[y = c] - p_c| sorted descending',
  behaviour: 'Optimises mean IoU over classes directly, so small classes count as much as large ones in the way the segmentation metric counts them. Takes probabilities (after softmax). Piecewise linear; often combined with or used after cross-entropy.',
  matches: "lovasz_losses.lovasz_softmax(probas=input, labels=target, classes=classes, per_image=perImage, ignore=ignoreIndex)",
  anchors: { other: 'Berman et al. 2018, lovasz_losses.lovasz_softmax' },
  example: { inputs: { input: [[0.7, 0.2, 0.1], [0.3, 0.6, 0.1], [0.2, 0.2, 0.6], [0.5, 0.4, 0.1]], target: [0, 1, 2, 1] }, options: { reduction: 'none' }, note: 'four pixels, three classes; pixel 4 is mislabelled with confidence 0.5' },
});
