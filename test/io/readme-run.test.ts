/**
 * readers-95, on the real bytes: DGL's `dglgo/README.md` (dmlc/dgl, Apache-2.0; the fiftieth corpus's
 * a06) pastes the last ten epochs of a GraphSAGE training in a fenced block. A README is a folder's
 * description, never a run while walking; in a folder that holds no run at all, one whose blocks hold
 * a training loss series is the only training log there is, and is read. The lines below are the
 * README's lines 160-178, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { readRuns } from '../../src/io/index.js';
import { tempFolder } from './support/temp-files.js';
import { values } from './support/logs.js';

const README = [
  "### Step 2: `dgl train`",
  "",
  "Simply run `dgl train --cfg cora_sage.yaml` will start the training process.",
  "```log",
  "...",
  "Epoch 00190 | Loss 1.5225 | TrainAcc 0.9500 | ValAcc 0.6840",
  "Epoch 00191 | Loss 1.5416 | TrainAcc 0.9357 | ValAcc 0.6840",
  "Epoch 00192 | Loss 1.5391 | TrainAcc 0.9357 | ValAcc 0.6840",
  "Epoch 00193 | Loss 1.5257 | TrainAcc 0.9643 | ValAcc 0.6840",
  "Epoch 00194 | Loss 1.5196 | TrainAcc 0.9286 | ValAcc 0.6840",
  "EarlyStopping counter: 12 out of 20",
  "Epoch 00195 | Loss 1.4862 | TrainAcc 0.9643 | ValAcc 0.6760",
  "Epoch 00196 | Loss 1.5142 | TrainAcc 0.9714 | ValAcc 0.6760",
  "Epoch 00197 | Loss 1.5145 | TrainAcc 0.9714 | ValAcc 0.6760",
  "Epoch 00198 | Loss 1.5174 | TrainAcc 0.9571 | ValAcc 0.6760",
  "Epoch 00199 | Loss 1.5235 | TrainAcc 0.9714 | ValAcc 0.6760",
  "Test Accuracy 0.7740",
  "Accuracy across 1 runs: 0.774 ± 0.0",
  "```",
].join('\n');

const { root, put } = tempFolder('losskit-readme-run-');

describe("a README that is a folder's only training log (readers-95)", () => {
  it('is read, with a note, where the folder walked holds no other run', async () => {
    put('alone/README.md', README);
    const runs = await readRuns(`${root}/alone`);
    expect(runs).toHaveLength(1);
    expect(values(runs[0]!.series.loss)).toEqual([1.5225, 1.5416, 1.5391, 1.5257, 1.5196, 1.4862, 1.5142, 1.5145, 1.5174, 1.5235]);
    expect(runs[0]!.notes).toContain("README.md read as a run: the folder holds no other training log, and its README's code blocks hold one");
  });

  it('stays a description beside a log, and below the folder walked', async () => {
    put('beside/README.md', README);
    put('beside/history.csv', 'epoch,loss,val_loss\n0,0.9,1.0\n1,0.7,0.8\n2,0.6,0.75\n');
    expect((await readRuns(`${root}/beside`)).map((run) => run.source.path.replace(root, ''))).toEqual(['/beside/history.csv']);
    put('below/docs/README.md', README);
    await expect(readRuns(`${root}/below`)).resolves.toEqual([]);
  });
});
