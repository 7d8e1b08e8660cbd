#!/usr/bin/env node
// `npm run build` (and `npm start`, `npm test` before they run): the three build steps, each
// skipped when its output was made from exactly the inputs there now.
//
//   wasm      wasm/assembly/*.ts -> src/wasm/kernels.generated.ts       (scripts/build-wasm.mjs)
//   explorer  web/ + src/ -> src/explore/page-script.generated.ts        (scripts/build-explorer.ts)
//   dist      src/ -> dist/ (tsc -p tsconfig.build.json, into an emptied dist)
//
// "Current" is decided by content, not by dates: a sha256 of each step's input files (and of the
// versions of the compiler that runs it) and one of its outputs are kept in
// node_modules/.cache/losskit-build.json after a step succeeds; the step runs again when either
// differs (an edited source, a switched branch, a deleted or edited output, a new compiler).
// Hashing the ~2 MB of inputs and outputs takes a few tens of milliseconds; the steps themselves
// take from seconds to a minute, which is what `npm start` must not pay twice.
//
// Usage: node scripts/build.mjs [wasm|explorer|dist ...] [--force]   (default: all three, in order)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMPS = join(root, 'node_modules', '.cache', 'losskit-build.json');
const EXPLORER_OUTPUT = 'src/explore/page-script.generated.ts';
const WASM_OUTPUT = 'src/wasm/kernels.generated.ts';

/** Files under `dir` (relative to the root, '/'-separated, sorted) whose names pass `keep`. */
function filesUnder(dir, keep = () => true) {
  const found = [];
  const walk = (path) => {
    if (!existsSync(path)) return;
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && keep(entry.name, child)) found.push(relative(root, child).split(sep).join('/'));
    }
  };
  walk(join(root, dir));
  return found.sort();
}

/** The installed version of a dev dependency (part of a step's inputs: a new compiler rebuilds). */
function versionOf(name) {
  const path = join(root, 'node_modules', name, 'package.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')).version : 'absent';
}

/** sha256 over names and contents; a missing file hashes as missing. */
function digest(files, extra = []) {
  const hash = createHash('sha256');
  for (const text of extra) hash.update(`${text}\0`);
  for (const file of files) {
    const path = join(root, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(path) && statSync(path).isFile() ? readFileSync(path) : '\0missing\0');
    hash.update('\0');
  }
  return hash.digest('hex');
}

const typescriptSource = (name) => name.endsWith('.ts');
const node = process.execPath;
const bin = (pkg, path) => join(root, 'node_modules', pkg, path);

const STEPS = {
  wasm: {
    inputs: () => digest([...filesUnder('wasm'), 'scripts/build-wasm.mjs'], [`assemblyscript ${versionOf('assemblyscript')}`]),
    outputs: () => digest([WASM_OUTPUT]),
    run: () => execFileSync(node, [join(root, 'scripts', 'build-wasm.mjs')], { stdio: 'inherit', cwd: root }),
  },
  explorer: {
    inputs: () => digest(
      [...filesUnder('src', (name, path) => typescriptSource(name) && !path.endsWith('page-script.generated.ts')),
        ...filesUnder('web', typescriptSource), 'scripts/build-explorer.ts'],
      [`esbuild ${versionOf('esbuild')}`]),
    outputs: () => digest([EXPLORER_OUTPUT]),
    run: () => execFileSync(node, [bin('tsx', 'dist/cli.mjs'), join(root, 'scripts', 'build-explorer.ts')], { stdio: 'inherit', cwd: root }),
  },
  dist: {
    inputs: () => digest([...filesUnder('src'), 'tsconfig.json', 'tsconfig.build.json'], [`typescript ${versionOf('typescript')}`]),
    outputs: () => digest(filesUnder('dist')),
    run: () => {
      // Emptied first, so that a deleted or renamed source leaves no stale module in the package.
      rmSync(join(root, 'dist'), { recursive: true, force: true });
      execFileSync(node, [bin('typescript', 'bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
    },
  },
};

const args = process.argv.slice(2);
const force = args.includes('--force');
const wanted = args.filter((arg) => arg !== '--force');
for (const name of wanted) {
  if (!(name in STEPS)) {
    console.error(`build: unknown step '${name}'; steps: ${Object.keys(STEPS).join(', ')} (default: all)`);
    process.exit(2);
  }
}

/**
 * One build at a time (two test files, or `npm start` twice, may ask at once): a lock directory
 * (mkdir is atomic) that a second build waits on; one older than LOCK_STALE_MS was left by a
 * killed build and is taken over.
 */
const LOCK = `${STAMPS}.lock`;
const LOCK_STALE_MS = 10 * 60_000;
function lock() {
  mkdirSync(dirname(LOCK), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let age = 0;
      try {
        age = Date.now() - statSync(LOCK).mtimeMs;
      } catch {
        continue;
      }
      if (age > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 200);
    }
  }
}
lock();
process.on('exit', () => rmSync(LOCK, { recursive: true, force: true }));

let stamps = {};
try {
  stamps = JSON.parse(readFileSync(STAMPS, 'utf8'));
} catch {
  stamps = {};
}

for (const name of wanted.length ? Object.keys(STEPS).filter((step) => wanted.includes(step)) : Object.keys(STEPS)) {
  const step = STEPS[name];
  const inputs = step.inputs();
  const stamp = stamps[name];
  if (!force && stamp?.inputs === inputs && stamp.outputs === step.outputs()) continue;
  const started = performance.now();
  try {
    step.run();
  } catch (error) {
    // The failing tool has printed its own diagnostics; a failed step leaves no stamp behind.
    delete stamps[name];
    writeStamps();
    console.error(`build: ${name} failed${error.status ? ` (exit code ${error.status})` : ''}`);
    process.exit(1);
  }
  stamps[name] = { inputs, outputs: step.outputs() };
  writeStamps();
  console.error(`build: ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function writeStamps() {
  mkdirSync(dirname(STAMPS), { recursive: true });
  writeFileSync(STAMPS, `${JSON.stringify(stamps, null, 2)}\n`);
}
