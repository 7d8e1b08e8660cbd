/**
 * `losskit compare` on users' tables through the CLI: the notes on what was done to the data,
 * --features / --ignore, --folds / --patience, the loud warning for a run that learned nothing,
 * and the --report destination checked before any training.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { fails, ok } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'losskit-cli-compare-'));

/** A small passenger-like table: an id, a name, a numeric gap, a text column with a gap. */
function people(): string {
  const path = join(dir, 'people.csv');
  const rows = Array.from({ length: 120 }, (_, i) => {
    const age = i % 6 === 0 ? '' : String(18 + ((i * 7) % 50));
    const port = i % 17 === 0 ? '' : ['S', 'C', 'Q'][i % 3];
    const survived = (i * 7) % 50 < 20 !== (i % 4 === 0) ? 1 : 0;
    return `${i + 1},"Person ${i}, Mr",${age},${port},${(i % 9) + 0.5},${survived}`;
  });
  writeFileSync(path, ['id,name,age,port,fare,survived', ...rows].join('\n'));
  return path;
}

describe('losskit compare --data', () => {
  it('prints what was done to the table and keeps every row with a target', async () => {
    const out = await ok('compare', '--data', people(), '--target', 'survived', '--losses', 'bce', '--epochs', '3', '--folds', '3');
    expect(out).toContain("note: excluded column 'id' (an identifier: one distinct value per row and an id-like name; list it in --features to use it)");
    expect(out).toContain("note: excluded column 'name' (free text: 120 distinct values in 120 filled rows; list it in --features to use it)");
    expect(out).toContain("note: column 'age': 20 of 120 missing, 16.7 %; imputed with the training median, plus the indicator 'age (missing)'");
    expect(out).toMatch(/note: one-hot encoded column 'port' \(3 values; 8 of 120 missing, 6\.7 %, given the category '\(missing\)'\)/);
    expect(out).toMatch(/people \(binary\): 120 rows, 7 features; 3-fold cross-validation \(stratified\)/);
  });

  it('--features and --ignore choose the columns', async () => {
    const chosen = await ok('compare', '--data', people(), '--target', 'survived', '--features', 'fare,id', '--losses', 'bce', '--epochs', '2', '--folds', '2');
    expect(chosen).toMatch(/people \(binary\): 120 rows, 2 features;/);
    const ignored = await ok('compare', '--data', people(), '--target', 'survived', '--ignore', 'port,age', '--losses', 'bce', '--epochs', '2', '--folds', '2');
    expect(ignored).toMatch(/people \(binary\): 120 rows, 1 features;/);
    expect(await fails('compare', '--data', people(), '--target', 'survived', '--features', 'fair', '--losses', 'bce')).toMatch(/features names 'fair', which is not a column/);
    expect(await fails('compare', '--dataset', 'iris', '--features', 'a', '--losses', 'cross-entropy')).toContain('--features and --ignore choose columns of a --data file');
  });

  it('warns loudly, on stdout and stderr, about a run that learned nothing', async () => {
    const path = join(dir, 'noise.csv');
    writeFileSync(path, ['x,y', ...Array.from({ length: 100 }, (_, i) => `${(i * 37) % 11},${(i * 53) % 17}`)].join('\n'));
    let stderr = '';
    const result = await runCli(['compare', '--data', path, '--target', 'y', '--task', 'regression', '--losses', 'mse', '--epochs', '5'], {
      progress: (text) => { stderr += text; }, isTTY: false,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^WARNING: mse learned nothing: R² .+ It is excluded from winning\.$/m);
    expect(result.stdout).toMatch(/^No verdict: mse learned nothing/m);
    expect(stderr).toMatch(/^WARNING: mse learned nothing/m);
  });

  it('checks the --report destination before training anything', async () => {
    let progress = '';
    const io = { progress: (text: string) => { progress += text; }, isTTY: false };
    const missing = await runCli(['compare', '--dataset', 'boston', '--losses', 'mse', '--report', join(dir, 'absent', 'r.html')], io);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^losskit: compare: --report .+r\.html: the folder .+absent does not exist\n$/);
    expect(progress).toBe('');
    expect((await runCli(['compare', '--dataset', 'boston', '--losses', 'mse', '--report', dir], io)).stderr).toMatch(/is a folder/);
    expect((await runCli(['demo', '--report', join(dir, 'absent', 'd.html')], io)).stderr).toMatch(/^losskit: demo: --report .+the folder .+absent does not exist/);
    expect(progress).toBe('');
  });

  it('writes the report with the verdict, the data notes and each run\'s diagnosis', async () => {
    const report = join(dir, 'people.html');
    await ok('compare', '--data', people(), '--target', 'survived', '--losses', 'bce,sigmoid-focal', '--epochs', '3', '--folds', '3', '--report', report);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<h3>Data preparation</h3>');
    expect(html).toMatch(/<p class="verdict (winner|no-clear-winner|none)"><strong>/);
    expect(html).toContain('<h3>Diagnosis of each run</h3>');
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
