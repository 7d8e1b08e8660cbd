import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fails, ok } from './support/cli.js';
import { parseThresholds, parseSmoothing } from '../src/cli/commands/diagnose.js';
import { resample } from '../src/cli/diagnosis-text.js';
import { runDiagnosisLines } from '../src/cli/commands/compare.js';
import type { ComparisonRun } from '../src/compare/types.js';
import { writeEventFile, type EventSpec } from './io/support/tfevents-writer.js';
import { jitter } from './monitor/diagnose-fixtures.js';

/**
 * `losskit diagnose` end to end in-process: logs of every format written to a temporary
 * directory (Keras and Lightning CSV, JSONL, TensorBoard event files, a truncated one, a
 * TensorBoard layout of two runs), the findings, warnings, chart, --json and --report; and
 * the diagnosis lines of `losskit compare`.
 */

const root = mkdtempSync(join(tmpdir(), 'losskit-diagnose-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(path: string, content: string | Uint8Array): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

const EPOCHS = 30;
/** Training loss falls; validation loss bottoms out at epoch 12 and climbs (overfitting). */
const overfitTrain = (e: number) => 1.2 * Math.exp(-e / 8) + 0.05;
const overfitValidation = (e: number) => 1.25 * Math.exp(-e / 8) + 0.15 + (e > 12 ? 0.02 * (e - 12) : 0);
/** Both still falling steadily at the end. */
const improving = (e: number) => Math.exp(-e / 10);

const kerasCsv = put('keras/training.log', ['epoch,loss,val_loss',
  ...Array.from({ length: EPOCHS }, (_, e) => `${e},${overfitTrain(e)},${overfitValidation(e)}`)].join('\n') + '\n');

/** Lightning's sparse rows: steps, then the epoch's validation row and train_loss_epoch row; NaN from epoch 8. */
const lightningRows = ['epoch,step,train_loss_epoch,train_loss_step,val_loss'];
for (let e = 0; e < 10; e++) {
  const value = e >= 8 ? 'nan' : String(improving(e));
  const last = (e + 1) * 100 - 1;
  lightningRows.push(`${e},${last - 50},,${value},`, `${e},${last},,${value},`, `${e},${last},,,${value}`, `${e},${last},${value},,`);
}
const lightningCsv = put('lightning/version_0/metrics.csv', `${lightningRows.join('\n')}\n`);

const jsonl = put('jsonl/run.jsonl', Array.from({ length: 20 }, (_, e) => JSON.stringify({ epoch: e, loss: improving(e), val_loss: 1.05 * improving(e) })).join('\n') + '\n');

/** PyTorch's SummaryWriter as in its tutorial: 'Loss/train' and 'Loss/test' at step = epoch. */
function pytorchEvents(train: (e: number) => number, validation: (e: number) => number, epochs = EPOCHS): { bytes: Uint8Array; offsets: number[] } {
  const events: EventSpec[] = [];
  for (let e = 0; e < epochs; e++) {
    events.push({ step: e, wallTime: 1_700_000_000 + e, scalars: [{ tag: 'Loss/train', value: train(e) }] });
    events.push({ step: e, wallTime: 1_700_000_000 + e, scalars: [{ tag: 'Loss/test', value: validation(e) }] });
  }
  return writeEventFile(events);
}

const EVENT_FILE = 'events.out.tfevents.1700000000.host.1.0';
put(`tensorboard/overfit/${EVENT_FILE}`, pytorchEvents(overfitTrain, overfitValidation).bytes);
put(`tensorboard/improving/${EVENT_FILE}`, pytorchEvents(improving, (e) => 1.05 * improving(e)).bytes);

const whole = pytorchEvents(overfitTrain, overfitValidation);
const lastRecord = whole.offsets[whole.offsets.length - 1];
const truncated = put(`truncated/${EVENT_FILE}`, whole.bytes.subarray(0, lastRecord + 20));

describe('losskit diagnose: one run per format', () => {
  it('Keras CSV: overfitting with its epochs, numbers and suggestion, and a terminal chart', async () => {
    const out = await ok('diagnose', kerasCsv);
    expect(out).toContain(`Run training  (Keras CSVLogger: ${kerasCsv})`);
    expect(out).toMatch(/1\. \[(critical|warning)\] overfitting, epochs \d+-29 \(val_loss\)/);
    expect(out).toMatch(/Validation loss bottomed out at [\d.]+ at epoch \d+ and has risen [\d.]+%/);
    expect(out).toContain('Try: Keep the model from epoch');
    // The chart: both curves, the x axis in logged epochs (Keras counts from 0), the smoothing named.
    expect(out).toContain('* training loss   o validation loss');
    expect(out).toMatch(/^ {10}epoch 0 +epoch 29$/m);
    expect(out).toContain('loss, smoothed (EMA weight 0.6)');
    expect(out).not.toMatch(/[^\x20-\x7e\n]/);
  });

  it('Lightning CSV: NaN from epoch 8 is found; --smoothing 0 charts the raw values', async () => {
    const out = await ok('diagnose', join(root, 'lightning'), '--smoothing', '0');
    expect(out).toContain(`Run version_0  (PyTorch Lightning CSVLogger: ${lightningCsv})`);
    expect(out).toMatch(/\[critical\] non-finite, epochs 8-9 \(loss\)/);
    expect(out).toMatch(/^ {10}loss$/m);
  });

  it('JSONL: a run still improving at the end', async () => {
    const out = await ok('diagnose', jsonl);
    expect(out).toMatch(/\[info\] still-improving, epochs \d+-19 \(val_loss\)/);
    expect(out).toContain('Try: Train longer');
  });

  it('a TensorBoard event file (PyTorch tags Loss/train, Loss/test): overfitting by step', async () => {
    const out = await ok('diagnose', join(root, 'tensorboard/overfit', EVENT_FILE));
    expect(out).toContain('Run overfit  (TensorBoard event files:');
    expect(out).toMatch(/overfitting, steps \d+-29 \(val_loss\)/);
    expect(out).toMatch(/^ {10}step 0 +step 29$/m);
  });

  it("a 3-epoch Keras log: 'no clear answer', not 'no problems found' (3 points can show no trend at 5 %)", async () => {
    const out = await ok('diagnose', put('keras-short/training.log', 'epoch,loss\n0,2.01\n1,1.2\n2,0.84\n'));
    expect(out).toMatch(/No clear answer: 'loss' has 3 points, too few to tell a trend from noise/);
    expect(out).not.toMatch(/No problems found/);
  });

  it("a readable run whose end the rules cannot tell: 'no clear answer about the end', not 'no problems found'", async () => {
    // A loss falling 1 % of its start per epoch under ±10 % noise: neither the end's fall nor a stall beats the noise.
    const rows = Array.from({ length: 30 }, (_, i) => `${i},${(1 - 0.01 * i) * jitter(i + 57, 0.1)}`);
    const out = await ok('diagnose', put('keras-noisy-creep/training.log', `epoch,loss\n${rows.join('\n')}\n`));
    expect(out).toMatch(/No clear answer about the end: 'loss' changed -?\d+\.\d% over the last \d+ points \(Mann-Kendall p = /);
    expect(out).toMatch(/Train on with EarlyStopping\(patience=\d+, restore_best_weights=True\)/);
    expect(out).not.toMatch(/No problems found/);
  });

  it("--json says the answer: 'no clear answer' with the statement and its evidence, not an empty findings list alone", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},${(1 - 0.01 * i) * jitter(i + 57, 0.1)}`);
    const path = put('keras-noisy-creep-json/training.log', `epoch,loss\n${rows.join('\n')}\n`);
    const [creep] = JSON.parse(await ok('diagnose', path, '--json')).runs;
    expect(creep.answer).toBe('no clear answer');
    expect(creep.findings).toEqual([]);
    expect(creep.noClearAnswer).toMatchObject({ reason: 'end-untold', series: 'loss' });
    expect(creep.noClearAnswer.message).toMatch(/^No clear answer about the end: 'loss'/);
    for (const key of ['window', 'windowChange', 'pValue', 'noiseLevel']) expect(typeof creep.noClearAnswer.evidence[key]).toBe('number');
    const [clear] = JSON.parse(await ok('diagnose', jsonl, '--json')).runs;
    expect(clear.answer).toBe('findings');
    expect(clear.noClearAnswer).toBeUndefined();
  });

  it("a folder's summary says 'no clear answer' for a run whose end the rules cannot tell, never 'no problems found'", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},${(1 - 0.01 * i) * jitter(i + 57, 0.1)}`);
    put('summary-folder/creep/training.log', `epoch,loss\n${rows.join('\n')}\n`);
    put('summary-folder/improving/training.log', `epoch,loss\n${Array.from({ length: 30 }, (_, e) => `${e},${improving(e)}`).join('\n')}\n`);
    const out = await ok('diagnose', join(root, 'summary-folder'));
    expect(out).toMatch(/^Summary of 2 runs:\n {2}creep: no clear answer\n {2}improving: still-improving$/m);
    expect(out).not.toMatch(/no problems found/i);
  });

  it('--threshold reaches the no-clear-answer statement: its window is the one the findings were read with', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},${(1 - 0.005 * i) * jitter(i + 393, 0.1)}`);
    const path = put('keras-noisy-creep-window/training.log', `epoch,loss\n${rows.join('\n')}\n`);
    const [wide] = JSON.parse(await ok('diagnose', path, '--json', '--threshold', 'plateauWindow=15')).runs;
    expect(wide.noClearAnswer.evidence.window).toBe(15);
    expect(await ok('diagnose', path, '--threshold', 'plateauWindow=15')).toContain('EarlyStopping(patience=15,');
  });

  it('several named losses and no total: nothing to diagnose, and the reason is said', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i},${0.5 * improving(i)},${improving(i)}`);
    const out = await ok('diagnose', put('pandas/training_history.csv', `,mse_loss,ce_loss\n${rows.join('\n')}\n`));
    expect(out).toContain("Note: the unnamed first column (pandas' index) is the epoch");
    expect(out).toContain('Nothing to diagnose: no training or validation loss series. Named losses mse_loss, ce_loss and no total: losskit does not add losses whose weights it does not know');
  });

  it("a validation metric named after a loss ('val_mse') standing in for the validation loss is named in a note", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i},${improving(i)},${improving(i) + 0.1}`);
    const out = await ok('diagnose', put('custom/log.csv', `epoch,train_loss,val_mse\n${rows.join('\n')}\n`));
    expect(out).toContain("Note: no validation loss is logged under a plain name; 'val_mse' is read as the validation loss");
    const plain = await ok('diagnose', put('custom-plain/log.csv', `epoch,train_loss,val_loss\n${rows.join('\n')}\n`));
    expect(plain).not.toContain('is read as the validation loss');
  });

  it("a validation loss written as 0 at every epoch (YOLOv9's placeholder) is named in a note and not read", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i},${improving(i)},0`);
    const out = await ok('diagnose', put('placeholder/log.csv', `epoch,train_loss,val_loss\n${rows.join('\n')}\n`));
    expect(out).toContain("Note: 'val_loss' is 0 at every point: a placeholder its trainer wrote, not a measured loss (no training starts at exactly 0), so it is not read as the validation loss");
    expect(out).not.toMatch(/plateau.*\(val_loss\)/);
  });

  it("losses logged under a loss function's name ('train_nll', 'dev_nll') standing in for both losses are named in notes", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i},${improving(i)},${improving(i) + 0.1},0.5`);
    const out = await ok('diagnose', put('nll/log.csv', `epoch,train_nll,dev_nll,dev_mae\n${rows.join('\n')}\n`));
    expect(out).toContain("Note: no training loss is logged under a plain name; 'nll' is read as the training loss");
    expect(out).toContain("Note: no validation loss is logged under a plain name; 'val_nll' is read as the validation loss");
  });

  it('a fresh start appended to a log: one note naming the line, the later training diagnosed', async () => {
    const first = Array.from({ length: 6 }, (_, e) => `${e},${1.1 * improving(e)}`);
    const second = Array.from({ length: 20 }, (_, e) => `${e},${improving(e)}`);
    const out = await ok('diagnose', put('restart/training.log', `epoch,loss\n${[...first, ...second].join('\n')}\n`));
    expect(out).toContain("training.log:8: the step went back from 5 to 0, the log's first step: 2 trainings written into one log (a fresh start is a new training, not a resume from a checkpoint); kept the latest (from line 8, 20 points) and left out the one before it");
    expect(out).toMatch(/Series \(points\): loss \(20\)/);
  });

  it('a truncated event file: the warning names the byte offset; the records before it are diagnosed', async () => {
    const out = await ok('diagnose', truncated);
    expect(out).toContain(`Warning: ${truncated}: truncated record at byte ${lastRecord}`);
    expect(out).toMatch(/Series \(points\): loss \(30\), val_loss \(29\)/);
    expect(out).toContain('overfitting');
  });
});

describe('losskit diagnose: directories of runs', () => {
  it('a TensorBoard layout (one subdirectory per run) diagnoses every run and sums them up', async () => {
    const out = await ok('diagnose', join(root, 'tensorboard'));
    expect(out).toMatch(/^\[1\/2\] Run improving /m);
    expect(out).toMatch(/^\[2\/2\] Run overfit /m);
    expect(out).toMatch(/Summary of 2 runs:\n {2}improving: still-improving\n {2}overfit: overfitting/);
  });

  it('several paths at once', async () => {
    const out = await ok('diagnose', kerasCsv, jsonl);
    expect(out).toContain('[1/2] Run training');
    expect(out).toContain('[2/2] Run run');
  });

  it('--json: runs with source, warnings, findings and series summaries (NaN as text)', async () => {
    const data = JSON.parse(await ok('diagnose', kerasCsv, join(root, 'lightning'), jsonl, join(root, 'tensorboard'), truncated, '--json')) as {
      runs: Array<{
        name: string; source: { path: string; format: string }; warnings: string[];
        findings: Array<{ kind: string; severity: string; range: { from: number; to: number; unit: string }; evidence: Record<string, number>; message: string; suggestion: string }>;
        series: Array<{ name: string; role: string; points: number; nonFinite: number; first: { value: unknown }; min?: { value: number; epoch?: number } }>;
      }>;
    };
    const byName = new Map(data.runs.map((run) => [run.name, run]));
    expect([...byName.keys()].sort()).toEqual(['improving', 'overfit', 'run', 'training', 'truncated', 'version_0']);
    expect(byName.get('training')!.source.format).toBe('csv-keras');
    const overfitting = byName.get('training')!.findings.find((finding) => finding.kind === 'overfitting')!;
    expect(overfitting.range).toMatchObject({ to: 29, unit: 'epoch' });
    expect(overfitting.evidence.generalisationLoss).toBeGreaterThan(5);
    expect(overfitting.suggestion).toContain('EarlyStopping');
    expect(byName.get('truncated')!.warnings[0]).toContain(`truncated record at byte ${lastRecord}`);
    const loss = byName.get('version_0')!.series.find((series) => series.name === 'loss')!;
    expect(loss).toMatchObject({ role: 'trainLoss', points: 10, nonFinite: 2 });
    expect(loss.min).toMatchObject({ epoch: 7 });
    const lossStep = byName.get('version_0')!.series.find((series) => series.name === 'loss_step')!;
    expect(lossStep.points).toBe(20);
    expect(JSON.stringify(data)).not.toContain('null');
    expect(byName.get('version_0')!.findings[0]!.kind).toBe('non-finite');
  });

  it('--report writes one self-contained HTML file with a diagnosis chart per run', async () => {
    const out = join(root, 'report', 'diagnosis.html');
    mkdirSync(dirname(out), { recursive: true });
    const text = await ok('diagnose', join(root, 'tensorboard'), kerasCsv, '--report', out);
    expect(text).toContain(`Report written to ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html.match(/<svg [^>]*data-chart="diagnosis"/g)).toHaveLength(3);
    expect(html).toMatch(/<g class="finding" data-kind="overfitting"/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(readdirSync(dirname(out))).toEqual(['diagnosis.html']);
  });
});

describe('losskit diagnose: errors and options', () => {
  it('unreadable input: exit 2 with one line naming the file (and line)', async () => {
    expect(await fails('diagnose', join(root, 'nope.csv'))).toContain(`${join(root, 'nope.csv')}: cannot read`);
    const bad = put('bad/log.csv', 'epoch,loss\n0,1,3\n1,2\n2,1\n');
    expect(await fails('diagnose', bad)).toContain(`${bad}:2: 3 fields, expected 2`);
    const empty = join(root, 'empty-dir');
    mkdirSync(empty, { recursive: true });
    expect(await fails('diagnose', empty)).toContain('no training logs found');
    expect(await fails('diagnose')).toContain('which logs?');
  });

  it('a damaged file is diagnosed up to the damage; a junk file in a directory is skipped, the other runs diagnosed', async () => {
    const damaged = put('damage/run.csv', ['epoch,loss,val_loss', ...Array.from({ length: EPOCHS }, (_, e) => `${e},${overfitTrain(e)},${overfitValidation(e)}`), '30,0.1', '31,0.1,0.2'].join('\n') + '\n');
    const out = await ok('diagnose', damaged);
    expect(out).toContain(`Warning: ${damaged}:32: 2 fields, expected 3 (the header's columns); kept the 30 rows before it and ignored the rest of the file`);
    expect(out).toContain('overfitting');
    const junk = put('damage/notes.jsonl', 'not json at all\n');
    const both = await ok('diagnose', join(root, 'damage'));
    expect(both).toMatch(/\[1\/2\] Run damage\/run /);
    expect(both).toContain(`[2/2] Skipped ${junk}: could not be read.\n${junk}:1: not valid JSON`);
    expect(both).toMatch(/Summary of 2 runs:\n {2}damage\/run: overfitting.*\n {2}damage\/notes: skipped \(could not be read\)/);
    const data = JSON.parse(await ok('diagnose', join(root, 'damage'), '--json')) as { runs: { name: string }[]; skipped: { path: string; error: string }[] };
    expect(data.runs.map((run) => run.name)).toEqual(['damage/run']);
    expect(data.skipped).toEqual([{ name: 'damage/notes', path: junk, error: expect.stringContaining(`${junk}:1: not valid JSON`) }]);
  });

  it('--threshold overrides a rule (a stricter alpha hides the overfitting); bad names and values are usage errors', async () => {
    // The finding's line, not the word: a widening gap's suggestion may name the overfitting test it fell short of.
    expect(await ok('diagnose', kerasCsv)).toMatch(/\] overfitting, /);
    expect(await ok('diagnose', kerasCsv, '--threshold', 'generalisationLossAlpha=1000')).not.toMatch(/\] overfitting, /);
    expect(parseThresholds(['divergenceThreshold=inf', 'plateauWindow=5'])).toEqual({ divergenceThreshold: Infinity, plateauWindow: 5 });
    expect(await fails('diagnose', kerasCsv, '--threshold', 'generalisationLosAlpha=3')).toContain("did you mean 'generalisationLossAlpha'");
    expect(await fails('diagnose', kerasCsv, '--threshold', 'plateauWindow=ten')).toContain('must be a number');
    expect(await fails('diagnose', kerasCsv, '--threshold', 'plateauWindow')).toContain('NAME=VALUE');
    expect(await fails('diagnose', kerasCsv, '--smoothing', '1.5')).toContain('--smoothing must be a number in [0, 1)');
    expect(parseSmoothing(undefined)).toBe(0.6);
  });

  it('help lists the thresholds with their defaults', async () => {
    const help = await ok('diagnose', '--help');
    expect(help).toMatch(/^Usage: losskit diagnose <file-or-dir>/);
    expect(help).toContain('generalisationLossAlpha=5');
    expect(await ok('help', 'diagnose')).toBe(help);
  });

  it('resample: bins average dense points and interpolate sparse ones', () => {
    // Bins of width 2 centred on 0, 2, 4 (a point on an edge goes up, as Math.round does).
    expect(resample([0, 1, 2, 3, 4], [0, 1, 2, 3, 4], 0, 4, 3)).toEqual([0, 1.5, 3.5]);
    expect(resample([0, 10], [0, 10], 0, 10, 6)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(resample([2, 4], [1, 1], 0, 4, 5).map((v) => (Number.isNaN(v) ? 'NaN' : v))).toEqual(['NaN', 'NaN', 1, 1, 1]);
  });
});

describe("losskit compare's diagnosis lines", () => {
  const run = (diagnosis: ComparisonRun['diagnosis'], noClearAnswer?: ComparisonRun['noClearAnswer']) =>
    ({ label: 'mse', diagnosis, ...(noClearAnswer ? { noClearAnswer } : {}) }) as unknown as ComparisonRun;
  const unclear = { reason: 'end-untold' as const, message: "No clear answer about the end: 'val_loss' ...", evaluations: 2 };
  it("'no problems found' only when every fold's curves said so; folds that could not tell are counted and said", () => {
    expect(runDiagnosisLines(run([]), 5)).toEqual(['mse: no problems found']);
    expect(runDiagnosisLines(run([], unclear), 5)).toEqual(["mse: no clear answer (2 of 5 folds): No clear answer about the end: 'val_loss' ..."]);
    const plateau = { kind: 'plateau' as const, severity: 'info' as const, message: 'flat', suggestion: 'stop', evaluations: 3 };
    expect(runDiagnosisLines(run([plateau], unclear), 5)).toEqual(['mse: plateau (info, 3 of 5 folds): flat', "mse: no clear answer (2 of 5 folds): No clear answer about the end: 'val_loss' ..."]);
  });
});

describe('losskit compare diagnoses each run', () => {
  it('one line per finding under the table, and diagnosis per run in --json', async () => {
    const argv = ['compare', '--dataset', 'iris', '--losses', 'cross-entropy,multi-margin', '--epochs', '8'];
    const out = await ok(...argv);
    expect(out).toContain("Diagnosis (as losskit diagnose reads each run's curves, fold by fold; epochs from 1):");
    for (const label of ['cross-entropy', 'multi-margin']) expect(out).toMatch(new RegExp(`^ {2}${label}: (no problems found|[a-z-]+ \\([a-z]+, \\d of 5 folds\\): )`, 'm'));
    const data = JSON.parse(await ok(...argv, '--json')) as { runs: Array<{ label: string; diagnosis: Array<{ kind: string; message: string }> }> };
    expect(data.runs.map((run) => run.label)).toEqual(['cross-entropy', 'multi-margin']);
    for (const run of data.runs) expect(Array.isArray(run.diagnosis)).toBe(true);
  });
});
