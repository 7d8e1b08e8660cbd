/**
 * A name the sixtieth real-log corpus (test/monitor/corpus-sixtieth-a to -d) left without a role, read after
 * its held-out score (so tuned), on the real lines. readers-108: PyTorch names its loss classes with an acronym
 * before a word, and a loop printing `criterion.__class__.__name__` gives `Epoch: 1, BCELoss: 0.68` (Udacity's
 * SageMaker sentiment project, as its training job logs it: JoeyHou/sagemaker-deployment, MIT, c10, the job's
 * first lines with their terminal colours). Read as `bceloss`, one word, it was no loss, and such runs had
 * "nothing to diagnose"; split as the role table splits `CrossEntropyLoss`, it is `bce_loss`, a named loss, the
 * training loss where no plain one is logged.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { History, diagnose } from '../../src/monitor/index.js';
import { values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

const SAGEMAKER = [
  '\x1b[34mEpoch: 1, BCELoss: 0.681659630366734\x1b[0m',
  '\x1b[34mEpoch: 2, BCELoss: 0.6521274009529425\x1b[0m',
  '\x1b[34mEpoch: 3, BCELoss: 0.6296839069346992\x1b[0m',
  '\x1b[34mEpoch: 4, BCELoss: 0.5645290430711241\x1b[0m',
  '\x1b[34mEpoch: 5, BCELoss: 0.5783719450843577\x1b[0m',
  '\x1b[34mEpoch: 6, BCELoss: 0.5800448826381138\x1b[0m',
  '',
].join('\n');

describe("a loss named as PyTorch names its class, `BCELoss: 0.68` (readers-108)", () => {
  it('reads the name split at its acronym, `bce_loss`, and diagnoses it as the training loss', () => {
    const log = parseLog('job.log', bytes(SAGEMAKER));
    expect(Object.keys(log.series)).toEqual(['bce_loss']);
    expect(values(log.series.bce_loss)[0]).toBe(0.681659630366734);
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.sourceNames).toEqual(['bce_loss']);
    expect(diagnose(history).length).toBeGreaterThan(0);
  });

  it('splits other acronyms the same way: `NLLLoss`, `KLDivLoss`; a name of capitals alone stays one word', () => {
    const names = (line: string) => Object.keys(parseLog('x.log', bytes([1, 2, 3].map((epoch) => `Epoch: ${epoch}, ${line}`).join('\n'))).series);
    expect(names('NLLLoss: 0.5')).toEqual(['nll_loss']);
    expect(names('KLDivLoss: 0.5')).toEqual(['kl_div_loss']);
    expect(names('RMSE: 0.5, loss: 0.4')).toEqual(['rmse', 'loss']);
  });
});
