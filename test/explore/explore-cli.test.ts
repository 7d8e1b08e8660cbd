/**
 * `losskit explore`: writes one self-contained page (nothing it would fetch), serves it on
 * localhost with --serve until Ctrl-C, and rejects bad flags with one-line usage errors.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fails, ok } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'losskit-explore-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('losskit explore', () => {
  it('--out writes one self-contained page', async () => {
    const file = join(dir, 'page.html');
    expect(await ok('explore', '--out', file)).toMatch(/^Wrote .*page\.html \(\d+ KB\): open it in any browser; it needs no network\.\n$/);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // Nothing to fetch: no external src/href, no imports, no stylesheet links; one inline module script.
    expect(html.match(/\s(?:src|href)="(?!#|data:)[^"]*"/g) ?? []).toEqual([]);
    expect(html).not.toMatch(/<link rel="stylesheet"|@import|url\(http/);
    expect(html.match(/<script type="module">/g)?.length).toBe(1);
    const data = JSON.parse(/<script type="application\/json" id="explorer-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as { patterns: Array<{ id: string; epochs: unknown[]; findings: unknown[] }> };
    expect(data.patterns.map((p) => p.id)).toEqual(['good-fit', 'overfitting', 'lr-too-high', 'lr-too-low']);
    for (const pattern of data.patterns) expect(pattern.epochs.length).toBeGreaterThanOrEqual(80);
  }, 120_000);

  it('the overfitting run overfits and the learning-rate runs show their patterns (real runs, measured)', async () => {
    const { patternRuns } = await import('../../src/explore/index.js');
    const runs = Object.fromEntries(patternRuns().map((run) => [run.id, run]));
    const overfit = runs['overfitting']!;
    const last = overfit.epochs.at(-1)!;
    const best = overfit.epochs[overfit.bestEpoch - 1]!;
    expect(overfit.bestEpoch).toBeLessThan(0.6 * overfit.epochs.length);
    expect(last.validation).toBeGreaterThan(1.3 * best.validation);
    expect(last.train).toBeLessThan(0.2 * best.train);
    // Too low a rate: still far above where the good fit ends after more epochs.
    expect(runs['lr-too-low']!.epochs.at(-1)!.validation).toBeGreaterThan(3 * runs['good-fit']!.epochs.at(-1)!.validation);
    // Too high a rate: the training loss goes up from one epoch to the next far more often.
    const rises = (id: string) => runs[id]!.epochs.slice(20).filter((e, i, all) => i > 0 && e.train > all[i - 1]!.train).length;
    expect(rises('lr-too-high')).toBeGreaterThan(3 * Math.max(1, rises('good-fit')));
  }, 120_000);

  it('rejects bad flags with one line', async () => {
    expect(await fails('explore', '--port', '9000')).toContain('--port needs --serve');
    expect(await fails('explore', '--serve', '--out', 'x.html')).toContain('exclude each other');
    expect(await fails('explore', '--serve', '--port', 'eighty')).toContain("--port must be an integer from 0 to 65535, received 'eighty'");
    expect(await fails('explore', 'page.html')).toContain("unexpected argument 'page.html'");
    expect(await fails('explore', '--out', join(dir, 'missing', 'page.html'))).toMatch(/cannot write .*missing.*does not exist/);
  }, 120_000);

  it('a port in use is a usage error', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      expect(await fails('explore', '--serve', '--port', String(port))).toContain(`port ${port} is in use`);
    } finally {
      blocker.close();
    }
  }, 120_000);

  it('--serve serves the page on 127.0.0.1 until Ctrl-C, and only the page', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'explore', '--serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    try {
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('<title>losskit explorer</title>');
      expect((await fetch(`${url}secrets.txt`)).status).toBe(404);
      expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stdout).toBe('Stopped the explorer server.\n');
  }, 120_000);
});
