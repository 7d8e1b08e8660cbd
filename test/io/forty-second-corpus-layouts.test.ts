/**
 * Layouts the forty-second real-log corpus (test/monitor/corpus-forty-second-a to -d) left unread or
 * misread, read after its held-out score (so tuned), written here, numbers made up. readers-73:
 * MONAI's tutorials print only their evaluations (`Epoch 9 Validation loss 0.2536`); a notebook
 * training two models, one cell each, was read as one training of 200 points, the second model's
 * epochs (9 to 999) interleaved after the first's (0 to 1980): a critical divergence read on it.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';

describe('a log of evaluations alone whose epoch goes back (readers-73)', () => {
  it('begins another training: the latest is kept', () => {
    const first = Array.from({ length: 12 }, (_, i) => `Epoch ${i * 20} Validation loss ${(1 / (i + 1)).toFixed(4)}\n`);
    const second = Array.from({ length: 12 }, (_, i) => `Epoch ${i * 10 + 9} Validation loss ${(0.3 - i / 100).toFixed(4)}\n`);
    const log = parseLog('tutorial.ipynb', notebook([[stdout(first)], [stdout(second)]]));
    expect(values(log.series.validation_loss)).toEqual(Array.from({ length: 12 }, (_, i) => Number((0.3 - i / 100).toFixed(4))));
    expect(log.notes?.join(' ')).toContain('2 trainings written into one log');
  });

  it('counting on, it stays one training', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Epoch ${i * 10 + 9} Validation loss ${(0.3 - i / 100).toFixed(4)}\n`);
    expect(values(parseLog('tutorial.ipynb', notebook([[stdout(lines.slice(0, 6))], [stdout(lines.slice(6))]])).series.validation_loss)).toHaveLength(12);
  });
});
