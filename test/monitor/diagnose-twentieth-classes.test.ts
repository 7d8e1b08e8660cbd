/**
 * The twentieth corpus's false alarms, after its held-out score (tuned): trainings appended to one
 * console log without a counter that goes back were read as one training (console-launch.ts now
 * splits them). Each test failed before.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRun } from '../../src/io/index.js';
import { History, diagnose } from '../../src/monitor/index.js';
import { TWENTIETH_B_CORPUS_DIR } from './evaluation-corpus.js';
import { kinds } from './diagnose-fixtures.js';

const diagnosed = async (id: string) => {
  const read = await readRun(join(TWENTIETH_B_CORPUS_DIR, 'runs', id));
  return { read, findings: diagnose(History.fromSeries(read.series, read.roles === undefined ? {} : { roles: read.roles })) };
};

describe('trainings appended to a console log, read apart (the twentieth corpus)', () => {
  it("simcse-train: 18 launches, each opened by argparse's Namespace(...); no divergence across them (was critical)", async () => {
    const { read, findings } = await diagnosed('simcse-train');
    expect((read.notes ?? []).join('\n')).toMatch(/18 trainings written into one log .*kept training 16 of 18 \(lines 1642-1709, 59 points\)/);
    expect(kinds(findings)).not.toContain('divergence');
  });

  it('auramarketnet-train: the planned epochs changing from 2 to 30 is another training; its 1 point is too few, the one before it is read', async () => {
    const { read, findings } = await diagnosed('auramarketnet-train');
    expect((read.notes ?? []).join('\n')).toMatch(/3 trainings written into one log/);
    expect(kinds(findings)).not.toContain('still-improving');
  });
});
