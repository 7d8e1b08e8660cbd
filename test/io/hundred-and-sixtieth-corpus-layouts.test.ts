/**
 * A layout the hundred-and-sixtieth real-log corpus (round 163) left unread, written here, numbers made up: a mean
 * printed with the division that made it, `Train Loss: 25005.502/6552=3.8165` beside `Validate Loss: 2232.885/818=2.7297`
 * (a flowers notebook's own prints, the corpus's a04, readers-168), and the split word `Validate` naming its validation
 * loss (roles-40).
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { seriesName } from '../../src/monitor/history-names.js';
import { notebook, stdout, values } from './support/logs.js';

const epochLines = (count: number) => Array.from({ length: count }, (_, i) => {
  const train = 3.5 - i * 0.2;
  const validation = 2.5 - i * 0.15;
  return `Epoch [${i + 1}/${count}], Train Loss: ${(train * 6552).toFixed(4)}/6552=${train.toFixed(4)}\n`
    + `Epoch [${i + 1}/${count}], Validate Loss: ${(validation * 818).toFixed(4)}/818=${validation.toFixed(4)}, Accuracy: ${400 + i * 20}.0/818=${((400 + i * 20) / 818).toFixed(4)}\n`;
}).join('');

describe('a mean printed with its division (readers-168)', () => {
  it('is the quotient after the equals sign', () => {
    expect(readConsoleLine('Epoch [1/12], Train Loss: 25005.5020904541/6552=3.8165', false, true, undefined)).toEqual({
      kind: 'observation', pairs: [{ name: 'train_loss', value: 3.8165, validation: false }], components: 0, summary: false, epoch: 1,
    });
  });

  it('only where the quotient is the division to its printed digits', () => {
    expect(readConsoleLine('Epoch [1/12], Train Loss: 25005.5020904541/6552=3.9165', false, true, undefined)).toBeUndefined();
    expect(readConsoleLine('loss: 1/3=0.33', false, true, undefined)).toMatchObject({ pairs: [{ name: 'loss', value: 0.33 }] });
    expect(readConsoleLine('loss: 1/3=0.34', false, true, undefined)).toBeUndefined();
    expect(readConsoleLine('loss: 5e3/2=2.5e3', false, true, undefined)).toMatchObject({ pairs: [{ name: 'loss', value: 2500 }] });
  });

  it("a notebook of such epochs is a training and a validation loss, 'Validate' naming the validation's (roles-40)", () => {
    const log = parseLog('Image Classifier Project.ipynb', notebook([[stdout(epochLines(10))]]));
    expect(Object.keys(log.series).sort()).toEqual(['accuracy', 'train_loss', 'validate_loss']);
    expect(values(log.series.train_loss)[9]).toBeCloseTo(1.7, 4);
    expect(values(log.series.validate_loss)).toHaveLength(10);
    expect(values(log.series.validate_loss)[0]).toBeCloseTo(2.5, 4);
    expect(seriesName('validate_loss')).toMatchObject({ name: 'val_loss', split: 'validation' });
    expect(seriesName('Validate Loss')).toMatchObject({ name: 'val_loss', split: 'validation' });
  });
});
