/**
 * OpenAI logger's `dumpkvs` tables (openai/baselines logger.py's HumanOutputFormat, copied into
 * improved-diffusion and guided-diffusion), met in the twenty-first corpus, part b
 * (group-diffusion-train) and unread before. Blocks written here in that layout, numbers made up.
 */
import { describe, expect, it } from 'vitest';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';

const block = (rows: Record<string, string>) => {
  const lines = Object.entries(rows).map(([key, value]) => `| ${key.padEnd(10)} | ${value.padEnd(8)} |`);
  return ['-------------------------', ...lines, '-------------------------'].join('\n');
};
const diffusion = [
  'Logging to logs/run',
  'creating model and diffusion...',
  'training...',
  block({ grad_norm: '12.8', loss: '1.99', loss_q0: '1.99', mse: '1.99', samples: '176', step: '10' }),
  block({ grad_norm: '11.1', loss: '1.89', loss_q0: '1.89', loss_q1: '2.87', mse: '1.89', samples: '336', step: '20' }),
  block({ grad_norm: '7.87', loss: '1.62', loss_q0: '1.62', mse: '1.62', samples: '496', step: '30' }),
  'saving model 0...',
  block({ grad_norm: '6.38', loss: '1.48', loss_q0: '1.45', mse: '1.48', samples: '656', step: '40' }),
].join('\n') + '\n';

describe('OpenAI logger key/value tables', () => {
  it('is detected by content', () => {
    expect(detectLogFormat('log.txt', bytes(diffusion))).toBe('kv-table');
  });

  it('reads each block as one record at its step; loss is the training loss, the quartiles metrics', () => {
    const log = parseLog('log.txt', bytes(diffusion));
    expect(log.format).toBe('kv-table');
    expect(seriesPoints(log.series['loss'])).toEqual([{ step: 10, value: 1.99 }, { step: 20, value: 1.89 }, { step: 30, value: 1.62 }, { step: 40, value: 1.48 }]);
    expect(seriesPoints(log.series['loss_q1'])).toEqual([{ step: 20, value: 2.87 }]);
    expect(Object.keys(log.series)).not.toContain('step');
    expect(Object.keys(log.series)).not.toContain('samples');
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.points.map(({ value }) => value)).toEqual([1.99, 1.89, 1.62, 1.48]);
  });

  it('places blocks without a step row at their ordinal', () => {
    const text = [block({ loss: '3' }), block({ loss: '2' }), block({ loss: '1' })].join('\n') + '\n';
    expect(seriesPoints(parseLog('log.txt', bytes(text)).series['loss']).map(({ step }) => step)).toEqual([1, 2, 3]);
  });

  it('warns of a last block left open', () => {
    const text = diffusion + '-------------------------\n| loss       | 1.2      |\n';
    expect(parseLog('log.txt', bytes(text)).warnings.join('\n')).toMatch(/without its closing dashes/);
  });

  it('takes no table without a loss, nor a single block', () => {
    const config = [block({ lr: '0.1', batch: '32' }), block({ lr: '0.2', batch: '32' }), block({ lr: '0.3', batch: '32' })].join('\n');
    expect(detectLogFormat('log.txt', bytes(config))).toBeUndefined();
    expect(detectLogFormat('log.txt', bytes(block({ loss: '1' })))).toBeUndefined();
  });
});

/** stable-baselines3's tables (readers-75), in the layout of its HumanOutputFormat, numbers made up. */
describe("stable-baselines3's key/value tables", () => {
  const sb3 = (timesteps: number, loss: string) => [
    '----------------------------------',
    '| rollout/            |          |',
    '|    ep_len_mean      | 225      |',
    '|    ep_rew_mean      | 1.62     |',
    '| time/               |          |',
    '|    fps              | 273      |',
    `|    total_timesteps  | ${String(timesteps).padEnd(8)} |`,
    '| train/              |          |',
    `|    loss             | ${loss.padEnd(8)} |`,
    '|    n_updates        | 1495     |',
    '----------------------------------',
  ].join('\n');
  const text = [sb3(8022, '0.31'), sb3(15981, '0.25'), sb3(24354, '0.22'), sb3(32101, '0.2')].join('\n') + '\n';

  it('are key/value tables, not a console log of loss rows: each key under its section, each block at its total_timesteps', () => {
    expect(detectLogFormat('results.log', bytes(text))).toBe('kv-table');
    const log = parseLog('results.log', bytes(text));
    expect(Object.keys(log.series).sort()).toEqual(['rollout/ep_len_mean', 'rollout/ep_rew_mean', 'time/fps', 'train/loss', 'train/n_updates']);
    expect(seriesPoints(log.series['train/loss']).map(({ step, value }) => [step, value])).toEqual([[8022, 0.31], [15981, 0.25], [24354, 0.22], [32101, 0.2]]);
  });
});
