/**
 * The browser builds of losskit/io and losskit/data (their browser.ts, package.json's default
 * export condition) bundle for a browser: no Node built-in reached, directly or through another
 * module. A fast, source-level twin of test/package/tarball.test.ts's bundle of the tarball.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as dataNode from '../../src/data/index.js';
import * as dataBrowser from '../../src/data/browser.js';
import * as ioNode from '../../src/io/index.js';
import * as ioBrowser from '../../src/io/browser.js';

const bundle = (entry: string) => build({
  entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
  bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', metafile: true,
});

describe.each([
  ['io', '../../src/io/browser.ts', '../../src/io/index.ts', ioBrowser, ioNode, ['readRun', 'readRuns', 'readTextFileSync']],
  ['data', '../../src/data/browser.ts', '../../src/data/index.ts', dataBrowser, dataNode, ['getDataset', 'listDatasets', 'loadTable', 'loadMnist']],
] as const)('losskit/%s', (_name, browserEntry, nodeEntry, browser, node, readers) => {
  it('its browser build bundles for a browser, reaching no module that reads files', async () => {
    const result = await bundle(browserEntry);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(5);
    expect(inputs.filter((input) => /node:|\/(files|runs|run-layouts|walk-detect|walk-scan|file-runs|add-scalars-layout|split-files-layout|dvclive-layout|allennlp-layout|mlflow-store|mlflow-run|load-table|registry|embedded|mnist)\.ts$/.test(input))).toEqual([]);
  });

  it('its Node build does not bundle for a browser (the reason the split exists)', async () => {
    await expect(bundle(nodeEntry)).rejects.toThrow(/node:(fs|path|url|zlib)/);
  });

  it('Node gets every name of the browser build (the same functions) plus the file readers', () => {
    for (const [name, value] of Object.entries(browser)) expect((node as Record<string, unknown>)[name], name).toBe(value);
    for (const reader of readers) {
      expect(typeof (node as Record<string, unknown>)[reader], reader).toBe('function');
      expect(reader in browser, reader).toBe(false);
    }
  });
});

describe('losskit/io in a browser', () => {
  it("exports a parser of every format's text, the late ones (YOLO's results.txt, MetricLogger console logs) included", () => {
    const parsers = ['parseCsvLog', 'parseJsonlLog', 'parseJsonLog', 'parseCatBoost', 'parseMlflowMetric', 'parseEventFile', 'parseUltralyticsResultsTxt', 'parseMetricLoggerLog', 'parseLog'];
    expect(parsers.filter((name) => typeof (ioBrowser as Record<string, unknown>)[name] !== 'function')).toEqual([]);
    expect(ioBrowser.parseMetricLoggerLog('Epoch: [0]  [1/9]  loss: 0.5 (0.6)\n', 'log.txt').format).toBe('metric-logger');
    expect(ioBrowser.parseUltralyticsResultsTxt('0/299  3.2G  0.05  0.02  0.01  0.08  12  640  0.5  0.4  0.3  0.2  0.04  0.02  0.01\n', 'results.txt').format).toBe('ultralytics');
  });
});
