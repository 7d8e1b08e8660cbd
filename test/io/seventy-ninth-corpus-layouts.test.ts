/**
 * A layout the seventy-ninth real-log corpus (test/monitor/corpus-seventy-ninth-a to -d) left unread, read
 * after its held-out score (so tuned), on the real lines.
 *
 * readers-131: a student's copy of the YSDA Practical_DL salary homework (dmitrySorokin/Practical_DL, MIT, the
 * course's licence; d01, cell 49's stdout) prints its model's outputs and targets, `tensor([...])`, batch after
 * batch between each `Training:` header and the epoch's `print_metrics` block. The first such line ended the
 * block before its figures, and no epoch was read: the notebook was unread.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { parseConsoleLog } from '../../src/io/console-log.js';
import { notebook, stdout, stderr, steps, values } from './support/logs.js';

/** d01's cell 49, its first four epochs, two of each piece's `tensor([...])` lines kept (the cell prints ~30,000). */
const DEBUG_PRINTING_LOOP = [
  'Training:', 'tensor([ 0.0028, -0.0015, -0.0053], grad_fn=<SliceBackward>)', 'tensor([11.3791,  9.9282,  9.7002])', '',
  '\tLoss:\t9.28817', '\tMAE:\t41724.84578', '', '', '', 'Validation:', '', '\tLoss:\t0.40756', '\tMAE:\t5833.14258', '', '', '',
  'Training:', 'tensor([10.3211,  9.9198,  9.9150], grad_fn=<SliceBackward>)', 'tensor([11.0413, 10.4631,  8.6589])', '',
  '\tLoss:\t0.32722', '\tMAE:\t5330.56911', '', '', '', 'Validation:', '', '\tLoss:\t0.26770', '\tMAE:\t4462.82774', '', '', '',
  'Training:', 'tensor([10.3771, 10.3408, 10.5212], grad_fn=<SliceBackward>)', 'tensor([10.3188, 11.0822, 10.6736])', '',
  '\tLoss:\t0.23352', '\tMAE:\t4595.22287', '', '', '', 'Validation:', '', '\tLoss:\t0.21816', '\tMAE:\t4719.90246', '', '', '',
  'Training:', 'tensor([10.4384, 10.3502, 10.2551], grad_fn=<SliceBackward>)', 'tensor([10.2400, 10.7790, 10.5967])', '',
  '\tLoss:\t0.19058', '\tMAE:\t4075.38843', '', '', '', 'Validation:', '', '\tLoss:\t0.17382', '\tMAE:\t3896.30195', '', '', '',
].join('\n');
/** The cell's stderr: tqdm's warning about `tnrange`, with the source line it quotes. */
const TQDM_WARNING = '<ipython-input-95-d97ae8b50ffd>:12: TqdmDeprecationWarning: Please use `tqdm.notebook.trange` instead of `tqdm.tnrange`\n  for start in irange(0, len(indices), batch_size):\n';

describe('readers-131: the loop\'s own prints between a split header and its figures', () => {
  it('reads each epoch\'s training and validation figures past the `tensor([...])` lines (d01 was unread)', () => {
    const log = parseLog('basic_salary_prediction.ipynb', notebook([[stdout(DEBUG_PRINTING_LOOP), stderr(TQDM_WARNING)]]));
    expect(Object.keys(log.series).sort()).toEqual(['loss', 'mae', 'val_loss', 'val_mae']);
    expect(values(log.series.loss)).toEqual([9.28817, 0.32722, 0.23352, 0.19058]);
    expect(values(log.series.val_loss)).toEqual([0.40756, 0.2677, 0.21816, 0.17382]);
    expect(steps(log.series.val_loss)).toEqual([1, 2, 3, 4]);
  });

  it('still ends a block at a line after its first figure, and drops a training block with no loss line', () => {
    // An early-stopping counter after the validation figures ends that block; its figures stay.
    const counted = DEBUG_PRINTING_LOOP.replaceAll('\tMAE:\t5833.14258\n', '\tMAE:\t5833.14258\n0\n\tLoss:\t99\n');
    expect(values(parseConsoleLog(counted, 'counted.log').series.val_loss)).toEqual([0.40756, 0.2677, 0.21816, 0.17382]);
    // Prints and no figures under the first header: that block has no loss line, the blocks start again,
    // and the next three epochs are read as the first three.
    const noFigures = DEBUG_PRINTING_LOOP.replace('\tLoss:\t9.28817\n\tMAE:\t41724.84578\n', '');
    const log = parseConsoleLog(noFigures, 'no-figures.log');
    expect(values(log.series.loss)).toEqual([0.32722, 0.23352, 0.19058]);
    expect(steps(log.series.loss)).toEqual([1, 2, 3]);
  });
});
