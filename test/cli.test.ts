import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasLoss, listLosses } from '../src/index.js';
import { fails, ok } from './support/cli.js';
import { formatNumber } from '../src/cli/format.js';
import { parseOptionPair, parseTensorJson } from '../src/cli/args.js';
import { TOUR } from '../src/cli/commands/tour.js';

/**
 * The CLI in-process through `runCli` (argv -> stdout, stderr, exit code), over every
 * registered loss where the command is generic, and once end to end as the built binary.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Nested numbers as the JSON the CLI reads (non-finite values as bare tokens). */
function cliJson(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(cliJson).join(',')}]`;
  return JSON.stringify(value);
}

function flatNumbers(value: unknown): number[] {
  return Array.isArray(value) ? value.flatMap(flatNumbers) : [value as number];
}

const entries = listLosses();

describe('losskit list', () => {
  it('shows every registered loss with its family and matched call', async () => {
    const out = await ok('list');
    for (const entry of entries) {
      expect(out).toMatch(new RegExp(`^${entry.name}\\s+${entry.family}\\s`, 'm'));
      expect(out).toContain(entry.matches);
    }
    expect(out).toContain(`${entries.length} losses`);
  });

  it('--json lists every loss with inputs and options', async () => {
    const data = JSON.parse(await ok('list', '--json')) as { name: string; inputs: { name: string }[]; options: string[] }[];
    expect(data.map((d) => d.name)).toEqual(entries.map((e) => e.name));
    entries.forEach((entry, i) => {
      expect(data[i]!.inputs.map((s) => s.name)).toEqual(entry.inputs.map((s) => s.name));
      expect(data[i]!.options).toEqual(Object.keys(entry.options));
    });
  });

  it('--anchors shows every anchor name of every loss', async () => {
    const out = await ok('list', '--anchors');
    expect(out.split('\n')[0]).toMatch(/^name\s+PyTorch\s+Keras\s+optax\s+tfjs\s+other$/);
    for (const entry of entries) {
      const names = Object.values(entry.anchors ?? {}).flatMap((n) => (typeof n === 'string' ? [n] : [...(n as string[])]));
      for (const name of names) expect(out, `${entry.name}: ${name}`).toContain(name);
    }
    const json = JSON.parse(await ok('list', '--anchors', '--json')) as { name: string; anchors: Record<string, string[]> }[];
    expect(json.map((d) => d.name)).toEqual(entries.map((e) => e.name));
    expect(json[0]!.anchors.pytorch).toEqual(['nn.MSELoss']);
  });

  it('--family filters, and an unknown family is a usage error', async () => {
    const data = JSON.parse(await ok('list', '--family', 'regression', '--json')) as { family: string }[];
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((d) => d.family === 'regression')).toBe(true);
    expect(await fails('list', '--family', 'astrology')).toContain('families:');
  });
});

describe('losskit explain', () => {
  it('mse: formula, behaviour, the house-price example 400 vs 2500 with gradients', async () => {
    const out = await ok('explain', 'mse');
    expect(out).toMatch(/^mse - Mean squared error/);
    for (const heading of ['Formula', 'Behaviour', 'Inputs', 'Options', 'Reductions', 'Example']) expect(out).toContain(`\n${heading}`);
    expect(out).toContain('torch.nn.functional.mse_loss');
    expect(out).toContain('nn.MSELoss');
    expect(out).toMatch(/value\s+\[400, 2500\]/);
    expect(out).toMatch(/grad input\s+\[40, 100\]/);
  });

  it('mae: 20 vs 50', async () => {
    expect(await ok('explain', 'mae')).toMatch(/value\s+\[20, 50\]/);
  });

  it('shows options with defaults and ranges (huber delta > 0, default 1)', async () => {
    expect(await ok('explain', 'huber')).toMatch(/delta\s+number\s+1\s+> 0\s+Residual size/);
  });

  it('--json carries the metadata and the live example', async () => {
    const data = JSON.parse(await ok('explain', 'mse', '--json'));
    expect(data.name).toBe('mse');
    expect(data.aliases).toContain('l2');
    expect(data.example.value).toEqual([400, 2500]);
    expect(data.example.grads.input).toEqual([40, 100]);
    expect(data.example.command).toBe("losskit compute mse --input '[120,150]' --target '[100,100]' --reduction none --grad");
  });

  it.skipIf(!hasLoss('bce'))('bce: the cat/dog example 0.105, 2.303, 0.223, 2.303', async () => {
    const data = JSON.parse(await ok('explain', 'bce', '--json'));
    const values = flatNumbers(data.example.value);
    for (const want of [0.105, 2.303, 0.223, 2.303]) expect(values.some((v) => Math.abs(v - want) < 1e-3), `${want} in ${values}`).toBe(true);
    const out = await ok('explain', 'bce');
    for (const v of values) expect(out).toContain(formatNumber(v));
  });

  it.skipIf(!hasLoss('categorical-cross-entropy'))('categorical-cross-entropy: the digit "3" example 0.357 vs 1.609', async () => {
    const data = JSON.parse(await ok('explain', 'categorical-cross-entropy', '--json'));
    const values = flatNumbers(data.example.value);
    for (const want of [0.357, 1.609]) expect(values.some((v) => Math.abs(v - want) < 1e-3), `${want} in ${values}`).toBe(true);
  });

  it('aliases resolve to the same explanation (l2 is mse), case and _ forgiven', async () => {
    const mse = await ok('explain', 'mse');
    expect(await ok('explain', 'l2')).toBe(mse);
    expect(await ok('explain', 'Mean_Squared_Error')).toBe(mse);
    for (const entry of entries) {
      for (const alias of entry.aliases) expect(await ok('explain', alias, '--json')).toBe(await ok('explain', entry.name, '--json'));
    }
  });

  it('works for every registered loss (its example runs, JSON parses)', async () => {
    for (const entry of entries) {
      const out = await ok('explain', entry.name);
      expect(out.startsWith(`${entry.name} - ${entry.title}`)).toBe(true);
      const data = JSON.parse(await ok('explain', entry.name, '--json'));
      expect(Object.keys(data.example.grads).sort()).toEqual([...entry.differentiable].filter((n) => n in entry.example.inputs).sort());
    }
  });

  it('needs exactly one known loss', async () => {
    expect(await fails('explain')).toContain('losskit list');
    expect(await fails('explain', 'nope')).toContain("unknown loss 'nope'");
    expect(await fails('explain', 'msee')).toContain("did you mean 'mse'");
    expect(await fails('explain', 'mse', 'mae')).toContain('expected one loss');
  });
});

describe('losskit compute', () => {
  it('prints the value and, with --grad, the gradient', async () => {
    const out = await ok('compute', 'huber', '--input', '[0, 3]', '--target', '[0, 0]', '--grad');
    expect(out).toMatch(/^value\s+1\.25$/m);
    expect(out).toMatch(/^grad input\s+\[0, 0\.5\]$/m);
    expect(await ok('compute', 'huber', '--input', '[0, 3]', '--target', '[0, 0]')).not.toContain('grad');
  });

  it('--json with options, reduction and float32', async () => {
    const data = JSON.parse(await ok('compute', 'huber', '--input', '[1, 2]', '--target', '[0, 0]', '-o', 'delta=0.5', '--reduction', 'none', '--grad', '--json'));
    expect(data).toEqual({ loss: 'huber', reduction: 'none', options: { delta: 0.5 }, dtype: 'float64', value: [0.375, 0.875], shape: [2], grads: { input: [0.5, 0.5] } });
    const f32 = JSON.parse(await ok('compute', 'mse', '--input', '[[0.1, 0.2]]', '--target', '[[0, 0]]', '--dtype', 'float32', '--json'));
    expect(f32.dtype).toBe('float32');
    expect(f32.value).toBe(Math.fround(f32.value));
    expect(f32.value).toBeCloseTo(0.025, 6);
  });

  it('reads every loss\'s own inputs generically (--<inputName>), matching its example', async () => {
    for (const entry of entries) {
      const argv = ['compute', entry.name, '--grad', '--json'];
      for (const [name, value] of Object.entries(entry.example.inputs)) argv.push(`--${name}`, cliJson(value));
      for (const [name, value] of Object.entries(entry.example.options ?? {})) {
        if (name === 'reduction') argv.push('--reduction', String(value));
        else argv.push('--option', `${name}=${typeof value === 'string' ? value : cliJson(value)}`);
      }
      const computed = JSON.parse(await ok(...argv));
      const explained = JSON.parse(await ok('explain', entry.name, '--json'));
      expect(computed.value, entry.name).toEqual(explained.example.value);
      expect(computed.grads, entry.name).toEqual(explained.example.grads);
    }
  });

  const camel = entries.flatMap((entry) => entry.inputs.filter((s) => /[A-Z]/.test(s.name)).map((s) => ({ entry, spec: s })))[0];
  it.skipIf(!camel)('accepts kebab-case flags for camelCase inputs', async () => {
    const { entry } = camel!;
    const argv = ['compute', entry.name, '--json'];
    for (const [name, value] of Object.entries(entry.example.inputs)) {
      argv.push(`--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, cliJson(value));
    }
    for (const [name, value] of Object.entries(entry.example.options ?? {})) argv.push('--option', `${name}=${typeof value === 'string' ? value : cliJson(value)}`);
    expect(JSON.parse(await ok(...argv)).loss).toBe(entry.name);
  });

  it('shape mismatch: exit 2 and the LossError message on one line', async () => {
    expect(await fails('compute', 'huber', '--input', '[1, 2, 3, 4]', '--target', '[1, 2, 3, 4, 5, 6]'))
      .toBe("losskit: huber: 'target' has shape [6] but 'input' has shape [4]\n");
  });

  it('invalid JSON names the flag', async () => {
    expect(await fails('compute', 'mse', '--input', '[1, 2', '--target', '[1, 2]')).toMatch(/^losskit: --input is not valid JSON: /);
    expect(await fails('compute', 'mse', '--input', '[1]', '--target', 'abc')).toMatch(/^losskit: --target is not valid JSON: /);
  });

  it('unknown loss, option, flag, input and bad values are usage errors', async () => {
    expect(await fails('compute', 'nosuchloss', '--input', '[1]', '--target', '[1]')).toContain("run 'losskit list'");
    expect(await fails('compute', 'huber', '--input', '[1]', '--target', '[1]', '--option', 'deltaa=1')).toContain("huber: unknown option 'deltaa'");
    expect(await fails('compute', 'huber', '--input', '[1]', '--target', '[1]', '--option', 'delta=-1')).toContain("huber: 'delta' must be > 0, received -1");
    expect(await fails('compute', 'huber', '--input', '[1]', '--target', '[1]', '--option', 'delta')).toContain('--option expects NAME=VALUE');
    expect(await fails('compute', 'huber', '--input', '[1]', '--target', '[1]', '--reduction', 'avg')).toContain("'reduction' must be one of");
    expect(await fails('compute', 'huber', '--input', '[1]', '--target', '[1]', '--frobnicate', '1')).toMatch(/unknown flag '--frobnicate'.*commands: list, explain, compute, compare, search, worker, diagnose, demo, explore, tour/);
    expect(await fails('compute', 'mse', '--input', '[1]')).toContain('mse needs --target');
    expect(await fails('compute', 'mse', '--input', '[[1], [2, 3]]', '--target', '[1]')).toContain('ragged');
    expect(await fails('compute', 'mse', '--input', '[1]', '--target', '[1]', '--dtype', 'int8')).toContain('--dtype');
    expect(await fails('compute')).toContain('which loss');
  });

  it('JSON flags accept bare NaN and ±Infinity; --option values are JSON or strings', async () => {
    expect(parseTensorJson('--input', '[NaN, -Infinity,Infinity, 1]')).toEqual([NaN, -Infinity, Infinity, 1]);
    expect(parseTensorJson('--input', '-Infinity')).toBe(-Infinity);
    expect(parseOptionPair('delta=1e-3')).toEqual(['delta', 1e-3]);
    expect(parseOptionPair('weight=[1, 2]')).toEqual(['weight', [1, 2]]);
    expect(parseOptionPair('full=true')).toEqual(['full', true]);
    expect(parseOptionPair('mode=mean')).toEqual(['mode', 'mean']);
    expect(await fails('compute', 'mse', '--input', '[NaN]', '--target', '[1]')).toBe("losskit: mse: 'input' must be finite, found NaN at index [0]\n");
  });

  const withInt = entries.find((entry) => entry.inputs.some((s) => s.kind === 'int'));
  it.skipIf(!withInt)('integer inputs reject non-integers', async () => {
    const entry = withInt!;
    const intName = entry.inputs.find((s) => s.kind === 'int')!.name;
    const argv = ['compute', entry.name];
    for (const [name, value] of Object.entries(entry.example.inputs)) {
      argv.push(`--${name}`, name === intName ? cliJson(flatNumbers(value).map((x) => x + 0.5)) : cliJson(value));
    }
    expect(await fails(...argv)).toContain(`'${intName}'`);
  });
});

describe('help, version, dispatch', () => {
  it('--help and -h for the top level and every command', async () => {
    for (const flag of ['--help', '-h']) expect(await ok(flag)).toMatch(/Usage: losskit <command>[\s\S]*list[\s\S]*explain[\s\S]*compute[\s\S]*compare[\s\S]*diagnose[\s\S]*demo[\s\S]*tour/);
    expect(await ok()).toContain('Usage: losskit <command>');
    for (const command of ['list', 'explain', 'compute', 'compare', 'diagnose', 'demo', 'tour']) {
      for (const argv of [[command, '--help'], [command, '-h'], ['help', command]]) {
        expect(await ok(...argv)).toMatch(new RegExp(`^Usage: losskit ${command}`));
      }
    }
    expect(await ok('compute', 'huber', '--help')).toMatch(/For huber:[\s\S]*--input JSON[\s\S]*-o delta=VALUE\s+> 0, default 1/);
  });

  it('--version prints the package version', async () => {
    expect(await ok('--version')).toBe(`${PACKAGE.version}\n`);
  });

  it('unknown commands and flags list the commands', async () => {
    expect(await fails('frobnicate')).toMatch(/unknown command 'frobnicate'.*list, explain, compute, compare, search, worker, diagnose, demo, explore, tour/);
    expect(await fails('--frobnicate')).toMatch(/unknown flag '--frobnicate'.*list, explain, compute, compare, search, worker, diagnose, demo, explore, tour/);
    expect(await fails('list', '--frobnicate')).toMatch(/unknown flag '--frobnicate'.*list, explain, compute, compare, search, worker, diagnose, demo, explore, tour/);
    expect(await fails('help', 'frobnicate')).toContain("unknown command 'frobnicate'");
  });
});

describe('losskit tour', () => {
  it('explains the registered article losses in order and points to list', async () => {
    const out = await ok('tour');
    const stops = TOUR.filter((name) => hasLoss(name));
    expect(stops.length).toBeGreaterThan(0);
    let last = -1;
    stops.forEach((name, i) => {
      const at = out.indexOf(`[${i + 1}/${stops.length}] ${name} - `);
      expect(at, name).toBeGreaterThan(last);
      last = at;
    });
    expect(out).toMatch(/value\s+\[400, 2500\]/);
    expect(out.trimEnd()).toMatch(/losskit list[\s\S]*$/);
    expect(await fails('tour', 'extra')).toContain('unexpected argument');
  });
});

describe('the built binary', () => {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  const run = (...argv: string[]) => spawnSync(process.execPath, [main, ...argv], { encoding: 'utf8' });

  beforeAll(() => {
    try {
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      // tsc still emits when some other file has a type error; typecheck reports those.
      console.warn(`npm run build reported errors: ${String((error as { stdout?: unknown }).stdout ?? error).slice(0, 500)}`);
    }
  }, 180_000);

  it('has the shebang and runs as `losskit`', () => {
    expect(existsSync(main)).toBe(true);
    expect(readFileSync(main, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    const version = run('--version');
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${PACKAGE.version}\n`);
    const explain = run('explain', 'mse');
    expect(explain.status).toBe(0);
    expect(explain.stdout).toMatch(/value\s+\[400, 2500\]/);
  });

  it('runs the demo (npm start): three comparison tables and the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'losskit-demo-'));
    const report = join(dir, 'report.html');
    const demo = run('demo', '--report', report);
    expect(demo.status, demo.stderr).toBe(0);
    // One verdict per comparison, and every claim of the article marked with what the folds showed.
    expect(demo.stdout.match(/^(Winner: |No clear winner: |No winner: )/gm)?.length).toBe(3);
    expect(demo.stdout.match(/^Claim: .+: (HELD|PARTLY HELD|REVERSED|NOT SHOWN)$/gm)?.length).toBe(4);
    expect(demo.stdout).toMatch(/The article's claims, checked with 5-fold cross-validation:\n(  (HELD|PARTLY HELD|REVERSED|NOT SHOWN): .+\n){4}/);
    for (const heading of ['test rmse', 'test pr-auc', 'test accuracy']) expect(demo.stdout).toContain(heading);
    for (const loss of ['mse', 'huber', 'log-cosh', 'bce-with-logits (posWeight', 'sigmoid-focal', 'labelSmoothing 0.1', 'softmax-focal', 'poly1']) {
      expect(demo.stdout).toContain(loss);
    }
    expect(readFileSync(report, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readdirSync(dir)).toEqual(['report.html']);
    // The README's count (test/cli/npm-start-docs.test.ts checks the rest of what it says about npm start).
    const trained = /^Trained (\d+) models in [\d.]+ s\. Report written to /m.exec(demo.stdout)?.[1];
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`It trains ${trained} models`);
  }, 300_000);

  it('exits 2 with one line on stderr for bad input', () => {
    const bad = run('compute', 'huber', '--input', '[1, 2, 3, 4]', '--target', '[1, 2, 3, 4, 5, 6]');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe("losskit: huber: 'target' has shape [6] but 'input' has shape [4]\n");
    const json = run('compute', 'mse', '--input', '[1, 2]', '--target', '[0, 0]', '--grad', '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ value: 2.5, grads: { input: [1, 2] } });
  });
});

describe('losskit compare', () => {
  it('trains one model per loss and prints the table, the winner and a chart', async () => {
    const out = await ok('compare', '--dataset', 'iris', '--losses', 'cross-entropy,multi-margin,cross-entropy:labelSmoothing=0.2', '--epochs', '5');
    expect(out).toMatch(/^cross-entropy\s/m);
    expect(out).toMatch(/^cross-entropy \(labelSmoothing 0\.2\)\s/m);
    expect(out).toMatch(/^multi-margin\s/m);
    expect(out).toMatch(/^(Winner: .+ \(test accuracy|No clear winner: .+ are within noise \(test accuracy Δ = )/m);
    expect(out).toContain('not comparable by loss value');
    expect(out).toContain('Validation loss by epoch');
  });

  it('--json prints the whole result; --report writes the HTML file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'losskit-compare-'));
    const report = join(dir, 'out.html');
    const result = JSON.parse(await ok('compare', '--dataset', 'boston', '--outliers', '10%', '--losses', 'mse,huber:delta=2', '--epochs', '3', '--json', '--report', report)) as {
      runs: Array<{ label: string; history: unknown[]; evaluations: unknown[] }>; settings: { outliers: number; precision: string }; winner: string;
    };
    expect(result.runs.map((run) => run.label)).toEqual(['mse', 'huber (delta 2)']);
    expect(result.runs[0]!.history).toHaveLength(3);
    expect(result.runs[0]!.evaluations).toHaveLength(5);
    expect(result.settings).toMatchObject({ outliers: 0.1, precision: 'float32' });
    expect(readFileSync(report, 'utf8')).toContain('<svg');
  });

  it('reads the user\'s CSV and names the file and line of bad data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'losskit-data-'));
    const good = join(dir, 'good.csv');
    writeFileSync(good, ['x1,x2,y', ...Array.from({ length: 60 }, (_, i) => `${i % 7},${(i * 3) % 5},${(i % 7) * 2 + ((i * 3) % 5)}`)].join('\n'));
    expect(await ok('compare', '--data', good, '--target', 'y', '--task', 'regression', '--losses', 'mse,mae', '--epochs', '2')).toMatch(/^(Winner: |No clear winner: |No winner: )/m);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, ['x1,x2,y', ...Array.from({ length: 30 }, (_, i) => `${i},${i},${i}`), 'oops,1,2', '1,2,3'].join('\n'));
    expect(await fails('compare', '--data', bad, '--target', 'y', '--losses', 'mse')).toMatch(/bad\.csv:32/);
  });

  it('rejects bad settings with one line and exit 2', async () => {
    expect(await fails('compare', '--dataset', 'nope', '--losses', 'mse')).toContain("unknown dataset 'nope'");
    expect(await fails('compare', '--dataset', 'boston', '--losses', 'cross-entropy')).toMatch(/does not fit a regression task/);
    expect(await fails('compare', '--dataset', 'boston', '--losses', 'mse', '--outliers', '150%')).toContain('--outliers');
    expect(await fails('compare', '--dataset', 'boston')).toContain('--losses is required');
    expect(await fails('compare', '--losses', 'mse')).toContain('exactly one of --dataset');
    expect(await fails('compare', '--dataset', 'boston', '--losses', 'mse', '--model', 'cnn')).toContain('--model');
    expect(await fails('compare', '--dataset', 'boston', '--losses', 'mse', '--precision', 'float16')).toContain('--precision');
  });
});
