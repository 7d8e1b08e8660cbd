/**
 * The twentieth and twenty-first corpora's false alarms and misses, after their held-out scores
 * (tuned): trainings appended to one console log without a counter that goes back were read as one
 * training (console-launch.ts now splits them); a divergence hid the bounce before it (rules-26); a
 * fast fall's bend read as a bounce (rules-27); a fall at the start was no move (rules-28). Each
 * group's first test failed before.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/monitor/index.js';
import { TWENTIETH_A_CORPUS_DIR, TWENTIETH_B_CORPUS_DIR, TWENTY_FIRST_A_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { epochs, readings, run } from './diagnose-fixtures.js';

const diagnosed = (id: string, dir = TWENTIETH_B_CORPUS_DIR) => diagnoseCorpusRun(dir, id);

describe('trainings appended to a console log, read apart (the twentieth corpus)', () => {
  it("simcse-train: 18 launches, each opened by argparse's Namespace(...); no divergence across them (was critical)", async () => {
    const { notes, findings } = await diagnosed('simcse-train');
    expect(notes.join('\n')).toMatch(/18 trainings written into one log .*kept training 16 of 18 \(lines 1642-1709, 59 points\)/);
    expect(readings(findings)).not.toContain('divergence');
  });

  it('auramarketnet-train: the planned epochs changing from 2 to 30 is another training; its 1 point is too few, the one before it is read', async () => {
    const { notes, findings } = await diagnosed('auramarketnet-train');
    expect(notes.join('\n')).toMatch(/3 trainings written into one log/);
    expect(readings(findings)).not.toContain('still-improving');
  });
});

describe('the bounce before a divergence (rules-26)', () => {
  it('a loss that spiked 2x twice before it diverged: divergence, and lr-too-high read up to its best', () => {
    const train = epochs(40, (t) => (t <= 25 ? 0.3 + 1 / t : (0.3 + 1 / 25) * Math.exp(0.25 * (t - 25))));
    train[8] *= 2.2;
    train[16] *= 2;
    const findings = diagnose(run(train));
    expect(readings(findings)).toEqual(['divergence', 'lr-too-high']);
    const bounce = findings[1];
    expect(bounce.range?.to).toBeLessThanOrEqual(findings[0].evidence['bestAt'] as number);
    expect(bounce.evidence['spikeCount']).toBe(2);
  });

  it('a smooth loss that diverged: divergence alone (the climb is never read as a bounce)', () => {
    const train = epochs(40, (t) => (t <= 25 ? 0.3 + 1 / t : (0.3 + 1 / 25) * Math.exp(0.25 * (t - 25))));
    expect(readings(diagnose(run(train)))).toEqual(['divergence']);
  });

  it('a08-roadsigns-log: its divergence and the spikes before it, both expected by both labellers', async () => {
    const { findings } = await diagnosed('a08-roadsigns-log', TWENTIETH_A_CORPUS_DIR);
    expect(readings(findings)).toEqual(['divergence', 'lr-too-high']);
  });
});

describe('no bounce without a rise (rules-27)', () => {
  it('a loss falling 500x in 10 epochs with one step up by 4 % is no oscillation (a17-michprencipe-swin2sr-v2)', async () => {
    const { findings } = await diagnosed('a17-michprencipe-swin2sr-v2', TWENTY_FIRST_A_CORPUS_DIR);
    expect(readings(findings)).not.toContain('lr-too-high');
    const bent = [0.2, 0.005, 0.0013, 0.00095, 0.00093, 0.00097, 0.0007, 0.00047, 0.00043, 0.0004];
    const bouncing = bent.map((value, i) => value * (i % 2 === 1 ? 1.3 : 1));
    expect(readings(diagnose(run(bent, bent.map((value, i) => value * (i % 2 ? 1.6 : 0.7)))))).not.toContain('lr-too-high');
    expect(readings(diagnose(run(bouncing, bent.map((value, i) => value * (i % 2 ? 1.6 : 0.7)))))).toContain('lr-too-high');
  });
});

describe('a loss that fell at its start did move (rules-28)', () => {
  it('a loss falling 7 % in its first two epochs and flat for 98 is a plateau, not lr-too-low (a01-razinsufian-vae-music)', async () => {
    const { findings } = await diagnosed('a01-razinsufian-vae-music', TWENTY_FIRST_A_CORPUS_DIR);
    expect(readings(findings)).toContain('plateau');
    expect(readings(findings)).not.toContain('lr-too-low');
  });

  it('a loss flat from its first value is still lr-too-low', () => {
    const flat = Array.from({ length: 40 }, (_, i) => 1.06 * (1 + 0.002 * Math.sin(i * 1.7)));
    expect(readings(diagnose(run(flat)))).toContain('lr-too-low');
  });
});
