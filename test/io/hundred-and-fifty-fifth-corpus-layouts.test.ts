/**
 * A layout the hundred-and-fifty-fifth real-log corpus (round 158) left unread, written here, numbers made up:
 * a training script's CSV whose first line lists its parameters (`Parameters:,10,0.05,0.9,7,0.5`) above a
 * header with its counter capitalised (`Epoch,Train Loss,Validation Loss,Validation_Accuracy,Time`, the
 * corpus's a04, readers-165). The preface rule (readers-81) looked for a lower-case counter only, so the
 * parameters line was taken for the header and the file rejected at its second line.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';
import { steps, values } from './support/logs.js';

const rows = Array.from({ length: 8 }, (_, i) => `${i + 1},${(365 - i * 30).toFixed(1)},${(21.6 - i * 1.5).toFixed(2)},0.${55 + i},3.6`);
const table = `Epoch,Train Loss,Validation Loss,Validation_Accuracy,Time\n${rows.join('\n')}\n`;

describe('a CSV under a parameters line, its counter capitalised (readers-165)', () => {
  it('the parameters line is passed by with a note and the table read', () => {
    const log = parseLog('training_results_densenet161.csv', bytes(`Parameters:,10,0.05,0.9,7,0.5\n${table}`));
    expect(values(log.series['Validation Loss'])).toHaveLength(8);
    expect(values(log.series['Validation Loss'])[0]).toBe(21.6);
    expect(steps(log.series['Train Loss'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(log.notes).toContain('the first line is prose before the table, passed by');
  });

  it('a capitalised counter with no loss column beside it is still no log', () => {
    expect(() => parseLog('prices.txt', bytes('Parameters:,10,0.05\nEpoch,Price,Volume\n1,2,3\n2,3,4\n3,4,5\n'))).toThrow(/not a training log/);
  });
});
