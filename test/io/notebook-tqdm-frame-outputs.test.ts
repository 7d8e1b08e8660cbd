/**
 * readers-177: a front end that saved each tqdm frame as a stream output of its own, its carriage
 * return dropped (the 174th corpus's c05, a minGPT notebook: 27 frames on stderr between the samples
 * it printed on stdout). The notebook shows each output in an area of its own, one frame a line; joined
 * as written they made one line of 27 frames, and the run was unread.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedOutputs } from '../../src/io/notebook-cells.js';
import { parseLog } from '../../src/io/parse-log.js';
import { readRun } from '../../src/io/runs.js';
import { notebook, stderr, stdout, steps, values } from './support/logs.js';

const frame = (iter: number, loss: number) =>
  `epoch 1 iter ${iter}: train loss ${loss.toFixed(5)}. lr 5.999973e-04:   0%|          | ${iter}/37864 [00:10<1:41:47,  6.18it/s]`;
const losses = [1.32109, 1.24467, 1.25692, 1.25743, 1.20856, 1.25767];

describe('tqdm frames saved as outputs of their own, without carriage returns', () => {
  it('each frame is a line: every loss is read, at its iteration', () => {
    const outputs = losses.flatMap((loss, i) => [stderr(frame(100 * i + 101, loss)), stdout(`sample ${i}\n`)]);
    const log = parseLog('play_char.ipynb', notebook([outputs]));
    expect(values(log.series.train_loss)).toEqual(losses);
    expect(steps(log.series.train_loss)).toEqual(losses.map((_, i) => 100 * i + 101));
  });

  it("a frame that redraws the one before ('\\r') still redraws it: no line break is put before it", () => {
    const redrawn = printedOutputs([stderr(frame(101, 1.3)), stdout('sample\n'), stderr(`\r${frame(201, 1.2)}\n`)]).printed;
    expect(redrawn).toBe(`sample\n${frame(101, 1.3)}\r${frame(201, 1.2)}\n`);
    const separate = printedOutputs([stderr(frame(101, 1.3)), stdout('sample\n'), stderr(`${frame(201, 1.2)}\n`)]).printed;
    expect(separate).toBe(`sample\n${frame(101, 1.3)}\n${frame(201, 1.2)}\n`);
  });

  it("the 174th corpus's c05: the 27 frames of the resumed training are read", async () => {
    const run = await readRun(join(import.meta.dirname, '..', 'monitor', 'corpus-hundred-and-seventy-fourth-c', 'runs', 'c05-mingpt-printed-nb-jchwenger-play-char-resumed'));
    expect(values(run.series.train_loss)).toHaveLength(27);
    expect(values(run.series.train_loss)[0]).toBe(1.32109);
    expect(values(run.series.train_loss).at(-1)).toBe(1.19859);
  });
});
