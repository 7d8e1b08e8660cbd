/**
 * readers-88, on the real bytes: shibing624/textgen's Chinese T5 notebook (47th d07) logs each
 * evaluation with loguru as a Python dict with no epoch or step, `| textgen.t5.t5_model:eval_model:940
 * - {'eval_loss': 7.58, 'matches': 0.899}`, beside its own `count_matches` debug line (`- match:
 * 0.899`); after training, the notebook evaluates the saved model once more (the same figures, logged
 * the same way) and prints the returned dict bare. The lines below are copied from the notebook byte
 * for byte (the in-training evaluations of epochs 0-2 and 9, then the final cell's).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stderr, stdout, steps, values } from './support/logs.js';

const started = '2022-08-13 09:07:37.233 | INFO     | textgen.t5.t5_model:train:434 -  Training started\n';
const evaluations = [
  [
    '2022-08-13 09:07:40.945 | DEBUG    | __main__:count_matches:13 - match: 0.899179292929293\n',
    "2022-08-13 09:07:40.945 | INFO     | textgen.t5.t5_model:eval_model:940 - {'eval_loss': 7.580060005187988, 'matches': 0.899179292929293}\n",
  ],
  [
    '2022-08-13 09:07:49.995 | DEBUG    | __main__:count_matches:13 - match: 0.6602904040404042\n',
    "2022-08-13 09:07:49.996 | INFO     | textgen.t5.t5_model:eval_model:940 - {'eval_loss': 7.143990516662598, 'matches': 0.6602904040404042}\n",
  ],
  [
    '2022-08-13 09:07:57.301 | DEBUG    | __main__:count_matches:13 - match: 0.899179292929293\n',
    "2022-08-13 09:07:57.302 | INFO     | textgen.t5.t5_model:eval_model:940 - {'eval_loss': 7.250778436660767, 'matches': 0.899179292929293}\n",
  ],
  [
    '2022-08-13 09:08:49.271 | DEBUG    | __main__:count_matches:13 - match: 1.0310395719094367\n',
    "2022-08-13 09:08:49.272 | INFO     | textgen.t5.t5_model:eval_model:940 - {'eval_loss': 10.473383665084839, 'matches': 1.0310395719094367}\n",
    '2022-08-13 09:08:50.653 | INFO     | textgen.t5.t5_model:train_model:235 -  Training of Langboat/mengzi-t5-base model complete. Saved to outputs/mengzi_t5_poem/.\n',
  ],
  [
    '2022-08-13 09:08:54.454 | DEBUG    | __main__:count_matches:13 - match: 1.0310395719094367\n',
    "2022-08-13 09:08:54.455 | INFO     | textgen.t5.t5_model:eval_model:940 - {'eval_loss': 10.473383665084839, 'matches': 1.0310395719094367}\n",
  ],
];
const printed = "{'eval_loss': 10.473383665084839, 'matches': 1.0310395719094367}\n";

describe("textgen's loguru evaluation dicts (readers-88)", () => {
  it('reads each logged dict as an evaluation, in order; the dict printed bare adds no point', () => {
    const log = parseLog('T5_Finetune_Chinese_Poem.ipynb', notebook([[stderr(started), ...evaluations.map((lines) => stderr(lines)), stdout(printed)]]));
    expect(Object.keys(log.series).sort()).toEqual(['eval_loss', 'matches']);
    expect(values(log.series.eval_loss)).toEqual([7.580060005187988, 7.143990516662598, 7.250778436660767, 10.473383665084839, 10.473383665084839]);
    expect(steps(log.series.eval_loss)).toEqual([1, 2, 3, 4, 5]);
    expect(values(log.series.matches)).toHaveLength(5);
    expect(values(log.series.matches)[1]).toBe(0.6602904040404042);
  });

  it('passes by a dict that is not the whole message', () => {
    const nearMiss = evaluations.map((lines) => stderr(lines[1].replace(' - {', ' - Eval results: {')));
    expect(() => parseLog('T5_Finetune_Chinese_Poem.ipynb', notebook([[stderr(started), ...nearMiss, stdout(printed)]]))).toThrow(/no training output/);
  });
});
