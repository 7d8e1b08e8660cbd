import { input } from '../../core/define-loss.js';
import { nest } from '../../core/tensor.js';
import { defineLoss } from '../define.js';
import { planReduction, STANDARD_REDUCTIONS } from '../../core/reduction.js';
import { requireEach, requireRank, requireSameShape } from '../../core/validate.js';
import { randomRowsShape, randomValues } from '../shared/last-axis-rows.js';

const multilabelInputs = [
  input.prediction('input', 'Class scores, [N, C] or [C].'),
  input.int('target', 'Target class indices per row, same shape as input, terminated by the first -1.'),
] as const;

/**
 * Multi-label margin loss (PyTorch): every listed target class j must beat every non-target
 * class d by a margin of 1.
 *
 *   T = target row read up to its first -1;  l_n = (1 / C) sum_{j in T} sum_{d not in T} max(0, 1 - x_j + x_d)
 *   dl/dx_j = -(1/C) #(active d),  dl/dx_d = (1/C) #(active j)
 *
 * Shapes: input [N, C] or [C]; target int, same shape, entries in [-1, C). 'mean' averages over N.
 * Hazards: entries after the first -1 are ignored (not targets); a class listed twice counts
 * twice (ATen loops over the list). Only z > 0 counts (gradient 0 at the kink).
 * @example multilabelMargin([[0.1, 0.2, 0.4, 0.8]], [[3, 0, -1, 1]]) // 0.85
 */
export const multilabelMarginLoss = defineLoss({
  name: 'multilabel-margin',
  inputs: multilabelInputs,
  options: {},
  reductions: STANDARD_REDUCTIONS,
  defaultReduction: 'mean',
  sample(random) {
    const shape = randomRowsShape(random, 2, 5);
    const size = shape[shape.length - 1];
    const rows = shape.length === 1 ? 1 : shape[0];
    const values: number[] = [];
    const targets: number[] = [];
    for (let r = 0; r < rows; r++) {
      const count = Math.floor(random() * size);
      const order = Array.from({ length: size }, (_, c) => c).sort(() => random() - 0.5);
      const listed = order.slice(0, count);
      for (let attempt = 0; ; attempt++) {
        const row = randomValues(random, size);
        // Every hinge argument 1 - x_j + x_d at least 0.05 away from 0.
        const clear = listed.every((j) => row.every((x, d) => listed.includes(d) || Math.abs(1 - row[j] + x) >= 0.05));
        if (clear || attempt > 100) {
          for (const value of row) values.push(value);
          break;
        }
      }
      for (let c = 0; c < size; c++) targets.push(c < count ? listed[c] : -1);
    }
    return { inputs: { input: nest(values, shape), target: nest(targets, shape) } };
  },
  kernel({ input, target }, { reduction }, { input: grad }, { loss }) {
    requireRank(loss, 'input', input, [1, 2], '[N, C] or [C]');
    requireSameShape(loss, 'target', target, 'input', input);
    const { shape } = input;
    const size = shape[shape.length - 1];
    const rows = shape.length === 1 ? 1 : shape[0];
    requireEach(loss, 'target', target, (t) => t >= -1 && t < size, `a class index in [0, ${size}) or -1 (end of the list)`);
    const plan = planReduction(reduction, rows, shape.slice(0, -1), input.data);
    const { values, gradScale } = plan;
    const x = input.data;
    const t = target.data;
    const isTarget = new Uint8Array(size);
    // Signed counts of active terms per class: the gradient is count / C, written once per
    // entry (no running sums in a float32 buffer).
    const active = new Int32Array(size);
    const scale = gradScale / size;
    let sum = 0;
    for (let r = 0, o = 0; r < rows; r++, o += size) {
      isTarget.fill(0);
      active.fill(0);
      let count = 0;
      while (count < size && t[o + count] >= 0) isTarget[t[o + count++]] = 1;
      let l = 0;
      for (let k = 0; k < count; k++) {
        const j = t[o + k];
        for (let d = 0; d < size; d++) {
          if (isTarget[d]) continue;
          const z = 1 - x[o + j] + x[o + d];
          if (z > 0) {
            l += z;
            active[j]--;
            active[d]++;
          }
        }
      }
      if (grad) for (let c = 0; c < size; c++) grad[o + c] = active[c] * scale;
      l = size > 0 ? l / size : 0;
      sum += l;
      if (values) values[r] = l;
    }
    return plan.finish(sum);
  },
}, {
  aliases: ['multi-label-margin', 'multilabel-margin-loss'],
  family: 'margin',
  title: 'Multi-label margin loss',
  summary: 'Hinge between every target class and every non-target class, divided by C.',
  formula: 'l = (1/C) sum_{j in T} sum_{d not in T} max(0, 1 - x_j + x_d)',
  behaviour: 'A multi-label ranking hinge: each true label must outscore each false label by 1. Cost grows with (#targets x #non-targets); rows with no targets or no non-targets cost 0.',
  matches: 'torch.nn.functional.multilabel_margin_loss(input, target, reduction)',
  anchors: { pytorch: 'nn.MultiLabelMarginLoss' },
  example: { inputs: { input: [[0.1, 0.2, 0.4, 0.8]], target: [[3, 0, -1, 1]] }, options: { reduction: 'none' }, note: "PyTorch's documented example: classes 3 and 0 are targets, 0.85" },
});
