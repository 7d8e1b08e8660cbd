/**
 * First contact, as a user meets losskit: `npm pack` the built package, install the tarball
 * into a scratch project, then
 *  - import every subpath of package.json "exports" in Node through node_modules and call
 *    something real from each (test/package/user-project/check-node.mjs);
 *  - require() it from CommonJS and get the ESM-only explanation; import() it from CommonJS;
 *  - run the installed `losskit` binary;
 *  - follow a stack trace through the shipped source maps to the shipped TypeScript;
 *  - bundle the browser-safe subpaths with esbuild (platform 'browser', as a web app would)
 *    and run the bundle in Chromium, WASM kernels included; the Node-only subpaths fail that
 *    bundle on a Node built-in, which is why they are listed as Node only in the README.
 * Slow (pack, install, bundle, browser: ~30-60 s on two loaded cores); it runs with `npm test`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { crossEntropyValueAndGrad } from '../../src/index.js';
import * as browserData from '../../src/data/browser.js';
import { parseEventFile, seriesPoints } from '../../src/io/browser.js';
import { describeTable, TABLE_CSV } from './user-project/table.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRATCH_SOURCES = fileURLToPath(new URL('./user-project/', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string; exports: Record<string, unknown>; files: string[]; dependencies?: Record<string, string>;
};
const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const SETUP_TIMEOUT_MS = 600_000;
/** A real TensorBoard event file (PyTorch Lightning; test/monitor/corpus), parsed in the page. */
const EVENT_FILE = fileURLToPath(new URL('../monitor/corpus/runs/tb-binn-v222/events.out.tfevents.1683531835.DESKTOP-H1EMLEV.20535.23', import.meta.url));

/**
 * Subpaths that run in browsers (README "In the browser"); every other export is Node only.
 * losskit/data and losskit/io give a browser bundle their parsers (dist/{data,io}/browser.js)
 * and Node everything (export condition 'node': the same modules as their /node subpaths).
 */
const BROWSER_SAFE = ['.', './monitor', './train', './metrics', './report', './stats', './tfjs', './data', './io'];
/** Node only, and the reason a browser bundle fails on them. */
const NODE_ONLY: Record<string, RegExp> = {
  './threads': /node:worker_threads|node:os/,
  './data/node': /node:fs|node:path|node:zlib|node:url/,
  './io/node': /node:fs|node:path/,
  './compare': /node:fs|node:path|node:zlib|node:url/,
  './search': /node:fs|node:path|node:worker_threads|node:os|node:crypto|node:events|node:net/,
};

let work: string;
let scratch: string;
let tarball: string;
const sh = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
const esbuild = async () => import('esbuild');
const specifier = (subpath: string) => (subpath === '.' ? 'losskit' : `losskit/${subpath.slice(2)}`);

beforeAll(() => {
  sh(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], ROOT);
  work = mkdtempSync(join(tmpdir(), 'losskit-package-'));
  const packed = JSON.parse(sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT)) as { filename: string }[];
  tarball = join(work, packed[0]!.filename);
  scratch = join(work, 'scratch');
  mkdirSync(scratch);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  // --prefer-offline: the runtime dependencies (bullmq, ioredis for losskit search) come from the
  // npm cache that installing losskit's own dependencies filled, the registry otherwise.
  sh('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], scratch);
  // The optional peer dependency, as a user of losskit/tfjs installs it (linked from ours: no network here).
  mkdirSync(join(scratch, 'node_modules', '@tensorflow'));
  symlinkSync(join(ROOT, 'node_modules', '@tensorflow', 'tfjs'), join(scratch, 'node_modules', '@tensorflow', 'tfjs'), 'dir');
  cpSync(SCRATCH_SOURCES, scratch, { recursive: true });
  cpSync(EVENT_FILE, join(scratch, 'run.tfevents'));
}, SETUP_TIMEOUT_MS);

// Removing the scratch project's node_modules (tfjs, esbuild) can take longer than vitest's
// default 10 s hook timeout on a loaded machine.
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('the packed tarball', () => {
  it('every export is classified as browser-safe or Node only', () => {
    const subpaths = Object.keys(PACKAGE.exports).filter((subpath) => subpath !== './package.json');
    expect([...BROWSER_SAFE, ...Object.keys(NODE_ONLY)].sort()).toEqual(subpaths.sort());
  });

  it('holds the build, its sources, the data and the licence, and nothing else', () => {
    const installed = join(scratch, 'node_modules', 'losskit');
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'data', 'dist', 'package.json', 'src']);
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(readdirSync(join(installed, 'data')).sort()).toEqual(
      ['README.md', 'boston.json', 'cars.json', 'iris.json', 'mnist-images.idx3-ubyte.gz', 'mnist-labels.idx1-ubyte.gz', 'penguins.json']);
    // dist is rebuilt from an empty folder: every module has its source, none is left from a deleted one.
    const modules = walk(join(installed, 'dist')).filter((file) => /\.c?js$/.test(file));
    expect(modules.length).toBeGreaterThan(100);
    for (const module of modules) {
      const source = module.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts').replace(/\.cjs$/, '.cts');
      expect(existsSync(join(installed, source)), `${module} has no ${source}`).toBe(true);
    }
  });

  it('imports every subpath in Node and each one works', () => {
    const results = JSON.parse(sh(process.execPath, ['check-node.mjs'], scratch)) as Record<string, { error?: string; result?: Record<string, unknown> }>;
    for (const [subpath, outcome] of Object.entries(results)) expect(outcome.error, subpath).toBeUndefined();
    expect(Object.keys(results).sort()).toEqual([...BROWSER_SAFE, ...Object.keys(NODE_ONLY)].sort());
    const result = (subpath: string) => results[subpath]!.result;
    expect(result('.')).toEqual({ huber: 1.25, wasm: true });
    expect(result('./data')).toEqual({ boston: 506, mnist: 10_000 });
    expect(result('./train')).toEqual({ epochs: 3 });
    expect(result('./compare')).toEqual({ runs: 2 });
    expect(result('./search')).toEqual({ regressionFamilies: true });
    expect(result('./io')).toEqual({ parsed: 1, read: 2 });
    expect(result('./io/node')).toEqual({ read: 2, points: 3, same: true });
    expect(result('./data/node')).toEqual({ iris: 150, table: describeTable(browserData, TABLE_CSV), same: true });
    expect(result('./threads')).toEqual({ threads: 2, same: true });
    expect(result('./tfjs')).toEqual({ huber: 2 });
  });

  it("require() from CommonJS explains that losskit is ESM only; import() from CommonJS works", () => {
    for (const subpath of ['.', './data', './tfjs']) {
      writeFileSync(join(scratch, 'require.cjs'), `require(${JSON.stringify(specifier(subpath))});\n`);
      const required = spawnSync(process.execPath, ['require.cjs'], { cwd: scratch, encoding: 'utf8' });
      expect(required.status, subpath).not.toBe(0);
      expect(required.stderr).toContain("losskit is an ES module package (ESM only): require('losskit') cannot load it.");
      expect(required.stderr).toContain("await import('losskit')");
    }
    writeFileSync(join(scratch, 'import.cjs'), "import('losskit').then((m) => console.log(m.huber([0, 3], [0, 0])));\n");
    expect(sh(process.execPath, ['import.cjs'], scratch)).toBe('1.25\n');
  });

  it('installs the losskit binary', () => {
    const bin = join(scratch, 'node_modules', '.bin', 'losskit');
    expect(sh(bin, ['--version'], scratch)).toBe(`${PACKAGE.version}\n`);
    expect(sh(bin, ['compute', 'huber', '--input', '[0, 3]', '--target', '[0, 0]'], scratch)).toMatch(/1\.25/);
  });

  it('source maps lead to the shipped TypeScript sources', () => {
    const installed = join(scratch, 'node_modules', 'losskit');
    for (const map of walk(join(installed, 'dist')).filter((file) => file.endsWith('.map'))) {
      const { sources } = JSON.parse(readFileSync(join(installed, map), 'utf8')) as { sources: string[] };
      for (const source of sources) {
        const path = resolve(dirname(join(installed, map)), source);
        expect(relative(installed, path).startsWith('src/'), `${map} -> ${source}`).toBe(true);
        expect(existsSync(path), `${map} -> ${source}`).toBe(true);
      }
    }
    const traced = spawnSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', "import { getLoss } from 'losskit'; getLoss('hubr');"],
      { cwd: scratch, encoding: 'utf8' });
    expect(traced.stderr).toContain("did you mean 'huber'");
    expect(traced.stderr).toMatch(/node_modules\/losskit\/src\/registry\.ts:\d+:\d+/);
  });
});

describe('the browser-safe subpaths, bundled from the tarball for a browser', () => {
  const available = existsSync(CHROMIUM);
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (available) browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, timeout: 120_000 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('the Node-only subpaths fail a browser bundle on a Node built-in', async () => {
    const { build } = await esbuild();
    for (const [subpath, builtIn] of Object.entries(NODE_ONLY)) {
      const failure = await build({
        stdin: { contents: `export * from ${JSON.stringify(specifier(subpath))};`, resolveDir: scratch },
        bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent',
      }).then(() => 'bundled', (error: Error) => error.message);
      expect(failure, subpath).toMatch(builtIn);
    }
  });

  it('losskit/data and losskit/io give a browser bundle no file readers: importing one names it', async () => {
    const { build } = await esbuild();
    for (const [subpath, reader] of [['./io', 'readRun'], ['./data', 'getDataset'], ['./data', 'loadTable']] as const) {
      const failure = await build({
        stdin: { contents: `import { ${reader} } from ${JSON.stringify(specifier(subpath))}; console.log(${reader});`, resolveDir: scratch },
        bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent',
      }).then(() => 'bundled', (error: Error) => error.message);
      expect(failure, `${reader} from ${subpath}`).toMatch(new RegExp(`No matching export in "[^"]*node_modules/losskit/dist/${subpath.slice(2)}/browser\\.js" for import "${reader}"`));
    }
  });

  it('TypeScript sees the file readers of losskit/io under NodeNext, the parsers only under bundler resolution', () => {
    writeFileSync(join(scratch, 'types.ts'), [
      "import { parseCsvLog } from 'losskit/io';",
      "import { readRun } from 'losskit/io';",
      "import { readRuns } from 'losskit/io/node';",
      "import { getDataset } from 'losskit/data';",
      'export const used = [parseCsvLog, readRun, readRuns, getDataset];',
    ].join('\n'));
    const typecheck = (moduleResolution: 'nodenext' | 'bundler') => spawnSync(process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict', '--skipLibCheck', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'),
        '--module', moduleResolution === 'nodenext' ? 'nodenext' : 'esnext', '--moduleResolution', moduleResolution, '--target', 'es2022', 'types.ts'],
      { cwd: scratch, encoding: 'utf8' }).stdout;
    expect(typecheck('nodenext')).toBe('');
    const errors = typecheck('bundler').split('\n').filter((line) => line.includes('error TS'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^types\.ts\(2,10\): error TS\d+: .*"losskit\/io".* has no exported member.* 'readRun'/);
    expect(errors[1]).toMatch(/^types\.ts\(4,10\): error TS\d+: .*"losskit\/data".* has no exported member.* 'getDataset'/);
  }, 120_000);

  it.skipIf(!available)('bundle as an ES module (platform browser) and run in Chromium, WASM kernels included', async () => {
    const { build } = await esbuild();
    const imports = BROWSER_SAFE.map((subpath, i) => `import * as m${i} from ${JSON.stringify(specifier(subpath))};`);
    const entry = [
      "import { BROWSER_CHECKS } from './browser-checks.js';",
      ...imports,
      `const modules = { ${BROWSER_SAFE.map((subpath, i) => `${JSON.stringify(subpath)}: m${i}`).join(', ')} };`,
      'const results = {};',
      'for (const [subpath, module] of Object.entries(modules)) {',
      '  try { results[subpath] = await BROWSER_CHECKS[subpath](module); } catch (error) { results[subpath] = { error: String(error && error.stack || error) }; }',
      '}',
      'window.results = results;',
    ].join('\n');
    const bundled = await build({
      stdin: { contents: entry, resolveDir: scratch, sourcefile: 'entry.js' },
      bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, logLevel: 'silent',
      loader: { '.tfevents': 'binary' },
    });
    const script = bundled.outputFiles[0]!.text;
    const page = await browser!.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const html = join(work, 'bundle.html');
    // Inline: a module script from file:// is refused as cross-origin when external.
    writeFileSync(html, `<!doctype html><meta charset="utf-8"><title>losskit bundle</title><script type="module">${script.replace(/<\/script/gi, '<\\/script')}</script>`);
    await page.goto(`file://${html}`);
    await page.waitForFunction(() => 'results' in window, undefined, { timeout: 120_000 });
    const results = await page.evaluate(() => (window as unknown as { results: Record<string, Record<string, unknown>> }).results);
    await page.close();
    for (const subpath of BROWSER_SAFE) expect(results[subpath]?.['error'], subpath).toBeUndefined();
    const grad = new Float32Array(6);
    const crossEntropy = crossEntropyValueAndGrad({ data: new Float32Array([2, 0.5, -1, 0.1, 0.2, 0.3]), shape: [2, 3] }, [0, 2], grad);
    // beforeInit (did the kernels compile synchronously on first use?) is Chromium's choice, not asserted.
    expect({ ...results['.'], beforeInit: undefined }).toEqual({ beforeInit: undefined, huber: 1.25, wasm: true, wasmAvailable: true, crossEntropy: Number(crossEntropy.toFixed(4)) });
    expect(results['./train']).toEqual({ epochs: 5 });
    expect(results['./report']).toEqual({ svg: true });
    expect(results['./tfjs']).toEqual({ huber: 2 });
    const events = parseEventFile(readFileSync(EVENT_FILE), 'events.out.tfevents.1683531835.host');
    expect(results['./io']).toEqual({
      csv: ['loss', 'val_loss'], jsonlLoss: [2.5, 2],
      events: Object.fromEntries(Object.entries(events.series).map(([name, series]) => [name, seriesPoints(series).length])),
    });
    expect(Object.keys(results['./io']!['events'] as object).length).toBeGreaterThan(0);
    expect(results['./data']).toEqual(describeTable(browserData, TABLE_CSV));
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  }, 300_000);
});

/** Files under `dir`, relative to its parent package folder ('dist/...'). */
function walk(dir: string, base = dirname(dir)): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, base) : [relative(base, path)];
  });
}
