/**
 * A GAN's generator and discriminator losses, logged with no total, are read as their sum (roles-39,
 * src/monitor/history-adversarial.ts): level while the game is balanced, climbing when one side wins. Before, such
 * a run was "nothing to diagnose" (the hundred-and-twenty-third corpus's five GAN notebooks, all five labelled by
 * both labellers: plateaus and a divergence). A sum that climbs is one side winning, and the game goes on: its end is
 * read beside the divergence (rules-66; the hundred-and-thirty-second corpus's DCGAN runs d03 and d08, whose labellers
 * allowed the divergence and expected the end state).
 */
import { describe, expect, it } from 'vitest';
import { History, diagnose, diagnosisAnswer, isAdversarialTotal } from '../../src/monitor/index.js';
import { HUNDRED_TWENTY_THIRD_C_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';

const EPOCHS = 60;
/** A deterministic jitter of about ±3 %, so that trends are tested against a noise. */
const jitter = (i: number): number => 1 + 0.03 * Math.sin(i * 2.399);
const balanced = (i: number) => ({ d_loss: 1.3 * jitter(i), g_loss: (0.8 + 2 * Math.exp(-i / 4)) * jitter(i + 7) });

describe('the pair read as its sum', () => {
  it('sums the two losses step by step and names the sum after both', () => {
    const history = History.fromRows(Array.from({ length: EPOCHS }, (_, i) => ({ epoch: i, ...balanced(i) })));
    const train = history.trainLoss;
    expect(train?.name).toBe('g_loss+d_loss');
    expect(train !== undefined && isAdversarialTotal(train)).toBe(true);
    const first = balanced(0);
    expect(train?.points[0].value).toBeCloseTo(first.d_loss + first.g_loss, 12);
    expect(train?.points).toHaveLength(EPOCHS);
  });

  it('reads a balanced game as a plateau, not as nothing to diagnose', () => {
    const history = History.fromRows(Array.from({ length: EPOCHS }, (_, i) => ({ epoch: i, ...balanced(i) })));
    const findings = diagnose(history);
    expect(diagnosisAnswer(history, findings, undefined)).toBe('findings');
    expect(findings.map((finding) => finding.kind)).toContain('plateau');
  });

  it('reads a discriminator that wins outright, its generator loss climbing several times over, as a divergence', () => {
    const rows = Array.from({ length: EPOCHS }, (_, i) => ({
      epoch: i,
      loss_D: (i < 20 ? 1.3 : 0.2) * jitter(i),
      loss_G: (i < 20 ? 0.8 : 6) * jitter(i + 3),
    }));
    const findings = diagnose(History.fromRows(rows));
    expect(findings.find((finding) => finding.kind === 'divergence')?.series).toBe('loss_g+loss_d');
  });

  it('reads on to the end of a game one side won (rules-66): the divergence, and the level the game settled at', () => {
    const rows = Array.from({ length: EPOCHS }, (_, i) => ({
      epoch: i,
      loss_D: (i < 20 ? 1.3 : 0.2) * jitter(i),
      loss_G: (i < 20 ? 0.8 : 6) * jitter(i + 3),
    }));
    const kinds = diagnose(History.fromRows(rows)).map((finding) => finding.kind);
    expect(kinds).toEqual(expect.arrayContaining(['divergence', 'plateau']));
  });

  it('the same climb in a loss that is no GAN\'s sum still ends the reading: nothing after its divergence', () => {
    const rows = Array.from({ length: EPOCHS }, (_, i) => ({ epoch: i, loss: (i < 20 ? 2.1 : 6.2) * jitter(i) }));
    const kinds = diagnose(History.fromRows(rows)).map((finding) => finding.kind);
    expect(kinds).toContain('divergence');
    expect(kinds).not.toContain('plateau');
  });
});

describe('what is not a lone GAN pair stays unsummed', () => {
  it('a third named loss beside the pair (an ACGAN\'s aux_loss)', () => {
    const rows = Array.from({ length: EPOCHS }, (_, i) => ({ epoch: i, ...balanced(i), aux_loss: 0.5 }));
    expect(History.fromRows(rows).trainLoss).toBeUndefined();
  });

  it('a validation loss beside the pair', () => {
    const rows = Array.from({ length: EPOCHS }, (_, i) => ({ epoch: i, ...balanced(i), val_g_loss: 1 }));
    expect(History.fromRows(rows).trainLoss?.name).not.toBe('g_loss+d_loss');
  });

  it('a Wasserstein critic\'s signed losses', () => {
    const rows = Array.from({ length: EPOCHS }, (_, i) => ({ epoch: i, d_loss: -5 + 0.01 * i, g_loss: 3 }));
    expect(History.fromRows(rows).trainLoss).toBeUndefined();
  });

  it('two losses logged at steps that are not shared', () => {
    const rows = Array.from({ length: EPOCHS }, (_, i) => (i % 2 === 0 ? { step: i, d_loss: 1.3 } : { step: i, g_loss: 0.8 }));
    expect(History.fromRows(rows).trainLoss).toBeUndefined();
  });

  it('a pair gone NaN: the sum is read where both are numbers, and the NaN found on the loss that broke', () => {
    const rows = Array.from({ length: EPOCHS }, (_, i) => ({ epoch: i, d_loss: 1.3 * jitter(i), g_loss: i < 56 ? 0.8 * jitter(i + 3) : Number.NaN }));
    const history = History.fromRows(rows);
    expect(history.trainLoss?.points).toHaveLength(56);
    const nonFinite = diagnose(history).filter((finding) => finding.kind === 'non-finite');
    expect(nonFinite.map((finding) => finding.series)).toEqual(['g_loss']);
  });

  it('two losses that are no generator and discriminator', () => {
    const rows = Array.from({ length: EPOCHS }, (_, i) => ({ epoch: i, box_loss: 1.3, cls_loss: 0.8 }));
    expect(History.fromRows(rows).trainLoss).toBeUndefined();
  });
});

describe('the hundred-and-twenty-third corpus\'s GAN notebooks, as both labellers read them', () => {
  it('c08, a face GAN whose generator loss climbs to 7.4 from 0.56: a divergence', async () => {
    const { findings } = await diagnoseCorpusRun(HUNDRED_TWENTY_THIRD_C_CORPUS_DIR, 'c08-tf1-nb-schwarf-face-gan-try2');
    expect(findings.find((finding) => finding.kind === 'divergence')?.series).toBe('generator_loss+discriminator_loss');
  });

  it('c07, an MNIST GAN of 1,000 epochs at its equilibrium: a plateau', async () => {
    const { findings } = await diagnoseCorpusRun(HUNDRED_TWENTY_THIRD_C_CORPUS_DIR, 'c07-tf1-nb-schwarf-mnist-gan');
    expect(findings.map((finding) => finding.kind)).toEqual(['plateau']);
  });
});
