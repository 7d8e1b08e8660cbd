/**
 * `npm run bench`: losskit's kernels against C floors, numpy and TensorFlow.js (issue 6), and
 * the trainer's epoch against numpy and TensorFlow.js (issue 14, bench/training/).
 *
 *   npm run bench                      full run (~15 min on 2 cores), writes bench/results.json
 *   npm run bench -- --quick           small sizes, few rounds (~2 min), writes bench/results-quick.json
 *   npm run bench -- --only mse,huber  only these kernels ('train': the training group)
 *   npm run bench -- --engines losskit,c,numpy   (loss rows; the training group runs all its engines)
 *   npm run bench:train                the training group alone, writes bench/results-training.json
 *   npm run bench -- --steps-only      only the tfjs training-step comparison (losskit/tfjs vs tfjs losses)
 *   npm run bench -- --skip-steps      without the tfjs training-step comparison
 *   npm run bench -- --custom-only     only custom losses (formulas vs built-ins, compile time; issue 13)
 *   npm run bench -- --skip-custom     without the custom-loss part
 *
 * Never part of `npm test`. See bench/README.md for the protocol.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Engine } from './engines/engine.js';
import { allEngines } from './engines/index.js';
import { removeScratch } from './engines/scratch.js';
import { availableMemory, describeMachine, probeBandwidth } from './machine.js';
import { measureRow, TOLERANCE, type RowResult, type TimingConfig } from './measure.js';
import { accuracyTable, bandwidthLine, curveTable, formatMs, rowsJson, streamingFloorTable, timingTable, FLOOR_ENGINES, RATIOS } from './report.js';
import { inputBytes, KERNELS, workloads, type Kernel, type Workload } from './workloads.js';
import { runTfjsSteps, stepsTable, type StepResult } from './tfjs-steps.js';
import { runTrainingBench, trainingReport, TRAINING_FULL, TRAINING_QUICK, type TrainingResults } from './training/run.js';
import { customTable, runCustomBench, type CustomBenchResult } from './custom-losses.js';

/** The --only name of the training group. */
const TRAINING_GROUP = 'train';

const FULL: TimingConfig = { budgetMs: 800, minRounds: 3, maxRounds: 21, calibrateMs: 20 };
const QUICK: TimingConfig = { budgetMs: 100, minRounds: 3, maxRounds: 7, calibrateMs: 5 };

/**
 * Memory a row needs, as a multiple of one copy of its inputs: losskit's inputs and gradient,
 * each C process's own copy, numpy's copy and temporaries, and headroom (~7x; 5.6 GB for
 * mse float32 at 1e8).
 */
const MEMORY_FACTOR = 8;

const here = dirname(fileURLToPath(import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);

function parse() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      engines: { type: 'string' },
      out: { type: 'string' },
      'steps-only': { type: 'boolean', default: false },
      'skip-steps': { type: 'boolean', default: false },
      'custom-only': { type: 'boolean', default: false },
      'skip-custom': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench [-- --quick] [--only kernel,...] [--engines name,...] [--out file.json] [--steps-only | --skip-steps] [--custom-only | --skip-custom]');
    console.log(`kernels: ${KERNELS.join(', ')}; '${TRAINING_GROUP}' for the training group`);
    process.exit(0);
  }
  const list = (text: string | undefined) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : null);
  const only = list(values.only);
  for (const k of only ?? []) {
    if (k !== TRAINING_GROUP && !KERNELS.includes(k as Kernel)) throw new Error(`bench: unknown kernel '${k}' in --only (kernels: ${KERNELS.join(', ')}, ${TRAINING_GROUP})`);
  }
  const kernels = only?.filter((k) => k !== TRAINING_GROUP) as Kernel[] | undefined;
  const training = !only || only.includes(TRAINING_GROUP);
  const losses = !kernels || kernels.length > 0;
  const quick = values.quick;
  const name = losses ? 'results' : 'results-training';
  const out = values.out ?? join(here, quick ? `${name}-quick.json` : `${name}.json`);
  return {
    quick, only: kernels ?? null, losses, training, engineNames: list(values.engines), out,
    // The training group alone skips the tfjs step comparison too.
    stepsOnly: values['steps-only'], skipSteps: values['skip-steps'] || !losses, outGiven: values.out,
    customOnly: values['custom-only'], skipCustom: values['skip-custom'] || !losses,
  };
}

async function startEngines(names: readonly string[] | null, notes: string[]): Promise<Engine[]> {
  const chosen = allEngines().filter((e) => !names || names.includes(e.name));
  const ready: Engine[] = [];
  for (const engine of chosen) {
    const why = await engine.init();
    if (why) notes.push(why);
    else ready.push(engine);
  }
  return ready;
}

/** Drops the rows that would not fit in memory now, with a note. */
function fitInMemory(rows: Workload[], notes: string[]): Workload[] {
  return rows.filter((w) => {
    const need = MEMORY_FACTOR * inputBytes(w);
    const have = availableMemory();
    if (need <= have) return true;
    notes.push(`${w.id} skipped: needs ~${(need / 1e9).toFixed(1)} GB available, have ${(have / 1e9).toFixed(1)} GB`);
    return false;
  });
}

/** `--steps-only`: the tfjs training-step comparison alone, into its own results file. */
async function stepsOnlyRun(quick: boolean, out: string | undefined) {
  const steps = await runTfjsSteps(quick, log);
  console.log(stepsTable(steps));
  const file = out ?? join(here, quick ? 'results-steps-quick.json' : 'results-steps.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), mode: quick ? 'quick' : 'full', machine: describeMachine(), tfjsSteps: steps }, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}

/** `--custom-only`: the custom-loss part alone, into its own results file. */
function customOnlyRun(quick: boolean, out: string | undefined) {
  const custom = runCustomBench(quick, log);
  console.log(customTable(custom));
  const file = out ?? join(here, quick ? 'results-custom-quick.json' : 'results-custom.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), mode: quick ? 'quick' : 'full', machine: describeMachine(), custom }, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}

async function main() {
  const { quick, only, losses, training, engineNames, out, stepsOnly, skipSteps, customOnly, skipCustom, outGiven } = parse();
  const started = Date.now();
  const machine = describeMachine();
  const notes: string[] = [];
  log(`losskit bench (${quick ? 'quick' : 'full'}) on ${machine.cpu}, ${machine.cores} cores, ${machine.simd}, Node ${machine.node}`);

  if (stepsOnly) return stepsOnlyRun(quick, outGiven);
  if (customOnly) return customOnlyRun(quick, outGiven);
  const engines = losses ? await startEngines(engineNames, notes) : [];
  const names = engines.map((e) => e.name);
  const probeFloats = quick || availableMemory() < 3e9 ? 2.5e7 : 1e8;
  const bandwidth = losses ? probeBandwidth(probeFloats) : 'bandwidth not probed (training group only)';
  if (typeof bandwidth === 'string') notes.push(bandwidth);
  else log(bandwidthLine(bandwidth));

  const rows = losses ? fitInMemory(workloads(quick, only), notes) : [];
  const results: RowResult[] = [];
  for (const [i, w] of rows.entries()) {
    const t0 = Date.now();
    const row = await measureRow(w, engines, quick ? QUICK : FULL);
    results.push(row);
    const cells = row.cells.map((c) => `${c.engine} ${c.medianMs === undefined ? c.status : formatMs(c.medianMs)}`).join(', ');
    log(`[${i + 1}/${rows.length}] ${w.id} (${((Date.now() - t0) / 1e3).toFixed(1)} s): ${cells}`);
    for (const c of row.cells) if (c.status === 'failed') notes.push(`${w.id}: ${c.engine} failed: ${c.note}`);
  }
  for (const e of engines) await e.close();
  let trainingResults: TrainingResults | null = null;
  if (training) {
    trainingResults = await runTrainingBench(quick ? TRAINING_QUICK : TRAINING_FULL, log);
    for (const note of trainingResults.notes) notes.push(note);
  }
  removeScratch();
  const steps: StepResult[] = skipSteps ? [] : await runTfjsSteps(quick, log);
  const custom: CustomBenchResult | null = skipCustom ? null : runCustomBench(quick, log);

  const seconds = (Date.now() - started) / 1e3;
  console.log(`\nlosskit bench, ${quick ? 'quick' : 'full'} run, ${new Date().toISOString()}, ${seconds.toFixed(0)} s`);
  console.log(`${machine.cpu}, ${machine.cores} cores (${machine.simd}), ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}`);
  for (const e of engines) console.log(`  ${e.name}: ${Object.entries(e.describe()).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (typeof bandwidth !== 'string') console.log(bandwidthLine(bandwidth));
  if (losses) {
    console.log('\nmedian ms per call (value + gradient, mean reduction; one thread except losskit-wasm-mt), interleaved round-robin;');
    console.log(`a/b = how many times slower a is than b; * = failed the accuracy check (rtol ${TOLERANCE.float32} float32, ${TOLERANCE.float64} float64)\n`);
    const columns = names.filter((name) => !FLOOR_ENGINES.includes(name));
    console.log(timingTable(results, columns));
    console.log('\nrelative error vs the reference (losskit on float64 copies of the inputs): value / max-abs gradient\n');
    console.log(accuracyTable(results, columns));
    console.log('\nmse: ns per element (flat = time linear in n)\n');
    console.log(curveTable(results, columns));
    const floor = streamingFloorTable(results);
    if (floor) {
      console.log('\nplain arrays (streamed) vs resident (allocateFloat32), median ms, and the floor of their ratio: the plain');
      console.log("path's copies alone and its kernel alone over its scratch block, timed apart in the same rounds. A call on");
      console.log('plain arrays does both, one after the other, so plain/res cannot go below floor/res = (copies + kernel) / res.\n');
      console.log(floor);
    }
  }
  if (trainingResults) console.log(`\n${trainingReport(trainingResults)}`);
  if (steps.length) {
    console.log(stepsTable(steps));
  }
  if (custom) console.log(customTable(custom));
  const distinct = [...new Set(notes)];
  if (distinct.length) console.log(`\nnotes:\n${distinct.map((n) => `  - ${n}`).join('\n')}`);

  const json = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    seconds,
    machine,
    engines: Object.fromEntries(engines.map((e) => [e.name, e.describe()])),
    bandwidth: typeof bandwidth === 'string' ? null : bandwidth,
    protocol: { ...(quick ? QUICK : FULL), tolerance: TOLERANCE, ratios: RATIOS.map(([a, b]) => `${a}/${b}`), reduction: 'mean' },
    notes: distinct,
    rows: rowsJson(results),
    tfjsSteps: steps,
    ...(trainingResults ? { training: trainingResults } : {}),
    ...(custom ? { custom } : {}),
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
}

main().catch((error: unknown) => {
  removeScratch();
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
