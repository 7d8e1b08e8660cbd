/**
 * A perplexity read as its split's loss (readers-34, monitor/history-perplexity.ts): as logged,
 * only when that split logs no loss, never beside the other split's loss; the CLI says so. Name
 * forms, History's choice on small runs, and the three real perplexity logs of the corpora
 * diagnosed as labelled (read by their logarithm instead, two of the three were not).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRun } from '../../src/io/runs.js';
import { History, diagnose, isPerplexity, isPerplexityName, seriesName, type PointInput } from '../../src/monitor/index.js';
import { ok } from '../support/cli.js';

/** A run of `epochs` points per logged name, falling values (the choice of series is what is tested). */
function run(names: readonly string[], epochs = 6): History {
  const curve = (offset: number): PointInput[] => Array.from({ length: epochs }, (_, epoch) => ({ step: epoch, epoch, value: 10 + offset - epoch }));
  return History.fromSeries(Object.fromEntries(names.map((name, i) => [name, curve(i)])));
}

const chosen = (history: History) => ({ train: history.trainLoss?.name, validation: history.validationLoss?.name });

describe('perplexity in the role table', () => {
  it.each([
    ['ppl', 'ppl'], ['Train-ppl', 'ppl'], ['Validation-ppl', 'val_ppl'], ['eval_ppl', 'val_ppl'],
    ['eval_perplexity', 'val_perplexity'], ['train/perplexity', 'perplexity'], ['ppl_step', 'ppl_step'],
  ])('%s is the metric %s, a perplexity', (raw, canonical) => {
    const name = seriesName(raw)!;
    expect(name).toMatchObject({ name: canonical, role: 'metric' });
    expect(isPerplexity(name)).toBe(true);
    expect(isPerplexityName(raw)).toBe(true);
  });

  it.each(['best_validation_perplexity', 'ppl_ratio', 'loss', 'val_loss', 'nll'])('%s is no perplexity', (raw) => {
    expect(isPerplexityName(raw)).toBe(false);
  });
});

describe("History's losses with a perplexity logged", () => {
  it.each([
    [['Train-ppl', 'Validation-ppl', 'Validation-bleu'], 'ppl', 'val_ppl'],
    [['eval_ppl'], undefined, 'val_ppl'],
    [['ppl'], 'ppl', undefined],
    // A logged loss always wins, in its split.
    [['loss', 'ppl', 'val_loss', 'val_ppl'], 'loss', 'val_loss'],
    [['train_nll', 'ppl', 'val_nll', 'val_ppl'], 'nll', 'val_nll'],
    [['ppl', 'val_ppl', 'val_g0_loss'], undefined, 'val_g0_loss'],
    // Never beside the other split's loss: a perplexity and a cross-entropy are on two scales.
    [['loss', 'val_ppl'], 'loss', undefined],
    [['ppl', 'val_loss'], undefined, 'val_loss'],
  ] as const)('%j: training %s, validation %s', (names, train, validation) => {
    expect(chosen(run(names))).toEqual({ train, validation });
  });

  it('the perplexity is read as logged, not by its logarithm', () => {
    const history = run(['Train-ppl', 'Validation-ppl']);
    expect(history.trainLoss?.points.map((point) => point.value)).toEqual([10, 9, 8, 7, 6, 5]);
    expect(history.validationLoss?.points[0].value).toBe(11);
  });
});

describe('the real perplexity logs, diagnosed as labelled', () => {
  const corpus = import.meta.dirname;
  it.each([
    ['corpus-twenty-fourth-b/runs/b12-sockeye-log-spoken2symbol', ['overfitting']],
    // 57 checkpoints: since rules-65 its gap is read over the last two thirds only, where it did not grow by 10 % (labels: plateau|widening-gap).
    ['corpus-twenty-fourth-b/runs/b13-sockeye-log-original', ['plateau']],
    ['corpus-eighteenth-b/runs/dschat-sft-opt13b-log', ['plateau']],
  ])('%s: %j', async (path, kinds) => {
    const log = await readRun(join(corpus, path));
    expect(diagnose(History.fromSeries(log.series)).map((finding) => finding.kind)).toEqual(kinds);
  });

  it('the CLI says that a perplexity was read as the loss, as logged', async () => {
    const out = await ok('diagnose', join(corpus, 'corpus-twenty-fourth-b/runs/b12-sockeye-log-spoken2symbol'));
    expect(out).toContain("Note: no training loss is logged; the perplexity 'ppl' is read as the training loss, as logged (perplexity = exp(cross-entropy)");
    expect(out).toContain("Note: no validation loss is logged; the perplexity 'val_ppl' is read as the validation loss, as logged");
  });
});
