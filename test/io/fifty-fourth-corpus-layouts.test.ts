/**
 * A layout the fifty-fourth real-log corpus (test/monitor/corpus-fifty-fourth-a to -d) misread, read
 * after its held-out score (so tuned), on the real lines. readers-101: NDarayut/Khmer-Historical-Text-
 * Restoration's `notebooks/48x48/u_net.ipynb` (MIT, d07), a loop printing single batches' losses
 * (`Batch 1000/5321 - Loss: 0.0151`) under Keras-style `Epoch 1/10` headers and each epoch's
 * `Average Loss: 0.0265` after them: its cell 5's lines 4-35 (epochs 1 and 2).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

const KHMER_UNET = [
  "Epoch 1/10",
  "Batch 0/5321 - Loss: 0.2405",
  "    GPU Memory Usage: 561.65 MB",
  "Batch 1000/5321 - Loss: 0.0151",
  "    GPU Memory Usage: 562.56 MB",
  "Batch 2000/5321 - Loss: 0.0044",
  "    GPU Memory Usage: 562.56 MB",
  "Batch 3000/5321 - Loss: 0.0114",
  "    GPU Memory Usage: 562.56 MB",
  "Batch 4000/5321 - Loss: 0.0068",
  "    GPU Memory Usage: 562.56 MB",
  "Batch 5000/5321 - Loss: 0.0197",
  "    GPU Memory Usage: 562.56 MB",
  "Epoch [1/10] completed in 490.50s",
  "Average Loss: 0.0265",
  "--------------------------------------------------",
  "Epoch 2/10",
  "Batch 0/5321 - Loss: 0.0050",
  "    GPU Memory Usage: 562.56 MB",
  "Batch 1000/5321 - Loss: 0.0057",
  "    GPU Memory Usage: 562.56 MB",
  "Batch 2000/5321 - Loss: 0.0002",
  "    GPU Memory Usage: 562.56 MB",
  "Batch 3000/5321 - Loss: 0.0084",
  "    GPU Memory Usage: 562.56 MB",
  "Batch 4000/5321 - Loss: 0.0041",
  "    GPU Memory Usage: 562.56 MB",
  "Batch 5000/5321 - Loss: 0.0181",
  "    GPU Memory Usage: 562.56 MB",
  "Epoch [2/10] completed in 489.60s",
  "Average Loss: 0.0162",
  "--------------------------------------------------",
].join('\n');

describe("an epoch's `Average Loss` line after its batches' `Loss` lines (readers-101)", () => {
  it("reads the average as the epoch's training loss, the batches' as `loss_step`", () => {
    const log = parseLog('u_net.ipynb', notebook([[stdout(KHMER_UNET)]]));
    expect(values(log.series.loss)).toEqual([0.0265, 0.0162]);
    expect(values(log.series.loss_step)).toEqual([0.2405, 0.0151, 0.0044, 0.0114, 0.0068, 0.0197, 0.005, 0.0057, 0.0002, 0.0084, 0.0041, 0.0181]);
    expect(log.series.average_loss).toBeUndefined();
  });

  it("keeps an average's own name where no batch line logs the loss it averages", () => {
    const log = parseLog('train.log', bytes(['Epoch 1/3', 'Average Loss: 0.31', 'Epoch 2/3', 'Average Loss: 0.22', 'Epoch 3/3', 'Average Loss: 0.2', ''].join('\n')));
    expect(values(log.series.average_loss)).toEqual([0.31, 0.22, 0.2]);
  });
});
