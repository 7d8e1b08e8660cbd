// Bundled by test/package/tarball.test.ts (esbuild, platform 'browser') together with every
// browser-safe subpath of the installed tarball, and run in Chromium: what each subpath must do
// in a page. Keys are package.json "exports" keys.
import * as tf from '@tensorflow/tfjs';
// A real TensorBoard event file (PyTorch Lightning, from test/monitor/corpus), bundled as bytes.
import eventFile from './run.tfevents';
import { describeTable, TABLE_CSV } from './table.js';

export const BROWSER_CHECKS = {
  '.': async (m) => {
    const beforeInit = m.wasmAvailable();
    const wasm = await m.initWasm();
    const logits = new Float32Array([2, 0.5, -1, 0.1, 0.2, 0.3]);
    const grad = new Float32Array(6);
    const crossEntropy = m.crossEntropyValueAndGrad({ data: logits, shape: [2, 3] }, [0, 2], grad);
    return { beforeInit, huber: m.huber([0, 3], [0, 0]), wasm, wasmAvailable: m.wasmAvailable(), crossEntropy: Number(crossEntropy.toFixed(4)) };
  },
  './monitor': (m) => ({
    findings: m.diagnose(m.History.fromEpochs([1, 2, 3, 4].map((epoch) => ({ epoch, trainLoss: 1 / epoch, validationLoss: 1 / epoch })))).length,
  }),
  './train': (m) => {
    const rows = 40;
    const features = Float64Array.from({ length: rows }, (_, i) => i / rows);
    const target = features.map((x) => 2 * x + 1);
    const part = { name: 'line', task: 'regression', rows, features, featureNames: ['x'], target, targetName: 'y' };
    const split = { train: part, validation: part, test: part, standardisation: { mean: new Float64Array(1), std: new Float64Array([1]) }, outlierRows: [], seed: 1 };
    const model = m.train(split, { loss: 'huber', epochs: 5, seed: 1 });
    return { epochs: model.history.length };
  },
  './io': (m) => {
    const csv = m.parseCsvLog('epoch,loss,val_loss\n0,1.5,1.6\n1,1.2,1.4\n', 'log.csv');
    const jsonl = m.parseJsonlLog('{"epoch": 0, "loss": 2.5}\n{"epoch": 1, "loss": 2.0}\n', 'log.jsonl');
    const events = m.parseEventFile(eventFile, 'events.out.tfevents.1683531835.host');
    return {
      csv: Object.keys(csv.series).sort(), jsonlLoss: m.seriesPoints(jsonl.series.loss).map((point) => point.value),
      events: Object.fromEntries(Object.entries(events.series).map(([name, series]) => [name, m.seriesPoints(series).length])),
    };
  },
  './data': (m) => describeTable(m, TABLE_CSV),
  './metrics': (m) => ({ accuracy: m.accuracy([0, 1, 1], [0, 1, 0]) }),
  './report': (m) => ({ svg: m.lineChart({ id: 'c', title: 'loss', series: [{ label: 'a', points: [[0, 1], [1, 0]] }] }).startsWith('<svg') }),
  './stats': (m) => ({ t975: Number(m.studentTQuantile(0.975, 4).toFixed(6)) }),
  './tfjs': async (m) => {
    await tf.setBackend('cpu');
    const loss = m.tfLoss('huber', { delta: 2 })(tf.tensor1d([0, 0]), tf.tensor1d([0, 3]));
    return { huber: loss.dataSync()[0] };
  },
};
