import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { fails, ok } from './support/cli.js';

/** Custom losses on the command line: `custom:` formulas and --loss-file (.json, .mjs). */
const dir = mkdtempSync(join(tmpdir(), 'losskit-custom-'));
const ASYMMETRIC = 'custom:where(abs(input-target) < 0.5, (input-target)^2, abs(input-target)) * where(input < target, 3, 1)';

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const jsonFile = file('my-losses.json', `{
  "losses": [
    {
      "name": "pinball-huber",
      "formula": "where(input < target, tau, 1 - tau) * where(abs(input - target) < delta, 0.5 * (input - target)^2 / delta, abs(input - target) - 0.5 * delta)",
      "options": { "tau": { "default": 0.8, "min": 0, "max": 1 }, "delta": { "default": 1, "min": 0, "exclusiveMin": true } },
      "task": "regression"
    },
    { "name": "naive-exp", "formula": "exp(input) - input * target", "task": "regression" }
  ]
}
`);
const moduleFile = file('my-losses.mjs', `export const losses = [
  { name: 'cauchy', options: { c: 1 }, task: 'regression',
    fn: (x, t, ops, { c }) => ops.mul(0.5 * c * c, ops.log1p(ops.mul(ops.div(ops.sub(x, t), c), ops.div(ops.sub(x, t), c)))) },
];
`);

describe('losskit compare with custom losses', () => {
  it('takes a formula in --losses, commas inside it included, and reports it in JSON', async () => {
    const result = JSON.parse(await ok('compare', '--dataset', 'boston', '--losses', `mse,${ASYMMETRIC}`, '--epochs', '3', '--json')) as {
      runs: { loss: string; test: Record<string, number> }[];
      customLosses: { name: string; formula: string; simplified: string; gradients: { input: string } }[];
    };
    expect(result.runs.map((r) => r.loss)).toEqual(['mse', ASYMMETRIC]);
    expect(Number.isFinite(result.runs[1]!.test.rmse)).toBe(true);
    expect(result.customLosses).toHaveLength(1);
    expect(result.customLosses[0]!.gradients.input).toBe('where(abs(input - target) < 0.5, 2 * (input - target) * where(input < target, 3, 1), sign(input - target) * where(input < target, 3, 1))');
  });

  it('takes options after the formula', async () => {
    const out = await ok('compare', '--dataset', 'boston', '--losses', 'custom:where(abs(input - target) < d, (input - target)^2, abs(input - target)):d=2,mae', '--epochs', '2');
    expect(out).toMatch(/custom:where\(abs\(input - target\) < d, \(input - target\)\^2, abs\(input - target\)\) \(d 2\)/);
  });

  it('uses the losses of a JSON file and of a .mjs module by name, with the report\'s loss-shape charts', async () => {
    const report = join(dir, 'report.html');
    const out = await ok('compare', '--dataset', 'boston', '--loss-file', jsonFile, '--loss-file', moduleFile,
      '--losses', 'huber,pinball-huber,pinball-huber:tau=0.5,cauchy', '--epochs', '3', '--report', report);
    expect(out).toMatch(/^pinball-huber\s/m);
    expect(out).toMatch(/^pinball-huber \(tau 0\.5\)\s/m);
    expect(out).toMatch(/^cauchy\s/m);
    const html = readFileSync(report, 'utf8');
    expect(html).toMatch(/data-chart="loss-shape"/);
    expect(html).toContain('data-label="pinball-huber"');
    expect(html).toContain('data-label="cauchy"');
  });

  it('prints the registration warnings of the custom losses it uses', async () => {
    const out = await ok('compare', '--dataset', 'boston', '--loss-file', jsonFile, '--losses', 'mse,naive-exp', '--epochs', '2');
    expect(out).toMatch(/^warning: naive-exp: value Infinity at input = 10000, .*exp\(input\) = Infinity/m);
  });

  it('fails cleanly on a bad formula, a bad file, a misfit', async () => {
    expect(await fails('compare', '--dataset', 'boston', '--losses', 'mse,custom:abs(input - target))^1.5')).toMatch(/custom:abs\(input - target\)\)\^1\.5: unexpected '\)' at column 20: abs\(input - target\)\)\^1\.5/);
    expect(await fails('compare', '--dataset', 'boston', '--losses', 'custom:abs(input - target) * k')).toMatch(/unknown name 'k' at column 23.*custom:FORMULA:name=value/);
    expect(await fails('compare', '--dataset', 'iris', '--losses', 'custom:(input - target)^2')).toMatch(/does not fit a multiclass task \(it trains regression, binary models\)/);
    expect(await fails('compare', '--dataset', 'boston', '--losses', 'custom:-log_softmax_c(input)[target]')).toMatch(/does not fit a regression task/);
    const broken = file('broken.json', '[\n  { "name": "a", "formula": "abs(input - target)" },\n  { "name": "b" "formula": "x" }\n]\n');
    expect(await fails('compare', '--dataset', 'boston', '--loss-file', broken, '--losses', 'a')).toMatch(/broken\.json:3: not valid JSON/);
    const badFormula = file('bad-formula.json', '[\n  {\n    "name": "ok",\n    "formula": "abs(input - target)"\n  },\n  {\n    "name": "bad",\n    "formula": "abs(input - target))"\n  }\n]\n');
    expect(await fails('compare', '--dataset', 'boston', '--loss-file', badFormula, '--losses', 'ok')).toMatch(/bad-formula\.json:7: loss 2 \('bad'\): bad: unexpected '\)' at column 20/);
    const withFn = file('with-fn.json', '[{ "name": "f", "fn": "x => x" }]');
    expect(await fails('compare', '--dataset', 'boston', '--loss-file', withFn, '--losses', 'f')).toMatch(/with-fn\.json:1: loss 1 \('f'\): a JSON loss file holds formulas/);
    expect(await fails('compare', '--dataset', 'boston', '--loss-file', join(dir, 'missing.json'), '--losses', 'mse')).toMatch(/cannot read --loss-file .*missing\.json: ENOENT/);
    expect(await fails('compare', '--dataset', 'boston', '--loss-file', file('x.txt', ''), '--losses', 'mse')).toMatch(/expected a \.json file or a \.mjs\/\.js module/);
    const clash = file('clash.json', '[{ "name": "mse", "formula": "abs(input - target)" }]');
    expect(await fails('compare', '--dataset', 'boston', '--loss-file', clash, '--losses', 'mse')).toMatch(/clash\.json:1: loss 1 \('mse'\): registerLoss: 'mse' is a built-in loss/);
  });
});

describe('losskit explain and compute with custom losses', () => {
  it('explains a formula: as written, simplified, its gradient, the checks, a worked example', async () => {
    const out = await ok('explain', 'custom:log(1 + exp(input)) - input * target');
    expect(out).toMatch(/^Formula\n {2}log\(1 \+ exp\(input\)\) - input \* target$/m);
    expect(out).toMatch(/^Simplified \(what the kernel computes, with the stability rewrites\)\n {2}softplus\(input\) - input \* target$/m);
    expect(out).toMatch(/^Gradient \(symbolic, simplified; per element\)\n {2}d\/dinput = sigmoid\(input\) - target$/m);
    expect(out).toMatch(/^Checks\n {2}gradient = central differences at \d+ entries of 4 sample points/m);
    expect(out).toMatch(/^Example\n {2}\$ losskit compute 'custom:log\(1 \+ exp\(input\)\) - input \* target' --input/m);
    const json = JSON.parse(await ok('explain', 'custom:-log_softmax_c(input)[target]', '--json')) as { custom: { gradients: { input: string }; layouts: unknown } };
    expect(json.custom.gradients.input).toBe('softmax_c(input) - onehot(target)');
    expect(json.custom.layouts).toEqual({ input: 'class', target: 'index' });
  });

  it('explains a loss of a --loss-file by name, and lists it', async () => {
    expect(await ok('explain', 'cauchy', '--loss-file', moduleFile)).toMatch(/exact gradients by forward-mode dual numbers/);
    expect(await ok('list', '--loss-file', jsonFile, '--family', 'regression')).toMatch(/^pinball-huber\s+regression\s+input, target, sampleWeight\?\s+tau, delta/m);
  });

  it('computes a formula, with its example command reproducing the explained values', async () => {
    const out = await ok('compute', 'custom:abs(input - target)^1.5', '--input', '[1, 3]', '--target', '[0, 0]', '--reduction', 'none', '--grad');
    expect(out).toMatch(/value\s+\[1, 5\.19615\]/);
    expect(out).toMatch(/grad input\s+\[1\.5, 2\.59808\]/);
    const weighted = await runCli(['compute', 'custom:abs(input - target)', '--input', '[1, 3]', '--target', '[0, 0]', '--sample-weight', '[2, 1]', '--reduction', 'sum']);
    expect(weighted.stdout).toMatch(/value\s+5/);
  });

  it('reports parse errors with the column, exit 2', async () => {
    expect(await fails('explain', 'custom:abs(input - target))^1.5')).toBe("losskit: custom:abs(input - target))^1.5: unexpected ')' at column 20: abs(input - target))^1.5 (no matching '(')\n");
    expect(await fails('compute', 'custom:constructor(input)', '--input', '[1]', '--target', '[1]')).toMatch(/unknown function 'constructor' at column 1/);
  });
});
