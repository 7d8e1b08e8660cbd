/**
 * readers-151, on the real lines: a Udacity CIFAR-10 notebook's own `print_stats` (the hundred-and-twenty-fifth corpus's
 * c01) prints each split's figures in round brackets after the split's name, under an epoch line of its own:
 * `Train (Acc: 0.25 Loss: 2.05), Valid (Acc: 0.27 Loss: 2.01)`. Pairs in brackets were a total's components, dropped, so
 * the notebook was unread. The lines below are the training cell's first three batches, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { rewrittenLine } from '../../src/io/console-line-text.js';
import { parseLog } from '../../src/io/parse-log.js';
import { HUNDRED_TWENTY_FIFTH_C_CORPUS_DIR, diagnoseCorpusRun } from '../monitor/evaluation-corpus.js';
import { notebook, stdout, values } from './support/logs.js';

const LINES = [
  'Training...\n',
  'Epoch  1, CIFAR-10 Batch 1:  \n',
  'Train (Acc: 0.2060810923576355 Loss: 2.159376621246338), Valid (Acc: 0.19579999148845673 Loss: 2.1569314002990723)\n',
  'Epoch  1, CIFAR-10 Batch 2:  \n',
  'Train (Acc: 0.4121622145175934 Loss: 1.6368893384933472), Valid (Acc: 0.3633999824523926 Loss: 1.7294831275939941)\n',
  'Epoch  1, CIFAR-10 Batch 3:  \n',
  'Train (Acc: 0.45945948362350464 Loss: 1.5296154022216797), Valid (Acc: 0.399399995803833 Loss: 1.643139123916626)\n',
];

describe("a split's figures in round brackets after its name (readers-151)", () => {
  it("gives each pair its split's name", () => {
    expect(rewrittenLine('Train (Acc: 0.25 Loss: 2.05), Valid (Acc: 0.27 Loss: 2.01)'))
      .toBe('Train_Acc: 0.25 Train_Loss: 2.05, Valid_Acc: 0.27 Valid_Loss: 2.01');
  });

  it("reads each split's loss, batch after batch", () => {
    const log = parseLog('dlnd_image_classification.ipynb', notebook([[stdout(LINES)]]));
    expect(values(log.series.train_loss)).toEqual([2.159376621246338, 1.6368893384933472, 1.5296154022216797]);
    expect(values(log.series.valid_loss)).toEqual([2.1569314002990723, 1.7294831275939941, 1.643139123916626]);
  });

  it("leaves a total's components in brackets as they were", () => {
    const line = '[TRAIN] Total loss: 1.2147  (cls:0.7443, hr:0.3500, dig:0.8706)';
    expect(rewrittenLine(line)).toBe(line);
  });

  it('reads the notebook as its labellers did: an overfit (validation loss 0.895 at its best, 31% higher at the end)', async () => {
    const { findings } = await diagnoseCorpusRun(HUNDRED_TWENTY_FIFTH_C_CORPUS_DIR, 'c01-tf1-nb-xpitfire-cifar10-cnn');
    expect(findings.map((finding) => finding.kind)).toEqual(['overfitting']);
  });
});
