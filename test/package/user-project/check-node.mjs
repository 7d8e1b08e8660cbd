// Run by test/package/tarball.test.ts inside a scratch project where the packed tarball is
// installed: imports every subpath of losskit's package.json "exports" as a user's code would
// (through node_modules and the exports map), calls something real from each, and prints one
// JSON object: { [subpath]: { exports: number, result } } or { [subpath]: { error } }.
import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('losskit/package.json');

/** What each subpath must be able to do once imported (a new subpath fails the test until it has a check). */
const CHECKS = {
  '.': async (m) => ({ huber: m.huber([0, 3], [0, 0]), wasm: await m.initWasm() }),
  // In Node, losskit/data and losskit/io resolve (export condition 'node') to their /node entries.
  './data': (m) => ({ boston: m.getDataset('boston').load().rows, mnist: m.getDataset('mnist').load().rows }),
  './data/node': async (m) => {
    const { describeTable, TABLE_CSV } = await import('./table.js');
    return { iris: m.getDataset('iris').load().rows, table: describeTable(m, TABLE_CSV), same: m.prepareSplit === (await import('losskit/data')).prepareSplit };
  },
  './io/node': async (m) => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync('node-log.csv', 'epoch,loss,val_loss\n0,1.5,1.6\n1,1.2,1.4\n2,1.1,1.3\n');
    const run = await m.readRun('node-log.csv');
    return { read: Object.keys(run.series).length, points: m.seriesPoints(run.series.val_loss).length, same: m.parseCsvLog === (await import('losskit/io')).parseCsvLog };
  },
  './train': async (m) => {
    const { getDataset, prepareSplit } = await import('losskit/data');
    const model = m.train(prepareSplit(getDataset('iris').load(), { seed: 1 }), { loss: 'cross-entropy', epochs: 3, seed: 1 });
    return { epochs: model.history.length };
  },
  './metrics': (m) => ({ accuracy: m.accuracy([0, 1, 1], [0, 1, 0]) }),
  './monitor': (m) => ({
    findings: m.diagnose(m.History.fromEpochs([1, 2, 3, 4].map((epoch) => ({ epoch, trainLoss: 1 / epoch, validationLoss: 1 / epoch })))).length,
  }),
  './report': (m) => ({ svg: m.lineChart({ id: 'c', title: 'loss', series: [{ label: 'a', points: [[0, 1], [1, 0]] }] }).startsWith('<svg') }),
  './compare': (m) => ({ runs: m.compareLosses({ dataset: 'iris', losses: ['cross-entropy', 'nll'], epochs: 2 }).runs.length }),
  './stats': (m) => {
    const t = m.correctedResampledTTest([0.1, 0.2, 0.15, 0.12, 0.18], [0.05, 0.1, 0.12, 0.02, 0.1], { testRows: 20, trainRows: 80 });
    return { p: t.pValue > 0 && t.pValue < 1, t975: Math.abs(m.studentTQuantile(0.975, 4) - 2.7764451) < 1e-6 };
  },
  './search': (m) => ({ regressionFamilies: m.familiesForTask('regression').length > 3 }),
  './io': async (m) => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync('log.csv', 'epoch,loss,val_loss\n0,1.5,1.6\n1,1.2,1.4\n');
    return { parsed: Object.keys(m.parseCsvLog('epoch,loss\n0,1.5\n1,1.2\n', 'log.csv').series).length, read: Object.keys((await m.readRun('log.csv')).series).length };
  },
  './threads': async (m) => {
    const { mse } = await import('losskit');
    const x = Float32Array.from({ length: 1 << 20 }, (_, i) => Math.sin(i));
    const y = new Float32Array(x.length);
    const alone = mse(x, y);
    const info = await m.enableThreads({ threads: 2, minMicroseconds: 0 });
    const threaded = mse(x, y);
    await m.disableThreads();
    return { threads: info.threads, same: alone === threaded };
  },
  './tfjs': async (m) => {
    const tf = await import('@tensorflow/tfjs');
    await tf.setBackend('cpu');
    const loss = m.tfLoss('huber', { delta: 2 })(tf.tensor1d([0, 0]), tf.tensor1d([0, 3]));
    return { huber: loss.dataSync()[0] };
  },
};

const results = {};
for (const subpath of Object.keys(pkg.exports)) {
  if (subpath === './package.json') continue;
  const specifier = subpath === '.' ? 'losskit' : `losskit/${subpath.slice(2)}`;
  try {
    const module = await import(specifier);
    const check = CHECKS[subpath];
    if (!check) throw new Error(`no check for ${subpath} in test/package/user-project/check-node.mjs`);
    results[subpath] = { exports: Object.keys(module).length, result: await check(module) };
  } catch (error) {
    results[subpath] = { error: `${error.code ?? error.name}: ${error.message}` };
  }
}
process.stdout.write(JSON.stringify(results));
